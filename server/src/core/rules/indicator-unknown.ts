import { replaceScalar } from '../edit/yaml-edits';
import type { Fix } from '../types';
import { checkableItems, indicatorInStyleOf, verdictsOf, indicatorRange } from './competency-items';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    noNumber: (nomor: string, kode: string) => `${kode} tidak memiliki indikator nomor ${nomor}.`,
    wrongNumber: (nomor: string, actual: string) => `Nomor ${nomor} tidak sesuai dengan teksnya: teks ini adalah indikator ${actual}.`,
    unknown: (kode: string, level: number, hint?: string) =>
      `Teks ini bukan indikator ${kode} level ${level}.${hint ? ` Yang paling mirip: ${hint}` : ''}`,
    fix: (nomor: string) => `Ganti dengan indikator resmi ${nomor}`,
  },
  en: {
    noNumber: (nomor: string, kode: string) => `${kode} has no indicator number ${nomor}.`,
    wrongNumber: (nomor: string, actual: string) => `Number ${nomor} does not match its text: this text is indicator ${actual}.`,
    unknown: (kode: string, level: number, hint?: string) => `This text is not an indicator of ${kode} level ${level}.${hint ? ` Closest: ${hint}` : ''}`,
    fix: (nomor: string) => `Replace with official indicator ${nomor}`,
  },
});

export const indicatorUnknown: Rule = {
  id: 'indicator-unknown',
  defaultSeverity: 'warning',
  appliesTo: ['skj'],
  title: { id: 'Indikator tidak dikenal', en: 'Unknown indicator' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const x of checkableItems(ctx, ['manajerial', 'sosial_kultural'])) {
      const { item, c, level } = x;
      const verdicts = verdictsOf(x);
      for (let i = 0; i < verdicts.length; i++) {
        const ind = item.indicators[i];
        const v = verdicts[i];
        if (v.kind === 'wrong-number') {
          ctx.report({
            range: indicatorRange(ctx, ind),
            message: m.wrongNumber(v.nomor, v.indicator.nomor),
            fixes: [{ title: m.fix(v.indicator.nomor), edits: [replaceScalar(ctx.file, ind.node, indicatorInStyleOf(ind.text, v.indicator))], isPreferred: true }],
          });
        } else if (v.kind === 'unknown') {
          const fixes: Fix[] = [];
          const near = v.closest && v.closest.level === level ? v.closest.indicator : undefined;
          if (near) fixes.push({ title: m.fix(near.nomor), edits: [replaceScalar(ctx.file, ind.node, indicatorInStyleOf(ind.text, near))], isPreferred: true });
          const message = v.nomor && !v.closest && ind.text.trim() === v.nomor ? m.noNumber(v.nomor, c.kode) : m.unknown(c.kode, level, near ? `${near.nomor}. ${near.teks}` : undefined);
          ctx.report({ range: indicatorRange(ctx, ind), message, fixes });
        }
      }
    }
  },
};
