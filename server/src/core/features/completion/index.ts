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
import { educationValues, jenjangValues, kelompokValues, pelatihanJenisValues, rankValues, tingkatValues } from './values';

const SECTIONS = ['manajerial', 'sosial_kultural', 'teknis'];

/** Completion at a position of a standard (or kamus) file, from the text around the cursor. */
export function complete(analysis: Analysis, position: Position, opts: FeatureOptions): CompletionItem[] {
  const file = analysis.file;
  if (file.kind === 'config') return [];
  const ctx = completionContext(file, position);
  if (!ctx) return [];
  const items = ctx.kind === 'key' ? keyCompletions(ctx, file.kind, opts) : ctx.kind === 'value' ? valueCompletions(ctx, opts) : itemCompletions(ctx, opts);
  const withLeads = ctx.lead ? items.map((i) => withLead(i, ctx.lead!, ctx.range.start)) : items;
  return withLeads.map((i) => restOnItsLine(i, file.lines.lineText(ctx.line), ctx.outline.eol));
}

/**
 * A multi-line insert (a block, a key opening a list) made before text that stays on the line
 * (`|- kode: M.01`): that text moves to a line of its own at the insert's column, instead of
 * being glued to the insert's last line.
 */
function restOnItsLine(item: CompletionItem, lineText: string, eol: string): CompletionItem {
  const e = item.textEdit;
  if (!e || !e.newText.includes('\n') || e.range.end.line !== e.range.start.line) return item;
  if (/^\s*$/.test(lineText.slice(e.range.end.character))) return item;
  const col = e.range.start.character;
  const tail = item.insertTextFormat === 'snippet' ? '$0' : '';
  const body = tail && e.newText.endsWith('$0') ? e.newText.slice(0, -2) : e.newText;
  return { ...item, textEdit: { ...e, newText: body.replace(/[ \t]+$/, '') + tail + eol + ' '.repeat(col) } };
}

/** Inserts that start where the cursor is get the context's lead (the space after a bare dash). */
function withLead(item: CompletionItem, lead: string, at: Position): CompletionItem {
  const e = item.textEdit;
  if (!e || e.range.start.line !== at.line || e.range.start.character !== at.character) return item;
  return { ...item, textEdit: { ...e, newText: lead + e.newText }, filterText: item.filterText };
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
