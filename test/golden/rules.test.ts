/**
 * Golden rule fixtures: every `*.skj.yaml` / `*.kamus.yaml` under test/golden/rules marks the
 * lines that must draw a finding with `# want RULE-ID …`. Each folder is one workspace (its kamus
 * files are indexed together). The test fails on a missing or an extra finding; `valid-*` files
 * carry no marker, so they must draw nothing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/core/analyze';
import { RULES } from '../../server/src/core/rules';
import { fileKindOf } from '../../server/src/core/types';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';
import { StandardsIndex, summarizeText } from '../../server/src/core/workspace/standards-index';
import { repoRoot } from '../support/paths';

const ROOT = path.join(repoRoot(), 'test', 'golden', 'rules');

function folders(dir: string): string[] {
  return [dir, ...fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => folders(path.join(dir, e.name)))];
}

/** line → the set of rule ids wanted there. */
export function wantedFindings(text: string): Map<number, Set<string>> {
  const want = new Map<number, Set<string>>();
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const m = /#\s*want\s+([\w\s-]+?)\s*$/.exec(line);
    if (m) want.set(i, new Set(m[1].split(/\s+/)));
  });
  return want;
}

const seen = new Set<string>();

describe('golden rule fixtures (# want RULE-ID)', () => {
  for (const dir of folders(ROOT)) {
    const files = fs.readdirSync(dir).filter((f) => fileKindOf(f) === 'skj' || fileKindOf(f) === 'kamus');
    const index = new KamusIndex();
    for (const f of files) if (fileKindOf(f) === 'kamus') index.setText(pathToFileURL(path.join(dir, f)).href, fs.readFileSync(path.join(dir, f), 'utf8'));
    // A `workspace-*` folder is also one set of standards (the cross-standard rules compare them).
    const standards = path.basename(dir).startsWith('workspace-') ? new StandardsIndex() : undefined;
    for (const f of files) if (standards && fileKindOf(f) === 'skj') standards.set(summarizeText(pathToFileURL(path.join(dir, f)).href, fs.readFileSync(path.join(dir, f), 'utf8')));
    for (const f of files) {
      it(`${path.relative(ROOT, path.join(dir, f))}`, () => {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        const { findings } = analyze(pathToFileURL(path.join(dir, f)).href, text, { kamus: index, standards });
        const got = new Map<number, Set<string>>();
        for (const x of findings) {
          const s = got.get(x.range.start.line) ?? new Set<string>();
          s.add(x.rule);
          got.set(x.range.start.line, s);
          seen.add(x.rule);
          // A finding points at a key or value, never at the whole document.
          assert.ok(x.range.end.line - x.range.start.line <= 1, `${x.rule} spans ${x.range.start.line}-${x.range.end.line}`);
        }
        const show = (m: Map<number, Set<string>>) => [...m].sort((a, b) => a[0] - b[0]).map(([l, s]) => `${l + 1}: ${[...s].sort().join(' ')}`);
        const want = wantedFindings(text);
        assert.deepEqual(show(got), show(want), findings.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${x.rule} ${x.message}`).join('\n'));
        if (f.startsWith('valid-')) assert.equal(findings.length, 0);
      });
    }
  }
  it('covers every rule id of format.md §3', () => {
    const missing = RULES.map((r) => r.id).filter((id) => !seen.has(id));
    assert.deepEqual(missing, []);
  });
});
