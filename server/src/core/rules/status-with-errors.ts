import { TAHAP_INFO, tahapIndex } from '../domain/lifecycle';
import { replaceScalar } from '../edit/yaml-edits';
import { statusOf } from '../model/status-model';
import { findSuppressions, isSuppressed } from '../suppress';
import { messages, Rule } from './rule';

/** The rules whose errors count: the file's own (cross-standard findings have their own finding). */
const NOT_COUNTED = new Set(['status-with-errors', 'duplicate-job-code', 'duplicate-position', 'sibling-levels']);

const msg = messages({
  id: {
    message: (t: string, n: number) => `Standar ini berstatus ${t}, tetapi masih memuat ${n} galat. Perbaiki galatnya sebelum melanjutkan, atau kembalikan tahap ke draf.`,
    fix: 'Kembalikan tahap ke draf',
  },
  en: {
    message: (t: string, n: number) => `This standard is marked ${t} but still has ${n} error(s). Fix them before going on, or set the step back to draf.`,
    fix: 'Set the step back to draf',
  },
});

/** Runs after every other rule of the file (last in RULES): it counts their errors. */
export const statusWithErrors: Rule = {
  id: 'status-with-errors',
  defaultSeverity: 'warning',
  appliesTo: ['skj'],
  title: { id: 'Standar melewati tahap draf padahal masih bergalat', en: 'A standard past draft that still has errors' },
  check(ctx) {
    const status = statusOf(ctx.file, ctx.skj);
    const field = status?.fields['tahap'];
    if (!status?.tahap || tahapIndex(status.tahap) === 0 || !field?.node || !ctx.findings) return;
    const suppressions = ctx.suppressions ?? findSuppressions(ctx.file);
    const errors = ctx.findings.filter((f) => f.severity === 'error' && !NOT_COUNTED.has(f.rule) && !isSuppressed(suppressions, f)).length;
    if (!errors) return;
    const m = msg(ctx.locale);
    ctx.report({
      range: field.valueRange,
      message: m.message(ctx.locale === 'en' ? `${status.tahap} (${TAHAP_INFO[status.tahap].en.toLowerCase()})` : status.tahap, errors),
      // Never by fix-all: the step is the analyst's record, not a typo.
      fixes: [{ title: m.fix, edits: [replaceScalar(ctx.file, field.node, 'draf')], isPreferred: false }],
    });
  },
};
