/** Plain data types of the language-service core. LSP-compatible, but independent of any LSP package. */

/** 0-based line, UTF-16 code-unit character: exactly an LSP Position. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'id' | 'en';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A quick fix as plain data: a title and the minimal edits to one file. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix listed first and applied by "fix all of this rule". */
  isPreferred?: boolean;
  /**
   * Certainly right whatever the author meant (a misspelt code, the regulation's text for the
   * author's level, a canonical spelling): "fix all" (editor and `skj check --fix`) applies it.
   * Judgement calls (another level, deleting an item, one of several candidates) are not safe.
   */
  safe?: boolean;
}

export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  range: Range;
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

export type FileKind = 'skj' | 'kamus' | 'config';

export function fileKindOf(path: string): FileKind | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  if (/\.skj\.ya?ml$/i.test(name)) return 'skj';
  if (/\.kamus\.ya?ml$/i.test(name)) return 'kamus';
  if (/^skj\.config\.ya?ml$/i.test(name)) return 'config';
  return undefined;
}

export function rangeContains(outer: Range, p: Position): boolean {
  return comparePositions(outer.start, p) <= 0 && comparePositions(p, outer.end) <= 0;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
