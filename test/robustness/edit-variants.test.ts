/**
 * Every edit the product makes, over every fixture and example × every scalar style of the edited
 * values (plain, single, double, `>-`, `|`, `|+`, flow `[…]`/`{…}`) × LF/CRLF × with and without a
 * comment after each value (test/support/variants.ts):
 *  - each quick fix offered in the editor's menu (codeActions, as the client gets them),
 *  - fix-all (safeFixAll, what source.fixAll, skj.fixAllSafe and `skj check --fix` apply),
 *  - rename of a technical code to names that are YAML syntax.
 * The result parses (no yaml-syntax finding), the targeted finding is gone, no finding appears
 * that the input did not have, the bytes outside the edits are unchanged, fix-all twice is
 * fix-all once. SKJ_EDIT_VARIANTS=folded,keep limits the styles (default: all).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analysis } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { codeActions, safeFixAll } from '../../server/src/core/features';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';
import { ReferenceIndex, rename } from '../../server/src/core/workspace/navigation';
import { repoRoot } from '../support/paths';
import { variantsOf, VARIANT_STYLES, VariantStyle } from '../support/variants';

const ROOT = repoRoot();
const KAMUS_URI = 'file:///ws/diskominfo.kamus.yaml';
const KAMUS_TEXT = fs.readFileSync(path.join(ROOT, 'examples/diskominfo.kamus.yaml'), 'utf8');
const STYLES = (process.env.SKJ_EDIT_VARIANTS?.split(',') as VariantStyle[] | undefined) ?? VARIANT_STYLES;

function kamusWith(uri?: string, text?: string): KamusIndex {
  const k = new KamusIndex();
  k.setText(KAMUS_URI, KAMUS_TEXT);
  if (uri && text !== undefined && uri.endsWith('.kamus.yaml')) k.setText(uri, text);
  return k;
}

/** Standards and kamus files: the fix fixtures (inputs and expected outputs), the rule fixtures, the examples. */
function inputs(): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  const add = (dir: string) => {
    for (const f of fs.readdirSync(path.join(ROOT, dir)).sort()) {
      if (!/\.(skj|kamus)\.yaml$/.test(f) || f.startsWith('yaml-syntax') || f.startsWith('broken')) continue;
      out.push({ name: `${dir}/${f}`, file: path.join(ROOT, dir, f) });
    }
  };
  add('test/golden/fixes');
  add('test/golden/rules');
  add('examples');
  return out;
}

const key = (f: Finding) => `${f.rule}|${f.message}`;
function counts(findings: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}

/** Findings of `after` beyond those of `before` (by rule and message). */
function newFindings(before: Finding[], after: Finding[]): string[] {
  const b = counts(before);
  const out: string[] = [];
  for (const [k, n] of counts(after)) if (n > (b.get(k) ?? 0)) out.push(k);
  return out;
}

/** Applies edits as an editor does, asserting they are inside the text, do not overlap, and change nothing else. */
function applyChecked(label: string, uri: string, text: string, edits: TextEdit[]): string {
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const spans = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end), e.newText] as const).sort((a, b) => a[0] - b[0]);
  for (const e of edits) assert.deepEqual(doc.positionAt(doc.offsetAt(e.range.start)), e.range.start, `${label}: edit outside the text ${JSON.stringify(e)}`);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i][0] >= spans[i - 1][1], `${label}: overlapping edits`);
  const after = TextDocument.applyEdits(doc, edits);
  // The bytes between the edits are the input's, in order.
  let at = 0;
  let out = 0;
  for (const [from, to, newText] of spans) {
    assert.equal(after.slice(out, out + (from - at)), text.slice(at, from), `${label}: text outside the edits changed`);
    out += from - at + newText.length;
    at = to;
  }
  assert.equal(after.slice(out), text.slice(at), `${label}: text after the edits changed`);
  return after;
}

const syntax = (a: Analysis) => a.findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.message);
const RENAMES = ['KT.99', '*x', '&x', '!t', '@x', '-', '|', '[KT]', 'null', 'true', '1.5', 'a: b', 'x #y', "it's", '"q"'];

