import type { Analysis } from '../analyze';
import type { DictionaryLookup } from '../dictionary/model';
import { normalizeText } from '../dictionary/normalize';
import { buildSkjModel } from '../model/skj-model';
import { Scalar, visit } from 'yaml';
import { replaceScalar, yamlString } from '../edit/yaml-edits';
import { parseFile, ParsedFile } from '../parse/parsed-file';
import { fileKindOf, Position, Range, rangeContains, TextEdit } from '../types';
import type { KamusIndex } from './kamus-index';

export interface Location {
  uri: string;
  range: Range;
}

/** The technical code under the cursor: a `teknis` item's code in a standard, or an entry's code in a kamus. */
export function technicalCodeAt(analysis: Analysis, pos: Position): { kode: string; range: Range } | undefined {
  if (analysis.skj) {
    for (const item of analysis.skj.sections.teknis?.items ?? []) {
      const f = item.kode;
      if (f?.node && f.text && rangeContains(f.valueRange, pos)) return { kode: f.text.trim(), range: f.valueRange };
    }
  }
  if (analysis.kamus) {
    for (const e of analysis.kamus.entries) {
      const f = e.kode;
      if (f?.node && f.text && rangeContains(f.valueRange, pos)) return { kode: f.text.trim(), range: f.valueRange };
    }
  }
  return undefined;
}

/** Go to definition: the kamus entry(ies) defining the code under the cursor. */
export function definition(analysis: Analysis, pos: Position, kamus: KamusIndex): Location[] {
  const at = technicalCodeAt(analysis, pos);
  if (!at) return [];
  return kamus.definitionsOf(at.kode);
}

export type TechnicalReference = { kode: string; range: Range };

/** Technical code references of one standard's text (cheap to keep for a whole workspace). */
export function technicalReferences(uri: string, text: string): TechnicalReference[] {
  if (!/teknis\s*:/.test(text)) return [];
  const model = buildSkjModel(parseFile(uri, 'skj', text));
  const out: TechnicalReference[] = [];
  for (const item of model.sections.teknis?.items ?? []) {
    if (item.kode?.node && item.kode.text) out.push({ kode: item.kode.text.trim(), range: item.kode.valueRange });
  }
  return out;
}

/** Where standards refer to technical codes: uri → references. Kept current by the server. */
export class ReferenceIndex {
  /** uri → references, or how to compute them when first asked for (open documents). */
  private readonly refs = new Map<string, TechnicalReference[] | (() => TechnicalReference[])>();

  set(uri: string, text: string): void {
    this.refs.set(uri, technicalReferences(uri, text));
  }

  /**
   * An open document's references, computed only when references are next asked for: an edit
   * costs nothing here (no parse per keystroke), and a later edit replaces the pending one.
   */
  setLazy(uri: string, compute: () => TechnicalReference[]): void {
    this.refs.set(uri, compute);
  }

  remove(uri: string): void {
    this.refs.delete(uri);
  }

  /** Computes every pending entry now (e.g. when the editor is idle). */
  resolvePending(): void {
    for (const [uri, entry] of this.refs) if (typeof entry === 'function') this.refs.set(uri, resolve(entry));
  }

  has(uri: string): boolean {
    return this.refs.has(uri);
  }

  referencesOf(kode: string): Location[] {
    const out: Location[] = [];
    for (const [uri, entry] of this.refs) {
      let list = entry;
      if (typeof list === 'function') this.refs.set(uri, (list = resolve(list))); // same key: keeps its place in the order
      for (const r of list) if (r.kode === kode) out.push({ uri, range: r.range });
    }
    return out;
  }
}

function resolve(compute: () => TechnicalReference[]): TechnicalReference[] {
  try {
    return compute();
  } catch {
    return [];
  }
}

/** Find references: every standard using the code (and, with includeDeclaration, its definitions). */
export function references(analysis: Analysis, pos: Position, kamus: KamusIndex, refs: ReferenceIndex, includeDeclaration: boolean): Location[] {
  const at = technicalCodeAt(analysis, pos);
  if (!at) return [];
  return [...(includeDeclaration ? kamus.definitionsOf(at.kode) : []), ...refs.referencesOf(at.kode)];
}

export type RenameResult = { changes: Record<string, TextEdit[]> } | { error: string };

