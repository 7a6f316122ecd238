import type { Finding, Locale } from '../core/types';
import { formatGithub } from './format/github';
import { formatJson } from './format/json';
import { formatJunit } from './format/junit';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';

export interface FileFindings {
  file: string;
  findings: Finding[];
}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportContext {
  cwd: string;
  /** What repository-relative paths are relative to (SARIF %SRCROOT%, GitHub annotations). */
  root: string;
  locale: Locale;
  color: boolean;
  version: string;
  /** The text of a file as checked (for SARIF fingerprints). */
  textOf(file: string): string | undefined;
  /** Base of the rules' documentation links (`--rules-doc-url`); default: the shipped docs/rules.md. */
  docBase?: string;
}

/** The findings in one of the output formats (text: without the summary line). */
export function formatReport(format: Format, results: FileFindings[], ctx: ReportContext): string {
  switch (format) {
    case 'json':
      return formatJson(results, ctx.cwd);
    case 'sarif':
      return formatSarif(results, ctx);
    case 'github':
      return formatGithub(results, ctx.root);
    case 'junit':
      return formatJunit(results, ctx.cwd);
    default:
      return formatText(results, ctx.cwd, ctx.color);
  }
}
