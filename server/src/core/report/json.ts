import { GENERAL_CODES } from '../domain/general-competencies';
import type { ReportRow } from './rows';

/** The rows as JSON: keys as in the standard's YAML, levels by competency code. */
export function reportJson(rows: ReportRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      file: r.file,
      nama: r.nama ?? null,
      unit_kerja: r.unit ?? null,
      kelompok: r.kelompok ?? null,
      jenjang: r.jenjang ?? null,
      kode: r.kode ?? null,
      level: Object.fromEntries(GENERAL_CODES.map((k, i) => [k, r.levels[i]])),
      tahap: r.tahap ?? null,
      errors: r.errors,
      warnings: r.warnings,
    })),
    null,
    2,
  );
}
