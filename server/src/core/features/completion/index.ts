import type { Analysis } from '../../analyze';
import { TIERS } from '../../domain/tiers';
import type { Position } from '../../types';
import { tr } from '../doc';
import { newStandardText } from '../new-standard';
import type { CompletionItem, FeatureOptions } from '../types';
import { blockItems, codeValues, descriptionValues, indicatorItems, levelValues, technicalNameValues } from './competency';
import { completionContext, CompletionContext, KeyContext } from './context';
import { kamusLevelScaffold } from './kamus-levels';
import { keyItems } from './keys';
import { pad } from './items';
import { statusValues } from './status';
import { educationValues, jenjangValues, kelompokValues, pelatihanJenisValues, rankValues, tingkatValues } from './values';

const SECTIONS = ['manajerial', 'sosial_kultural', 'teknis'];

/** Completion at a position of a standard (or kamus) file, from the text around the cursor. */
export function complete(analysis: Analysis, position: Position, opts: FeatureOptions): CompletionItem[] {
  const file = analysis.file;
  if (file.kind === 'config') return [];
  const ctx = completionContext(file, position);
  if (!ctx) return [];
  switch (ctx.kind) {
    case 'key':
      return keyCompletions(ctx, file.kind, opts);
    case 'value':
      return valueCompletions(ctx, opts);
    case 'item':
      return itemCompletions(ctx, opts);
  }
}

function keyCompletions(ctx: KeyContext, kind: 'skj' | 'kamus', opts: FeatureOptions): CompletionItem[] {
  const items = keyItems(ctx, kind, opts);
  const p = ctx.path;
  if (kind === 'skj' && p.length === 3 && p[0] === 'kompetensi' && (p[1] === 'manajerial' || p[1] === 'sosial_kultural') && ctx.newItem && !ctx.hasColon) {
    items.push(...blockItems(ctx, p[1], ctx.container?.parent, ctx.newItem.dashCol, opts));
  }
  if (kind === 'skj' && p.length === 0 && ctx.present.size === 0 && !ctx.hasColon) items.push(...newStandardItems(ctx, opts));
  if (kind === 'kamus' && p[p.length - 1] === 'level' && !ctx.hasColon) items.push(...kamusLevelScaffold(ctx, opts));
  return items;
}

function valueCompletions(ctx: Extract<CompletionContext, { kind: 'value' }>, opts: FeatureOptions): CompletionItem[] {
  const p = ctx.path;
  const path = p.join('/');
  if (path === 'jabatan/kelompok') return kelompokValues(ctx, opts);
  if (path === 'jabatan/jenjang') return jenjangValues(ctx, opts);
  if (path === 'persyaratan/pangkat') return rankValues(ctx, opts);
  if (path === 'persyaratan/pendidikan/[]/jenjang') return educationValues(ctx, opts);
  if (path === 'persyaratan/pelatihan/[]/jenis') return pelatihanJenisValues(ctx, opts);
  if (p[0] === 'persyaratan' && ctx.key === 'tingkat') return tingkatValues(ctx, opts);
  if (p[0] === 'status') return statusValues(ctx, opts);
  if (p.length === 4 && p[0] === 'kompetensi' && SECTIONS.includes(p[1]) && p[2] === '[]') {
    switch (p[3]) {
      case 'kode':
        return codeValues(ctx, p[1], opts);
      case 'level':
        return levelValues(ctx, p[1], opts);
      case 'deskripsi':
        return descriptionValues(ctx, p[1], opts);
      case 'nama':
        return p[1] === 'teknis' ? technicalNameValues(ctx, opts) : [];
    }
  }
  return [];
}

function itemCompletions(ctx: Extract<CompletionContext, { kind: 'item' }>, opts: FeatureOptions): CompletionItem[] {
  const p = ctx.path;
  if (p.length === 4 && p[0] === 'kompetensi' && SECTIONS.includes(p[1]) && p[3] === 'indikator') return indicatorItems(ctx, p[1], opts);
  if (p.length === 2 && p[0] === 'kompetensi' && (p[1] === 'manajerial' || p[1] === 'sosial_kultural') && !ctx.dash) {
    return blockItems(ctx, p[1], ctx.list, ctx.dashCol, opts);
  }
  return [];
}

/** A whole new standard for each tier, offered in an empty document. */
function newStandardItems(ctx: KeyContext, opts: FeatureOptions): CompletionItem[] {
  const range = { start: { line: ctx.line, character: 0 }, end: ctx.range.end };
  return TIERS.map((t, i) => {
    const text = newStandardText(t.kelompok, t.jenjang, { config: opts.config, locale: opts.locale, eol: ctx.outline.eol, snippet: opts.snippets });
    return {
      label: tr(opts.locale, `Standar baru: ${t.label} (${t.kelompok}/${t.jenjang})`, `New standard: ${t.label} (${t.kelompok}/${t.jenjang})`),
      kind: 'snippet' as const,
      detail: tr(opts.locale, 'Jabatan, 9 kompetensi dengan deskripsi dan indikator, persyaratan', 'Position, 9 competencies with descriptions and indicators, requirements'),
      textEdit: { range, newText: opts.snippets ? text : text.replace(/\r?\n$/, '') },
      filterText: `skj ${t.jenjang} ${t.kelompok}`,
      sortText: `2${pad(i)}`,
      insertTextFormat: opts.snippets ? ('snippet' as const) : ('plain' as const),
      insertTextMode: 'asIs' as const,
    };
  });
}
