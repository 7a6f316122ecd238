import { Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Node, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { LineIndex } from '../text/line-index';
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
  /** Upper bound of nesting depth the model walks; deeper content is reported, not walked. */
  maxDepth?: number;
}

/** Parses YAML keeping every node's source range. Never throws on bad input. */
export function parseFile(uri: string, kind: FileKind, text: string): ParsedFile {
  const lines = new LineIndex(text);
  let doc: Document.Parsed;
  const problems: ParseProblem[] = [];
  try {
    doc = parseDocument(text, {
      keepSourceTokens: true,
      uniqueKeys: true,
      prettyErrors: false,
      lineCounter: new LineCounter(),
      version: '1.2',
    });
  } catch (e) {
    // The parser recurses; absurdly deep nesting can exhaust the stack. Report, never crash.
    doc = parseDocument('') as Document.Parsed;
    problems.push({
      code: 'PARSER_FAILURE',
      message: e instanceof RangeError ? 'nesting too deep' : String((e as Error).message ?? e),
      range: lines.range(0, 0),
      severity: 'error',
    });
  }
  for (const e of doc.errors) {
    problems.push({ code: e.code, message: firstLine(e.message), range: lines.range(e.pos[0], e.pos[1]), severity: 'error' });
  }
  for (const w of doc.warnings) {
    problems.push({ code: w.code, message: firstLine(w.message), range: lines.range(w.pos[0], w.pos[1]), severity: 'warning' });
  }
  return { uri, kind, text, lines, doc, problems };
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
