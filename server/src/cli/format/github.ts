import type { Severity } from '../../core/types';
import type { FileFindings } from '../formatters';
import { repoRelativePath } from './uri';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A workflow command's message: %, CR and LF escaped (GitHub's toCommandValue / escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow annotations, one per finding:
 * `::error file=F,line=L,endLine=L,col=C,endColumn=C,title=RULE::MESSAGE`. Paths are relative to
 * the repository root (what GitHub matches against the checkout), 1-based lines and columns.
 */
export function formatGithub(results: FileFindings[], root: string): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = repoRelativePath(root, r.file);
    for (const f of r.findings) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${f.range.start.line + 1}`,
        `endLine=${f.range.end.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `endColumn=${f.range.end.character + 1}`,
        `title=${escapeProperty(f.rule)}`,
      ];
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.join('\n');
}
