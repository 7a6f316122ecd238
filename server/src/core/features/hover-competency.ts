import { expectedLevelOf } from '../config/profiles';
import { levelSourceText } from '../rules/level-tier';
import { levelOfDescription } from '../dictionary/match';
import type { Competency } from '../dictionary/model';
import { normalizeText, wordSimilarity } from '../dictionary/normalize';
import type { CompetencyItem, IndicatorItem } from '../model/skj-model';
import { validLevel } from '../model/skj-model';
import { judgeIndicator } from '../rules/competency-items';
import { levelDoc, sourceLabel, technicalLevelDoc } from './competency-info';
import { DocBuilder, tr } from './doc';
import type { FeatureOptions } from './types';

const GROUP_LABEL = {
  manajerial: { id: 'Kompetensi manajerial', en: 'Managerial competency' },
  sosial_kultural: { id: 'Kompetensi sosial kultural', en: 'Socio-cultural competency' },
  teknis: { id: 'Kompetensi teknis', en: 'Technical competency' },
};

/** A competency code: name, definition and the five levels, the item's level highlighted. */
export function codeHover(c: Competency, item: CompetencyItem | undefined, opts: FeatureOptions): string {
  const d = new DocBuilder(opts.markdown);
  const technical = c.group === 'teknis';
  d.heading(`${c.kode} ${c.nama}`);
  d.para(`${GROUP_LABEL[c.group][opts.locale] ?? GROUP_LABEL[c.group].id}${technical && sourceLabel(c, opts.locale) ? ` · ${sourceLabel(c, opts.locale)}` : ''}`);
  d.para(c.definisi);
  const current = item ? validLevel(item) : undefined;
  for (const lv of [...c.levels.values()].sort((a, b) => a.level - b.level)) {
    d.rule();
    levelDoc(d, c, lv, opts.locale, { current: lv.level === current, technical });
  }
  return d.toString();
}

/** A `level` value: that level's description and indicators (and the technical level's criteria). */
export function levelHover(c: Competency | undefined, level: number | undefined, item: CompetencyItem, jenjang: unknown, opts: FeatureOptions, jobName?: string): string {
  const d = new DocBuilder(opts.markdown);
  if (level === undefined) {
    d.para(tr(opts.locale, 'Level harus bilangan bulat 1–5.', 'The level must be an integer 1–5.'));
    return d.toString();
  }
  const technical = item.section === 'teknis';
  if (c) {
    d.heading(`${c.kode} ${c.nama}`);
    const lv = c.levels.get(level);
    if (lv) levelDoc(d, c, lv, opts.locale, { technical });
  }
  if (technical) technicalLevelDoc(d, level, opts.locale);
  else {
    const e = expectedLevelOf(opts.config, jenjang, jobName, c?.kode);
    if (e !== undefined) {
      const src = levelSourceText(e, opts.locale);
      d.para(
        e.level === level
          ? tr(opts.locale, `Sesuai level jenjang ${String(jenjang)} (${e.level}; ${src}).`, `Matches the ${String(jenjang)} tier's level (${e.level}; ${src}).`)
          : tr(opts.locale, `Jenjang ${String(jenjang)} menetapkan level ${e.level} (${src}).`, `The ${String(jenjang)} tier sets level ${e.level} (${src}).`),
      );
    }
  }
  return d.toString();
}

/** A `deskripsi`: which level's description it is, or the closest official one. */
export function descriptionHover(c: Competency, item: CompetencyItem, text: string, opts: FeatureOptions): string {
  const d = new DocBuilder(opts.markdown);
  const level = validLevel(item);
  const of = levelOfDescription(c, text);
  if (of !== undefined) {
    d.heading(tr(opts.locale, `Deskripsi resmi ${c.kode} ${c.nama} level ${of}`, `Official description of ${c.kode} ${c.nama} level ${of}`));
    if (level !== undefined && level !== of) d.para(tr(opts.locale, `Butir ini level ${level}; deskripsi resminya: "${c.levels.get(level)?.deskripsi ?? ''}"`, `This item is level ${level}; its official description: "${c.levels.get(level)?.deskripsi ?? ''}"`));
    return d.toString();
  }
  d.heading(tr(opts.locale, `Bukan deskripsi resmi ${c.kode} ${c.nama}`, `Not an official description of ${c.kode} ${c.nama}`));
  if (level !== undefined && c.levels.get(level)) d.para(tr(opts.locale, `Teks resmi level ${level}: "${c.levels.get(level)!.deskripsi}"`, `Official text of level ${level}: "${c.levels.get(level)!.deskripsi}"`));
  const t = normalizeText(text);
  let best: { level: number; score: number } | undefined;
  for (const lv of c.levels.values()) {
    const score = wordSimilarity(t, normalizeText(lv.deskripsi));
    if (!best || score > best.score) best = { level: lv.level, score };
  }
  if (best && best.score >= 0.35 && best.level !== level)
    d.para(tr(opts.locale, `Paling mirip: level ${best.level} — "${c.levels.get(best.level)!.deskripsi}"`, `Closest: level ${best.level} — "${c.levels.get(best.level)!.deskripsi}"`));
  return d.toString();
}

