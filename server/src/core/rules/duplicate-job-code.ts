import { crossStandardRule, describe, MAX_RELATED, others, TOP } from './cross-standard';
import { messages } from './rule';

const msg = messages({
  id: {
    message: (kode: string, other: string, more: number) =>
      `Kode jabatan ${kode} juga dipakai oleh ${other}${more ? ` dan ${more} standar lain` : ''}; setiap jabatan memiliki kode sendiri. Periksa apakah ini jabatan yang sama (satukan standarnya) atau kodenya salah.`,
    related: (nama: string) => `Kode yang sama: ${nama}`,
  },
  en: {
    message: (kode: string, other: string, more: number) =>
      `The job code ${kode} is also used by ${other}${more ? ` and ${more} other standard(s)` : ''}; each position has its own code. Check whether this is the same position (merge the standards) or the code is wrong.`,
    related: (nama: string) => `Same code: ${nama}`,
  },
});

export const duplicateJobCode = crossStandardRule({
  id: 'duplicate-job-code',
  defaultSeverity: 'error',
  title: { id: 'Kode jabatan yang sama di dua standar', en: 'The same job code in two standards' },
  crossCheck(self, standards, locale, report) {
    if (!self.kode || !self.ranges.kode) return;
    const dup = others(self, standards.withKode(self.kode));
    if (!dup.length) return;
    const m = msg(locale);
    report({
      range: self.ranges.kode,
      message: m.message(self.kode, describe(dup[0]), dup.length - 1),
      related: dup.slice(0, MAX_RELATED).map((o) => ({ uri: o.uri, range: o.ranges.kode ?? TOP, message: m.related(o.nama ?? self.kode!) })),
    });
  },
});
