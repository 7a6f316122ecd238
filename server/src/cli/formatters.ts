import * as path from 'node:path';
import { RULES, ruleDocUrl } from '../core/rules';
import type { Finding, Locale, Severity } from '../core/types';

export interface FileFindings {
  file: string;
  findings: Finding[];
}

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };

/** `file:line:col severity rule-id message`, 1-based, one line per finding. */
export function formatText(results: FileFindings[], cwd: string, color: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const rel = path.relative(cwd, r.file) || r.file;
    for (const f of r.findings) {
      const sev = color ? `${COLORS[f.severity]}${f.severity}\x1b[0m` : f.severity;
      const rule = color ? `\x1b[2m${f.rule}\x1b[0m` : f.rule;
      lines.push(`${rel}:${f.range.start.line + 1}:${f.range.start.character + 1} ${sev} ${rule} ${f.message}`);
    }
  }
  return lines.join('\n');
}

export function summary(results: FileFindings[], locale: Locale): string {
  const count = (s: Severity) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  const [e, w, o] = [count('error'), count('warning'), count('information') + count('hint')];
  return locale === 'en'
    ? `${results.length} file(s) checked: ${e} error(s), ${w} warning(s), ${o} other.`
    : `${results.length} berkas diperiksa: ${e} galat, ${w} peringatan, ${o} lainnya.`;
}

/** The JSON array of format.md / issue #2: file, rule, severity, message, range (LSP positions). */
export function formatJson(results: FileFindings[], cwd: string): string {
  const out = results.flatMap((r) =>
    r.findings.map((f) => ({ file: path.relative(cwd, r.file) || r.file, rule: f.rule, severity: f.severity, message: f.message, range: f.range })),
  );
  return JSON.stringify(out, null, 2);
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 for GitHub code scanning: relative URIs against %SRCROOT%, 1-based UTF-16 columns. */
export function formatSarif(results: FileFindings[], cwd: string, version: string, locale: Locale): string {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title[locale] },
    helpUri: ruleDocUrl(r.id),
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
  }));
  const extra = ['config', 'file-too-large'].map((id) => ({ id, name: id, shortDescription: { text: id }, helpUri: ruleDocUrl(id), defaultConfiguration: { level: 'error' } }));
  const allRules = [...rules, ...extra];
  const index = new Map(allRules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'skj', semanticVersion: version, informationUri: 'https://github.com/skj-tools/skj-language-tools', rules: allRules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToUri(cwd) + '/' } },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: index.get(f.rule) ?? 0,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relUri(cwd, r.file), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

function relUri(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).map(encodeURIComponent).join('/');
}

function pathToUri(p: string): string {
  return 'file://' + p.split(path.sep).map(encodeURIComponent).join('/');
}
