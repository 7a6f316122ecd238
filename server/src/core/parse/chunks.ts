import { Composer, Document, Node, Pair, Parser, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { offsetBeyondDepth } from './depth';
import { addDuplicateKeyErrors } from './duplicate-keys';
import { isAlias, isMap, isPair, isScalar, isSeq } from './yaml-nodes';

/**
 * Chunked parsing: most of a standard or a kamus is a list of competency items, and most of
 * those items are text copied verbatim — from the regulation into every standard of a tier, or
 * unchanged between two keystrokes in the same kamus. Each multi-line list item (a "chunk") is
 * parsed on its own and its YAML tree kept in a `ChunkCache` keyed by its exact text; the rest
 * of the file (the "skeleton", with one placeholder line per chunk) is parsed as usual, and the
 * cached trees are copied into it at their offsets.
 *
 * The result is the tree a parse of the whole text gives (same nodes, values and source ranges;
 * a property test compares the two on edited files), or undefined whenever that cannot be
 * guaranteed cheaply: directives, any YAML error or warning in the skeleton or a chunk, a placeholder that
 * does not come back as a block-sequence item, anchors or aliases, deep nesting. The caller then
 * parses the whole text the usual way, so problems are always reported by the full parser.
 */

/**
 * Parsed chunks by text. Bounded by the total length of the texts it keeps: when full, the least
 * recently used go first (approximately: a CLOCK — a hit only marks the entry, and the sweep that
 * makes room gives marked entries a second chance — so a hit costs one map lookup).
 */
export class ChunkCache {
  private readonly entries = new Map<string, { item: Node | null; used: boolean }>();
  private chars = 0;
  hits = 0;
  misses = 0;

  constructor(readonly maxChars = 3_000_000) {}

  /** The chunk's item (ranges relative to the chunk's start; never mutated), null when it does not parse cleanly. */
  get(text: string): Node | null | undefined {
    const e = this.entries.get(text);
    if (e === undefined) return undefined;
    e.used = true;
    return e.item;
  }

  set(text: string, item: Node | null): void {
    if (text.length > this.maxChars) return;
    const old = this.entries.get(text);
    if (old) this.chars -= text.length;
    this.entries.delete(text);
    this.entries.set(text, { item, used: false });
    this.chars += text.length;
    // Oldest first; a used one moves to the end, unmarked, once (so the sweep ends).
    let second = this.entries.size;
    for (const [k, e] of this.entries) {
      if (this.chars <= this.maxChars) break;
      if (k === text) continue;
      if (e.used && second-- > 0) {
        e.used = false;
        this.entries.delete(k);
        this.entries.set(k, e);
        continue;
      }
      this.entries.delete(k);
      this.chars -= k.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}

/**
 * The cache parseFile uses unless told otherwise: one per thread (worker threads load their own
 * copy of this module). Its results are the same with or without it, so sharing it is safe.
 */
export const sharedChunkCache = new ChunkCache();

/** Options every parse uses, chunk or whole file (so scalars resolve the same way). Duplicate keys: see duplicate-keys.ts. */
export const COMPOSER_OPTIONS = { uniqueKeys: false, version: '1.2', logLevel: 'error' } as const;

/** Chunks and skeleton nest at most this deep; anything deeper goes to the full parser (and its limit). */
const CHUNK_MAX_DEPTH = 40;
/** Files smaller than this are parsed whole: chunking would not pay for itself. */
const MIN_TEXT = 2000;
/** A list item spanning fewer lines than this stays in the skeleton. */
const MIN_CHUNK_LINES = 3;
const MARK = '__skj_chunk_';

interface Chunk {
  start: number;
  end: number;
  /** Indentation of the item's `- ` or of the entry's key. */
  indent: number;
  /** For a map entry (`key:` with its value on the lines below): the key. Else a list item. */
  key?: string;
  /** Length of the first line's text the placeholder repeats (the indent and `- ` or `key: `). */
  prefix: number;
  text: string;
  /**
   * The indentation of the line after the chunk (spaces), parsed with it: the YAML's ranges may
   * end after it (an explicit `? key` without a value ends where the next line's content starts).
   */
  next: string;
  /** Skeleton offset of the placeholder line, and its length. */
  at: number;
  length: number;
  /** Sum of (chunk length − placeholder length) over this chunk and those before it. */
  shift: number;
}

/**
 * Parses `source` (line breaks \n or \r\n) through the chunk cache. Returns the document, or
 * undefined when the whole text must be parsed instead (see the file comment). `minText`: files
 * shorter than this are not chunked (tests pass 0 to chunk small texts).
 */
export function parseChunked(source: string, cache: ChunkCache, minText = MIN_TEXT): Document.Parsed | undefined {
  if (source.length < minText || source.includes(MARK) || (source.includes('\r') && /\r(?!\n)/.test(source))) return undefined;
  // A directive (`%YAML 1.1`, `%TAG !e! tag:…`) changes how every node of the document is read;
  // chunks are composed alone, with the defaults.
  if (source.charCodeAt(0) === 37 /* % */ || /[\r\n]%/.test(source)) return undefined;
  const chunks = findChunks(source);
  if (chunks.length === 0) return undefined;
  // One large chunk that is most of the file saves little, and if it does not parse cleanly the
  // file would be parsed twice (a hostile `jabatan:` of 40,000 keys).
  for (const c of chunks) if (c.text.length > 65536 && c.text.length * 2 > source.length) return undefined;

  // Every chunk's tree, from the cache or parsed now; one bad chunk and the file is parsed whole.
  const items: Node[] = [];
  for (const c of chunks) {
    const parsed = c.next ? c.text + c.next : c.text;
    let item = cache.get(parsed);
    if (item === undefined) {
      cache.misses++;
      // The cache outlives the file: keep (and parse) a copy of the chunk, not a slice of the text.
      const own = detached(parsed);
      item = parseChunk(own, c.key);
      cache.set(own, item);
    } else cache.hits++;
    if (item === null) return undefined;
    items.push(item);
  }

  // The skeleton: the text with each chunk replaced by a one-line placeholder item.
  let skeleton = '';
  let from = 0;
  let shift = 0;
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    const eol = c.text.endsWith('\r\n') ? '\r\n' : c.text.endsWith('\n') ? '\n' : '';
    const line = `${' '.repeat(c.indent)}${c.key === undefined ? '-' : `${c.key}:`} ${MARK}${k}${eol}`;
    skeleton += source.slice(from, c.start);
    c.at = skeleton.length;
    c.length = line.length;
    skeleton += line;
    shift += c.text.length - line.length;
    c.shift = shift;
    from = c.end;
  }
  skeleton += source.slice(from);

  const doc = compose(skeleton);
  if (!doc) return undefined;

  // Offsets of the skeleton → offsets of the source.
  const map = (o: number): number => {
    let lo = 0;
    let hi = chunks.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (chunks[mid].at <= o) (k = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    if (k < 0) return o;
    const c = chunks[k];
    if (o >= c.at + c.length) return o + c.shift;
    const before = k > 0 ? chunks[k - 1].shift : 0;
    // Up to the placeholder's `- ` the texts agree; past it, the placeholder stands for the whole item.
    return o <= c.at + c.prefix ? o + before : c.end;
  };

  let found = 0;
  let ok = true;
  /**
   * The copy of chunk k's tree for its placeholder, found as a list item (`key` undefined) or as
   * the value of `key`; undefined (and the split not trusted) when it is not where it belongs.
   */
  const fill = (placeholder: Node, k: number, key: string | undefined, parent: YAMLMap | YAMLSeq): Node | undefined => {
    const c = chunks[k];
    if (parent.flow || !c || c.key !== key || placeholder.range?.[0] !== c.at + c.prefix) {
      ok = false;
      return undefined;
    }
    found++;
    return copyShifted(items[k], c.start, parent.schema);
  };
  const remap = (n: Node): void => {
    if (n.range) n.range = [map(n.range[0]), map(n.range[1]), map(n.range[2])];
    if (isSeq(n)) {
      const seq = n as YAMLSeq;
      for (let i = 0; i < seq.items.length; i++) {
        const it = seq.items[i] as Node | null;
        const k = placeholderIndex(it);
        if (k >= 0) {
          const filled = fill(it!, k, undefined, seq);
          if (filled) seq.items[i] = filled;
        } else if (it && typeof it === 'object') remap(it);
      }
    } else if (isMap(n)) {
      for (const p of (n as YAMLMap).items) {
        if (!isPair(p) || placeholderIndex(p.key as Node) >= 0) {
          ok = false;
          continue;
        }
        if (p.key && typeof p.key === 'object') remap(p.key as Node);
        const k = placeholderIndex(p.value as Node);
        if (k >= 0) {
          const key = scalarKey(p.key);
          const filled = key === undefined ? undefined : fill(p.value as Node, k, key, n as YAMLMap);
          if (filled) p.value = filled;
          else ok = false;
        } else if (p.value && typeof p.value === 'object') remap(p.value as Node);
      }
    } else if (isScalar(n)) {
      if (typeof n.value === 'string' && n.value.includes(MARK)) ok = false;
    } else ok = false; // an alias
  };
  const root = doc.contents as Node | null;
  if (root) {
    if (placeholderIndex(root) >= 0) return undefined;
    remap(root);
  }
  if (!ok || found !== chunks.length) return undefined;
  if (doc.range) doc.range = [map(doc.range[0]), map(doc.range[1]), map(doc.range[2])];
  return doc;
}

function placeholderIndex(n: Node | null | undefined): number {
  if (!isScalar(n) || typeof n.value !== 'string' || !n.value.startsWith(MARK)) return -1;
  return n.type === Scalar.PLAIN && /^\d+$/.test(n.value.slice(MARK.length)) ? Number(n.value.slice(MARK.length)) : -1;
}

/**
 * The chunks of a text, outermost first, found line by line: a multi-line list item (a line
 * `<n spaces>- <content>` and the lines after it that are blank or indented deeper than n), and
 * a map entry whose value is on the lines below (`<n spaces>key:`) when that value holds no
 * multi-line list item of its own (those are chunks themselves, so that an edit in one of them
 * leaves the others cached). Its trailing blank lines and deeper comments are part of it (the
 * YAML may read them as text of a block scalar). Purely textual:
 * parseChunked verifies that the YAML agrees.
 */
export function findChunks(source: string): Chunk[] {
  const out: Chunk[] = [];
  const to = source.length;
  let pos = 0;
  while (pos < to) {
    const lineEnd = nextLine(source, pos);
    let indent = 0;
    while (source.charCodeAt(pos + indent) === 32) indent++;
    const at = pos + indent;
    const c0 = source.charCodeAt(at);
    const c2 = source.charCodeAt(at + 2);
    // `- x`: a block sequence entry with content on its line (not `-`, `- #…`, `---`).
    const item = c0 === 45 /* - */ && source.charCodeAt(at + 1) === 32 && c2 !== 32 && c2 !== 35 /* # */ && c2 !== 13 && c2 !== 10 && at + 2 < to;
    const key = item ? undefined : ENTRY.exec(source.slice(at, lineEnd))?.[1];
    if (item || key !== undefined) {
      const body = bodyOf(source, lineEnd, to, indent);
      if (body.lines + 1 >= MIN_CHUNK_LINES) {
        if (item || !body.hasItem) {
          let next = 0;
          while (source.charCodeAt(body.end + next) === 32) next++;
          out.push({ start: pos, end: body.end, indent, key, prefix: indent + (key === undefined ? 2 : key.length + 2), text: source.slice(pos, body.end), next: ' '.repeat(next), at: 0, length: 0, shift: 0 });
          pos = body.end;
          continue;
        }
      }
    }
    pos = lineEnd;
  }
  return out;
}

/** A plain key alone on its line: `key:` (its value is on the lines below). */
const ENTRY = /^([A-Za-z_][A-Za-z0-9_.-]*):[ ]*\r?\n?$/;

/**
 * The lines after `from` indented deeper than `indent` (blank and comment lines included): where they end, how many hold content, and whether one starts a list item
 * spanning several lines.
 */
function bodyOf(source: string, from: number, to: number, indent: number): { end: number; lines: number; hasItem: boolean } {
  let end = from;
  let lines = 0;
  let hasItem = false;
  let dash = -1; // indentation of the last `- ` line, while its item may still continue
  for (let p = from; p < to; ) {
    const e = nextLine(source, p);
    let i = 0;
    while (source.charCodeAt(p + i) === 32) i++;
    const ch = source.charCodeAt(p + i);
    const blank = ch === 10 || ch === 13 || p + i >= to;
    if (!blank) {
      if (i <= indent || ch === 9 /* tab */) break;
      if (ch !== 35 /* # */) {
        if (dash >= 0 && i > dash) hasItem = true;
        dash = ch === 45 /* - */ && source.charCodeAt(p + i + 1) === 32 ? i : dash >= 0 && i > dash ? dash : -1;
        lines++;
      }
    }
    // Blank lines (spaces included) and deeper comments after the last content line stay in the
    // chunk: they may be content of a block scalar (a `|+` keeps them, a deeper `#` line is text,
    // a line of spaces may be an error), and the YAML's ranges end after them.
    end = e;
    p = e;
  }
  return { end, lines, hasItem };
}

/**
 * A copy of `s` that does not keep the string it was sliced from alive (V8 represents a slice
 * as a view of its parent; concatenating flattens into a new string).
 */
function detached(s: string): string {
  return (' ' + s).slice(1);
}

function nextLine(s: string, from: number): number {
  const i = s.indexOf('\n', from);
  return i < 0 ? s.length : i + 1;
}

function compose(text: string): Document.Parsed | undefined {
  const tokens = Array.from(new Parser().parse(text));
  if (offsetBeyondDepth(tokens, CHUNK_MAX_DEPTH) >= 0) return undefined;
  let doc: Document.Parsed | undefined;
  for (const d of new Composer(COMPOSER_OPTIONS).compose(tokens, true, text.length)) {
    if (doc) return undefined; // several documents
    doc = d as Document.Parsed;
  }
  if (!doc || doc.errors.length || doc.warnings.length || addDuplicateKeyErrors(doc) > 0) return undefined;
  return doc;
}

/**
 * One chunk on its own, cleanly parsed, no anchors or aliases: a list item (exactly one item of a
 * block sequence) or a map entry's value (exactly one pair of a block map, with that plain key).
 */
function parseChunk(text: string, key: string | undefined): Node | null {
  const doc = compose(text);
  const top = doc?.contents;
  let node: unknown;
  if (key === undefined) {
    if (!isSeq(top) || top.flow || top.items.length !== 1) return null;
    node = top.items[0];
  } else {
    if (!isMap(top) || top.flow || top.items.length !== 1) return null;
    const pair = top.items[0];
    if (!isPair(pair) || scalarKey(pair.key) !== key || (pair.key as Scalar).type !== Scalar.PLAIN) return null;
    node = pair.value;
  }
  if (!node || typeof node !== 'object' || !isPlainTree(node as Node)) return null;
  return node as Node;
}

function scalarKey(k: unknown): string | undefined {
  return isScalar(k) && typeof k.value === 'string' ? k.value : undefined;
}

/** No anchors, aliases or placeholder-like text anywhere in the tree. */
function isPlainTree(n: Node): boolean {
  if (isAlias(n) || (n as { anchor?: string }).anchor) return false;
  if (isScalar(n)) return !(typeof n.value === 'string' && n.value.includes(MARK));
  if (isSeq(n)) return (n as YAMLSeq).items.every((it) => it == null || typeof it !== 'object' || isPlainTree(it as Node));
  if (isMap(n)) {
    return (n as YAMLMap).items.every(
      (p) => isPair(p) && (p.key == null || typeof p.key !== 'object' || isPlainTree(p.key as Node)) && (p.value == null || typeof p.value !== 'object' || isPlainTree(p.value as Node)),
    );
  }
  return false;
}

/**
 * Blank nodes of each class for copies: the classes' constructors define the node-type symbol
 * with Object.defineProperty, which is slow enough to dominate copying thousands of nodes. The
 * same symbol on a prototype in between makes isScalar()/isMap()/isSeq() and instanceof hold.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
const protoOf = (instance: object) => Object.create(Object.getPrototypeOf(instance), { [NODE_TYPE]: { value: (instance as Record<symbol, unknown>)[NODE_TYPE] } });
const SCALAR_PROTO = protoOf(new Scalar(null));
const MAP_PROTO = protoOf(new YAMLMap());
const SEQ_PROTO = protoOf(new YAMLSeq());
const PAIR_PROTO = protoOf(new Pair(null));

/** A deep copy of a cached tree with every range moved by `by` (the cached tree stays as it is). */
function copyShifted(n: Node, by: number, schema: YAMLMap['schema']): Node {
  const r = n.range!;
  if (isScalar(n)) {
    const s = Object.assign(Object.create(SCALAR_PROTO), n) as Scalar;
    s.range = [r[0] + by, r[1] + by, r[2] + by];
    return s;
  }
  const isMapNode = isMap(n);
  const c = Object.assign(Object.create(isMapNode ? MAP_PROTO : SEQ_PROTO), n) as YAMLMap | YAMLSeq;
  Object.defineProperty(c, 'schema', { value: schema, configurable: true, enumerable: false, writable: true });
  c.range = [r[0] + by, r[1] + by, r[2] + by];
  const items = (n as YAMLMap | YAMLSeq).items as unknown[];
  const out = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (isMapNode) {
      const p = it as Pair;
      const q = Object.create(PAIR_PROTO) as Pair;
      q.key = shiftChild(p.key, by, schema);
      q.value = shiftChild(p.value, by, schema);
      out[i] = q;
    } else out[i] = shiftChild(it, by, schema);
  }
  c.items = out;
  return c;
}

function shiftChild(v: unknown, by: number, schema: YAMLMap['schema']): unknown {
  return v && typeof v === 'object' ? copyShifted(v as Node, by, schema) : v;
}
