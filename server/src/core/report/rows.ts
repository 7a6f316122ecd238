/**
 * The agency's overview table: one row per standard (nama, unit, jenjang, kode, the nine
 * managerial/socio-cultural levels, status, errors and warnings). One function builds the rows;
 * the editor's tree view and overview, `skj report` and every exporter (CSV, JSON, HTML, XLSX)
 * read them. Pure.
 */
import { TAHAP_INFO } from '../domain/lifecycle';
import { KELOMPOK, isKelompok, TIERS, tierOf } from '../domain/tiers';
import type { Finding, Locale } from '../types';
import { normalizeText } from '../dictionary/normalize';
import { GENERAL_CODES } from '../domain/general-competencies';
import type { StandardSummary } from '../workspace/standards-index';

export interface ReportRow {
  uri: string;
  /** The file as the reader knows it (a workspace-relative path, or the URI's file name). */
  file: string;
  nama?: string;
  unit?: string;
  kelompok?: string;
  jenjang?: string;
  kode?: string;
  /** Levels of GENERAL_CODES, in that order (null: not listed or invalid). */
  levels: (number | null)[];
  tahap?: string;
  errors: number;
  warnings: number;
}

export interface Counts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

const tierOrder = new Map(TIERS.map((t, i) => [t.jenjang, i]));
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** The rows, ordered by unit kerja (standards without one last), tier (highest first), name, file. */
export function reportRows(summaries: Iterable<StandardSummary>, counts: (uri: string) => Counts | undefined, fileOf: (uri: string) => string = fileNameOf): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const s of summaries) {
    const c = counts(s.uri) ?? { errors: 0, warnings: 0 };
    rows.push({
      uri: s.uri,
      file: fileOf(s.uri),
      nama: s.nama,
      unit: s.unit,
      kelompok: s.kelompok,
      jenjang: s.jenjang,
      kode: s.kode,
      levels: GENERAL_CODES.map((k) => s.levels[k] ?? null),
      tahap: s.tahap,
      errors: c.errors,
      warnings: c.warnings,
    });
  }
  return rows.sort(compareRows);
}

export function compareRows(a: ReportRow, b: ReportRow): number {
  if (!!a.unit !== !!b.unit) return a.unit ? -1 : 1;
  return (
    collator.compare(normalizeText(a.unit ?? ''), normalizeText(b.unit ?? '')) ||
    (tierOrder.get(a.jenjang ?? '') ?? 99) - (tierOrder.get(b.jenjang ?? '') ?? 99) ||
    collator.compare(a.nama ?? '', b.nama ?? '') ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}

export function fileNameOf(uri: string): string {
  try {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  } catch {
    return uri.slice(uri.lastIndexOf('/') + 1);
  }
}

/** Words of the table, in the reader's language. */
export const LABELS = {
  id: {
    title: 'Ringkasan Standar Kompetensi Jabatan',
    no: 'No',
    nama: 'Nama Jabatan',
    unit: 'Unit Kerja',
    kelompok: 'Kelompok',
    jenjang: 'Jenjang',
    kode: 'Kode Jabatan',
    tahap: 'Status',
    errors: 'Galat',
    warnings: 'Peringatan',
    file: 'Berkas',
    noUnit: '(tanpa unit kerja)',
    noStatus: '(belum ada status)',
    summary: (n: number, e: number, w: number) => `${n} jabatan · ${e} dengan galat · ${w} dengan peringatan`,
    empty: 'Belum ada standar kompetensi (*.skj.yaml) di workspace ini.',
  },
  en: {
    title: 'Summary of job competency standards',
    no: 'No',
    nama: 'Position',
    unit: 'Unit',
    kelompok: 'Group',
    jenjang: 'Tier',
    kode: 'Job code',
    tahap: 'Status',
    errors: 'Errors',
    warnings: 'Warnings',
    file: 'File',
    noUnit: '(no unit)',
    noStatus: '(no status yet)',
    summary: (n: number, e: number, w: number) => `${n} position(s) · ${e} with errors · ${w} with warnings`,
    empty: 'No competency standards (*.skj.yaml) in this workspace yet.',
  },
};

export function kelompokLabel(k: string | undefined): string {
  return isKelompok(k) ? KELOMPOK[k].label : (k ?? '');
}

export function jenjangLabel(j: string | undefined): string {
  return tierOf(j)?.label ?? j ?? '';
}

export function tahapLabel(t: string | undefined, locale: Locale): string {
  const info = t ? TAHAP_INFO[t as keyof typeof TAHAP_INFO] : undefined;
  return info ? info[locale] : (t ?? '');
}

/** The header row of the flat exports (CSV, XLSX). */
export function headers(locale: Locale): string[] {
  const L = LABELS[locale];
  return [L.no, L.nama, L.unit, L.kelompok, L.jenjang, L.kode, ...GENERAL_CODES, L.tahap, L.errors, L.warnings, L.file];
}

/** One row of the flat exports, as shown to a reader (labels, not keys). */
export function cells(row: ReportRow, index: number, locale: Locale): (string | number)[] {
  return [index + 1, row.nama ?? '', row.unit ?? '', kelompokLabel(row.kelompok), jenjangLabel(row.jenjang), row.kode ?? '', ...row.levels.map((l) => l ?? ''), tahapLabel(row.tahap, locale), row.errors, row.warnings, row.file];
}
