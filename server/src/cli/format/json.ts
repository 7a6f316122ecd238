import * as path from 'node:path';
import type { FileFindings } from '../formatters';

/** The JSON array of format.md / issue #2: file, rule, severity, message, range (LSP positions). */
export function formatJson(results: FileFindings[], cwd: string): string {
  const out = results.flatMap((r) =>
    r.findings.map((f) => ({ file: path.relative(cwd, r.file) || r.file, rule: f.rule, severity: f.severity, message: f.message, range: f.range })),
  );
  return JSON.stringify(out, null, 2);
}
