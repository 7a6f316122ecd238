import type { Analysis } from '../analyze';
import type { SkjConfig } from '../config/config';
import type { Finding, Locale, Range, TextEdit } from '../types';
import { rangesOverlap } from '../types';
import type { KamusIndex } from '../workspace/kamus-index';
import { tr } from './doc';
import { combineFixes, preferredFix, safeFixAll } from './fix-all';
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

/** The preferred fixes of the findings, dropping any that overlaps one already taken ("fix all of this rule"). */
export function combine(findings: Finding[], analysis?: Analysis): TextEdit[] {
  return combineFixes(findings, analysis, preferredFix).edits;
}

/** The edits of the file's fix-all (`safeFixAll`): every safe fix, re-checked until nothing changes. */
export function fixAllEdits(analysis: Analysis, opts: Pick<CodeActionOptions, 'config' | 'kamus' | 'locale'>): TextEdit[] {
  return safeFixAll(analysis.file.uri, analysis.file.text, { config: opts.config, kamus: opts.kamus, locale: opts.locale, kind: analysis.file.kind }, analysis).edits;
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
