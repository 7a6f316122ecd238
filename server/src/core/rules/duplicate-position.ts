import { crossStandardRule, describe, MAX_RELATED, others, TOP } from './cross-standard';
import { messages } from './rule';
import { sameKey } from '../workspace/standards-index';

const msg = messages({
  id: {
    message: (nama: string, unit: string, other: string) =>
      `Jabatan "${nama}" sudah memiliki standar di unit kerja ${unit}: ${other}. Satu jabatan dalam satu unit kerja cukup satu standar; satukan keduanya atau bedakan nama jabatannya.`,
    related: 'Standar lain dengan nama jabatan yang sama',
  },
  en: {
    message: (nama: string, unit: string, other: string) =>
      `The position "${nama}" already has a standard in the unit ${unit}: ${other}. One position in one unit needs one standard; merge them or tell the names apart.`,
    related: 'Another standard with the same position name',
  },
});

export const duplicatePosition = crossStandardRule({
  id: 'duplicate-position',
  defaultSeverity: 'warning',
  title: { id: 'Nama jabatan yang sama dua kali dalam satu unit kerja', en: 'The same position name twice in one unit' },
  crossCheck(self, standards, locale, report) {
    if (!self.nama || !self.unit || !self.ranges.nama) return;
    const key = sameKey(self.nama);
    const dup = others(self, standards.inUnit(self.unit)).filter((o) => o.nama && sameKey(o.nama) === key);
    if (!dup.length) return;
    const m = msg(locale);
    report({
      range: self.ranges.nama,
      message: m.message(self.nama, self.unit, dup.slice(0, 3).map(describe).join(', ') + (dup.length > 3 ? ` …(+${dup.length - 3})` : '')),
      related: dup.slice(0, MAX_RELATED).map((o) => ({ uri: o.uri, range: o.ranges.nama ?? TOP, message: m.related })),
    });
  },
});
