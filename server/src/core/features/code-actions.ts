import { analyze, Analysis } from '../analyze';
import type { SkjConfig } from '../config/config';
import type { Finding, Fix, Locale, Range, TextEdit } from '../types';
import { rangeContains, rangesOverlap } from '../types';
import { allItems } from '../rules/competency-items';
import type { KamusIndex } from '../workspace/kamus-index';
import { tr } from './doc';
import { applyEdits, diffEdits, editsOverlap } from './edits';
import type { CodeAction } from './types';

export interface CodeActionOptions {
  /** Kinds the client asks for (LSP `only`): 'quickfix', 'source.fixAll', … */
  only?: string[];
  locale: Locale;
  /**
   * The configuration and kamus the analysis was made with. When given, "fix all" re-checks the
   * fixed text and repeats until nothing is left to fix (e.g. a level fixed, then its description).
   */
  config?: SkjConfig;
  kamus?: KamusIndex;
}

export const FIX_ALL_KIND = 'source.fixAll.skj';

/** Quick fixes for the findings in a range, "fix all" per rule and for the file, and suppressions. */
export function codeActions(analysis: Analysis, range: Range, opts: CodeActionOptions): CodeAction[] {
  const wants = (kind: string) => !opts.only || opts.only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  const here = analysis.findings.filter((f) => rangesOverlap(f.range, range));

  if (wants('quickfix')) {
    for (const f of here) {
      for (const fix of f.fixes ?? []) {
        out.push({ title: fix.title, kind: 'quickfix', diagnosticRule: f.rule, diagnosticRange: f.range, edits: fix.edits, isPreferred: fix.isPreferred });
      }
    }
    const rules = [...new Set(here.map((f) => f.rule))];
    for (const rule of rules) {
      const all = analysis.findings.filter((f) => f.rule === rule && preferredFix(f));
      if (all.length < 2) continue;
      const edits = combine(all, analysis);
      out.push({ title: tr(opts.locale, `Perbaiki semua ${rule} di berkas ini (${all.length})`, `Fix all ${rule} in this file (${all.length})`), kind: 'quickfix', diagnosticRule: rule, edits });
    }
    for (const f of here) {
      const edit = disableEdit(analysis, f);
      out.push({ title: tr(opts.locale, `Nonaktifkan ${f.rule} untuk baris ini`, `Disable ${f.rule} for this line`), kind: 'quickfix', diagnosticRule: f.rule, diagnosticRange: f.range, edits: [edit] });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(analysis, opts);
    if (edits.length) out.push({ title: tr(opts.locale, 'Perbaiki semua masalah SKJ yang dapat diperbaiki', 'Fix all auto-fixable SKJ problems'), kind: FIX_ALL_KIND, edits });
  }
  return dedupeTitles(out);
}

/** The fix "fix all" applies for a finding: the preferred one, or the only one (unless marked `isPreferred: false`). */
export function preferredFix(f: Finding): Fix | undefined {
  const fixes = f.fixes ?? [];
  return fixes.find((x) => x.isPreferred) ?? (fixes.length === 1 && fixes[0].isPreferred !== false ? fixes[0] : undefined);
}

/** Rules whose fix changes an item's level; the item's text fixes wait for the next round then. */
const LEVEL_RULES = ['level-range', 'level-tier'];
const LEVEL_DEPENDENT = ['description-mismatch', 'indicator-level-mismatch', 'indicator-unknown', 'technical-mismatch'];

/**
 * The preferred fixes of the findings, dropping any that overlaps one already taken. Level fixes
 * go first; an item whose level they change keeps its description and indicators this round
 * (their fixes were computed for the old level).
 */
export function combine(findings: Finding[], analysis?: Analysis): TextEdit[] {
  const ordered = [...findings.filter((f) => LEVEL_RULES.includes(f.rule)), ...findings.filter((f) => !LEVEL_RULES.includes(f.rule))];
  const items = allItems(analysis?.skj);
  const itemAt = (r: Range) => items.find((it) => rangeContains(it.range, r.start));
  const relevelled = new Set<unknown>();
  const taken: TextEdit[] = [];
  for (const f of ordered) {
    const fix = preferredFix(f);
    if (!fix || !fix.edits.length) continue;
    if (LEVEL_DEPENDENT.includes(f.rule) && relevelled.has(itemAt(f.range))) continue;
    if (fix.edits.some((e) => taken.some((t) => editsOverlap(e.range, t.range)))) continue;
    taken.push(...fix.edits);
    if (LEVEL_RULES.includes(f.rule)) {
      const it = itemAt(f.range);
      if (it) relevelled.add(it);
    }
  }
  return taken;
}

/** Every preferred fix of the file; with a config, repeated on the fixed text until nothing changes. */
export function fixAllEdits(analysis: Analysis, opts: Pick<CodeActionOptions, 'config' | 'kamus' | 'locale'>): TextEdit[] {
  const first = combine(analysis.findings, analysis);
  if (!opts.config || !first.length) return first;
  const original = analysis.file.text;
  const firstText = applyEdits(original, first);
  let text = firstText;
  for (let round = 0; round < 5; round++) {
    const again = analyze(analysis.file.uri, text, { config: opts.config, kamus: opts.kamus, locale: opts.locale, kind: analysis.file.kind });
    const edits = combine(again.findings, again);
    if (!edits.length) break;
    const next = applyEdits(text, edits);
    if (next === text) break;
    text = next;
  }
  return text === firstText ? first : diffEdits(original, text);
}

/** Writes `# skj-disable-next-line <rule>` above the finding's line (or adds the rule to one there). */
function disableEdit(analysis: Analysis, f: Finding): TextEdit {
  const file = analysis.file;
  const line = f.range.start.line;
  const text = file.lines.lineText(line);
  const indent = /^[ \t]*/.exec(text)![0];
  if (line > 0) {
    const prev = file.lines.lineText(line - 1);
    const m = /^([ \t]*#\s*skj-disable-next-line\b)([^#\r\n]*)$/.exec(prev);
    if (m && m[2].trim()) {
      const end = { line: line - 1, character: prev.replace(/\s+$/, '').length };
      return { range: { start: end, end }, newText: `, ${f.rule}` };
    }
  }
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# skj-disable-next-line ${f.rule}${file.lines.eol}` };
}

function dedupeTitles(actions: CodeAction[]): CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    const key = `${a.kind}|${a.title}|${JSON.stringify(a.diagnosticRange ?? null)}|${JSON.stringify(a.edits)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
