import { expectedLevel } from '../config/config';
import { replaceScalar } from '../edit/yaml-edits';
import type { Fix } from '../types';
import { allItems, codeOf } from './competency-items';
import { messages, Rule } from './rule';

const WORDS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, one: 1, two: 2, three: 3, four: 4, five: 5, i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

const msg = messages({
  id: {
    message: (value: string, kode: string) => `Level ${kode} harus bilangan bulat 1–5, bukan ${value}.`,
    empty: (kode: string) => `Level ${kode} belum diisi; isi dengan bilangan bulat 1–5.`,
    fix: (level: number) => `Ganti dengan level ${level}`,
    fixTier: (level: number) => `Ganti dengan level ${level} (level jenjang ini)`,
  },
  en: {
    message: (value: string, kode: string) => `The level of ${kode} must be an integer 1–5, not ${value}.`,
    empty: (kode: string) => `The level of ${kode} is empty; use an integer 1–5.`,
    fix: (level: number) => `Replace with level ${level}`,
    fixTier: (level: number) => `Replace with level ${level} (this tier's level)`,
  },
});

/** The valid level a user most likely meant: "2" → 2, "dua" → 2, 2.5 → 2, 7 → 5, 0 → 1. */
export function nearestLevel(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.min(5, Math.max(1, Math.round(value)));
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase().replace(/^level\s*/, '');
    if (/^-?\d+(\.\d+)?$/.test(t)) return nearestLevel(Number(t));
    if (WORDS[t]) return WORDS[t];
  }
  return undefined;
}

export const levelRange: Rule = {
  id: 'level-range',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Level bukan bilangan bulat 1–5', en: 'Level is not an integer 1–5' },
  check(ctx) {
    const m = msg(ctx.locale);
    const tierLevel = expectedLevel(ctx.config, ctx.skj?.job['jenjang']?.value);
    for (const item of allItems(ctx.skj)) {
      const f = item.level;
      if (!f) continue;
      const v = f.value;
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) continue;
      const code = codeOf(item) ?? '?';
      const fixes: Fix[] = [];
      const near = nearestLevel(v);
      // The tier's level first (what the regulation sets for this jenjang), then the nearest level.
      const tier = tierLevel !== undefined && item.section !== 'teknis' ? tierLevel : undefined;
      if (tier !== undefined) {
        const edit = f.node ? replaceScalar(ctx.file, f.node, tier) : { range: f.valueRange, newText: ` ${tier}` };
        fixes.push({ title: m.fixTier(tier), edits: [edit], isPreferred: true });
      }
      if (f.node && near !== undefined && near !== tier) fixes.push({ title: m.fix(near), edits: [replaceScalar(ctx.file, f.node, near)], isPreferred: tier === undefined });
      const shown = f.node ? (f.text ?? ctx.file.text.slice(f.node.range![0], f.node.range![1])) : '';
      ctx.report({
        range: f.node ? f.valueRange : f.keyRange,
        message: shown.trim() === '' ? m.empty(code) : m.message(JSON.stringify(v ?? shown), code),
        fixes,
      });
    }
  },
};
