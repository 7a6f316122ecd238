import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Node } from 'yaml';
import { getPair, isMap, isPair, isScalar, isSeq, nodeRange, ParsedFile, Scalar, YAMLMap, YAMLSeq } from '../parse/parsed-file';
import type { Range } from '../types';
import * as compiled from './validators.generated';

export interface SchemaError {
  error: ErrorObject;
  range: Range;
  /** The data path split into segments. */
  path: string[];
}

/**
 * schemas/skj.schema.json and kamus.schema.json, compiled ahead of time by ajv (allErrors, not
 * strict): scripts/gen-schema-validators.mjs, run by the build; a unit test checks it is current.
 */
const validators = compiled as unknown as { skj: ValidateFunction; kamus: ValidateFunction };

/** Aliases are expanded at most this many times when building the value to validate. */
const MAX_ALIAS_COUNT = 100;

/**
 * Validates a parsed file against its JSON Schema. Returns errors mapped onto the source:
 * the offending value, the unknown key, or — for a missing key — the parent key.
 */
export function validateSchema(file: ParsedFile): { errors: SchemaError[]; data: unknown } | { aliasError: string } {
  if (file.kind !== 'skj' && file.kind !== 'kamus') return { errors: [], data: undefined };
  let data: unknown;
  try {
    data = plainData(file.doc.contents);
  } catch (e) {
    if (e !== UNUSUAL) throw e;
    try {
      data = file.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      return { aliasError: String((e as Error).message ?? e) };
    }
  }
  const validate = validators[file.kind];
  if (validate(data ?? null)) return { errors: [], data };
  const pairs = new PairIndex();
  const errors = (validate.errors ?? []).map((error): SchemaError => {
    const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let range: Range | undefined;
    // Computed when read: a file of 40,000 unknown keys has 40,000 errors, and few are shown.
    return {
      error,
      path,
      get range() {
        return (range ??= errorRange(file, path, error, pairs));
      },
    };
  });
  return { errors, data };
}

const UNUSUAL = Symbol('unusual');

const scalarToJSON = Scalar.prototype.toJSON;
const mapToJSON = YAMLMap.prototype.toJSON;
const seqToJSON = YAMLSeq.prototype.toJSON;

/**
 * What `doc.toJS()` returns for the usual tree — plain maps, sequences and scalars — built
 * directly, without toJS's per-node context, anchor and merge-key bookkeeping (half the time).
 * Throws UNUSUAL for anything else (aliases, other node classes, `<<` or collection keys): the
 * caller then uses toJS.
 */
function plainData(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (isScalar(node) && node.toJSON === scalarToJSON) {
    const v = node.value;
    if (typeof v === 'symbol' || (typeof v === 'object' && v !== null)) throw UNUSUAL;
    return v;
  }
  if (isSeq(node) && node.toJSON === seqToJSON) {
    const out: unknown[] = [];
    for (const item of node.items) out.push(plainData(item));
    return out;
  }
  if (isMap(node) && node.toJSON === mapToJSON) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) throw UNUSUAL;
      const key = pair.key as unknown;
      let name: string;
      if (key === null) name = '';
      else if (key === undefined) name = 'undefined';
      else if (isScalar(key) && key.toJSON === scalarToJSON && !(key as { addToJSMap?: unknown }).addToJSMap) {
        const k = key.value;
        if (k === null) name = '';
        else if (typeof k === 'symbol' || typeof k === 'object' || k === '<<') throw UNUSUAL;
        else name = String(k);
      } else throw UNUSUAL;
      const value = plainData(pair.value);
      // As toJS: a repeated key keeps its first position and takes the last value; `__proto__`
      // and other inherited names become own properties.
      if (name in out) Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
      else out[name] = value;
    }
    return out;
  }
  throw UNUSUAL;
}

interface Located {
  node: Node | null;
  keyNode?: Node;
}

/**
 * The pair of each key of the maps looked at, built once per map: a map of 40,000 unknown keys
 * has 40,000 errors, and finding each key by a scan of the map would take minutes.
 */
class PairIndex {
  private readonly maps = new WeakMap<object, Map<string, ReturnType<typeof getPair>>>();

  get(map: unknown, key: string): ReturnType<typeof getPair> {
    if (!isMap(map)) return undefined;
    if (map.items.length < 16) return getPair(map, key);
    let index = this.maps.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        // The first pair of a key, as getPair.
        if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item as ReturnType<typeof getPair>);
      }
      this.maps.set(map, index);
    }
    return index.get(key);
  }
}

/** Walks the YAML AST along a JSON path. */
export function locate(file: ParsedFile, path: string[], pairs = new PairIndex()): Located | undefined {
  let cur: Located = { node: file.doc.contents as Node | null };
  for (const seg of path) {
    const n = cur.node;
    if (isMap(n)) {
      const pair = pairs.get(n, seg);
      if (!pair) return undefined;
      cur = { node: (pair.value as Node | null) ?? null, keyNode: pair.key as unknown as Node };
    } else if (isSeq(n)) {
      const item = n.items[Number(seg)];
      if (item == null) return undefined;
      cur = { node: item as Node };
    } else return undefined;
  }
  return cur;
}

function errorRange(file: ParsedFile, path: string[], error: ErrorObject, pairs: PairIndex): Range {
  const here = locate(file, path, pairs);
  const fallback = file.lines.range(0, 0);
  if (!here) return fallback;
  if (error.keyword === 'additionalProperties') {
    const pair = pairs.get(here.node, String((error.params as { additionalProperty: string }).additionalProperty));
    if (pair) return nodeRange(file, pair.key as unknown as Node) ?? fallback;
  }
  if (error.keyword === 'required') {
    // A missing key is reported on its parent's key; at the top level, on the first key.
    if (here.keyNode) return nodeRange(file, here.keyNode) ?? fallback;
    if (isMap(here.node) && here.node.items[0]) return nodeRange(file, here.node.items[0].key as Node) ?? fallback;
    return nodeRange(file, here.node) ?? fallback;
  }
  if (here.node && (isScalar(here.node) || !here.keyNode)) return nodeRange(file, here.node) ?? fallback;
  // A collection of the wrong shape: point at its key, not the whole block.
  if (here.keyNode) return nodeRange(file, here.keyNode) ?? fallback;
  return nodeRange(file, here.node) ?? fallback;
}
