import type { Analysis } from '../analyze';
import type { DictionaryLookup } from '../dictionary/model';
import { normalizeText } from '../dictionary/normalize';
import { buildSkjModel } from '../model/skj-model';
import { parseFile } from '../parse/parsed-file';
import { Position, Range, rangeContains, TextEdit } from '../types';
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

/** Rename a technical code in its kamus and in every standard that uses it: one workspace edit. */
export function rename(analysis: Analysis, pos: Position, newName: string, kamus: KamusIndex, refs: ReferenceIndex, locale: 'id' | 'en'): RenameResult | undefined {
  const at = technicalCodeAt(analysis, pos);
  if (!at) return undefined;
  const name = newName.trim();
  const en = locale === 'en';
  if (!name || /[\s:#'"]/.test(name)) return { error: en ? `"${newName}" is not a valid code (no spaces, colons, quotes or #).` : `"${newName}" bukan kode yang sah (tanpa spasi, titik dua, kutip, atau #).` };
  if (name !== at.kode && kamus.definitionsOf(name).length) return { error: en ? `Code ${name} is already defined in a kamus.` : `Kode ${name} sudah didefinisikan di kamus.` };
  const changes: Record<string, TextEdit[]> = {};
  const add = (loc: Location) => {
    const list = (changes[loc.uri] ??= []);
    if (!list.some((e) => e.range.start.line === loc.range.start.line && e.range.start.character === loc.range.start.character)) list.push({ range: loc.range, newText: name });
  };
  for (const d of kamus.definitionsOf(at.kode)) add(d);
  for (const r of refs.referencesOf(at.kode)) add(r);
  add({ uri: analysis.file.uri, range: at.range });
  return { changes };
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
