import type { Analysis } from '../analyze';
import { expectedLevel } from '../config/config';
import formGuide from '../dictionary/form-guide.json';
import { canonicalEducation, EDUCATION_LABELS } from '../domain/education';
import { formatRank, golonganInRange, parseRank, rankByGolongan, rankByName } from '../domain/ranks';
import { isKelompok, KELOMPOK, kelompokByDigit, tierByCode, tierOf, TIERS } from '../domain/tiers';
import type { CompetencyItem, Section } from '../model/skj-model';
import { validLevel } from '../model/skj-model';
import { scalarText } from '../parse/parsed-file';
import type { Position } from '../types';
import { astHit, specPath } from './ast-path';
import { competencyFor, technicalLevelDoc } from './competency-info';
import { code, DocBuilder, tr } from './doc';
import { codeHover, descriptionHover, indicatorHover, levelHover } from './hover-competency';
import { keyDocumentation, keySpec } from './keys';
import type { FeatureOptions, HoverResult } from './types';

const TINGKAT_DOC = (formGuide as { tingkat: Record<string, string> }).tingkat;

/** Hover for keys (filling guide), competency codes, levels, descriptions, indicators and job fields. */
export function hover(analysis: Analysis, position: Position, opts: FeatureOptions): HoverResult | undefined {
  const file = analysis.file;
  if (file.kind === 'config') return undefined;
  const hit = astHit(file, position);
  if (!hit) return undefined;
  const sp = specPath(hit.path);
  const range = hit.range;
  const done = (contents: string | undefined) => (contents ? { contents, range } : undefined);

  if (hit.on === 'key') {
    if (file.kind === 'kamus' && sp.length === 5 && sp[3] === 'level' && /^[1-5]$/.test(sp[4])) {
      const d = new DocBuilder(opts.markdown);
      technicalLevelDoc(d, Number(sp[4]), opts.locale);
      return done(d.toString());
    }
    const spec = keySpec(sp, file.kind);
    return spec ? done(keyDocumentation(spec, opts.locale, opts.markdown)) : undefined;
  }
  if (file.kind !== 'skj' || !analysis.skj) return undefined;
  const model = analysis.skj;
  const text = scalarText(hit.node) ?? '';
  const p = sp.join('/');

  if (sp[0] === 'kompetensi' && typeof hit.path[2] === 'number') {
    const section = sp[1] as Section;
    const item = model.sections[section]?.items[hit.path[2]];
    if (item) return done(competencyHover(item, section, hit.path.slice(3), text, model.job['jenjang']?.value, opts, model.job['nama']?.text));
    return undefined;
  }
  switch (p) {
    case 'jabatan/kode':
      return done(jobCodeHover(text, opts));
    case 'jabatan/jenjang':
      return done(jenjangHover(text, opts));
    case 'jabatan/kelompok':
      return done(kelompokHover(text, opts));
    case 'persyaratan/pangkat':
      return done(pangkatHover(text, model.job['jenjang']?.value, opts));
    case 'persyaratan/pendidikan/[]/jenjang': {
      const c = canonicalEducation(text);
      return done(c ? new DocBuilder(opts.markdown).heading(`${c} — ${EDUCATION_LABELS[c]}`).toString() : undefined);
    }
  }
  if (sp[0] === 'persyaratan' && sp[sp.length - 1] === 'tingkat' && TINGKAT_DOC[text]) return done(new DocBuilder(opts.markdown).para(TINGKAT_DOC[text]).toString());
  return undefined;
}

function competencyHover(item: CompetencyItem, section: Section, rest: (string | number)[], text: string, jenjang: unknown, opts: FeatureOptions, jobName?: string): string | undefined {
  const c = competencyFor(section, item.kode?.text?.trim(), opts.dictionary);
  const field = rest[0];
  if (field === 'kode') return c ? codeHover(c, item, opts) : undefined;
  if (field === 'level') return levelHover(c, validLevel(item), item, jenjang, opts, jobName);
  if (!c) return undefined;
  if (field === 'deskripsi') return descriptionHover(c, item, text, opts);
  if (field === 'indikator' && typeof rest[1] === 'number') {
    const node = (item.indikator?.node as { items?: unknown[] } | null)?.items?.[rest[1]];
    const ind = item.indicators.find((i) => i.node === node);
    return ind ? indicatorHover(c, item, ind, opts) : undefined;
  }
  if (field === 'nama' && section === 'teknis') return new DocBuilder(opts.markdown).heading(`${c.kode} ${c.nama}`).para(c.definisi).toString();
  return undefined;
}

