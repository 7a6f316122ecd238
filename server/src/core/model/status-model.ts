import { isMap, isScalar, nodeRange, seqItems } from '../parse/parsed-file';
import type { ParsedFile } from '../parse/parsed-file';
import type { Range } from '../types';
import { isTahap, Tahap } from '../domain/lifecycle';
import { field, Field, fieldsOf, SkjModel } from './skj-model';

/** One entry of `status.riwayat`: a step, who took it, when. */
export interface StatusStep {
  range: Range;
  tahap?: Field;
  oleh?: Field;
  tanggal?: Field;
  /** The step when `tahap` is a known one. */
  value?: Tahap;
}

/** The optional `status` block of a standard (docs/format.md, "Status"). */
export interface StatusModel {
  field: Field;
  /** Fields of `status` by key (tahap, unit_kerja, riwayat). */
  fields: Record<string, Field>;
  tahap?: Tahap;
  unitKerja?: string;
  steps: StatusStep[];
}

const cache = new WeakMap<SkjModel, StatusModel | null>();

/** The standard's `status` block, or undefined when it has none (read once per model). */
export function statusOf(file: ParsedFile, model: SkjModel | undefined): StatusModel | undefined {
  if (!model || !isMap(model.root)) return undefined;
  const hit = cache.get(model);
  if (hit !== undefined) return hit ?? undefined;
  const f = field(file, model.root, 'status');
  let status: StatusModel | null = null;
  if (f) {
    const fields = fieldsOf(file, f.node);
    const tahap = fields['tahap']?.value;
    const unit = fields['unit_kerja']?.text?.trim();
    status = { field: f, fields, tahap: isTahap(tahap) ? tahap : undefined, unitKerja: unit || undefined, steps: [] };
    for (const node of seqItems(fields['riwayat']?.node)) {
      const sf = isMap(node) ? fieldsOf(file, node) : {};
      const v = sf['tahap']?.value;
      status.steps.push({ range: nodeRange(file, node)!, tahap: sf['tahap'], oleh: sf['oleh'], tanggal: sf['tanggal'], value: isTahap(v) ? v : undefined });
    }
  }
  cache.set(model, status);
  return status ?? undefined;
}

/** The text of a `tanggal` as written (a YAML 1.2 plain date stays a string; a number does not). */
export function dateText(f: Field | undefined): string | undefined {
  if (!f?.node || !isScalar(f.node)) return undefined;
  return f.text?.trim();
}
