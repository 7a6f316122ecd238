import type { Node } from 'yaml';
import type { Analysis } from '../analyze';
import { builtinDictionary } from '../dictionary/builtin';
import type { CompetencyItem } from '../model/skj-model';
import { isMap, isScalar, isSeq, mapPairs, nodeRange, ParsedFile, scalarText } from '../parse/parsed-file';
import { comparePositions, Range } from '../types';
import type { DocumentSymbol } from './types';

/** The outline: the position, each competency as `M.01 Integritas — level 2`, the requirement sections. */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const file = analysis.file;
  const root = file.doc.contents as Node | null;
  if (!isMap(root)) return [];
  const out: DocumentSymbol[] = [];
  for (const pair of mapPairs(root)) {
    const key = String(pair.key.value);
    const sym = pairSymbol(file, pair, key, 'module');
    if (!sym) continue;
    if (file.kind === 'skj' && key === 'jabatan') {
      const nama = analysis.skj?.job['nama']?.text;
      if (nama) sym.name = `jabatan: ${nama}`;
      const k = analysis.skj?.job['kelompok']?.text;
      const j = analysis.skj?.job['jenjang']?.text;
      sym.detail = [k, j].filter(Boolean).join(' / ') || undefined;
      sym.children = childFields(file, pair.value);
    } else if (file.kind === 'skj' && key === 'kompetensi' && analysis.skj) {
      sym.children = [];
      for (const p of mapPairs(pair.value)) {
        const section = String(p.key.value);
        const s = pairSymbol(file, p, section, 'array');
        if (!s) continue;
        const items = analysis.skj.sections[section as 'manajerial']?.items ?? [];
        s.children = items.map((it) => competencySymbol(analysis, it)).filter((x): x is DocumentSymbol => !!x);
        sym.children.push(s);
      }
    } else if (file.kind === 'skj' && key === 'persyaratan') {
      sym.children = childFields(file, pair.value);
    } else if (file.kind === 'kamus' && key === 'kamus') {
      sym.children = [];
      for (const p of mapPairs(pair.value)) {
        const name = String(p.key.value);
        const s = pairSymbol(file, p, name, name === 'kompetensi' ? 'array' : 'field');
        if (!s) continue;
        if (name === 'kompetensi') s.children = analysis.kamus?.entries.map((e) => kamusEntrySymbol(file, e)).filter((x): x is DocumentSymbol => !!x);
        sym.children.push(s);
      }
    }
    out.push(sym);
  }
  for (const sym of out) enclose(sym);
  return out;
}

/**
 * The LSP's rules for a symbol tree, made to hold on any text (a file being typed, bad
 * indentation): the selection range inside the range, children inside their parent. A range is
 * widened to what it must contain; a selection range outside its range (the empty value of a
 * `- kode: ` just typed) becomes the range's start.
 */
function enclose(sym: DocumentSymbol): void {
  for (const c of sym.children ?? []) {
    enclose(c);
    if (comparePositions(c.range.start, sym.range.start) < 0) sym.range = { start: c.range.start, end: sym.range.end };
    if (comparePositions(c.range.end, sym.range.end) > 0) sym.range = { start: sym.range.start, end: c.range.end };
  }
  const sel = sym.selectionRange;
  if (comparePositions(sel.start, sym.range.start) < 0 || comparePositions(sel.end, sym.range.end) > 0) sym.selectionRange = { start: sym.range.start, end: sym.range.start };
}

function pairSymbol(file: ParsedFile, pair: { key: unknown; value: unknown }, name: string, kind: DocumentSymbol['kind']): DocumentSymbol | undefined {
  const kr = nodeRange(file, pair.key as Node);
  if (!kr) return undefined;
  const vr = nodeRange(file, pair.value as Node);
  const range: Range = vr ? { start: kr.start, end: trimEnd(file, pair.value as Node) ?? vr.end } : kr;
  const detail = isScalar(pair.value) ? scalarText(pair.value) : undefined;
  return { name: name || '(kosong)', kind, range, selectionRange: kr, detail };
}

/** A block collection's range ends on the line after it; end symbols at the last character instead. */
function trimEnd(file: ParsedFile, node: Node | null): Range['end'] | undefined {
  if (!node?.range) return undefined;
  let end = node.range[1];
  // An empty value (`key: ` being typed) starts after the space: end at the colon before it.
  while (end > 0 && /\s/.test(file.text[end - 1])) end--;
  return file.lines.positionAt(end);
}

function childFields(file: ParsedFile, map: unknown): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const p of mapPairs(map)) {
    const name = String(p.key.value);
    const s = pairSymbol(file, p, name, isSeq(p.value) ? 'array' : isMap(p.value) ? 'object' : 'field');
    if (s) out.push(s);
  }
  return out;
}

function competencySymbol(analysis: Analysis, it: CompetencyItem): DocumentSymbol | undefined {
  const file = analysis.file;
  const code = it.kode?.text?.trim();
  const c = code ? builtinDictionary().get(code) ?? undefined : undefined;
  const nama = c?.nama ?? it.nama?.text ?? '';
  const level = it.level?.text;
  const name = `${code ?? '?'}${nama ? ` ${nama}` : ''}${level ? ` — level ${level}` : ''}`;
  const range: Range = { start: it.range.start, end: trimEnd(file, it.node) ?? it.range.end };
  return { name, kind: 'class', range, selectionRange: it.kode?.valueRange ?? it.range, detail: it.deskripsi?.text };
}

function kamusEntrySymbol(file: ParsedFile, e: NonNullable<Analysis['kamus']>['entries'][number]): DocumentSymbol | undefined {
  const name = `${e.kode?.text ?? '?'}${e.nama?.text ? ` ${e.nama.text}` : ''}`;
  const range: Range = { start: e.range.start, end: trimEnd(file, e.node) ?? e.range.end };
  const children = e.levels.map((lv) => ({
    name: `level ${lv.keyText}`,
    kind: 'number' as const,
    range: { start: lv.keyRange.start, end: trimEnd(file, lv.field.node) ?? lv.field.valueRange.end },
    selectionRange: lv.keyRange,
    detail: lv.deskripsi?.text,
  }));
  return { name, kind: 'class', range, selectionRange: e.kode?.valueRange ?? e.range, children };
}

