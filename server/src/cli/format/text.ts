import * as path from 'node:path';
import type { Severity } from '../../core/types';
import type { FileFindings } from '../formatters';

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };

/** `file:line:col severity rule-id message`, 1-based, one line per finding. */
export function formatText(results: FileFindings[], cwd: string, color: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const rel = path.relative(cwd, r.file) || r.file;
    for (const f of r.findings) {
      const sev = color ? `${COLORS[f.severity]}${f.severity}\x1b[0m` : f.severity;
      const rule = color ? `\x1b[2m${f.rule}\x1b[0m` : f.rule;
      lines.push(`${rel}:${f.range.start.line + 1}:${f.range.start.character + 1} ${sev} ${rule} ${f.message}`);
    }
  }
  return lines.join('\n');
}
