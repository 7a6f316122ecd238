/** Values of the `status` block: the steps, and today's date for a step's `tanggal`. */
import { TAHAP, TAHAP_INFO, tahapIndex, isTahap } from '../../domain/lifecycle';
import { DocBuilder } from '../doc';
import type { CompletionItem, FeatureOptions } from '../types';
import type { ValueContext } from './context';
import { pad, valueItem } from './items';

export function statusValues(ctx: ValueContext, opts: FeatureOptions, today = new Date()): CompletionItem[] {
  const path = ctx.path.join('/');
  if (path === 'status/tahap' || path === 'status/riwayat/[]/tahap') {
    const current = ctx.outline.valueOf(['status', 'tahap']);
    return TAHAP.map((t, i) =>
      valueItem(ctx, t, {
        kind: 'enum',
        detail: `${i + 1}. ${TAHAP_INFO[t][opts.locale]}`,
        documentation: new DocBuilder(opts.markdown).heading(`${t} — ${TAHAP_INFO[t][opts.locale]}`).para(TAHAP_INFO[t].detail[opts.locale]).toString(),
        sortText: pad(i),
        // The step after the current one is the likely next entry of the history.
        preselect: path !== 'status/tahap' && isTahap(current) && tahapIndex(current) + 1 === i,
      }),
    );
  }
  if (path === 'status/riwayat/[]/tanggal') {
    const iso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    return [valueItem(ctx, iso, { kind: 'value', detail: opts.locale === 'en' ? 'Today' : 'Hari ini', sortText: '0', raw: true })];
  }
  return [];
}