describe('every edit keeps the file whole, over fixtures × scalar styles × line breaks × comments', function () {
  this.timeout(600000);
  let fixesChecked = 0;
  let variantsChecked = 0;
  let renamesChecked = 0;
  after(() => console.log(`      ${variantsChecked} variants, ${fixesChecked} quick fixes, ${renamesChecked} renames checked`));

  for (const input of inputs()) {
    it(input.name, () => {
      const source = fs.readFileSync(input.file, 'utf8');
      const uri = `file:///ws/${path.basename(input.file)}`;
      for (const v of variantsOf(source, STYLES)) {
        const label = `${input.name} [${v.name}]`;
        const kamus = kamusWith(uri, v.text);
        const opts = { config: DEFAULT_CONFIG, kamus, locale: 'id' as const };
        const analyses = new Map<string, Analysis>();
        const check = (t: string) => {
          let r = analyses.get(t);
          if (!r) analyses.set(t, (r = analyze(uri, t, opts)));
          return r;
        };
        const a = check(v.text);
        assert.deepEqual(syntax(a), [], `${label}: the variant itself does not parse\n${v.text}`);
        variantsChecked++;

        // Every fix a rule computes (before the editor's guard): the YAML stays whole, nothing
        // outside its edits changes, its finding goes.
        for (const f of a.findings) {
          for (const fix of f.fixes ?? []) {
            const l = `${label} ${f.rule} fix "${fix.title}"`;
            const out = applyChecked(l, uri, v.text, fix.edits);
            const b = check(out);
            assert.deepEqual(syntax(b), [], `${l}: YAML broken\n--- before:\n${v.text}\n--- after:\n${out}`);
            assert.ok((counts(b.findings).get(key(f)) ?? 0) < (counts(a.findings).get(key(f)) ?? 0), `${l}: the finding is still there\n--- after:\n${out}`);
            fixesChecked++;
          }
        }

        // Every quick fix the editor offers at each finding.
        for (const f of a.findings) {
          for (const act of codeActions(a, f.range, { ...opts, only: ['quickfix'] })) {
            if (act.diagnosticRule !== f.rule || act.title.startsWith('Nonaktifkan') || act.edits.length === 0) continue;
            const l = `${label} ${f.rule} "${act.title}"`;
            const out = applyChecked(l, uri, v.text, act.edits);
            const b = check(out);
            assert.deepEqual(syntax(b), [], `${l}: YAML broken\n--- after:\n${out}`);
            assert.deepEqual(newFindings(a.findings, b.findings), [], `${l}: new findings\n--- before:\n${v.text}\n--- after:\n${out}`);
            if (!act.title.startsWith('Perbaiki semua')) {
              const left = counts(b.findings).get(key(f)) ?? 0;
              assert.ok(left < (counts(a.findings).get(key(f)) ?? 0), `${l}: the finding is still there\n--- after:\n${out}`);
            }
            fixesChecked++;
          }
        }

        // Fix-all: parses, nothing new, idempotent.
        const once = safeFixAll(uri, v.text, opts, a);
        const onceText = applyChecked(`${label} fix-all`, uri, v.text, once.edits);
        assert.equal(onceText, once.text, `${label}: fix-all edits and text disagree`);
        assert.deepEqual(syntax(check(once.text)), [], `${label}: fix-all broke the YAML\n${once.text}`);
        assert.deepEqual(newFindings(a.findings, once.remaining), [], `${label}: fix-all added findings\n--- before:\n${v.text}\n--- after:\n${once.text}`);
        assert.equal(safeFixAll(uri, once.text, opts).text, once.text, `${label}: fix-all twice differs from once`);

        // Rename of each technical code to names that are YAML syntax.
        const codes = a.skj?.sections.teknis?.items.map((i) => i.kode).filter((k) => k?.node) ?? a.kamus?.entries.map((e) => e.kode).filter((k) => k?.node) ?? [];
        for (const code of codes.slice(0, 2)) {
          // Every name on the plain variants; the names that most need quotes on the others.
          for (const name of v.name.startsWith('as-is') ? RENAMES : RENAMES.filter((n) => ['*x', '[KT]', 'true', 'a: b', "it's"].includes(n))) {
            const refs = new ReferenceIndex();
            if (uri.endsWith('.skj.yaml')) refs.set(uri, v.text);
            const r = rename(a, code!.valueRange.start, name, kamus, refs, 'id', (u) => (u === uri ? v.text : u === KAMUS_URI ? KAMUS_TEXT : undefined));
            assert.ok(r && 'changes' in r, `${label}: rename to ${name} refused: ${JSON.stringify(r)}`);
            for (const [u, edits] of Object.entries(r.changes)) {
              const before = u === uri ? v.text : KAMUS_TEXT;
              const out = applyChecked(`${label} rename ${name} in ${u}`, u, before, edits);
              const b = analyze(u, out, { config: DEFAULT_CONFIG, locale: 'id' });
              assert.deepEqual(syntax(b), [], `${label} rename to ${name}: YAML broken in ${u}\n${out}`);
              const renamed = (b.skj?.sections.teknis?.items.map((i) => i.kode?.value) ?? b.kamus?.entries.map((e) => e.kode?.value) ?? []).filter((x) => x === name);
              assert.equal(renamed.length, edits.length, `${label} rename to ${name}: the new code does not read back in ${u}\n${out}`);
            }
            renamesChecked++;
          }
        }
      }
    });
  }
});
