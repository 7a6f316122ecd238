import { TAHAP_INFO } from '../domain/lifecycle';
import type { SkjModel } from '../model/skj-model';
import { statusOf } from '../model/status-model';
import type { ParsedFile } from '../parse/parsed-file';

/** The form header's optional lines for the `status` block: unit kerja and the step reached (with its date and who). */
export function statusRows(file: ParsedFile, model: SkjModel): [string, string, string][] {
  const status = statusOf(file, model);
  if (!status) return [];
  const rows: [string, string, string][] = [];
  if (status.unitKerja) rows.push(['Unit Kerja', status.unitKerja, 'unit_kerja']);
  if (status.tahap) {
    const last = [...status.steps].reverse().find((s) => s.value === status.tahap);
    const detail = [last?.tanggal?.text?.trim(), last?.oleh?.text?.trim()].filter(Boolean).join(', ');
    rows.push(['Status', `${TAHAP_INFO[status.tahap].id}${detail ? ` (${detail})` : ''}`, 'status']);
  }
  return rows;
}
