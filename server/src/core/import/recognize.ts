/**
 * Finds the filled FORM STANDAR KOMPETENSI JABATAN ASN in a document's rows, as people fill it:
 * header lines *1–*4 as paragraphs or a table, "Nama Jabatan : X" in one cell or three, the
 * competency table with names instead of codes, the requirements table with √ ticks. A document
 * may hold several forms (a new one starts at its title or at a second "Nama Jabatan").
 * Whatever it cannot place is kept as Unmapped at the place it came from.
 */
import type { DictionaryLookup } from '../dictionary/model';
import { isKelompok, Kelompok, KELOMPOK, TIERS, tierByCode } from '../domain/tiers';
import type { Section } from '../model/skj-model';
import { FORM_SOURCE } from '../render/form-model';
import { cellText, SourceRow } from './blocks';
import { competencyRowInto, CompetencyColumns } from './recognize-competency';
import { emptyStandard, ImportedStandard, NotePlace } from './imported';
import { RequirementState, requirementRowInto } from './recognize-requirements';
import { statusInto } from './recognize-status';

/** A cell's text as a label: lower case, without *N) marks, dots and colons at the ends. */
export function label(s: string): string {
  return s
    .toLowerCase()
    .replace(/\*\s*\d+\s*\)/g, ' ')
    .replace(/\.{3,}|…/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:.]+|[\s:.]+$/g, '');
}

export interface Cell {
  col: number;
  text: string;
  lines: string[];
}

export function filled(row: SourceRow): Cell[] {
  const out: Cell[] = [];
  row.cells.forEach((c, col) => {
    const text = cellText(c);
    if (text) out.push({ col, text, lines: c.lines });
  });
  return out;
}

const HEADER: [RegExp, keyof ImportedStandard['jabatan'] | 'unit_kerja' | 'status'][] = [
  [/^nama jabatan\b/, 'nama'],
  [/^kelompok jabatan\b/, 'kelompok'],
  [/^urusan pemerintah(an)?\b/, 'urusan'],
  [/^kode jabatan\b/, 'kode'],
  [/^unit\s+kerja\b/, 'unit_kerja'],
  [/^status(\s+standar|\s+tahap)?\b/, 'status'],
];

type Stage = 'start' | 'ikhtisar' | 'kompetensi' | 'persyaratan';

export interface Recognised {
  standards: ImportedStandard[];
  /** Text before the first form (titles, letterheads): reported, not written. */
  preamble: { where: string; text: string }[];
}