/** An indicator item: which number of which level it is, or the closest official indicator. */
export function indicatorHover(c: Competency, item: CompetencyItem, ind: IndicatorItem, opts: FeatureOptions): string {
  const d = new DocBuilder(opts.markdown);
  const level = validLevel(item) ?? 0;
  const v = judgeIndicator(c, level, ind);
  const name = `${c.kode} ${c.nama}`;
  switch (v.kind) {
    case 'ok':
      d.heading(tr(opts.locale, `Indikator ${v.indicator.nomor} — ${name} level ${level}`, `Indicator ${v.indicator.nomor} — ${name} level ${level}`));
      d.para(v.indicator.teks);
      break;
    case 'other-level':
      d.heading(tr(opts.locale, `Indikator ${v.indicator.nomor} — ${name} level ${v.level}`, `Indicator ${v.indicator.nomor} — ${name} level ${v.level}`));
      d.para(v.indicator.teks);
      if (level) d.para(tr(opts.locale, `Butir ini level ${level}: indikator ini milik level lain.`, `This item is level ${level}: this indicator belongs to another level.`));
      break;
    case 'wrong-number':
      d.heading(tr(opts.locale, `Teks ini adalah indikator ${v.indicator.nomor} — ${name}`, `This text is indicator ${v.indicator.nomor} — ${name}`));
      d.para(tr(opts.locale, `Nomor ${v.nomor} tidak sesuai dengan teksnya.`, `Number ${v.nomor} does not match its text.`));
      break;
    case 'near':
    case 'split':
    case 'split-rest':
      d.heading(tr(opts.locale, `Indikator ${v.indicator.nomor} — ${name} level ${level}`, `Indicator ${v.indicator.nomor} — ${name} level ${level}`));
      d.para(v.indicator.teks);
      d.para(
        v.kind === 'near'
          ? tr(opts.locale, 'Penulisan butir ini sedikit berbeda dari teks resmi di atas.', 'This item is worded slightly differently from the official text above.')
          : tr(opts.locale, 'Indikator ini ditulis sebagai dua butir.', 'This indicator is written as two items.'),
      );
      break;
    case 'merged':
      d.heading(tr(opts.locale, `Indikator ${v.indicators[0].nomor} dan ${v.indicators[1].nomor} — ${name} level ${level}`, `Indicators ${v.indicators[0].nomor} and ${v.indicators[1].nomor} — ${name} level ${level}`));
      d.list(v.indicators.map((i) => i.teks), { numbered: v.indicators.map((i) => i.nomor) });
      break;
    case 'unknown':
      d.heading(tr(opts.locale, `Bukan indikator resmi ${name}${level ? ` level ${level}` : ''}`, `Not an official indicator of ${name}${level ? ` level ${level}` : ''}`));
      if (v.closest) d.para(tr(opts.locale, `Paling mirip: ${v.closest.indicator.nomor}. ${v.closest.indicator.teks}`, `Closest: ${v.closest.indicator.nomor}. ${v.closest.indicator.teks}`));
      else if (level && c.levels.get(level)) {
        d.para(tr(opts.locale, `Indikator resmi level ${level}:`, `Official indicators of level ${level}:`));
        const lv = c.levels.get(level)!;
        d.list(lv.indikator.map((i) => i.teks), { numbered: lv.indikator.map((i) => i.nomor) });
      }
  }
  return d.toString();
}
