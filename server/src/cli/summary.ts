import type { Locale, Severity } from '../core/types';
import type { FileFindings } from './formatters';
import { count, tr } from './locale';

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  other: number;
}

export function totals(results: FileFindings[]): Totals {
  const t: Totals = { files: results.length, errors: 0, warnings: 0, other: 0 };
  for (const r of results)
    for (const f of r.findings) {
      const s: Severity = f.severity;
      if (s === 'error') t.errors++;
      else if (s === 'warning') t.warnings++;
      else t.other++;
    }
  return t;
}

/** "7 berkas diperiksa: 5 galat, 2 peringatan, 0 lainnya." / "1 file checked: 1 error, 0 warnings, 0 other." */
export function summaryLine(t: Totals, locale: Locale, hidden: number): string {
  const line =
    locale === 'en'
      ? `${count('en', t.files, '', 'file')} checked: ${count('en', t.errors, '', 'error')}, ${count('en', t.warnings, '', 'warning')}, ${t.other} other.`
      : `${t.files} berkas diperiksa: ${t.errors} galat, ${t.warnings} peringatan, ${t.other} lainnya.`;
  if (!hidden) return line;
  return line + tr(locale, ` (${hidden} temuan selain galat tidak ditampilkan karena --quiet)`, ` (${count('en', hidden, '', 'finding')} other than errors not shown: --quiet)`);
}

/**
 * Why the exit code is 1 when the summary does not say it: more warnings than --max-warnings
 * ("2 peringatan, batas --max-warnings 0"), with the errors if there are any too. Undefined when
 * the exit code is 0 or errors alone explain it (as eslint does).
 */
export function exitReason(t: Totals, maxWarnings: number, locale: Locale): string | undefined {
  if (t.warnings <= maxWarnings) return undefined;
  const reasons = [tr(locale, `${t.warnings} peringatan, batas --max-warnings ${maxWarnings}`, `${count('en', t.warnings, '', 'warning')}, limit --max-warnings ${maxWarnings}`)];
  if (t.errors) reasons.push(tr(locale, `${t.errors} galat`, count('en', t.errors, '', 'error')));
  return reasons.join('; ');
}
