/** One row of the competency table (II. Standar Kompetensi) into the standard being read. */
import type { Competency, DictionaryLookup } from '../dictionary/model';
import { parseIndicatorRef } from '../dictionary/normalize';
import { MANAGERIAL_CODES } from '../dictionary/builtin';
import type { Section } from '../model/skj-model';
import { cellText, SourceRow } from './blocks';
import type { ImportedCompetency, ImportedStandard, NotePlace } from './imported';
import { competencyByName, officialIndicator } from './match-text';
import type { Cell } from './recognize';

export interface CompetencyColumns {
  name: number;
  level: number;
  desc: number;
  ind: number;
}

interface Ctx {
  section: Section | undefined;
  columns: CompetencyColumns;
  dict: DictionaryLookup;
  note(place: NotePlace, where: string, text: string): void;
}

const CODE_IN_PARENS = /\(\s*([A-Za-z]{1,6}(?:\s*\.\s*[A-Za-z0-9]+)+)\s*\)/;
const CODE_LEADING = /^([A-Za-z]{1,6}(?:\.[A-Za-z0-9]+)+)\b\s*[-–:]?\s*/;
const LIST_PREFIX = /^(?:\d{1,2}\s*[.)]|[a-zA-Z]\s*[.)]|[-•·▪●◦*‣–])\s+/;

/** A code as written, without spaces ("M. 01" → "M.01"); a wrong one ("M.4") stays for the checker to fix. */
function normalizeCode(code: string): string {
  return code.replace(/\s+/g, '');
}

function stripMarks(s: string): string {
  return s.replace(/\*\s*\d+\s*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

export function competencyRowInto(s: ImportedStandard, row: SourceRow, cells: Cell[], ctx: Ctx): void {
  const { columns } = ctx;
  const nameCell = row.cells[columns.name];
  const at = (col: number) => stripMarks(cellText(row.cells[col]).replace(/\n/g, ' '));
  const levelText = at(columns.level);
  const descText = at(columns.desc);
  const indLines = row.cells.slice(columns.ind).flatMap((c) => (c.merged ? [] : c.lines.map(stripMarks).filter(Boolean)));
  // A "No" column before the names holds the row number.
  const noCell = cells.find((c) => c.col < columns.name && /^\d{1,2}\s*[.)]?$/.test(c.text.trim()));
  const extra = cells.filter((c) => c !== noCell && c.col !== columns.name && c.col !== columns.level && c.col !== columns.desc && c.col < columns.ind);

  const nameRaw = nameCell && !nameCell.merged ? stripMarks(nameCell.lines.join(' ')) : '';
  if (!nameRaw && noCell && !levelText && !descText && indLines.length === 0 && extra.length === 0) return; // a blank numbered row
  if (!nameRaw) {
    // A continuation row (the name cell merged down, or left empty): more text for the last competency.
    const last = lastCompetency(s, ctx.section);
    if (!last) {
      ctx.note(ctx.section ?? 'kompetensi', row.where, cells.map((c) => c.text).join(' | '));
      return;
    }
    if (descText) last.deskripsi = last.deskripsi ? `${last.deskripsi} ${descText}` : descText;
    if (levelText) levelInto(last, levelText, row.where);
    addIndicators(last, indLines, ctx.dict.get(last.kode ?? ''));
    return;
  }

  let rest = nameRaw;
  const no = /^(\d{1,2})\s*[.)]\s*/.exec(rest);
  const number = no ? Number(no[1]) : noCell ? parseInt(noCell.text, 10) : undefined;
  if (no) rest = rest.slice(no[0].length);
  let code: string | undefined;
  const paren = CODE_IN_PARENS.exec(rest);
  if (paren) {
    code = normalizeCode(paren[1]);
    rest = (rest.slice(0, paren.index) + rest.slice(paren.index + paren[0].length)).trim();
  } else {
    const lead = CODE_LEADING.exec(rest);
    if (lead && /\d/.test(lead[1])) {
      code = normalizeCode(lead[1]);
      rest = rest.slice(lead[0].length).trim();
    }
  }
  if (!rest && !code && !levelText && !descText && indLines.length === 0 && extra.length === 0) return; // a blank form row ("10.")

  let comp: Competency | undefined = code ? ctx.dict.get(code) ?? ctx.dict.get(code.toUpperCase()) : undefined;
  if (comp) code = comp.kode;
  // A fixed row (1–9) printed but not filled in: the form's label, not a competency of the standard.
  if (ctx.section !== 'teknis' && !levelText && !descText && indLines.length === 0 && extra.length === 0) return;
  const section0 = ctx.section ?? (number !== undefined ? (number <= 8 ? 'manajerial' : number === 9 ? 'sosial_kultural' : 'teknis') : undefined);
  if (!comp && rest) comp = competencyByName(ctx.dict, rest, section0 === 'teknis' ? 'teknis' : section0);
  if (!comp && rest && !section0) comp = competencyByName(ctx.dict, rest);
  if (!comp && !rest && !code && number !== undefined && section0 !== 'teknis') {
    const fixed = number >= 1 && number <= 8 ? MANAGERIAL_CODES[number - 1] : number === 9 ? 'SK.01' : undefined;
    if (fixed) comp = ctx.dict.get(fixed);
  }
  const section: Section = ctx.section ?? (comp ? (comp.group === 'teknis' ? 'teknis' : comp.group) : section0 ?? 'teknis');
  const item: ImportedCompetency = { section, indikator: [], notes: [], where: row.where };
  if (comp) item.kode = comp.kode;
  else if (code) item.kode = code;
  if (section === 'teknis' && rest) item.nama = rest;
  if (!comp && !code) item.notes.push({ where: row.where, text: `${nameRaw} — nama kompetensi tidak ditemukan di kamus (kode belum diisi)` });
  if (levelText) levelInto(item, levelText, row.where);
  if (descText) item.deskripsi = descText;
  addIndicators(item, indLines, comp);
  for (const c of extra) item.notes.push({ where: row.where, text: c.text });
  s.kompetensi[section].push(item);
}

