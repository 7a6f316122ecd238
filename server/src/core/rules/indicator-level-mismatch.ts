import { replaceScalar } from '../edit/yaml-edits';
import type { Fix } from '../types';
import { checkableItems, indicatorInStyleOf, verdictsOf, indicatorRange } from './competency-items';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    message: (nomor: string, kode: string, level: number, near?: boolean) =>
      `Indikator ${nomor} milik ${kode} level ${nomor.split('.')[0]}, sedangkan butir ini level ${level}.${near ? ' (Teksnya juga sedikit berbeda dari teks resmi.)' : ''}`,
    fixSame: (nomor: string) => `Ganti dengan indikator ${nomor} (level butir ini)`,
    fixLevel: (level: number) => `Ubah level butir menjadi ${level}`,
  },
  en: {
    message: (nomor: string, kode: string, level: number, near?: boolean) =>
      `Indicator ${nomor} belongs to ${kode} level ${nomor.split('.')[0]}, but this item is at level ${level}.${near ? ' (Its wording also differs slightly from the official text.)' : ''}`,
    fixSame: (nomor: string) => `Replace with indicator ${nomor} (this item's level)`,
    fixLevel: (level: number) => `Change the item's level to ${level}`,
  },
});

export const indicatorLevelMismatch: Rule = {
  id: 'indicator-level-mismatch',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Indikator milik level lain', en: 'Indicator of another level' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const x of checkableItems(ctx, ['manajerial', 'sosial_kultural', 'teknis'])) {
      const { item, c, level } = x;
      const verdicts = verdictsOf(x);
      for (let i = 0; i < verdicts.length; i++) {
        const ind = item.indicators[i];
        const v = verdicts[i];
        if (v.kind !== 'other-level') continue;
        const fixes: Fix[] = [];
        // The indicator with the same position at the item's level.
        const pos = Number(v.indicator.nomor.split('.')[1]);
        const same = c.levels.get(level)?.indikator[pos - 1];
        if (same) fixes.push({ title: m.fixSame(same.nomor), edits: [replaceScalar(ctx.file, ind.node, indicatorInStyleOf(ind.text, same))], isPreferred: true });
        if (item.level?.node) fixes.push({ title: m.fixLevel(v.level), edits: [replaceScalar(ctx.file, item.level.node, v.level)] });
        ctx.report({ range: indicatorRange(ctx, ind), message: m.message(v.indicator.nomor, c.kode, level, v.near), fixes });
      }
    }
  },
};
