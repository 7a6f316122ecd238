import formGuide from '../../dictionary/form-guide.json';
import { EDUCATION_LABELS, EDUCATION_LEVELS } from '../../domain/education';
import { formatRank, golonganInRange, RANKS } from '../../domain/ranks';
import { isKelompok, KELOMPOK, Kelompok, tierOf, TIERS } from '../../domain/tiers';
import { expectedLevel } from '../../config/config';
import { DocBuilder, tr } from '../doc';
import { guideText } from '../keys';
import type { CompletionItem, FeatureOptions } from '../types';
import type { ValueContext } from './context';
import { pad, valueItem } from './items';

const TINGKAT_DOC = (formGuide as { tingkat: Record<string, string> }).tingkat;

const KELOMPOK_EN: Record<Kelompok, string> = {
  'pimpinan-tinggi': 'Senior executive positions (JPT)',
  administrasi: 'Administrative positions',
  fungsional: 'Functional positions',
};

export function kelompokValues(ctx: ValueContext, opts: FeatureOptions): CompletionItem[] {
  const jenjang = ctx.outline.valueOf(['jabatan', 'jenjang']);
  const tier = tierOf(jenjang);
  return (Object.keys(KELOMPOK) as Kelompok[]).map((k, i) => {
    const d = new DocBuilder(opts.markdown)
      .heading(`${k} — ${opts.locale === 'en' ? KELOMPOK_EN[k] : KELOMPOK[k].label}`)
      .para(tr(opts.locale, `Digit ke-1 kode jabatan: ${KELOMPOK[k].digit}.`, `Digit 1 of the job code: ${KELOMPOK[k].digit}.`))
      .para(tr(opts.locale, 'Jenjang: ', 'Tiers: ') + TIERS.filter((t) => t.kelompok === k).map((t) => t.jenjang).join(', '));
    const g = guideText(2);
    if (g) d.para(`(*2) "${g}"`);
    return valueItem(ctx, k, {
      kind: 'enum',
      detail: opts.locale === 'en' ? KELOMPOK_EN[k] : KELOMPOK[k].label,
      documentation: d.toString(),
      sortText: pad(i),
      preselect: tier?.kelompok === k,
    });
  });
}

export function jenjangValues(ctx: ValueContext, opts: FeatureOptions): CompletionItem[] {
  const kelompok = ctx.outline.valueOf(['jabatan', 'kelompok']);
  const tiers = isKelompok(kelompok) ? TIERS.filter((t) => t.kelompok === kelompok) : TIERS;
  return tiers.map((t, i) => {
    const level = expectedLevel(opts.config, t.jenjang)!;
    const d = new DocBuilder(opts.markdown).heading(`${t.jenjang} — ${t.label}`);
    d.para(tr(opts.locale, `Kelompok ${t.kelompok}; digit ke-2–3 kode jabatan: ${t.code}.`, `Group ${t.kelompok}; digits 2–3 of the job code: ${t.code}.`));
    d.para(
      tr(opts.locale, `Level kompetensi manajerial & SK.01: ${level}`, `Managerial & SK.01 level: ${level}`) +
        (t.levelIsDefault && opts.config.tierLevels[t.jenjang] === undefined ? tr(opts.locale, ' (bawaan, dapat diatur di skj.config.yaml).', ' (a default, configurable in skj.config.yaml).') : '.'),
    );
    if (t.golongan) d.para(tr(opts.locale, `Golongan lazim: ${t.golongan[0]}–${t.golongan[1]}.`, `Usual golongan: ${t.golongan[0]}–${t.golongan[1]}.`));
    return valueItem(ctx, t.jenjang, {
      kind: 'enum',
      detail: `${t.label} · level ${level}`,
      documentation: d.toString(),
      sortText: pad(i),
    });
  });
}

export function tingkatValues(ctx: ValueContext, opts: FeatureOptions): CompletionItem[] {
  const en: Record<string, string> = { mutlak: 'essential', penting: 'very important', perlu: 'important' };
  return ['mutlak', 'penting', 'perlu'].map((v, i) =>
    valueItem(ctx, v, {
      kind: 'enum',
      detail: opts.locale === 'en' ? en[v] : tr(opts.locale, `(*${16 + i})`, ''),
      documentation: new DocBuilder(opts.markdown).para(`(*${16 + i}) ${TINGKAT_DOC[v]}`).toString(),
      sortText: pad(i),
    }),
  );
}

export function pelatihanJenisValues(ctx: ValueContext, opts: FeatureOptions): CompletionItem[] {
  const en: Record<string, string> = { manajerial: 'managerial training', teknis: 'technical training', fungsional: 'functional training' };
  return ['manajerial', 'teknis', 'fungsional'].map((v, i) =>
    valueItem(ctx, v, {
      kind: 'enum',
      detail: opts.locale === 'en' ? en[v] : `Pelatihan ${v}`,
      documentation: new DocBuilder(opts.markdown).para(`(*${12 + i}) "${guideText(12 + i) ?? ''}"`).toString(),
      sortText: pad(i),
    }),
  );
}

export function educationValues(ctx: ValueContext, opts: FeatureOptions): CompletionItem[] {
  return EDUCATION_LEVELS.map((v, i) =>
    valueItem(ctx, v, {
      kind: 'enum',
      detail: EDUCATION_LABELS[v],
      documentation: new DocBuilder(opts.markdown).para(`(*10) "${guideText(10) ?? ''}"`).toString(),
      sortText: pad(i),
    }),
  );
}

/** All 17 ranks as `Nama (golongan)`; those usual for the tier first, the lowest of them preselected. */
export function rankValues(ctx: ValueContext, opts: FeatureOptions): CompletionItem[] {
  const tier = tierOf(ctx.outline.valueOf(['jabatan', 'jenjang']));
  const usual = tier?.golongan;
  let preselected = false;
  return RANKS.map((r) => {
    const inRange = usual ? golonganInRange(r, usual) : false;
    const pre = inRange && !preselected;
    if (pre) preselected = true;
    const d = new DocBuilder(opts.markdown).heading(formatRank(r));
    d.para(tr(opts.locale, `Golongan/ruang ${r.golongan}.`, `Golongan/ruang ${r.golongan}.`));
    if (inRange && tier) d.para(tr(opts.locale, `Lazim untuk jenjang ${tier.label} (${usual![0]}–${usual![1]}).`, `Usual for the ${tier.label} tier (${usual![0]}–${usual![1]}).`));
    d.para(`(*19) "${guideText(19) ?? ''}"`);
    return valueItem(ctx, formatRank(r), {
      kind: 'enum',
      detail: inRange && tier ? tr(opts.locale, `golongan ${r.golongan} · lazim untuk ${tier.label}`, `golongan ${r.golongan} · usual for ${tier.label}`) : `golongan ${r.golongan}`,
      documentation: d.toString(),
      sortText: `${inRange ? 0 : 1}${pad(r.order)}`,
      preselect: pre,
    });
  });
}
