import type { Node, Pair, Scalar } from 'yaml';
import { getPair, isMap, isPair, isScalar, isSeq, nodeRange, ParsedFile, scalarText, seqItems } from '../parse/parsed-file';
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
  return pair ? new ModelField(file, pair) : undefined;
}

export function toField(file: ParsedFile, pair: Pair<Scalar, Node | null>): Field {
  return new ModelField(file, pair);
}

/**
 * A Field whose ranges are computed when first read: rules read them only for what they report,
 * so most are never needed (a range costs two line look-ups and three objects).
 */
class ModelField implements Field {
  readonly key: string;
  readonly node: Node | null;
  readonly text: string | undefined;
  readonly value: unknown;
  private keyRangeCache: Range | undefined;
  private valueRangeCache: Range | undefined;

  constructor(
    private readonly file: ParsedFile,
    readonly pair: Pair<Scalar, Node | null>,
  ) {
    this.key = String(pair.key.value);
    const v = pair.value;
    this.node = v && typeof v === 'object' ? (v as Node) : null;
    this.text = scalarText(this.node);
    this.value = isScalar(this.node) ? this.node.value : undefined;
  }

  get keyRange(): Range {
    return (this.keyRangeCache ??= nodeRange(this.file, this.pair.key)!);
  }

  /** Range of the value, or an empty range just after the key's colon when there is none. */
  get valueRange(): Range {
    if (this.valueRangeCache) return this.valueRangeCache;
    let r = nodeRange(this.file, this.node);
    if (!r) {
      // `key:` with no value: point just after the colon.
      const keyEnd = this.pair.key.range ? this.pair.key.range[1] : 0;
      const colon = this.file.text.indexOf(':', keyEnd);
      const at = colon >= 0 && colon - keyEnd < 4 ? colon + 1 : keyEnd;
      r = this.file.lines.range(at, at);
    }
    return (this.valueRangeCache = r);
  }
}

export function fieldsOf(file: ParsedFile, map: unknown): Record<string, Field> {
  const out: Record<string, Field> = {};
  if (!isMap(map)) return out;
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (!(key in out)) out[key] = new ModelField(file, pair as Pair<Scalar, Node | null>);
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
  const item = new ModelItem(file, section, index, node, fields);
  if (item.indikator && isSeq(item.indikator.node)) {
    for (const n of item.indikator.node.items) {
      if (n == null || typeof n !== 'object') continue;
      const text = scalarText(n);
      if (text !== undefined) item.indicators.push(new ModelIndicator(file, n as Node, text));
    }
  }
  return item;
}

/** A competency item; its range is computed when first read. */
class ModelItem implements CompetencyItem {
  kode?: Field;
  nama?: Field;
  level?: Field;
  deskripsi?: Field;
  indikator?: Field;
  indicators: IndicatorItem[] = [];
  private rangeCache: Range | undefined;

  constructor(
    private readonly file: ParsedFile,
    readonly section: Section,
    readonly index: number,
    readonly node: Node,
    fields: Record<string, Field>,
  ) {
    this.kode = fields['kode'];
    this.nama = fields['nama'];
    this.level = fields['level'];
    this.deskripsi = fields['deskripsi'];
    this.indikator = fields['indikator'];
  }

  get range(): Range {
    return (this.rangeCache ??= nodeRange(this.file, this.node)!);
  }
}

/** An indicator item; its range is computed when first read. */
class ModelIndicator implements IndicatorItem {
  private rangeCache: Range | undefined;

  constructor(
    private readonly file: ParsedFile,
    readonly node: Node,
    readonly text: string,
  ) {}

  get range(): Range {
    return (this.rangeCache ??= nodeRange(this.file, this.node)!);
  }
}

/** The item's level as an integer 1..5, or undefined when absent or invalid. */
export function validLevel(item: CompetencyItem): number | undefined {
  const v = item.level?.value;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : undefined;
}