/**
 * Rename a technical code in its kamus and in every standard that uses it: one workspace edit.
 * Each occurrence is rewritten in its own style by the shared scalar edit (a quoted code keeps its
 * quotes; a plain one is quoted when the new code would read as YAML syntax: `*x`, `[KT]`, `true`,
 * `1.5`, `a: b` …). `textOf` gives the current text of another file (open document or disk);
 * without it an occurrence there is written plain when safe anywhere, else double-quoted.
 */
export function rename(
  analysis: Analysis,
  pos: Position,
  newName: string,
  kamus: KamusIndex,
  refs: ReferenceIndex,
  locale: 'id' | 'en',
  textOf?: (uri: string) => string | undefined,
): RenameResult | undefined {
  const at = technicalCodeAt(analysis, pos);
  if (!at) return undefined;
  const name = newName.trim();
  const en = locale === 'en';
  if (!name || /[\r\n\u2028\u2029]/.test(name) || /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(name)) {
    return { error: en ? `"${newName}" cannot be a competency code: a code is one line of text, not empty.` : `"${newName}" tidak dapat menjadi kode kompetensi: kode harus satu baris teks dan tidak kosong.` };
  }
  if (name !== at.kode && kamus.definitionsOf(name).length) return { error: en ? `Code ${name} is already defined in a kamus.` : `Kode ${name} sudah didefinisikan di kamus.` };
  const files = new Map<string, ParsedFile | undefined>([[analysis.file.uri, analysis.file]]);
  const fileOf = (uri: string): ParsedFile | undefined => {
    if (!files.has(uri)) {
      const text = textOf?.(uri);
      files.set(uri, text === undefined ? undefined : parseFile(uri, fileKindOf(uri) ?? 'skj', text, { chunks: null }));
    }
    return files.get(uri);
  };
  const changes: Record<string, TextEdit[]> = {};
  const add = (loc: Location) => {
    const list = (changes[loc.uri] ??= []);
    const edit = codeEdit(fileOf(loc.uri), loc.range, name);
    // One code seen twice (its kamus, the references, the cursor) is one edit.
    if (!list.some((e) => e.range.start.line === edit.range.start.line && e.range.start.character === edit.range.start.character)) list.push(edit);
  };
  for (const d of kamus.definitionsOf(at.kode)) add(d);
  for (const r of refs.referencesOf(at.kode)) add(r);
  add({ uri: analysis.file.uri, range: at.range });
  return { changes };
}

/** The edit writing `name` over the code at `range`, in the style of the scalar there. */
function codeEdit(file: ParsedFile | undefined, range: Range, name: string): TextEdit {
  const node = file ? scalarAt(file, file.lines.offsetAt(range.start)) : undefined;
  if (file && node) return replaceScalar(file, node, name, { exact: true });
  // Not readable: a plain code only when it is plain in a flow collection too (so anywhere).
  return { range, newText: yamlString(name, 'plain', true) };
}

function scalarAt(file: ParsedFile, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(file.doc, {
    Scalar(key, n) {
      if (key !== 'key' && n.range && n.range[0] === offset) {
        found = n;
        return visit.BREAK;
      }
    },
  });
  return found;
}

/** The code's range if it can be renamed here (prepareRename). */
export function prepareRename(analysis: Analysis, pos: Position): Range | undefined {
  return technicalCodeAt(analysis, pos)?.range;
}

export interface WorkspaceSymbol {
  name: string;
  detail: string;
  location: Location;
}

/** Search any kamus competency by code or name (case- and space-insensitive substring, then subsequence). */
export function workspaceSymbols(query: string, dictionary: DictionaryLookup, limit = 200): WorkspaceSymbol[] {
  const q = normalizeText(query);
  const out: { s: WorkspaceSymbol; rank: number }[] = [];
  for (const c of dictionary.all()) {
    if (!c.source.uri || !c.source.range) continue;
    const hay = normalizeText(`${c.kode} ${c.nama}`);
    const rank = !q ? 1 : hay.includes(q) ? (hay.startsWith(q) ? 0 : 1) : subsequence(q, hay) ? 2 : -1;
    if (rank < 0) continue;
    out.push({ s: { name: `${c.kode} ${c.nama}`, detail: c.source.instansi ?? '', location: { uri: c.source.uri, range: c.source.range } }, rank });
  }
  return out.sort((a, b) => a.rank - b.rank || a.s.name.localeCompare(b.s.name)).slice(0, limit).map((x) => x.s);
}

function subsequence(q: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === q[i]) i++;
  return i === q.length;
}
