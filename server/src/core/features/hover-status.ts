/** Hover in the `status` block: what a step means, and where the standard stands. */
import { TAHAP, TAHAP_INFO, isTahap } from '../domain/lifecycle';
import type { SkjModel } from '../model/skj-model';
import { statusOf } from '../model/status-model';
import type { ParsedFile } from '../parse/parsed-file';
import { DocBuilder, tr } from './doc';
import type { FeatureOptions } from './types';

/** For the value of `status.tahap` or a history entry's `tahap`: the step and the whole history. */
export function statusHover(file: ParsedFile, model: SkjModel, path: string, value: string, opts: FeatureOptions): string | undefined {
  if (path !== 'status/tahap' && path !== 'status/riwayat/[]/tahap') return undefined;
  if (!isTahap(value)) return new DocBuilder(opts.markdown).para(tr(opts.locale, `Tahap yang sah: ${TAHAP.join(', ')}.`, `Valid steps: ${TAHAP.join(', ')}.`)).toString();
  const d = new DocBuilder(opts.markdown).heading(`${value} — ${TAHAP_INFO[value][opts.locale]}`).para(TAHAP_INFO[value].detail[opts.locale]);
  const status = statusOf(file, model);
  if (status?.unitKerja) d.para(`${tr(opts.locale, 'Unit kerja', 'Unit')}: ${status.unitKerja}`);
  const steps = status?.steps.filter((s) => s.value) ?? [];
  if (steps.length) d.list(steps.map((s) => [`${s.tanggal?.text ?? '?'}`, TAHAP_INFO[s.value!][opts.locale], s.oleh?.text ?? ''].filter(Boolean).join(' · ')));
  return d.toString();
}
