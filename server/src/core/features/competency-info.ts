import { builtinDictionary, MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../dictionary/builtin';
import type { Competency, DictionaryLookup, Level } from '../dictionary/model';
import technicalLevels from '../dictionary/technical-levels.json';
import type { Locale } from '../types';
import { DocBuilder, tr } from './doc';

export interface TechnicalLevelInfo {
  level: number;
  nama: string;
  keterangan: string | null;
  padanan_inggris: string;
  kriteria: string[];
}

export const TECHNICAL_LEVELS: TechnicalLevelInfo[] = (technicalLevels as { levels: TechnicalLevelInfo[] }).levels;

export function technicalLevel(level: number): TechnicalLevelInfo | undefined {
  return TECHNICAL_LEVELS.find((l) => l.level === level);
}

/** The codes a section lists: M.01–M.08, SK.01, or the technical codes of the workspace's kamus files. */
export function sectionCodes(section: string, dictionary: DictionaryLookup): Competency[] {
  if (section === 'manajerial') return MANAGERIAL_CODES.map((c) => builtinDictionary().get(c)!);
  if (section === 'sosial_kultural') return SOCIOCULTURAL_CODES.map((c) => builtinDictionary().get(c)!);
  if (section === 'teknis') return [...dictionary.all()].filter((c) => c.group === 'teknis').sort((a, b) => a.kode.localeCompare(b.kode));
  return [];
}

/** The competency a code of a section refers to (any group for the built-in sections, technical ones under teknis). */
export function competencyFor(section: string, code: string | undefined, dictionary: DictionaryLookup): Competency | undefined {
  if (!code) return undefined;
  const c = dictionary.get(code) ?? builtinDictionary().get(code);
  if (!c) return undefined;
  if (section === 'teknis') return c.group === 'teknis' ? c : undefined;
  return c.group === 'teknis' ? undefined : c;
}

export function parseLevel(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

/** One level of a competency: its description and numbered indicators. */
export function levelDoc(d: DocBuilder, c: Competency, lv: Level, locale: Locale, opts: { current?: boolean; technical?: boolean } = {}): void {
  const tech = opts.technical ? technicalLevel(lv.level) : undefined;
  const title = `Level ${lv.level}${tech ? ` — ${tech.nama}` : ''}${opts.current ? tr(locale, ' (level butir ini)', " (this item's level)") : ''}`;
  d.heading(opts.current && d.markdown ? `▶ ${title}` : opts.current ? `> ${title}` : title);
  d.para(lv.deskripsi);
  d.list(
    lv.indikator.map((i) => i.teks),
    { numbered: lv.indikator.map((i) => i.nomor) },
  );
}

/** Criteria of a technical level (seed 003, Lampiran I 3.h). */
export function technicalLevelDoc(d: DocBuilder, level: number, locale: Locale): void {
  const t = technicalLevel(level);
  if (!t) return;
  d.heading(`${tr(locale, 'Level kompetensi teknis', 'Technical level')} ${t.level}: ${t.nama}${t.keterangan ? ` (${t.keterangan})` : ''} — ${t.padanan_inggris}`);
  d.list(t.kriteria);
}

export function sourceLabel(c: Competency, locale: Locale): string {
  return c.source.instansi ? `${tr(locale, 'Sumber', 'Source')}: ${c.source.instansi}` : '';
}