/** `G TT UUUUUU NNN`: group, tier, government affair, sequence. */
function jobCodeHover(value: string, opts: FeatureOptions): string {
  const d = new DocBuilder(opts.markdown);
  if (!/^\d{12}$/.test(value)) {
    d.heading(tr(opts.locale, 'Kode jabatan: 12 digit', 'Job code: 12 digits'));
    d.para(tr(opts.locale, 'G TT UUUUUU NNN — kelompok, jenjang, urusan, nomor urut. Tulis dalam tanda kutip.', 'G TT UUUUUU NNN — group, tier, government affair, sequence. Write it quoted.'));
    return d.toString();
  }
  const g = value[0];
  const tt = value.slice(1, 3);
  const k = kelompokByDigit(g);
  const t = tierByCode(tt);
  const unknown = tr(opts.locale, 'tidak dikenal', 'unknown');
  d.heading(`${tr(opts.locale, 'Kode jabatan', 'Job code')} ${code(opts.markdown, `${g} ${tt} ${value.slice(3, 9)} ${value.slice(9)}`)}`);
  d.list([
    `${tr(opts.locale, 'Digit 1', 'Digit 1')} (${tr(opts.locale, 'kelompok', 'group')}): ${g} — ${k ? `${k} (${KELOMPOK[k].label})` : unknown}`,
    `${tr(opts.locale, 'Digit 2–3', 'Digits 2–3')} (${tr(opts.locale, 'jenjang', 'tier')}): ${tt} — ${t ? `${t.jenjang} (${t.label})` : unknown}`,
    `${tr(opts.locale, 'Digit 4–9', 'Digits 4–9')} (${tr(opts.locale, 'urusan pemerintahan', 'government affair')}): ${value.slice(3, 9)}`,
    `${tr(opts.locale, 'Digit 10–12', 'Digits 10–12')} (${tr(opts.locale, 'nomor urut', 'sequence')}): ${value.slice(9)}`,
  ]);
  return d.toString();
}

function jenjangHover(value: string, opts: FeatureOptions): string | undefined {
  const t = tierOf(value);
  if (!t) return new DocBuilder(opts.markdown).para(tr(opts.locale, `Jenjang yang sah: ${TIERS.map((x) => x.jenjang).join(', ')}.`, `Valid tiers: ${TIERS.map((x) => x.jenjang).join(', ')}.`)).toString();
  const level = expectedLevel(opts.config, t.jenjang)!;
  const configured = opts.config.tierLevels[t.jenjang] !== undefined;
  const d = new DocBuilder(opts.markdown).heading(`${t.jenjang} — ${t.label}`);
  d.list([
    `${tr(opts.locale, 'Kelompok', 'Group')}: ${t.kelompok}`,
    `${tr(opts.locale, 'Kode tingkatan (digit 2–3 kode jabatan)', 'Tier code (job code digits 2–3)')}: ${t.code}`,
    `${tr(opts.locale, 'Level manajerial & SK.01', 'Managerial & SK.01 level')}: ${level}${configured ? tr(opts.locale, ' (skj.config.yaml)', ' (skj.config.yaml)') : t.levelIsDefault ? tr(opts.locale, ' (bawaan, dapat diatur)', ' (a default, configurable)') : ' (PermenPANRB 38/2017)'}`,
    ...(t.golongan ? [`${tr(opts.locale, 'Golongan lazim', 'Usual golongan')}: ${t.golongan[0]}–${t.golongan[1]} (${formatRank(rankByGolongan(t.golongan[0])!)} – ${formatRank(rankByGolongan(t.golongan[1])!)})`] : []),
  ]);
  return d.toString();
}

function kelompokHover(value: string, opts: FeatureOptions): string | undefined {
  if (!isKelompok(value)) return undefined;
  return new DocBuilder(opts.markdown)
    .heading(`${value} — ${KELOMPOK[value].label}`)
    .para(`${tr(opts.locale, 'Digit ke-1 kode jabatan', 'Digit 1 of the job code')}: ${KELOMPOK[value].digit}. ${tr(opts.locale, 'Jenjang', 'Tiers')}: ${TIERS.filter((t) => t.kelompok === value).map((t) => t.jenjang).join(', ')}.`)
    .toString();
}

function pangkatHover(value: string, jenjang: unknown, opts: FeatureOptions): string | undefined {
  const p = parseRank(value);
  const r = (p.golongan ? rankByGolongan(p.golongan) : undefined) ?? (p.name ? rankByName(p.name) : undefined);
  const d = new DocBuilder(opts.markdown);
  if (!r) return d.para(tr(opts.locale, 'Pangkat tidak dikenal; tulis "Nama (golongan)", mis. "Penata (III/c)".', 'Unknown rank; write "Name (golongan)", e.g. "Penata (III/c)".')).toString();
  d.heading(formatRank(r));
  d.para(`${tr(opts.locale, 'Golongan/ruang', 'Golongan/ruang')} ${r.golongan}: ${r.pangkat}.`);
  const t = tierOf(jenjang);
  if (t?.golongan) {
    const inRange = golonganInRange(r, t.golongan);
    d.para(
      tr(opts.locale, `Lazim untuk ${t.label}: ${t.golongan[0]}–${t.golongan[1]}`, `Usual for ${t.label}: ${t.golongan[0]}–${t.golongan[1]}`) +
        (inRange ? tr(opts.locale, ' (sesuai).', ' (matches).') : tr(opts.locale, ' (di luar kisaran lazim).', ' (outside the usual range).')),
    );
  }
  return d.toString();
}

