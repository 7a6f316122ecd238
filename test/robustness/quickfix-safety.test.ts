/**
 * Quick-fix safety, property-based (fast-check) over the core: on fuzzed documents, applying any
 * fix a finding offers
 *  - yields text that parses at least as well as before (no new yaml-syntax findings),
 *  - changes only the ranges its edits name (edits inside the document, not overlapping; the
 *    text outside them byte-identical, applied the way an editor applies them),
 *  - is not offered again afterwards (same title and same edits).
 * Environment: SKJ_FUZZ_FIX_RUNS (default 400), SKJ_FUZZ_SEED.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/analyze';
import type { Finding, Fix } from '../../server/src/core/types';
import { applyEdits, editArb, seeds } from '../fuzz/fuzz-lib';
import { rangeProblem } from './support';

const syntaxCount = (fs: Finding[]) => fs.filter((f) => f.rule === 'yaml-syntax').length;
const fixKey = (f: Fix) => JSON.stringify([f.title, f.edits]);

/** Checks one fix on `text`; returns the text after it. */
export function checkFix(uri: string, text: string, findings: Finding[], finding: Finding, fix: Fix): string {
  const label = `${finding.rule} fix "${fix.title}"`;
  const problem = rangeProblem(text, fix.edits);
  assert.ok(!problem, `${label}: ${problem}`);
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const spans = fix.edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)] as const).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i][0] >= spans[i - 1][1], `${label}: overlapping edits ${JSON.stringify(fix.edits)}`);
  const after = TextDocument.applyEdits(doc, fix.edits);
  // Outside the edited spans the text is unchanged.
  const first = spans[0]?.[0] ?? 0;
  const last = spans[spans.length - 1]?.[1] ?? 0;
  assert.equal(after.slice(0, first), text.slice(0, first), `${label}: text before its edits changed`);
  assert.equal(after.slice(after.length - (text.length - last)), text.slice(last), `${label}: text after its edits changed`);
  const next = analyze(uri, after).findings;
  assert.ok(syntaxCount(next) <= syntaxCount(findings), `${label}: new YAML syntax errors:\n${next.filter((f) => f.rule === 'yaml-syntax').map((f) => f.message).join('\n')}\n--- before:\n${text}\n--- after:\n${after}`);
  const again = next.flatMap((f) => f.fixes ?? []).find((f) => fixKey(f) === fixKey(fix));
  assert.ok(!again, `${label}: offered again after being applied\n--- after:\n${after}`);
  return after;
}

describe('quick fixes never damage text (fast-check over the core)', function () {
  this.timeout(300000);

  it('every fix offered on fuzzed documents: parses as well, edits only its ranges, not offered again', () => {
    // A fixed seed keeps CI reproducible; `npm run fuzz` explores new seeds (or set SKJ_FUZZ_SEED).
    const seed = Number(process.env.SKJ_FUZZ_SEED ?? 20261122);
    const numRuns = Number(process.env.SKJ_FUZZ_FIX_RUNS ?? 400);
    let fixes = 0;
    let docs = 0;
    const broken = (s: string) =>
      s
        .replace('- kode: M.08', '- kode: M.09')
        .replace(/level: 2/, 'level: 7')
        .replace('pangkat: Penata Tingkat I (III/d)', 'pangkat: Penata (III/d)')
        .replace('jenjang: pengawas', 'jenjang: ahli-muda');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds().length - 1 }), fc.boolean(), fc.array(editArb, { maxLength: 12 }), (si, breakIt, edits) => {
        const s = seeds()[si];
        const text = applyEdits(breakIt ? broken(s.text) : s.text, edits, s.uri);
        const findings = analyze(s.uri, text).findings;
        docs++;
        for (const f of findings) {
          for (const fix of f.fixes ?? []) {
            fixes++;
            checkFix(s.uri, text, findings, f, fix);
          }
        }
      }),
      { seed, numRuns },
    );
    console.log(`      quick fixes: seed ${seed}, ${fixes} fixes checked on ${docs} fuzzed documents`);
    assert.ok(fixes > numRuns / 2, `only ${fixes} fixes were offered: the property tests too little`);
  });

  it('applying the preferred fixes one after another converges (no endless fix loop)', () => {
    for (const s of seeds()) {
      let text = s.text.replace('- kode: M.08', '- kode: M.09').replace(/level: 2/g, 'level: 9');
      for (let round = 0; ; round++) {
        assert.ok(round < 100, `${s.name}: still fixing after 100 rounds`);
        const findings = analyze(s.uri, text).findings;
        const f = findings.find((x) => x.fixes?.some((y) => y.isPreferred));
        if (!f) break;
        text = checkFix(s.uri, text, findings, f, f.fixes!.find((y) => y.isPreferred)!);
      }
    }
  });
});
