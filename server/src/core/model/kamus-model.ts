import type { Node } from 'yaml';
import type { Competency, Level } from '../dictionary/model';
import { isMap, isSeq, mapPairs, nodeRange, ParsedFile, scalarText, seqItems } from '../parse/parsed-file';
import type { Range } from '../types';
import { Field, field, fieldsOf } from './skj-model';

export interface KamusLevelModel {
  /** The key as written (`1`…`5`, or anything else the user typed). */
  keyText: string;
  level: number | undefined;
  keyRange: Range;
  field: Field;
  deskripsi?: Field;
  indikator?: Field;
  indicators: { text: string; range: Range }[];
}

export interface KamusEntryModel {
  node: Node;
  range: Range;
  kode?: Field;
  nama?: Field;
  definisi?: Field;
  level?: Field;
  levels: KamusLevelModel[];
}

export interface KamusModel {
  kamus?: Field;
  instansi?: Field;
  urusan?: Field;
  kompetensi?: Field;
  entries: KamusEntryModel[];
}

export function buildKamusModel(file: ParsedFile): KamusModel {
  const root = file.doc.contents as Node | null;
  const model: KamusModel = { entries: [] };
  if (!isMap(root)) return model;
  model.kamus = field(file, root, 'kamus');
  const k = model.kamus?.node;
  if (!isMap(k)) return model;
  model.instansi = field(file, k, 'instansi');
  model.urusan = field(file, k, 'urusan');
  model.kompetensi = field(file, k, 'kompetensi');
  if (!isSeq(model.kompetensi?.node)) return model;
  for (const node of seqItems(model.kompetensi!.node)) {
    const f = fieldsOf(file, node);
    const entry: KamusEntryModel = {
      node,
      range: nodeRange(file, node)!,
      kode: f['kode'],
      nama: f['nama'],
      definisi: f['definisi'],
      level: f['level'],
      levels: [],
    };
    if (isMap(entry.level?.node)) {
      for (const pair of mapPairs(entry.level!.node)) {
        const lf = fieldsOf(file, pair.value);
        const keyText = String(pair.key.value);
        const n = Number(keyText);
        const levelField = field(file, entry.level!.node, keyText)!;
        const lm: KamusLevelModel = {
          keyText,
          level: Number.isInteger(n) ? n : undefined,
          keyRange: levelField.keyRange,
          field: levelField,
          deskripsi: lf['deskripsi'],
          indikator: lf['indikator'],
          indicators: [],
        };
        for (const item of seqItems(lm.indikator?.node)) {
          const text = scalarText(item);
          if (text !== undefined) lm.indicators.push({ text, range: nodeRange(file, item)! });
        }
        entry.levels.push(lm);
      }
    }
    model.entries.push(entry);
  }
  return model;
}

/** The dictionary competencies a kamus file defines (entries with a code), with their source ranges. */
export function kamusCompetencies(file: ParsedFile, model: KamusModel): Competency[] {
  const out: Competency[] = [];
  const instansi = model.instansi?.text;
  for (const e of model.entries) {
    const kode = e.kode?.text?.trim();
    if (!kode) continue;
    const levels = new Map<number, Level>();
    for (const lm of e.levels) {
      if (lm.level === undefined || levels.has(lm.level)) continue;
      levels.set(lm.level, {
        level: lm.level,
        deskripsi: lm.deskripsi?.text ?? '',
        indikator: lm.indicators.map((ind, i) => ({ nomor: `${lm.level}.${i + 1}`, teks: ind.text, range: ind.range })),
        range: lm.keyRange,
      });
    }
    out.push({
      kode,
      nama: e.nama?.text ?? '',
      definisi: e.definisi?.text ?? '',
      group: 'teknis',
      levels,
      source: { uri: file.uri, range: e.kode!.valueRange, entryRange: e.range, instansi },
    });
  }
  return out;
}
