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

/**
 * The root key `status` (a map) only where its block cannot adopt the lines below: before a
 * top-level key or at the end. Elsewhere at column 0 (inside another block) it would break it.
 */
export function placeStatusKey(items: CompletionItem[], ctx: { path: string[]; line: number }, lines: { lineCount: number; lineText(line: number): string }): CompletionItem[] {
  if (ctx.path.length) return items;
  for (let l = ctx.line + 1; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    if (!t.trim() || t.trimStart().startsWith('#')) continue;
    return /^\s/.test(t) ? items.filter((i) => i.label !== 'status') : items;
  }
  return items;
}
