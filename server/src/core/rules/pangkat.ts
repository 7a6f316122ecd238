import type { Node } from 'yaml';
import { formatRank, parseRank, ParsedRank, parseRankRange, rankByGolongan, rankByName, rankOfEnd, RANGE_SEPARATOR, RANKS } from '../domain/ranks';
import { replaceInside, replaceScalar } from '../edit/yaml-edits';
import { isMap, mapPairs, scalarText } from '../parse/parsed-file';
import type { Fix, Range } from '../types';
import { messages, Rule, RuleContext } from './rule';
import { closest } from './suggest';

const msg = messages({
  id: {
    unknownGolongan: (g: string) => `Golongan/ruang "${g}" tidak dikenal (I/a … IV/e).`,
    unknownName: (n: string, hint?: string) => `Pangkat "${n}" tidak dikenal.${hint ? ` Maksud Anda "${hint}"?` : ''}`,
    disagree: (n: string, g: string, right: string, rightG: string) => `Pangkat "${n}" tidak sesuai golongan ${g}: golongan ${g} adalah ${right}; ${n} adalah ${rightG}.`,
    end: (which: 'from' | 'to') => (which === 'from' ? 'Awal rentang pangkat: ' : 'Akhir rentang pangkat: '),
    reversed: (a: string, b: string) => `Rentang pangkat terbalik: ${a} lebih tinggi daripada ${b}. Tulis pangkat terendah lebih dahulu.`,
    fixName: (n: string) => `Ganti nama pangkat dengan "${n}"`,
    fixGolongan: (g: string) => `Ganti golongan dengan ${g}`,
    fixWhole: (v: string) => `Ganti dengan "${v}"`,
    fixSwap: 'Tukar urutan rentang',
  },
  en: {
    unknownGolongan: (g: string) => `Unknown golongan/ruang "${g}" (I/a … IV/e).`,
    unknownName: (n: string, hint?: string) => `Unknown rank "${n}".${hint ? ` Did you mean "${hint}"?` : ''}`,
    disagree: (n: string, g: string, right: string, rightG: string) => `Rank "${n}" does not match golongan ${g}: golongan ${g} is ${right}; ${n} is ${rightG}.`,
    end: (which: 'from' | 'to') => (which === 'from' ? 'Start of the rank range: ' : 'End of the rank range: '),
    reversed: (a: string, b: string) => `The rank range is reversed: ${a} is higher than ${b}. Write the lowest rank first.`,
    fixName: (n: string) => `Set the rank name to "${n}"`,
    fixGolongan: (g: string) => `Set the golongan to ${g}`,
    fixWhole: (v: string) => `Replace with "${v}"`,
    fixSwap: 'Swap the range',
  },
});

type Msg = ReturnType<typeof msg>;

/**
 * Checks one rank (a whole value, or one end of a range) whose spans are offsets in `node`'s value.
 * Reports at `range` and returns true when something is wrong.
 */
function checkRank(ctx: RuleContext, m: Msg, node: Node, range: Range, p: ParsedRank, prefix = ''): boolean {
  const byG = p.golongan ? rankByGolongan(p.golongan) : undefined;
  const byN = p.name ? rankByName(p.name) : undefined;
  const inside = (span: [number, number], text: string) => replaceInside(ctx.file, node, span[0], span[1] - span[0], text);
  if (p.golongan && !byG) {
    const fixes: Fix[] = byN && p.golonganSpan ? [{ title: m.fixGolongan(byN.golongan), edits: [inside(p.golonganSpan, byN.golongan)], isPreferred: true }] : [];
    ctx.report({ range, message: prefix + m.unknownGolongan(p.golongan), fixes });
    return true;
  }
  if (p.name && !byN) {
    const hint = byG ? byG.pangkat : closest(p.name, RANKS.map((r) => r.pangkat), { limit: 1, max: 6 })[0];
    const fixes: Fix[] = hint && p.nameSpan ? [{ title: m.fixName(hint), edits: [inside(p.nameSpan, hint)], isPreferred: true }] : [];
    ctx.report({ range, message: prefix + m.unknownName(p.name, hint), fixes });
    return true;
  }
  if (byG && byN && byG !== byN && p.nameSpan && p.golonganSpan) {
    ctx.report({
      range,
      message: prefix + m.disagree(p.name!, byG.golongan, byG.pangkat, byN.golongan),
      fixes: [
        { title: m.fixName(byG.pangkat), edits: [inside(p.nameSpan, byG.pangkat)], isPreferred: true },
        { title: m.fixGolongan(byN.golongan), edits: [inside(p.golonganSpan, byN.golongan)] },
      ],
    });
    return true;
  }
  return false;
}

export const pangkat: Rule = {
  id: 'pangkat',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Pangkat/golongan tidak dikenal atau tidak cocok', en: 'Unknown rank, or rank and golongan disagree' },
  check(ctx) {
    const m = msg(ctx.locale);
    const f = ctx.skj?.requirements['pangkat'];
    if (!f?.node) return;
    if (isMap(f.node)) {
      // { dari, sampai }: each end is checked where it is written (pangkat-range offers the text form).
      const ends: Record<string, { node: Node; text: string }> = {};
      for (const p of mapPairs(f.node)) {
        const t = scalarText(p.value);
        if (p.value && t?.trim()) ends[String(p.key.value)] = { node: p.value as Node, text: t };
      }
      let bad = false;
      for (const [key, which] of [['dari', 'from'], ['sampai', 'to']] as const) {
        const e = ends[key];
        if (e) bad = checkRank(ctx, m, e.node, ctx.file.lines.range(e.node.range![0], e.node.range![1]), parseRank(e.text), m.end(which)) || bad;
      }
      const a = ends['dari'] && rankOfEnd(parseRank(ends['dari'].text));
      const b = ends['sampai'] && rankOfEnd(parseRank(ends['sampai'].text));
      if (!bad && a && b && a.order > b.order) ctx.report({ range: f.valueRange, message: m.reversed(formatRank(a), formatRank(b)) });
      return;
    }
    if (typeof f.value !== 'string' || !f.value.trim()) return;
    const r = parseRankRange(f.value);
    if (!r) {
      checkRank(ctx, m, f.node, f.valueRange, parseRank(f.value));
      return;
    }
    const badFrom = checkRank(ctx, m, f.node, f.valueRange, r.from, m.end('from'));
    const badTo = !badFrom && checkRank(ctx, m, f.node, f.valueRange, r.to, m.end('to'));
    if (badFrom || badTo) return;
    const a = rankOfEnd(r.from);
    const b = rankOfEnd(r.to);
    if (a && b && a.order > b.order) {
      const swapped = `${r.to.text}${RANGE_SEPARATOR}${r.from.text}`;
      ctx.report({ range: f.valueRange, message: m.reversed(formatRank(a), formatRank(b)), fixes: [{ title: m.fixSwap, edits: [replaceScalar(ctx.file, f.node, swapped)], isPreferred: true }] });
    }
  },
};
