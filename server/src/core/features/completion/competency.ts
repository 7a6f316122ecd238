import { expectedLevel } from '../../config/config';
import { indicatorByNumber, indicatorByText } from '../../dictionary/match';
import type { Competency } from '../../dictionary/model';
import { parseIndicatorRef } from '../../dictionary/normalize';
import { competencyBlock } from '../../edit/blocks';
import { competencyFor, levelDoc, parseLevel, sectionCodes, sourceLabel, technicalLevel, technicalLevelDoc } from '../competency-info';
import { DocBuilder, tr } from '../doc';
import { Frame, itemValue, unquote } from '../outline';
import type { CompletionItem, FeatureOptions } from '../types';
import type { CompletionContext, ItemContext, ValueContext } from './context';
import { listItem, pad, quoted, valueItem } from './items';

/** The competency item a context is in: its section, competency and level. */
export function itemInfo(item: Frame | undefined, section: string, opts: FeatureOptions): { c?: Competency; level?: number } {
  return { c: competencyFor(section, itemValue(item, 'kode'), opts.dictionary), level: parseLevel(itemValue(item, 'level')) };
}

function codesUsed(list: Frame | undefined, exceptLine: number): Set<string> {
  const used = new Set<string>();
  for (const it of list?.items ?? []) {
    const k = it.keys.find((f) => f.name === 'kode');
    if (k && k.line !== exceptLine && k.hasValue) used.add(unquote(k.token.raw!));
  }
  return used;
}

export function codeValues(ctx: ValueContext, section: string, opts: FeatureOptions): CompletionItem[] {
  const used = codesUsed(ctx.item?.parent, ctx.line);
  return sectionCodes(section, opts.dictionary).map((c) => {
    const d = new DocBuilder(opts.markdown).heading(`${c.kode} ${c.nama}`).para(c.definisi);
    const src = section === 'teknis' ? sourceLabel(c, opts.locale) : '';
    if (src) d.para(src);
    return valueItem(ctx, c.kode, {
      kind: 'reference',
      detail: c.nama + (used.has(c.kode) ? tr(opts.locale, ' (sudah tercantum)', ' (already listed)') : ''),
      documentation: d.toString(),
      sortText: `${used.has(c.kode) ? 1 : 0}${c.kode}`,
    });
  });
}

export function levelValues(ctx: ValueContext, section: string, opts: FeatureOptions): CompletionItem[] {
  const { c } = itemInfo(ctx.item, section, opts);
  const technical = section === 'teknis';
  const expected = technical ? undefined : expectedLevel(opts.config, ctx.outline.valueOf(['jabatan', 'jenjang']));
  const out: CompletionItem[] = [];
  for (let level = 1; level <= 5; level++) {
    const lv = c?.levels.get(level);
    const d = new DocBuilder(opts.markdown);
    if (c && lv) levelDoc(d, c, lv, opts.locale, { technical });
    if (technical) technicalLevelDoc(d, level, opts.locale);
    const name = technical ? technicalLevel(level)?.nama : undefined;
    const mark = level === expected ? tr(opts.locale, '★ level jenjang ini', "★ this tier's level") : '';
    const detail = [name, mark, lv?.deskripsi].filter(Boolean).join(' · ');
    out.push({
      ...valueItem(ctx, String(level), { kind: 'constant', raw: true, detail, documentation: d.isEmpty ? undefined : d.toString(), sortText: pad(level), preselect: level === expected }),
      label: level === expected ? `${level} ★` : String(level),
      filterText: String(level),
    });
  }
  return out;
}

export function descriptionValues(ctx: ValueContext, section: string, opts: FeatureOptions): CompletionItem[] {
  const { c, level } = itemInfo(ctx.item, section, opts);
  if (!c) return [];
  const levels = level !== undefined ? [level] : [1, 2, 3, 4, 5];
  const out: CompletionItem[] = [];
  for (const l of levels) {
    const lv = c.levels.get(l);
    if (!lv?.deskripsi) continue;
    const d = new DocBuilder(opts.markdown);
    levelDoc(d, c, lv, opts.locale, { technical: section === 'teknis' });
    out.push(valueItem(ctx, lv.deskripsi, { kind: 'text', detail: `${c.kode} level ${l}`, documentation: d.toString(), sortText: pad(l), style: 'double', preselect: level !== undefined }));
  }
  return out;
}

export function technicalNameValues(ctx: ValueContext, opts: FeatureOptions): CompletionItem[] {
  const { c } = itemInfo(ctx.item, 'teknis', opts);
  if (!c?.nama) return [];
  return [valueItem(ctx, c.nama, { kind: 'text', detail: c.kode, documentation: new DocBuilder(opts.markdown).para(c.definisi).toString(), preselect: true })];
}

