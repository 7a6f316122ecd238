/**
 * The LSP's invariants for every answer of the core's feature functions (what a client such as
 * VS Code rejects with an error popup): positions on existing lines and characters, ranges with
 * start ≤ end, a symbol's selectionRange inside its range and its children inside it, folding
 * ranges ordered and inside the document, selection ranges containing the position and each
 * parent containing its child, hover and completion edit ranges on the cursor's line around the
 * cursor, code-action edits inside the document and not overlapping, inlay hints on valid
 * positions. `checkAnswers` returns the violations as text (empty when all hold).
 */
import type { Analysis } from '../../server/src/core/analyze';
import { codeActions, complete, documentSymbols, FeatureOptions, foldingRanges, hover, inlayHints, selectionRanges } from '../../server/src/core/features';
import type { DocumentSymbol, SelectionRange } from '../../server/src/core/features/types';
import { comparePositions, Position, Range } from '../../server/src/core/types';
import { definition } from '../../server/src/core/workspace/navigation';
import type { KamusIndex } from '../../server/src/core/workspace/kamus-index';

export class InvariantChecker {
  readonly violations: string[] = [];
  private readonly lengths: number[];

  constructor(private readonly analysis: Analysis, private readonly label: string) {
    const lines = analysis.file.lines;
    this.lengths = Array.from({ length: lines.lineCount }, (_, l) => lines.lineText(l).length);
  }

  private fail(what: string, detail: unknown): void {
    if (this.violations.length < 20) this.violations.push(`${this.label}: ${what}: ${JSON.stringify(detail)}`);
  }

  position(p: Position, what: string): boolean {
    const ok = Number.isInteger(p?.line) && Number.isInteger(p?.character) && p.line >= 0 && p.line < this.lengths.length && p.character >= 0 && p.character <= this.lengths[p.line];
    if (!ok) this.fail(`${what}: position outside the document`, p);
    return ok;
  }

  range(r: Range, what: string): boolean {
    if (!r || !this.position(r.start, `${what} start`) || !this.position(r.end, `${what} end`)) return false;
    if (comparePositions(r.start, r.end) > 0) {
      this.fail(`${what}: start after end`, r);
      return false;
    }
    return true;
  }

  contains(outer: Range, inner: Range, what: string): void {
    if (comparePositions(outer.start, inner.start) > 0 || comparePositions(inner.end, outer.end) > 0) this.fail(what, { outer, inner });
  }

  symbols(list: DocumentSymbol[], parent?: DocumentSymbol): void {
    for (const s of list) {
      if (!this.range(s.range, `symbol ${s.name} range`) || !this.range(s.selectionRange, `symbol ${s.name} selectionRange`)) continue;
      this.contains(s.range, s.selectionRange, `symbol ${s.name}: selectionRange must be contained in range`);
      if (parent) this.contains(parent.range, s.range, `symbol ${s.name}: outside its parent ${parent.name}`);
      if (!s.name) this.fail('symbol without a name', s);
      if (s.children) this.symbols(s.children, s);
    }
  }

  folding(list: { startLine: number; endLine: number }[]): void {
    let last = -1;
    for (const f of list) {
      if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < this.lengths.length)) this.fail('folding range outside the document or reversed', f);
      if (f.startLine < last) this.fail('folding ranges out of order', f);
      last = f.startLine;
    }
  }

  selection(sel: SelectionRange, at: Position): void {
    let child: SelectionRange | undefined;
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) {
      if (!this.range(s.range, 'selection range')) return;
      if (!child && (comparePositions(s.range.start, at) > 0 || comparePositions(at, s.range.end) > 0)) this.fail('selection range does not contain its position', { at, range: s.range });
      if (child) this.contains(s.range, child.range, 'selection range parent must contain its child');
      child = s;
    }
  }

  /** A range on the cursor's line, around the cursor (completion edits; hover ranges may span lines). */
  aroundCursor(r: Range, at: Position, what: string, sameLine: boolean): void {
    if (!this.range(r, what)) return;
    if (sameLine && (r.start.line !== at.line || r.end.line !== at.line)) this.fail(`${what}: not on the cursor's line`, { at, r });
    if (comparePositions(r.start, at) > 0 || comparePositions(at, r.end) > 0) this.fail(`${what}: does not contain the cursor`, { at, r });
  }

  edits(edits: { range: Range }[], what: string): void {
    const sorted = [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start));
    for (let i = 0; i < sorted.length; i++) {
      this.range(sorted[i].range, what);
      if (i > 0 && comparePositions(sorted[i - 1].range.end, sorted[i].range.start) > 0) this.fail(`${what}: overlapping edits`, [sorted[i - 1].range, sorted[i].range]);
    }
  }
}

/** The document-wide features (outline, folding, inlay hints, code actions) and the position-based ones at `positions`. */
export function checkAnswers(analysis: Analysis, opts: FeatureOptions, kamus: KamusIndex, positions: Position[], label: string, completionEvery = 1): string[] {
  const c = new InvariantChecker(analysis, label);
  const lines = analysis.file.lines;
  const whole = lines.range(0, analysis.file.text.length);
  const run = <T>(what: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      c.violations.push(`${label}: ${what} threw ${(e as Error)?.stack ?? e}`);
      return undefined;
    }
  };
  c.symbols(run('documentSymbols', () => documentSymbols(analysis)) ?? []);
  c.folding(run('foldingRanges', () => foldingRanges(analysis)) ?? []);
  for (const h of run('inlayHints', () => inlayHints(analysis, whole, opts)) ?? []) c.position(h.position, 'inlay hint');
  for (const a of run('codeActions', () => codeActions(analysis, whole, { locale: opts.locale, config: opts.config, kamus })) ?? []) c.edits(a.edits, `code action ${a.title}`);
  const sels = run('selectionRanges', () => selectionRanges(analysis, positions)) ?? [];
  sels.forEach((s, i) => c.selection(s, positions[i]));
  positions.forEach((p, i) => {
    const h = run('hover', () => hover(analysis, p, opts));
    if (h) c.aroundCursor(h.range, p, 'hover range', false);
    // Completion is the costly one: every `completionEvery`-th position, and every line's end.
    if (i % completionEvery === 0 || p.character === analysis.file.lines.lineText(p.line).length) {
      for (const item of run('complete', () => complete(analysis, p, opts)) ?? []) if (item.textEdit) c.aroundCursor(item.textEdit.range, p, `completion ${item.label} edit`, true);
    }
    for (const loc of run('definition', () => definition(analysis, p, kamus)) ?? []) if (loc.uri === analysis.file.uri) c.range(loc.range, 'definition');
  });
  return c.violations;
}
