import * as path from 'node:path';
import type { FileFindings } from '../formatters';

/** Text for XML 1.0: markup characters escaped, characters XML cannot hold dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML (as eslint's junit formatter and CI test-report viewers read it): a testsuite per file,
 * a failing testcase per finding, one passing testcase for a clean file.
 */
export function formatJunit(results: FileFindings[], cwd: string): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  const total = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  out.push(`<testsuites name="skj" tests="${total}" failures="${failures}" errors="0">`);
  for (const r of results) {
    const rel = (path.relative(cwd, r.file) || r.file).split(path.sep).join('/');
    const file = xmlEscape(rel);
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, r.findings.length)}" failures="${r.findings.length}" errors="0">`);
    if (!r.findings.length) out.push(`    <testcase classname="${file}" name="skj" file="${file}"/>`);
    for (const f of r.findings) {
      const at = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      out.push(
        `    <testcase classname="${file}" name="${xmlEscape(`${f.rule} ${at}`)}" file="${file}" line="${f.range.start.line + 1}">`,
        `      <failure message="${xmlEscape(f.message)}" type="${f.severity}">${xmlEscape(`${rel}:${at} ${f.severity} ${f.rule} ${f.message}`)}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}
