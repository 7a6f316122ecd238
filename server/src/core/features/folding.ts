import type { Analysis } from '../analyze';
import { TextOutline } from './outline';
import type { FoldingRange } from './types';

/** Folding by the YAML structure (read from indentation, so it works while the file is broken) and comment blocks. */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const file = analysis.file;
  const lines: string[] = [];
  for (let l = 0; l < file.lines.lineCount; l++) lines.push(file.lines.lineText(l));
  const outline = new TextOutline(lines, file.lines.eol);
  const byStart = new Map<number, FoldingRange>();
  for (const f of outline.frames) {
    if (f.endLine <= f.line) continue;
    const prev = byStart.get(f.line);
    if (!prev || prev.endLine < f.endLine) byStart.set(f.line, { startLine: f.line, endLine: f.endLine });
  }
  let start = -1;
  for (let l = 0; l <= outline.lines.length; l++) {
    const isComment = l < outline.lines.length && outline.lines[l].kind === 'comment';
    if (isComment && start < 0) start = l;
    if (!isComment && start >= 0) {
      if (l - 1 > start && !byStart.has(start)) byStart.set(start, { startLine: start, endLine: l - 1, kind: 'comment' });
      start = -1;
    }
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
