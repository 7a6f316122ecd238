import type { ParsedFile } from './parse/parsed-file';
import type { Finding } from './types';

/**
 * `# skj-disable-next-line rule-a, rule-b` silences those rules (all rules when none is named)
 * on the next non-comment line; `# skj-disable-line …` at the end of a line silences that line;
 * `# skj-disable-file …` anywhere silences them in the whole file.
 */
const DIRECTIVE = /#\s*skj-disable-(next-line|line|file)\b([^#\r\n]*)/;

export interface Suppressions {
  lines: Map<number, Set<string> | 'all'>;
  file: Set<string> | 'all' | undefined;
}

export function findSuppressions(file: ParsedFile): Suppressions {
  const s: Suppressions = { lines: new Map(), file: undefined };
  if (!file.text.includes('skj-disable')) return s;
  const add = (line: number, ids: Set<string> | 'all') => {
    const prev = s.lines.get(line);
    s.lines.set(line, prev === 'all' || ids === 'all' ? 'all' : new Set([...(prev ?? []), ...ids]));
  };
  for (let line = 0; line < file.lines.lineCount; line++) {
    const text = file.lines.lineText(line);
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    const ids: Set<string> | 'all' = names.length ? new Set(names) : 'all';
    if (m[1] === 'file') {
      s.file = s.file === 'all' || ids === 'all' ? 'all' : new Set([...(s.file ?? []), ...ids]);
    } else if (m[1] === 'line') {
      add(line, ids);
    } else {
      let target = line + 1;
      while (target < file.lines.lineCount && /^\s*(#.*)?$/.test(file.lines.lineText(target))) target++;
      add(target, ids);
    }
  }
  return s;
}

export function isSuppressed(s: Suppressions, f: Finding): boolean {
  if (s.file === 'all' || s.file?.has(f.rule)) return true;
  const l = s.lines.get(f.range.start.line);
  return l === 'all' || (l !== undefined && l.has(f.rule));
}
