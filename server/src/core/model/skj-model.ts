import type { Node, Pair, Scalar } from 'yaml';
import { getPair, isMap, isScalar, isSeq, mapPairs, nodeRange, ParsedFile, scalarText, seqItems } from '../parse/parsed-file';
import type { Range } from '../types';

/** A `key: value` entry of the document, with the ranges of both. */
export interface Field {
  pair: Pair<Scalar, Node | null>;
  key: string;
  keyRange: Range;
  /** The value node; null for `key:` with nothing after it. */
  node: Node | null;
  /** Range of the value, or an empty range just after the key's colon when there is none. */
  valueRange: Range;
  /** The scalar value as text (undefined when the value is not a scalar). */
  text: string | undefined;
  /** The scalar's JS value (number, string, boolean, null), undefined for collections. */
  value: unknown;
}

export type Section = 'manajerial' | 'sosial_kultural' | 'teknis';
export const SECTIONS: Section[] = ['manajerial', 'sosial_kultural', 'teknis'];

/** One entry of an `indikator` list. */
export interface IndicatorItem {
  node: Node;
  range: Range;
  /** The raw text of the item ("2.1", "2.1. Teks…", "Teks…"). */
  text: string;
}

export interface CompetencyItem {
  section: Section;
  index: number;
  node: Node;
  /** Range of the whole item (the map under `- `). */
  range: Range;
  kode?: Field;
  nama?: Field;
  level?: Field;
  deskripsi?: Field;
  indikator?: Field;
  indicators: IndicatorItem[];
}

export interface SectionModel {
  field: Field;
  items: CompetencyItem[];
}

export interface SkjModel {
  root: Node | null;
  jabatan?: Field;
  /** Fields of `jabatan` by key (nama, kelompok, jenjang, urusan, kode, ikhtisar). */
  job: Record<string, Field>;
  kompetensi?: Field;
  sections: Partial<Record<Section, SectionModel>>;
  persyaratan?: Field;
  /** Fields of `persyaratan` by key. */
  requirements: Record<string, Field>;
  /** Items of persyaratan.pendidikan with their fields. */
  education: Record<string, Field>[];
}

export function field(file: ParsedFile, map: unknown, key: string): Field | undefined {
  const pair = getPair(map, key);
  return pair ? toField(file, pair) : undefined;
}

export function toField(file: ParsedFile, pair: Pair<Scalar, Node | null>): Field {
  const keyRange = nodeRange(file, pair.key)!;
  const node = pair.value && typeof pair.value === 'object' ? (pair.value as Node) : null;
  let valueRange = nodeRange(file, node);
  if (!valueRange) {
    // `key:` with no value: point just after the colon.
    const keyEnd = pair.key.range ? pair.key.range[1] : 0;
    const colon = file.text.indexOf(':', keyEnd);
    const at = colon >= 0 && colon - keyEnd < 4 ? colon + 1 : keyEnd;
    valueRange = file.lines.range(at, at);
  }
  return {
    pair,
    key: String(pair.key.value),
    keyRange,
    node,
    valueRange,
    text: scalarText(node),
    value: isScalar(node) ? node.value : undefined,
  };
}

export function fieldsOf(file: ParsedFile, map: unknown): Record<string, Field> {
  const out: Record<string, Field> = {};
  for (const pair of mapPairs(map)) {
    const f = toField(file, pair);
    if (!(f.key in out)) out[f.key] = f;
  }
  return out;
}

export function buildSkjModel(file: ParsedFile): SkjModel {
  const root = (file.doc.contents as Node | null) ?? null;
  const model: SkjModel = { root, job: {}, sections: {}, requirements: {}, education: [] };
  if (!isMap(root)) return model;

  model.jabatan = field(file, root, 'jabatan');
  if (model.jabatan) model.job = fieldsOf(file, model.jabatan.node);

  model.kompetensi = field(file, root, 'kompetensi');
  if (model.kompetensi && isMap(model.kompetensi.node)) {
    for (const section of SECTIONS) {
      const f = field(file, model.kompetensi.node, section);
      if (!f) continue;
      const items = seqItems(f.node).map((node, index) => competencyItem(file, section, index, node));
      model.sections[section] = { field: f, items };
    }
  }

  model.persyaratan = field(file, root, 'persyaratan');
  if (model.persyaratan) {
    model.requirements = fieldsOf(file, model.persyaratan.node);
    const pend = model.requirements['pendidikan'];
    if (pend && isSeq(pend.node)) model.education = seqItems(pend.node).map((n) => fieldsOf(file, n));
  }
  return model;
}

function competencyItem(file: ParsedFile, section: Section, index: number, node: Node): CompetencyItem {
  const fields = fieldsOf(file, node);
  const item: CompetencyItem = {
    section,
    index,
    node,
    range: nodeRange(file, node)!,
    kode: fields['kode'],
    nama: fields['nama'],
    level: fields['level'],
    deskripsi: fields['deskripsi'],
    indikator: fields['indikator'],
    indicators: [],
  };
  if (item.indikator) {
    const list = isSeq(item.indikator.node) ? seqItems(item.indikator.node) : [];
    for (const n of list) {
      const text = scalarText(n);
      if (text !== undefined) item.indicators.push({ node: n, range: nodeRange(file, n)!, text });
    }
  }
  return item;
}

/** The item's level as an integer 1..5, or undefined when absent or invalid. */
export function validLevel(item: CompetencyItem): number | undefined {
  const v = item.level?.value;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : undefined;
}
