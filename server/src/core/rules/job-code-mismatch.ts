import { isKelompok, KELOMPOK, kelompokByDigit, tierByCode, tierOf } from '../domain/tiers';
import { replaceInside } from '../edit/yaml-edits';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    group: (digit: string, meaning: string, kelompok: string, right: string) =>
      `Digit ke-1 kode jabatan "${digit}" (${meaning}) tidak sesuai kelompok ${kelompok}; seharusnya ${right}.`,
    tier: (digits: string, meaning: string, jenjang: string, right: string) =>
      `Digit ke-2–3 kode jabatan "${digits}" (${meaning}) tidak sesuai jenjang ${jenjang}; seharusnya ${right}.`,
    unknownMeaning: 'tidak dikenal',
    fix: (from: string, to: string) => `Ganti ${from} dengan ${to}`,
  },
  en: {
    group: (digit: string, meaning: string, kelompok: string, right: string) =>
      `Digit 1 of the job code "${digit}" (${meaning}) does not match kelompok ${kelompok}; it should be ${right}.`,
    tier: (digits: string, meaning: string, jenjang: string, right: string) =>
      `Digits 2–3 of the job code "${digits}" (${meaning}) do not match jenjang ${jenjang}; they should be ${right}.`,
    unknownMeaning: 'unknown',
    fix: (from: string, to: string) => `Replace ${from} with ${to}`,
  },
});

export const jobCodeMismatch: Rule = {
  id: 'job-code-mismatch',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Kode jabatan tidak sesuai kelompok/jenjang', en: 'Job code disagrees with kelompok / jenjang' },
  check(ctx) {
    const m = msg(ctx.locale);
    const job = ctx.skj?.job;
    const f = job?.['kode'];
    if (!job || !f?.node || typeof f.value !== 'string' || !/^\d{12}$/.test(f.value)) return;
    const code = f.value;
    const kelompok = job['kelompok']?.value;
    const tier = tierOf(job['jenjang']?.value);
    const at = (offset: number, length: number, text: string) => replaceInside(ctx.file, f.node!, offset, length, text);
    if (isKelompok(kelompok) && code[0] !== KELOMPOK[kelompok].digit) {
      const right = KELOMPOK[kelompok].digit;
      const edit = at(0, 1, right);
      ctx.report({
        range: edit.range,
        message: m.group(code[0], kelompokByDigit(code[0]) ?? m.unknownMeaning, kelompok, right),
        fixes: [{ title: m.fix(code[0], right), edits: [edit], isPreferred: true }],
      });
    }
    if (tier && code.slice(1, 3) !== tier.code) {
      const edit = at(1, 2, tier.code);
      ctx.report({
        range: edit.range,
        message: m.tier(code.slice(1, 3), tierByCode(code.slice(1, 3))?.label ?? m.unknownMeaning, tier.jenjang, tier.code),
        fixes: [{ title: m.fix(code.slice(1, 3), tier.code), edits: [edit], isPreferred: true }],
      });
    }
  },
};
