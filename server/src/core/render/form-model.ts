/**
 * The rows of the official FORM STANDAR KOMPETENSI JABATAN ASN (Lampiran I 5.h), computed once
 * from a standard's text and the dictionary. Every writer (HTML, DOCX, XLSX, PDF) lays out this
 * one model, so they show the same cells. Pure: no I/O, never throws on any text.
 */
import { builtinDictionary, MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../dictionary/builtin';
import { indicatorByNumber, indicatorByText } from '../dictionary/match';
import type { Competency, DictionaryLookup } from '../dictionary/model';
import { parseIndicatorRef } from '../dictionary/normalize';
import { isKelompok, KELOMPOK, tierOf } from '../domain/tiers';
import { CompetencyItem, buildSkjModel, Field, Section, SkjModel, validLevel } from '../model/skj-model';
import { isMap, isScalar, isSeq, parseFile, scalarText, seqItems } from '../parse/parsed-file';
import formGuide from '../dictionary/form-guide.json';
import technicalLevels from '../dictionary/technical-levels.json';

export const FORM_TITLE = formGuide.form.title;
export const FORM_SOURCE = formGuide.sumber;
export const COMPETENCY_COLUMNS: string[] = formGuide.form.columns['II. STANDAR KOMPETENSI'];
/** Jenis Persyaratan, Uraian, Mutlak, Penting, Perlu. */
export const REQUIREMENT_COLUMNS: string[] = formGuide.form.columns['III. PERSYARATAN JABATAN'];
export const TINGKAT = ['mutlak', 'penting', 'perlu'] as const;
export type Tingkat = (typeof TINGKAT)[number];
export const TINGKAT_HEADING = 'Tingkat pentingnya thd jabatan';
export const TICK = '\u221a';

export interface FormIndicator {
  nomor?: string;
  teks: string;
  /** A number that names no indicator of the competency. */
  unknown?: boolean;
}

export interface FormCompetencyRow {
  /** The form's row number (1–9 fixed, 10… technical); undefined for extra rows. */
  no?: number;
  section: Section;
  code?: string;
  name?: string;
  /** The level as written (may be invalid). */
  level?: string;
  levelInvalid?: boolean;
  /** Technical level's name ("Dasar", "Menengah", …). */
  levelName?: string;
  deskripsi?: string;
  deskripsiFromDictionary?: boolean;
  indicators: FormIndicator[];
  indicatorsFromDictionary?: boolean;
  /** A fixed row (M.01…SK.01) the standard does not fill. */
  missing?: boolean;
  /** One of the form's blank technical rows (10.–15.) left over. */
  blank?: boolean;
}

export interface FormGroup {
  label: string;
  section: Section;
  rows: FormCompetencyRow[];
}

export interface FormReqRow {
  uraian: string;
  tingkat?: Tingkat;
  /** A tingkat that is none of mutlak/penting/perlu, kept to be shown. */
  tingkatText?: string;
}

export interface FormReqGroup {
  label: string;
  key: 'pendidikan' | 'pelatihan' | 'pengalaman_kerja';
  subs: { label: string; rows: FormReqRow[] }[];
}

/** One printed line of a requirement group, with the spans of its label cells. */
export interface FormReqLine {
  /** Rows the group label spans (on the group's first line), 0 on the others. */
  groupSpan: number;
  sub: string;
  /** Rows the sub-label spans (on its first line), 0 on the others. */
  subSpan: number;
  row?: FormReqRow;
}

export interface FormModel {
  /** The position's name (*1), for titles and file names. */
  nama?: string;
  header: { key: string; label: string; value?: string }[];
  ikhtisar?: string;
  groups: FormGroup[];
  requirements: FormReqGroup[];
  pangkat?: string;
  indikatorKinerja: string[];
  /** Notes about the file itself (syntax errors, not a standard). */
  problems: { kind: 'syntax' | 'not-a-standard'; count?: number }[];
}

export function buildFormModel(text: string, dictionary?: DictionaryLookup): FormModel {
  const file = parseFile('untitled:form.skj.yaml', 'skj', typeof text === 'string' ? text : '');
  const model = buildSkjModel(file);
  const dict = dictionary ?? builtinDictionary();
  const problems: FormModel['problems'] = [];
  const syntax = file.problems.filter((p) => p.severity === 'error').length;
  if (syntax) problems.push({ kind: 'syntax', count: syntax });
  if (!model.jabatan && !model.kompetensi && !model.persyaratan) problems.push({ kind: 'not-a-standard' });
  const req = requirements(model);
  return {
    nama: fieldText(model.job['nama']),
    header: header(model),
    ikhtisar: fieldText(model.job['ikhtisar']),
    groups: groups(model, dict),
    requirements: req.groups,
    pangkat: req.pangkat,
    indikatorKinerja: req.kinerja,
    problems,
  };
}

export function fieldText(f: Field | undefined): string | undefined {
  const t = f?.text?.trim();
  return t ? t : undefined;
}

function header(model: SkjModel): FormModel['header'] {
  const job = model.job;
  const kelompok = fieldText(job['kelompok']);
  const jenjang = fieldText(job['jenjang']);
  const tier = tierOf(jenjang);
  let kelompokText: string | undefined;
  if (kelompok !== undefined || jenjang !== undefined) {
    const k = kelompok !== undefined ? (isKelompok(kelompok) ? KELOMPOK[kelompok].label : kelompok) : undefined;
    const j = tier ? tier.label : jenjang;
    kelompokText = [k, j].filter(Boolean).join(' — ');
  }
  return [
    { key: 'nama', label: 'Nama Jabatan', value: fieldText(job['nama']) },
    { key: 'kelompok', label: 'Kelompok Jabatan', value: kelompokText },
    { key: 'urusan', label: 'Urusan Pemerintah', value: fieldText(job['urusan']) },
    { key: 'kode', label: 'Kode Jabatan', value: fieldText(job['kode']) },
  ];
}

// --- II. Standar Kompetensi --------------------------------------------------------------------

/** The form's last numbered technical row. */
export const LAST_TECHNICAL_ROW = 15;

function groups(model: SkjModel, dict: DictionaryLookup): FormGroup[] {
  let no = 0;
  const fixed = (section: Section, label: string, codes: string[]): FormGroup => {
    const items = model.sections[section]?.items ?? [];
    const rows: FormCompetencyRow[] = [];
    for (const code of codes) {
      no++;
      const found = items.filter((i) => fieldText(i.kode) === code);
      if (found.length === 0) rows.push({ no, section, code, name: dict.get(code)?.nama ?? code, indicators: [], missing: true });
      for (const item of found) rows.push(competencyRow(dict, no, item));
    }
    for (const item of items) if (!codes.includes(fieldText(item.kode) ?? '')) rows.push(competencyRow(dict, undefined, item));
    return { label, section, rows };
  };
  const man = fixed('manajerial', 'A. Manajerial', MANAGERIAL_CODES);
  const sk = fixed('sosial_kultural', 'B. Sosial Kultural', SOCIOCULTURAL_CODES);
  const tek = (model.sections.teknis?.items ?? []).map((item) => competencyRow(dict, ++no, item));
  // The form prints technical rows 10.–15.; the ones a standard leaves over stay blank.
  while (no < LAST_TECHNICAL_ROW) tek.push({ no: ++no, section: 'teknis', indicators: [], blank: true });
  return [man, sk, { label: 'C. Teknis', section: 'teknis', rows: tek }];
}

function competencyRow(dict: DictionaryLookup, no: number | undefined, item: CompetencyItem): FormCompetencyRow {
  const code = fieldText(item.kode);
  const comp: Competency | undefined = code ? dict.get(code) : undefined;
  const level = validLevel(item);
  const levelText = fieldText(item.level);
  const row: FormCompetencyRow = { no, section: item.section, code, name: fieldText(item.nama) ?? comp?.nama, level: levelText, indicators: [] };
  if (level === undefined && levelText !== undefined) row.levelInvalid = true;
  if (item.section === 'teknis' && level !== undefined) row.levelName = technicalLevels.levels.find((l) => l.level === level)?.nama;
  const official = comp && level !== undefined ? comp.levels.get(level) : undefined;
  const desc = fieldText(item.deskripsi);
  if (desc !== undefined) row.deskripsi = desc;
  else if (official) {
    row.deskripsi = official.deskripsi;
    row.deskripsiFromDictionary = true;
  }
  if (item.indikator) row.indicators = indicatorList(item, comp);
  else if (official && official.indikator.length) {
    row.indicators = official.indikator.map((i) => ({ nomor: i.nomor, teks: i.teks }));
    row.indicatorsFromDictionary = true;
  }
  return row;
}

function indicatorList(item: CompetencyItem, comp: Competency | undefined): FormIndicator[] {
  const out: FormIndicator[] = [];
  const node = item.indikator?.node;
  const texts: string[] = isSeq(node) ? seqItems(node).map((n) => scalarText(n) ?? '') : isScalar(node) ? [scalarText(node) ?? ''] : [];
  for (const raw of texts) {
    const t = raw.trim();
    if (!t) continue;
    const ref = parseIndicatorRef(t);
    if (ref.nomor && !ref.teks) {
      const found = comp ? indicatorByNumber(comp, ref.nomor) : undefined;
      out.push(found ? { nomor: ref.nomor, teks: found.indicator.teks } : { nomor: ref.nomor, teks: '', unknown: true });
    } else if (ref.nomor) out.push({ nomor: ref.nomor, teks: ref.teks ?? '' });
    else {
      const found = comp ? indicatorByText(comp, t) : undefined;
      out.push(found ? { nomor: found.indicator.nomor, teks: t } : { teks: t });
    }
  }
  return out;
}

/** "2.1 Text" as printed in the form's indicator cell. */
export function indicatorLine(i: FormIndicator, unknownLabel = ''): string {
  const teks = i.unknown ? unknownLabel : i.teks;
  return [i.nomor, teks].filter(Boolean).join(' ');
}

/** "1. Integritas (M.01)" as printed in the form's first column. */
export function competencyLabel(row: FormCompetencyRow): string {
  const prefix = row.no !== undefined ? `${row.no}. ` : '';
  return `${prefix}${row.name ?? ''}${row.code ? ` (${row.code})` : ''}`.trim();
}

/** The level cell's text: "3" or "3 (Menengah)" for a technical level. */
export function levelLabel(row: FormCompetencyRow): string {
  return row.level === undefined ? '' : row.levelName ? `${row.level} (${row.levelName})` : row.level;
}

// --- III. Persyaratan Jabatan ------------------------------------------------------------------

function fieldsOfNode(node: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isMap(node)) return out;
  for (const p of node.items) {
    if (!isScalar(p.key)) continue;
    const k = String(p.key.value);
    if (!(k in out)) out[k] = p.value;
  }
  return out;
}