export function recognise(rows: SourceRow[], dict: DictionaryLookup): Recognised {
  const standards: ImportedStandard[] = [];
  const preamble: Recognised['preamble'] = [];
  let cur: ImportedStandard | undefined;
  let stage: Stage = 'start';
  let section: Section | undefined;
  let columns: CompetencyColumns = { name: 0, level: 1, desc: 2, ind: 3 };
  let req: RequirementState = { ticks: undefined };
  let raw: Record<string, string> = {};
  let started = false;
  // Page headers and footers are printed on every page of every form: each standard keeps them.
  const pageText = rows.filter((r) => r.page).map((r) => ({ where: r.where, text: cellText(r.cells[0]) }));
  const begin = (where: string) => {
    if (cur) finish(cur, raw);
    cur = emptyStandard(where);
    cur.notes.jabatan.push(...pageText);
    // What came before the first form (a letterhead) is kept with it, as comments.
    if (standards.length === 0) cur.notes.jabatan.push(...preamble.splice(0));
    standards.push(cur);
    stage = 'start';
    section = undefined;
    req = { ticks: undefined };
    raw = {};
    started = true;
  };
  /** Where a comment about the current row goes: the section, the requirements, or the header. */
  const here = (): NotePlace => (stage === 'kompetensi' ? (section ?? 'kompetensi') : stage === 'persyaratan' ? 'persyaratan' : 'jabatan');
  const note = (place: NotePlace, where: string, text: string) => {
    if (cur) cur.notes[place].push({ where, text });
    else preamble.push({ where, text });
  };

  for (const row of rows) {
    if (row.page) continue;
    if (row.remark) {
      const text = cellText(row.cells[0]);
      if (!cur) preamble.push({ where: row.where, text });
      else note(here(), row.where, text);
      continue;
    }
    const cells = filled(row);
    if (cells.length === 0) continue;
    const first = label(cells[0].text);
    const all = cells.map((c) => c.text).join(' ');
    if (all === FORM_SOURCE || /^\d+\s*\/\s*\d+$/.test(all)) continue; // the form's own source line, page numbers

    if (/^form(ulir)? standar kompetensi jabatan/.test(first)) {
      begin(row.where);
      const rest = cells.slice(1).map((c) => c.text).join(' ');
      if (rest) note('jabatan', row.where, rest);
      continue;
    }
    // Header *1–*4: "Nama Jabatan : X" in one cell, or label / ":" / value cells.
    const head = HEADER.find(([re]) => re.test(first));
    // A header row after the header block (the block pasted again on a later page) is neither a
    // competency nor a requirement: kept as it is.
    if (head && stage !== 'start' && head[1] !== 'nama') {
      note(here(), row.where, all);
      continue;
    }
    if (head && (stage === 'start' || head[1] === 'nama')) {
      const [re, key] = head;
      const inCell = cells[0].text.replace(/\*\s*\d+\s*\)/g, ' ').trim();
      const afterLabel = inCell.slice((re.exec(inCell.toLowerCase())?.[0].length ?? 0)).replace(/^\s*:?\s*/, '');
      const value = [afterLabel, ...cells.slice(1).map((c) => c.text)]
        .map((s) => s.replace(/^\s*:\s*/, '').replace(/\*\s*\d+\s*\)/g, '').trim())
        .filter((s) => s && s !== ':')
        .join(' ');
      // The header block again, further on (pasted above a table on page 2): the same position;
      // its rows are kept as they are.
      if (key === 'nama' && cur && stage !== 'start' && raw.nama !== undefined && label(raw.nama) === label(value)) {
        note(here(), row.where, all);
        continue;
      }
      // A new form: at its Nama Jabatan after another form's content, or at the first header row.
      if (!cur || (key === 'nama' && (cur.jabatan.nama !== undefined || stage !== 'start'))) begin(row.where);
      if (value) {
        // A header row given twice (a repeated table header, a copy-paste): the first value counts
        // unless it is a placeholder ("-", "belum ada") and this one is not; the other is a comment.
        const was = raw[key];
        if (was === undefined || (isPlaceholder(was) && !isPlaceholder(value))) {
          if (was !== undefined) note('jabatan', raw[`${key}@`], `${cells[0].text.replace(/\s*:.*$/, '')}: ${was}`);
          raw[key] = value;
          raw[`${key}@`] = row.where;
        } else if (label(was) !== label(value)) note('jabatan', row.where, all);
      }
      continue;
    }
    if (!started) {
      // A form without its title: the first recognisable section starts it.
      if (/^(i\.\s*)?ikhtisar jabatan|^(ii\.\s*)?standar kompetensi$|^(iii\.\s*)?persyaratan jabatan$/.test(first)) begin(row.where);
      else {
        preamble.push({ where: row.where, text: all });
        continue;
      }
    }
    const s = cur!;

    if (/^(i\.\s*)?ikhtisar jabatan$/.test(first)) {
      stage = 'ikhtisar';
      const value = cells.slice(1).map((c) => c.text).join('\n');
      if (value && !/^ikhtisar jabatan$/.test(label(value))) s.jabatan.ikhtisar = join(s.jabatan.ikhtisar, value);
      continue;
    }
    if (/^(ii\.\s*)?standar kompetensi$/.test(first)) {
      stage = 'kompetensi';
      continue;
    }
    if (/^(iii\.\s*)?persyaratan jabatan$/.test(first)) {
      stage = 'persyaratan';
      continue;
    }
    if (stage === 'ikhtisar') {
      s.jabatan.ikhtisar = join(s.jabatan.ikhtisar, cells.map((c) => c.text).join('\n'));
      continue;
    }
    // A paragraph between or after the tables (a signature, a remark) is not a table row.
    if ((stage === 'kompetensi' || stage === 'persyaratan') && row.where.startsWith('paragraf')) {
      note(here(), row.where, all);
      continue;
    }
    if (stage === 'kompetensi') {
      const labels = cells.map((c) => label(c.text));
      if (labels.includes('kompetensi') && labels.some((l) => l === 'level')) {
        const at = (re: RegExp) => cells.find((c) => re.test(label(c.text)))?.col;
        columns = { name: at(/^kompetensi$/) ?? 0, level: at(/^level$/) ?? 1, desc: at(/^d[ie]skripsi$/) ?? 2, ind: at(/^indikator/) ?? 3 };
        continue;
      }
      // "A. Manajerial" in one cell, or "A" | "Manajerial" in two (a No column).
      const group = /^(?:[abc]\s*[.)]?\s+)?(?:kompetensi\s+)?(manajerial|sosial kultural|teknis)$/.exec(label(cells.map((c) => c.text).join(' ')));
      if (group) {
        section = group[1] === 'manajerial' ? 'manajerial' : group[1] === 'teknis' ? 'teknis' : 'sosial_kultural';
        continue;
      }
      competencyRowInto(s, row, cells, { section, columns, dict, note });
      continue;
    }
    if (stage === 'persyaratan') {
      requirementRowInto(s, row, cells, req, note);
      continue;
    }
    note('jabatan', row.where, all);
  }
  if (cur) finish(cur, raw);
  return { standards, preamble };
}

function join(a: string | undefined, b: string): string {
  return a ? `${a}\n${b}` : b;
}

