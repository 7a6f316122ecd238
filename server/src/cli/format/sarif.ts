import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { Finding, Severity } from '../../core/types';
import type { FileFindings, ReportContext } from '../formatters';
import { allRules, ruleDocLink } from '../rule-docs';
import { fileUri, relativeTo, relativeUri } from './uri';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The fingerprint's key in partialFingerprints (versioned: a new scheme gets a new key). */
export const FINGERPRINT_KEY = 'skjFinding/v1';

/** A line's text without its indentation and with runs of white space as one space. */
function normalizeLine(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/**
 * Fingerprints that survive re-runs and lines moving up or down: a hash of the rule, the file
 * (relative to the root), the finding's line text (normalised) and which occurrence of that
 * rule on such a line of the file it is. Not of the message (it changes with the locale).
 */
function fingerprints(file: string, text: string | undefined, findings: Finding[]): string[] {
  const lines = text?.split(/\r\n|\r|\n/);
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const line = normalizeLine(lines?.[f.range.start.line] ?? '');
    const key = `${f.rule}\0${file}\0${line}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
  });
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: artifact URIs relative to %SRCROOT% (the
 * repository root, `--sarif-root`), rule metadata with descriptions and help from docs/rules.md,
 * 1-based UTF-16 columns, partialFingerprints.
 */
export function formatSarif(results: FileFindings[], ctx: ReportContext): string {
  const { locale } = ctx;
  const rules: Sarif.ReportingDescriptor[] = allRules().map((r) => {
    const help = r.markdown ? `**${r.title[locale]}**\n\n${r.markdown}` : r.title[locale];
    const helpUri = ruleDocLink(r.id, ctx.docBase);
    const full = locale === 'en' && r.firesWhen ? `${r.title.en}: ${r.firesWhen.replace(/`/g, '')}.` : `${r.title[locale]}.`;
    return {
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title[locale] },
      fullDescription: { text: full },
      help: { text: help.replace(/^```\w*\n/gm, '').replace(/\*\*|`/g, ''), markdown: help },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    };
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: Sarif.Result[] = [];
  for (const r of results) {
    const rel = relativeTo(ctx.root, r.file);
    const location: Sarif.ArtifactLocation = rel !== undefined ? { uri: relativeUri(ctx.root, r.file)!, uriBaseId: '%SRCROOT%' } : { uri: fileUri(r.file) };
    const prints = fingerprints(rel ?? r.file, ctx.textOf(r.file), r.findings);
    r.findings.forEach((f, i) => {
      sarifResults.push({
        ruleId: f.rule,
        ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: f.range.start.line + 1,
                startColumn: f.range.start.character + 1,
                endLine: f.range.end.line + 1,
                endColumn: f.range.end.character + 1,
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
      });
    });
  }
  const informationUri = ctx.docBase ?? ruleDocLink('', undefined)?.replace(/#$/, '');
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'skj', semanticVersion: ctx.version, ...(informationUri ? { informationUri } : {}), rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: fileUri(ctx.root).replace(/\/?$/, '/') } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
