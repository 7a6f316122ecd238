/**
 * The rules that compare a standard with the workspace's other standards. Each compares the
 * standard's summary with the StandardsView, so it runs the same way inside analyze() (the
 * server: ctx.standards) and after a batch (the CLI: crossStandardFindings, once every file's
 * summary is known).
 */
import type { SkjConfig } from '../config/config';
import type { Suppressions } from '../suppress';
import { isSuppressed } from '../suppress';
import { comparePositions, Finding, Locale, RelatedLocation, Range, Severity } from '../types';
import { StandardsView, StandardSummary, summarizeStandard } from '../workspace/standards-index';
import type { Rule, RuleContext } from './rule';

export type CrossReport = (f: { range: Range; message: string; related?: RelatedLocation[] }) => void;

export interface CrossStandardRule extends Rule {
  crossCheck(self: StandardSummary, standards: StandardsView, locale: Locale, report: CrossReport): void;
}

const summaries = new WeakMap<object, StandardSummary>();

/** The summary of the file a rule checks (made once for all the cross-standard rules). */
export function selfSummary(ctx: RuleContext): StandardSummary | undefined {
  if (!ctx.skj) return undefined;
  let s = summaries.get(ctx.skj);
  if (!s) summaries.set(ctx.skj, (s = summarizeStandard(ctx.file, ctx.skj)));
  return s;
}

/** A Rule whose check runs crossCheck against ctx.standards (nothing without a workspace). */
export function crossStandardRule(r: Omit<CrossStandardRule, 'check' | 'appliesTo'>): CrossStandardRule {
  return {
    ...r,
    appliesTo: ['skj'],
    check(ctx) {
      const self = ctx.standards && selfSummary(ctx);
      if (self) r.crossCheck(self, ctx.standards!, ctx.locale, ctx.report);
    },
  };
}

/** The other standards of a list (a file is never its own duplicate). */
export function others(self: StandardSummary, list: StandardSummary[]): StandardSummary[] {
  return list.filter((s) => s.uri !== self.uri);
}

/** How a message names another standard: its position name and file name. */
export function describe(s: StandardSummary): string {
  const file = decodeURIComponent(s.uri.slice(s.uri.lastIndexOf('/') + 1));
  return s.nama ? `"${s.nama}" (${file})` : file;
}

/** At most this many other standards are linked from one finding (a folder of 400 copies is not 400² links). */
export const MAX_RELATED = 10;

/** The start of a file, for related locations without a range of their own. */
export const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The cross-standard findings of one standard, with the config's severities and the file's
 * `# skj-disable…` comments applied: what analyze() would add with a StandardsView.
 */
export function crossStandardFindings(rules: Rule[], self: StandardSummary, standards: StandardsView, config: SkjConfig, locale: Locale, suppressions?: Suppressions): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (!('crossCheck' in rule)) continue;
    const setting = config.rules[rule.id];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.defaultSeverity;
    (rule as CrossStandardRule).crossCheck(self, standards, locale, (f) => {
      const finding: Finding = { rule: rule.id, severity, ...f };
      if (!suppressions || !isSuppressed(suppressions, finding)) out.push(finding);
    });
  }
  return out.sort((a, b) => comparePositions(a.range.start, b.range.start));
}
