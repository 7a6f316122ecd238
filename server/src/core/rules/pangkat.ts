import { formatRank, parseRank, rankByGolongan, rankByName, RANKS } from '../domain/ranks';
import { replaceInside, replaceScalar } from '../edit/yaml-edits';
import type { Fix } from '../types';
import { messages, Rule } from './rule';
import { closest } from './suggest';

const msg = messages({
  id: {
    unknownGolongan: (g: string) => `Golongan/ruang "${g}" tidak dikenal (I/a … IV/e).`,
    unknownName: (n: string, hint?: string) => `Pangkat "${n}" tidak dikenal.${hint ? ` Maksud Anda "${hint}"?` : ''}`,
    disagree: (n: string, g: string, right: string, rightG: string) => `Pangkat "${n}" tidak sesuai golongan ${g}: golongan ${g} adalah ${right}; ${n} adalah ${rightG}.`,
    fixName: (n: string) => `Ganti nama pangkat dengan "${n}"`,
    fixGolongan: (g: string) => `Ganti golongan dengan ${g}`,
    fixWhole: (v: string) => `Ganti dengan "${v}"`,
  },
  en: {
    unknownGolongan: (g: string) => `Unknown golongan/ruang "${g}" (I/a … IV/e).`,
    unknownName: (n: string, hint?: string) => `Unknown rank "${n}".${hint ? ` Did you mean "${hint}"?` : ''}`,
    disagree: (n: string, g: string, right: string, rightG: string) => `Rank "${n}" does not match golongan ${g}: golongan ${g} is ${right}; ${n} is ${rightG}.`,
    fixName: (n: string) => `Set the rank name to "${n}"`,
    fixGolongan: (g: string) => `Set the golongan to ${g}`,
    fixWhole: (v: string) => `Replace with "${v}"`,
  },
});

export const pangkat: Rule = {
  id: 'pangkat',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Pangkat/golongan tidak dikenal atau tidak cocok', en: 'Unknown rank, or rank and golongan disagree' },
  check(ctx) {
    const m = msg(ctx.locale);
    const f = ctx.skj?.requirements['pangkat'];
    if (!f?.node || typeof f.value !== 'string' || !f.value.trim()) return;
    const p = parseRank(f.value);
    const byG = p.golongan ? rankByGolongan(p.golongan) : undefined;
    const byN = p.name ? rankByName(p.name) : undefined;
    if (p.golongan && !byG) {
      const hints = byN ? [byN] : [];
      ctx.report({
        range: f.valueRange,
        message: m.unknownGolongan(p.golongan),
        fixes: hints.map((r) => ({ title: m.fixWhole(formatRank(r)), edits: [replaceScalar(ctx.file, f.node!, formatRank(r))], isPreferred: true })),
      });
      return;
    }
    if (p.name && !byN) {
      const names = RANKS.map((r) => r.pangkat);
      const hint = byG ? byG.pangkat : closest(p.name, names, { limit: 1, max: 6 })[0];
      const fixes: Fix[] = [];
      // A misspelt name that is the golongan's own rank: certainly right.
      const spelling = closest(p.name, names, { limit: 1, max: 6 })[0] === hint && (!byG || byG.pangkat === hint);
      if (hint && p.nameSpan) fixes.push({ title: m.fixName(hint), edits: [replaceInside(ctx.file, f.node, p.nameSpan[0], p.nameSpan[1] - p.nameSpan[0], hint)], isPreferred: true, safe: spelling });
      ctx.report({ range: f.valueRange, message: m.unknownName(p.name, hint), fixes });
      return;
    }
    if (byG && byN && byG !== byN && p.nameSpan && p.golonganSpan) {
      ctx.report({
        range: f.valueRange,
        message: m.disagree(p.name!, byG.golongan, byG.pangkat, byN.golongan),
        fixes: [
          { title: m.fixName(byG.pangkat), edits: [replaceInside(ctx.file, f.node, p.nameSpan[0], p.nameSpan[1] - p.nameSpan[0], byG.pangkat)], isPreferred: true },
          { title: m.fixGolongan(byN.golongan), edits: [replaceInside(ctx.file, f.node, p.golonganSpan[0], p.golonganSpan[1] - p.golonganSpan[0], byN.golongan)] },
        ],
      });
    }
  },
};
