import { analyze, Analysis, AnalyzeOptions } from '../analyze';
import { allItems } from '../rules/competency-items';
import type { Finding, Fix, Range, TextEdit } from '../types';
import { rangeContains } from '../types';
import { applyEdits, diffEdits, editsOverlap } from './edits';

/**
 * "Fix all" of one file, the one function the editor's fix-all (source.fixAll, the quick-fix menu,
 * the `skj.fixAllSafe` command) and the CLI's `skj check --fix` call: it applies only the fixes
 * that are certainly right (`Fix.safe`), re-checks the fixed text and repeats until nothing is left
 * to fix, and never keeps a round that makes the YAML worse.
 */

/** A fix fix-all applied: the finding it fixed (as found in the text of its round) and the fix's title. */
export interface AppliedFix {
  rule: string;
  /** The finding's message and range, in the text of the round the fix was applied in. */
  message: string;
  range: Range;
  title: string;
  /** 0 for the input text; later rounds fix what the earlier ones uncovered. */
  round: number;
}

export interface FixAllResult {
  /** The fixed text (the input itself when nothing was safe to fix). */
  text: string;
  /** Minimal edits turning the input into `text` (whole lines; comments on other lines untouched). */
  edits: TextEdit[];
  applied: AppliedFix[];
  /** The findings of the fixed text (what is left for the author). */
  remaining: Finding[];
}

/** Most rounds of re-checking (a code fixed, then its description; a few are always enough). */
const MAX_ROUNDS = 5;

/**
 * Applies every safe fix to `text` (see the module comment). `analysis` may be passed when the
 * caller already has the input's analysis with the same options (the editor does).
 */
export function safeFixAll(uri: string, text: string, opts: AnalyzeOptions = {}, analysis?: Analysis): FixAllResult {
  const check = (t: string) => analyze(uri, t, { ...opts, kind: opts.kind ?? analysis?.file.kind });
  let current = analysis && analysis.file.text === text ? analysis : check(text);
  const applied: AppliedFix[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const taken = combineFixes(current.findings, current);
    if (!taken.edits.length) break;
    const next = applyEdits(current.file.text, taken.edits);
    if (next === current.file.text) break;
    const after = check(next);
    // A round must never make the file worse: keep the text of the round before instead.
    if (count(after.findings, 'yaml-syntax') > count(current.findings, 'yaml-syntax')) break;
    applied.push(...taken.fixed.map(({ finding, fix }) => ({ rule: finding.rule, message: finding.message, range: finding.range, title: fix.title, round })));
    current = after;
  }
  return { text: current.file.text, edits: diffEdits(text, current.file.text), applied, remaining: current.findings };
}

const count = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).length;

/** The fix fix-all applies for a finding: its safe one (the first safe one when there are several). */
export function safeFix(f: Finding): Fix | undefined {
  // Until the rules mark their fixes, the preferred fix stands in (today's fix-all).
  return (f.fixes ?? []).find((x) => x.safe) ?? preferredFix(f);
}

/** The fix "fix all of this rule" applies for a finding: the preferred one, or the only one. */
export function preferredFix(f: Finding): Fix | undefined {
  const fixes = f.fixes ?? [];
  return fixes.find((x) => x.isPreferred) ?? (fixes.length === 1 ? fixes[0] : undefined);
}

/** Rules whose fix changes an item's level; the item's text fixes wait for the next round then. */
const LEVEL_RULES = ['level-range', 'level-tier'];
const LEVEL_DEPENDENT = ['description-mismatch', 'indicator-level-mismatch', 'indicator-unknown', 'technical-mismatch'];

/**
 * The chosen fix of each finding (default: its safe fix), dropping any that overlaps one already
 * taken. Level fixes go first; an item whose level they change keeps its description and
 * indicators this round (their fixes were computed for the old level).
 */
export function combineFixes(findings: Finding[], analysis?: Analysis, choose: (f: Finding) => Fix | undefined = safeFix): { edits: TextEdit[]; fixed: { finding: Finding; fix: Fix }[] } {
  const ordered = [...findings.filter((f) => LEVEL_RULES.includes(f.rule)), ...findings.filter((f) => !LEVEL_RULES.includes(f.rule))];
  const items = allItems(analysis?.skj);
  const itemAt = (r: Range) => items.find((it) => rangeContains(it.range, r.start));
  const relevelled = new Set<unknown>();
  const edits: TextEdit[] = [];
  const fixed: { finding: Finding; fix: Fix }[] = [];
  for (const f of ordered) {
    const fix = choose(f);
    if (!fix || !fix.edits.length) continue;
    if (LEVEL_DEPENDENT.includes(f.rule) && relevelled.has(itemAt(f.range))) continue;
    if (fix.edits.some((e) => edits.some((t) => editsOverlap(e.range, t.range)))) continue;
    edits.push(...fix.edits);
    fixed.push({ finding: f, fix });
    if (LEVEL_RULES.includes(f.rule)) {
      const it = itemAt(f.range);
      if (it) relevelled.add(it);
    }
  }
  return { edits, fixed };
}