export function nodeText(node: unknown): string | undefined {
  if (isScalar(node)) return scalarText(node)?.trim() || undefined;
  if (isSeq(node)) {
    const parts = seqItems(node)
      .map((n) => scalarText(n)?.trim())
      .filter((s): s is string => !!s);
    return parts.length ? parts.join(', ') : undefined;
  }
  return undefined;
}

function listOf(node: unknown): unknown[] {
  if (isSeq(node)) return seqItems(node);
  return node == null ? [] : [node];
}

function reqRow(uraian: string, tingkat: string | undefined): FormReqRow {
  const t = tingkat?.toLowerCase();
  const row: FormReqRow = { uraian };
  if (t && (TINGKAT as readonly string[]).includes(t)) row.tingkat = t as Tingkat;
  else if (tingkat) row.tingkatText = tingkat;
  return row;
}

function requirements(model: SkjModel): { groups: FormReqGroup[]; pangkat?: string; kinerja: string[] } {
  const req = model.requirements;
  const pend = listOf(req['pendidikan']?.node).map(fieldsOfNode);
  const jenjang: FormReqRow[] = [];
  const bidang: FormReqRow[] = [];
  for (const e of pend) {
    const tingkat = nodeText(e['tingkat']);
    const j = nodeText(e['jenjang']);
    const b = nodeText(e['bidang_ilmu']);
    if (j !== undefined) jenjang.push(reqRow(j, tingkat));
    if (b !== undefined) bidang.push(reqRow(b, tingkat));
  }
  const byJenis: Record<string, FormReqRow[]> = { manajerial: [], teknis: [], fungsional: [] };
  const otherPel: FormReqRow[] = [];
  for (const e of listOf(req['pelatihan']?.node).map(fieldsOfNode)) {
    const uraian = nodeText(e['uraian']) ?? '';
    const tingkat = nodeText(e['tingkat']);
    const jenis = nodeText(e['jenis']);
    if (!uraian && !tingkat) continue;
    if (jenis && byJenis[jenis]) byJenis[jenis].push(reqRow(uraian, tingkat));
    else otherPel.push(reqRow(jenis ? `${jenis}: ${uraian}` : uraian, tingkat));
  }
  const pelSubs = [
    { label: '1. Manajerial', rows: byJenis.manajerial },
    { label: '2. Teknis', rows: byJenis.teknis },
    { label: '3. Fungsional', rows: byJenis.fungsional },
  ];
  if (otherPel.length) pelSubs.push({ label: '', rows: otherPel });
  const pk = listOf(req['pengalaman_kerja']?.node)
    .map((n) => (isMap(n) ? fieldsOfNode(n) : { uraian: n }))
    .map((e) => reqRow(nodeText(e['uraian']) ?? '', nodeText(e['tingkat'])))
    .filter((r) => r.uraian || r.tingkat || r.tingkatText);
  const kinerja = listOf(req['indikator_kinerja']?.node)
    .map((n) => nodeText(n))
    .filter((s): s is string => !!s);
  return {
    groups: [
      {
        label: 'A. Pendidikan',
        key: 'pendidikan',
        subs: [
          { label: '1. Jenjang', rows: jenjang },
          { label: '2. Bidang Ilmu', rows: bidang },
        ],
      },
      { label: 'B. Pelatihan', key: 'pelatihan', subs: pelSubs },
      { label: 'C. Pengalaman Kerja', key: 'pengalaman_kerja', subs: [{ label: '', rows: pk }] },
    ],
    pangkat: nodeText(req['pangkat']?.node),
    kinerja,
  };
}

/** The printed lines of a requirement group: an empty sub-label still gets its line. */
export function reqLines(group: FormReqGroup): FormReqLine[] {
  const lines: FormReqLine[] = [];
  for (const { label, rows } of group.subs) {
    if (rows.length === 0) {
      if (label) lines.push({ groupSpan: 0, sub: label, subSpan: 1 });
      continue;
    }
    rows.forEach((row, i) => lines.push({ groupSpan: 0, sub: i === 0 ? label : '', subSpan: i === 0 ? rows.length : 0, row }));
  }
  if (lines.length === 0) lines.push({ groupSpan: 0, sub: '', subSpan: 1 });
  lines[0].groupSpan = lines.length;
  return lines;
}
