import { formatRank, parseRank, parseRankRange, Rank, rankByGolongan, rankOfEnd, RANGE_SEPARATOR } from '../domain/ranks';
import { tierOf } from '../domain/tiers';
import { replaceScalar, yamlString } from '../edit/yaml-edits';
import { isMap, mapPairs, scalarText } from '../parse/parsed-file';
import type { Fix } from '../types';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    form: (written: string, canonical: string) => `Rentang pangkat ditulis "${written}"; bentuk bakunya "${canonical}".`,
    map: (canonical: string) => `Rentang pangkat ditulis sebagai pemetaan dari/sampai; bentuk bakunya satu teks: "${canonical}".`,
    outside: (tier: string, usual: string, written: string) => `Jenjang ${tier} lazimnya berpangkat ${usual} (nilai bawaan; peraturan jabatan fungsionalnya dapat menetapkan lain); pangkat di sini ${written}.`,
    fixForm: (v: string) => `Tulis sebagai "${v}"`,
    fixUsual: (v: string) => `Ganti dengan rentang lazim "${v}"`,
  },
  en: {
    form: (written: string, canonical: string) => `The rank range is written "${written}"; the standard form is "${canonical}".`,
    map: (canonical: string) => `The rank range is written as a dari/sampai mapping; the standard form is one text: "${canonical}".`,
    outside: (tier: string, usual: string, written: string) => `The ${tier} tier usually has ranks ${usual} (a default; the position's own regulation may set others); this one is ${written}.`,
    fixForm: (v: string) => `Write it as "${v}"`,
    fixUsual: (v: string) => `Replace with the usual range "${v}"`,
  },
});

const label = (a: Rank, b: Rank) => (a === b ? formatRank(a) : `${a.golongan}–${b.golongan}`);

export const pangkatRange: Rule = {
  id: 'pangkat-range',
  defaultSeverity: 'information',
  appliesTo: ['skj'],
  title: { id: 'Rentang pangkat: bentuk baku dan rentang lazim jenjang', en: "Rank range: standard form, and the tier's usual range" },
  check(ctx) {
    const m = msg(ctx.locale);
    const model = ctx.skj;
    const f = model?.requirements['pangkat'];
    if (!f?.node) return;
    let from: Rank | undefined;
    let to: Rank | undefined;
    if (isMap(f.node)) {
      const ends: Record<string, string> = {};
      for (const p of mapPairs(f.node)) {
        const t = scalarText(p.value)?.trim();
        if (t) ends[String(p.key.value)] = t;
      }
      if (!ends['dari'] || !ends['sampai']) return;
      const canonical = `${ends['dari']}${RANGE_SEPARATOR}${ends['sampai']}`;
      // The mapping's lines become one value after `pangkat:` (its own line break kept).
      let end = f.node.range![1];
      while (end > f.node.range![0] && /\s/.test(ctx.file.text[end - 1])) end--;
      const start = ctx.file.lines.positionAt(f.pair.key.range![1]);
      ctx.report({
        range: f.keyRange,
        message: m.map(canonical),
        fixes: [{ title: m.fixForm(canonical), edits: [{ range: { start, end: ctx.file.lines.positionAt(end) }, newText: `: ${yamlString(canonical)}` }], isPreferred: true }],
      });
      from = rankOfEnd(parseRank(ends['dari']));
      to = rankOfEnd(parseRank(ends['sampai']));
    } else if (typeof f.value === 'string' && f.value.trim()) {
      const r = parseRankRange(f.value);
      if (r) {
        from = rankOfEnd(r.from);
        to = rankOfEnd(r.to);
        const canonical = `${r.from.text}${RANGE_SEPARATOR}${r.to.text}`;
        if (!r.canonical)
          ctx.report({ range: f.valueRange, message: m.form(f.value.trim(), canonical), fixes: [{ title: m.fixForm(canonical), edits: [replaceScalar(ctx.file, f.node, canonical)], isPreferred: true }] });
      } else from = to = rankOfEnd(parseRank(f.value));
    }
    // The tier's usual range (domain.md; functional tiers only): information, never an error.
    const tier = tierOf(model!.job['jenjang']?.value);
    if (!tier?.golongan || !from || !to || from.order > to.order) return;
    const lo = rankByGolongan(tier.golongan[0])!;
    const hi = rankByGolongan(tier.golongan[1])!;
    if (from.order >= lo.order && to.order <= hi.order) return;
    const usual = `${formatRank(lo)}${RANGE_SEPARATOR}${formatRank(hi)}`;
    const fixes: Fix[] = typeof f.value === 'string' ? [{ title: m.fixUsual(usual), edits: [replaceScalar(ctx.file, f.node, usual)] }] : [];
    ctx.report({ range: isMap(f.node) ? f.keyRange : f.valueRange, message: m.outside(tier.label, `${lo.golongan}–${hi.golongan}`, label(from, to)), fixes });
  },
};
