import { Composer, Document, Node, Pair, parseDocument, Parser, Scalar, YAMLMap, YAMLParseError, YAMLSeq } from 'yaml';
import { LineIndex } from '../text/line-index';
import { ChunkCache, COMPOSER_OPTIONS, parseChunked, sharedChunkCache } from './chunks';
import { offsetBeyondDepth } from './depth';
import { addDuplicateKeyErrors } from './duplicate-keys';
import { isAlias, isMap, isPair, isScalar, isSeq } from './yaml-nodes';
import type { FileKind, Range } from '../types';

/** A YAML problem found while parsing, with the parser's code (e.g. DUPLICATE_KEY). */
export interface ParseProblem {
  code: string;
  message: string;
  range: Range;
  severity: 'error' | 'warning';
}

/** One parsed file: its text, positions, YAML document (with source ranges) and parse problems. */
export interface ParsedFile {
  uri: string;
  kind: FileKind;
  text: string;
  lines: LineIndex;
  doc: Document.Parsed;
  problems: ParseProblem[];
}

export interface ParseOptions {
  /** Files nested deeper than this (collections within collections) are reported, not composed. */
  maxDepth?: number;
  /**
   * Parsed list items by text, shared between parses: identical items (copied regulation text,
   * unchanged items between two versions of a file) are not parsed again. See chunks.ts.
   * Default: one cache per thread (`sharedChunkCache`); null parses every file whole.
   */
  chunks?: ChunkCache | null;
}

/**
 * Deepest collection nesting a file may have. Real standards and kamus files nest about ten
 * levels; the YAML composer recurses once per level, so a hostile 20,000-deep `[[[[…` or
 * `- - - -…` would exhaust the stack (in whatever code walks the tree next) if composed.
 */
export const MAX_NESTING_DEPTH = 100;

/** Parses YAML keeping every node's source range. Never throws on bad input. Linear in the text (duplicate keys too). */
export function parseFile(uri: string, kind: FileKind, text: string, opts: ParseOptions = {}): ParsedFile {
  const lines = new LineIndex(text);
  let doc: Document.Parsed | undefined;
  const problems: ParseProblem[] = [];
  const maxDepth = opts.maxDepth ?? MAX_NESTING_DEPTH;
  try {
    // A lone \r ends a line for LSP (and LineIndex) but not for the yaml package: give it a \n
    // in its place. Same length, so every offset (and so every position) stays the same.
    const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
    const chunks = opts.chunks === undefined ? sharedChunkCache : opts.chunks;
    doc = (chunks ? parseChunked(source, chunks) : undefined) ?? parseWhole(source, maxDepth, (tooDeep) =>
      problems.push({
        code: 'NESTING_TOO_DEEP',
        message: `nesting deeper than ${maxDepth} levels`,
        range: lines.range(tooDeep, Math.min(tooDeep + 1, text.length)),
        severity: 'error',
      }),
    );
  } catch (e) {
    // Not expected (the composer catches its own stack overflows), but never crash on input.
    problems.push({
      code: 'PARSER_FAILURE',
      message: e instanceof RangeError ? 'nesting too deep' : String((e as Error)?.message ?? e),
      range: lines.range(0, 0),
      severity: 'error',
    });
    doc = undefined;
  }
  if (!doc) doc = parseDocument('', { logLevel: 'error' }) as Document.Parsed;
  for (const e of doc.errors) {
    problems.push({ code: e.code, message: firstLine(e.message), range: lines.range(e.pos[0], e.pos[1]), severity: 'error' });
  }
  for (const w of doc.warnings) {
    problems.push({ code: w.code, message: firstLine(w.message), range: lines.range(w.pos[0], w.pos[1]), severity: 'warning' });
  }
  return { uri, kind, text, lines, doc, problems };
}

/**
 * parseDocument(), split in two so that the (iterative) CST can be measured before the
 * (recursive) composer sees it: undefined, after `tooDeep(offset)`, when it nests too deep.
 */
function parseWhole(source: string, maxDepth: number, tooDeep: (offset: number) => void): Document.Parsed | undefined {
  const tokens = Array.from(new Parser().parse(source));
  const deep = offsetBeyondDepth(tokens, maxDepth);
  if (deep >= 0) {
    tooDeep(deep);
    return undefined;
  }
  let doc: Document.Parsed | undefined;
  // logLevel 'error' (in COMPOSER_OPTIONS): the yaml package would otherwise print warnings to stderr.
  for (const d of new Composer(COMPOSER_OPTIONS).compose(tokens, true, source.length)) {
    if (!doc) addDuplicateKeyErrors((doc = d as Document.Parsed));
    else {
      doc.errors.push(new YAMLParseError(d.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

// ---------------------------------------------------------------------------------------------
// Small helpers to read the YAML AST with ranges.

export type YNode = Node;

/** Source range of a node's value (without trailing comments / line breaks). */
export function nodeRange(file: ParsedFile, node: Node | null | undefined): Range | undefined {
  if (!node?.range) return undefined;
  return file.lines.range(node.range[0], node.range[1]);
}

/** The pair with the given (scalar) key in a map. */
export function getPair(map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item as Pair<Scalar, Node | null>;
  }
  return undefined;
}

export function pairKey(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** Pairs of a map whose keys are scalars. */
export function mapPairs(map: unknown): Pair<Scalar, Node | null>[] {
  if (!isMap(map)) return [];
  return (map as YAMLMap).items.filter((p) => isPair(p) && isScalar(p.key)) as Pair<Scalar, Node | null>[];
}

export function seqItems(seq: unknown): Node[] {
  if (!isSeq(seq)) return [];
  return (seq as YAMLSeq).items.filter((n): n is Node => n != null && typeof n === 'object') as Node[];
}

/** A scalar's value as text (numbers as written in the source when possible). */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'number' && node.source !== undefined) return String(node.source);
  if (node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

export { isAlias, isMap, isPair, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq, Pair };