/** The official indicators of the item's code and level not listed yet, as full "N.n. text". */
export function indicatorItems(ctx: ItemContext, section: string, opts: FeatureOptions): CompletionItem[] {
  const owner = ctx.list.parent;
  const { c, level } = itemInfo(owner, section, opts);
  if (!c || level === undefined) return [];
  const lv = c.levels.get(level);
  if (!lv) return [];
  const listed = new Set<string>();
  for (const it of ctx.list.items) {
    if (it.line === ctx.line || !it.scalarItem) continue;
    const raw = unquote(it.scalarItem.raw ?? '');
    const ref = parseIndicatorRef(raw);
    const hit = (ref.teks ? indicatorByText(c, ref.teks) : undefined) ?? (ref.nomor ? indicatorByNumber(c, ref.nomor) : undefined);
    if (hit) listed.add(hit.indicator.nomor);
  }
  const missing = lv.indikator.filter((ind) => !listed.has(ind.nomor));
  const items = missing.map((ind) =>
      listItem(ctx, `${ind.nomor}. ${ind.teks}`, {
        kind: 'text',
        detail: `${c.kode} ${c.nama} · level ${level}`,
        documentation: new DocBuilder(opts.markdown).para(lv.deskripsi).toString(),
        sortText: ind.nomor,
        style: 'double',
      }),
  );
  if (missing.length > 1) items.push(allIndicatorsItem(ctx, missing, level, opts));
  return items;
}

/** "Semua indikator level N": every missing indicator, one list item per line at the list's column. */
function allIndicatorsItem(ctx: ItemContext, missing: { nomor: string; teks: string }[], level: number, opts: FeatureOptions): CompletionItem {
  const eol = ctx.outline.eol;
  const pad = ' '.repeat(ctx.dashCol);
  const lines = missing.map((ind, i) => {
    const text = quoted(`${ind.nomor}. ${ind.teks}`, ctx.quote, 'double');
    return i === 0 ? (ctx.dash ? text : `- ${text}`) : `${pad}- ${text}`;
  });
  return {
    label: tr(opts.locale, `Semua indikator level ${level} (${missing.length})`, `All indicators of level ${level} (${missing.length})`),
    kind: 'snippet',
    detail: missing.map((i) => i.nomor).join(', '),
    textEdit: { range: ctx.range, newText: lines.join(eol) },
    filterText: lines[0],
    sortText: '0',
    preselect: true,
    insertTextFormat: 'plain',
    insertTextMode: 'asIs',
  };
}

/**
 * Whole competency blocks (`- kode: …` with level, description and indicators) for the codes
 * a section does not list yet, at the tier's level; plus one item inserting all of them.
 */
export function blockItems(ctx: CompletionContext, section: 'manajerial' | 'sosial_kultural', list: Frame | undefined, dashCol: number, opts: FeatureOptions): CompletionItem[] {
  const used = codesUsed(list, ctx.line);
  const expected = expectedLevel(opts.config, ctx.outline.valueOf(['jabatan', 'jenjang']));
  const level = expected ?? 1;
  const indent = ' '.repeat(dashCol);
  const eol = ctx.outline.eol;
  // The cursor may stand left of the list's dash column (a line indented less, still being typed):
  // the block then starts at the cursor and its first line is padded to the dash column.
  const startChar = Math.min(dashCol, ctx.range.end.character);
  const lead = ' '.repeat(dashCol - startChar);
  const range = { start: { line: ctx.line, character: startChar }, end: ctx.range.end };
  const missing = sectionCodes(section, opts.dictionary).filter((c) => !used.has(c.kode));
  const levelNote = expected === undefined ? tr(opts.locale, ' (jenjang belum diisi)', ' (no jenjang yet)') : '';
  const items: CompletionItem[] = missing.map((c, i) => {
    const text = lead + competencyBlock(c, level, indent, eol).slice(indent.length).replace(/\r?\n$/, '');
    const d = new DocBuilder(opts.markdown);
    levelDoc(d, c, c.levels.get(level)!, opts.locale);
    return {
      label: tr(opts.locale, `${c.kode} ${c.nama} — blok level ${level}`, `${c.kode} ${c.nama} — block at level ${level}`),
      kind: 'snippet',
      detail: tr(opts.locale, `Kode, level ${level}, deskripsi dan semua indikator${levelNote}`, `Code, level ${level}, description and every indicator${levelNote}`),
      documentation: d.toString(),
      textEdit: { range, newText: text },
      filterText: `- ${c.kode} ${c.nama}`,
      sortText: `1${pad(i)}`,
      insertTextFormat: 'plain',
      insertTextMode: 'asIs',
    };
  });
  if (missing.length > 1) {
    const all = lead + missing.map((c) => competencyBlock(c, level, indent, eol)).join('').slice(indent.length).replace(/\r?\n$/, '');
    items.push({
      label: tr(opts.locale, `Semua kompetensi yang belum ada (${missing.length}) — level ${level}`, `All missing competencies (${missing.length}) — level ${level}`),
      kind: 'snippet',
      detail: missing.map((c) => c.kode).join(', '),
      textEdit: { range, newText: all },
      filterText: `- ${missing.map((c) => c.kode).join(' ')}`,
      sortText: '0',
      insertTextFormat: 'plain',
      insertTextMode: 'asIs',
    });
  }
  return items;
}