function lastCompetency(s: ImportedStandard, section: Section | undefined): ImportedCompetency | undefined {
  if (section) return s.kompetensi[section].at(-1);
  for (const sec of ['teknis', 'sosial_kultural', 'manajerial'] as const) if (s.kompetensi[sec].length) return s.kompetensi[sec].at(-1);
  return undefined;
}

function levelInto(item: ImportedCompetency, text: string, where: string): void {
  const m = /^(?:level\s*)?(\d{1,2})(?:\b|$)/i.exec(text.trim());
  if (m && item.level === undefined) item.level = Number(m[1]);
  else item.notes.push({ where, text: `level: ${text}` });
}

/** Indicator lines into items: a line that does not start like an item continues the previous one. */
function addIndicators(item: ImportedCompetency, lines: string[], comp: Competency | undefined): void {
  const numbered = lines.filter((l) => /^\d+\s*\.\s*\d+/.test(l) || LIST_PREFIX.test(l)).length;
  const texts: string[] = [];
  for (const l of lines) {
    const starts = /^\d+\s*\.\s*\d+/.test(l) || LIST_PREFIX.test(l);
    if (numbered > 0 && !starts && texts.length && !/[.;]$/.test(texts[texts.length - 1])) texts[texts.length - 1] += ` ${l}`;
    else texts.push(l);
  }
  for (const t of texts) {
    const ref = parseIndicatorRef(t);
    const teks = ref.nomor ? ref.teks ?? '' : t.replace(LIST_PREFIX, '').trim();
    if (!teks && ref.nomor) {
      item.indikator.push(ref.nomor);
      continue;
    }
    const official = comp ? officialIndicator(comp, teks, item.level) : undefined;
    if (official && (!ref.nomor || ref.nomor === official.nomor)) {
      item.indikator.push(official.nomor);
      if (official.near) item.notes.push({ where: item.where, text: `indikator ${official.nomor} tertulis: ${t}` });
    } else item.indikator.push(ref.nomor ? `${ref.nomor}. ${teks}` : teks);
  }
}