/** Header values into fields: kelompok and jenjang from the words people write, the code, the name. */
function finish(s: ImportedStandard, raw: Record<string, string>): void {
  // "Kode Jabatan : -", "Unit Kerja : belum ada": nothing to write as the value, but what the
  // form said is kept as a comment.
  for (const [key, labelText] of [['nama', 'Nama Jabatan'], ['urusan', 'Urusan Pemerintah'], ['kode', 'Kode Jabatan'], ['unit_kerja', 'Unit Kerja'], ['kelompok', 'Kelompok Jabatan'], ['status', 'Status']]) {
    if (raw[key] === undefined || !isPlaceholder(raw[key])) continue;
    s.notes.jabatan.push({ where: raw[`${key}@`], text: `${labelText}: ${raw[key]}` });
    delete raw[key];
  }
  if (raw.nama) s.jabatan.nama = raw.nama;
  if (raw.urusan) s.jabatan.urusan = raw.urusan;
  if (raw.kode) {
    const digits = raw.kode.replace(/[\s.\-]/g, '');
    s.jabatan.kode = /^\d{12}$/.test(digits) ? digits : raw.kode;
  }
  const fromKode = s.jabatan.kode && /^\d{12}$/.test(s.jabatan.kode) ? tierByCode(s.jabatan.kode.slice(1, 3)) : undefined;
  const k = raw.kelompok ? kelompokOf(raw.kelompok) : undefined;
  const j = (raw.kelompok ? jenjangOf(raw.kelompok) : undefined) ?? fromKode?.jenjang ?? (raw.nama ? jenjangOf(raw.nama, true) : undefined);
  const tier = TIERS.find((t) => t.jenjang === j);
  const kelompok = k ?? tier?.kelompok;
  if (kelompok) s.jabatan.kelompok = kelompok;
  if (j) s.jabatan.jenjang = j;
  // Words of the Kelompok Jabatan line that neither the group nor the tier explains
  // ("Fungsional Keahlian", "Eselon IV"): the whole line is kept as a comment.
  if (raw.kelompok && (!k && !j ? true : unexplained(raw.kelompok, kelompok, j))) s.notes.jabatan.push({ where: raw['kelompok@'], text: `Kelompok Jabatan: ${raw.kelompok}` });
  s.notes.jabatan.push(...statusInto(s, raw).map((u) => ({ ...u, where: raw['status@'] ?? u.where })));
  if (s.jabatan.ikhtisar) s.jabatan.ikhtisar = s.jabatan.ikhtisar.replace(/\*\s*5\s*\)/g, '').trim() || undefined;
}

/** The words that name each group (with "jabatan" and the tier's own words they say nothing more). */
const GROUP_WORDS: Record<Kelompok, string[]> = { 'pimpinan-tinggi': ['pimpinan', 'tinggi', 'jpt'], administrasi: ['administrasi', 'struktural'], fungsional: ['fungsional', 'jf'] };

/** A header value that stands for "none yet": "-", "–", "belum ada", "tidak ada". */
export function isPlaceholder(v: string): boolean {
  return /^[\s\-–—.]+$|^(belum ada|belum|tidak ada|n\/?a|nihil)$/i.test(v.trim());
}

/** Whether the Kelompok Jabatan text says more than its group and tier. */
function unexplained(text: string, kelompok: Kelompok | undefined, jenjang: string | undefined): boolean {
  const known = new Set(['jabatan', ...(kelompok ? GROUP_WORDS[kelompok] : [])]);
  const add = (l: string | undefined) => l?.toLowerCase().split(/\s+/).forEach((w) => known.add(w));
  if (kelompok) add(KELOMPOK[kelompok].label);
  add(TIERS.find((t) => t.jenjang === jenjang)?.label);
  return label(text)
    .replace(/[—–\-/(),.:;]+/g, ' ')
    .split(/\s+/)
    .some((w) => w !== '' && !known.has(w));
}

function kelompokOf(text: string): Kelompok | undefined {
  const t = label(text);
  // The group's own word first ("Jabatan Fungsional — Pengawas" says fungsional), then the tier's.
  if (/pimpinan tinggi|\bjpt\b/.test(t)) return 'pimpinan-tinggi';
  if (/fungsional/.test(t)) return 'fungsional';
  if (/administrasi|struktural/.test(t)) return 'administrasi';
  if (/administrator|pengawas|pelaksana/.test(t)) return 'administrasi';
  if (/\bahli\b|terampil|mahir|penyelia|pemula/.test(t)) return 'fungsional';
  const slug = t.replace(/\s+/g, '-');
  return isKelompok(slug) ? slug : undefined;
}

/** The jenjang a text names ("Jabatan Administrasi — Pengawas", "JPT Pratama", "… Ahli Muda"). */
function jenjangOf(text: string, nameOnly = false): string | undefined {
  const t = label(text).replace(/pimpinan tinggi/g, 'jpt').replace(/[—–\-]/g, ' ');
  const tiers = nameOnly ? TIERS.filter((x) => x.kelompok === 'fungsional') : TIERS;
  // Longest label first: "ahli pertama" before "pertama", "jpt madya" before "madya".
  for (const tier of [...tiers].sort((a, b) => b.label.length - a.label.length)) {
    const l = tier.label.toLowerCase();
    if (new RegExp(`(^|\\s)${l}(\\s|$)`).test(t) || t === tier.jenjang) return tier.jenjang;
  }
  return undefined;
}
