/**
 * The form header's Unit Kerja and Status lines back into the `status` block, as the renderer
 * writes them ("Divalidasi (2024-03-04, Tim Penyusun)") and as a clerk fills them
 * ("DIVALIDASI", "validated", "divalidasi - 4 Maret 2024 - Kepala Bidang", "4/3/2024").
 * The form shows only the step reached, so `riwayat` gets that one step.
 */
import { isRealIsoDate, TAHAP, TAHAP_INFO, Tahap } from '../domain/lifecycle';
import type { ImportedStandard } from './imported';

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The step a word names (Indonesian or English, any case; "Draft" and "Disetujui"-style typos are not guessed). */
export function tahapOf(text: string): Tahap | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return TAHAP.find((k) => t === k || t === TAHAP_INFO[k].id.toLowerCase() || t === TAHAP_INFO[k].en.toLowerCase() || (k === 'draf' && t === 'draft'));
}

/** A date as people write it → YYYY-MM-DD, or undefined when it is not a real date. */
export function isoDateOf(text: string): string | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  const make = (y: number, m: number, d: number) => {
    const iso = `${y}-${pad(m)}-${pad(d)}`;
    return isRealIsoDate(iso) ? iso : undefined;
  };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return make(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(t); // Indonesian order: day, month, year
  if (m) return make(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(t);
  if (m) {
    const i = [MONTHS, MONTHS_EN].map((l) => l.findIndex((x) => x === m![2] || (m![2].length >= 3 && x.startsWith(m![2])))).find((x) => x >= 0);
    if (i !== undefined) return make(+m[3], i + 1, +m[1]);
  }
  return undefined;
}

/**
 * Reads raw header values into `s.status`; returns the texts it could not map (for comments).
 * "Status: <tahap> (<tanggal>, <oleh>)" — the detail may also follow a dash or comma.
 */
export function statusInto(s: ImportedStandard, raw: { unit_kerja?: string; status?: string }): { where: string; text: string }[] {
  const unmapped: { where: string; text: string }[] = [];
  const unit = raw.unit_kerja?.trim();
  if (unit) (s.status ??= { riwayat: [] }).unit_kerja = unit;
  const text = raw.status?.replace(/\s+/g, ' ').trim();
  if (!text) return unmapped;
  const m = /^([^(,–—]+?)\s*(?:\((.*)\)|[,–—-]\s*(.*))?$/.exec(text);
  const tahap = m ? tahapOf(m[1]) : undefined;
  if (!m || !tahap) {
    unmapped.push({ where: 'Status', text: `Status: ${text}` });
    (s.status ??= { riwayat: [] }).tahapAsWritten = text;
    return unmapped;
  }
  const status = (s.status ??= { riwayat: [] });
  status.tahap = tahap;
  const detail = (m[2] ?? m[3] ?? '').trim();
  if (!detail) return unmapped;
  const parts = detail.split(/\s*[,;–—]\s*|\s+-\s+/);
  const dateAt = parts.findIndex((p) => isoDateOf(p) !== undefined);
  const tanggal = dateAt >= 0 ? isoDateOf(parts[dateAt]) : undefined;
  // Who took the step: the rest of the detail as written (a name may hold commas).
  const sep = /^\s*(?:[,;–—]|-)\s*|\s*(?:[,;–—]|-)\s*$/g;
  const oleh = dateAt < 0 ? detail : dateAt === 0 ? detail.slice(parts[0].length).replace(sep, '').trim() : detail.slice(0, detail.indexOf(parts[dateAt])).replace(sep, '').trim();
  status.riwayat.push({ tahap, ...(oleh ? { oleh } : {}), ...(tanggal ? { tanggal } : {}) });
  return unmapped;
}
