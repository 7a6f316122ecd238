/**
 * What a document reader hands the form recogniser: the document's paragraphs and table rows in
 * reading order, each cell as its lines of text, merged cells spread over the grid (the covered
 * positions marked `merged`), and where each row came from for messages ("tabel 2, baris 5").
 */
export interface SourceCell {
  /** The cell's text, one entry per paragraph or line break, white space collapsed, no empty lines. */
  lines: string[];
  /** A position covered by a merged cell (its text is on the merge's first cell). */
  merged?: boolean;
}

export interface SourceRow {
  cells: SourceCell[];
  /** "tabel 2, baris 5", "paragraf 3", "lembar Form, baris 12", "kepala halaman". */
  where: string;
  /** Text printed on every page (a header or footer): kept as a comment of each standard. */
  page?: boolean;
  /** A remark on the row before it (a cell note): kept as a comment where it was. */
  remark?: boolean;
}

/**
 * A document that cannot be imported, with the reason in Indonesian and English. Recognised by
 * its name, not `instanceof`: the readers run in dist/office.js, whose copy of this class is not
 * the CLI's.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    readonly en: string = message,
  ) {
    super(message);
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof Error && e.name === 'ImportError';
}

/**
 * Collapses white space (incl. no-break spaces) and drops empty lines and control characters
 * (a document's ESC or BEL must not reach the analyst's terminal or the YAML).
 */
export function cleanLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029|\u000b/)
    // eslint-disable-next-line no-control-regex
    .map((l) => l.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter((l) => l !== '');
}

export function cellText(c: SourceCell | undefined): string {
  return c && !c.merged ? c.lines.join('\n') : '';
}

/** The kind of document a file name says (.docx, .xlsx, .html/.htm). */
export type DocumentKind = 'docx' | 'xlsx' | 'html';

export function documentKind(name: string): DocumentKind | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'docx' || ext === 'docm') return 'docx';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}
