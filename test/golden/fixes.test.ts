import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { applyEdits, codeActions, combine, fixAllEdits, FIX_ALL_KIND } from '../../server/src/core/features';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';

/**
 * Golden quick-fix tests. Each `NAME.skj.yaml` in fixes/ starts with `# fix: RULE`; applying the
 * preferred fix of every finding of RULE must give `NAME.fixed.skj.yaml` byte for byte and leave
 * no finding of RULE. Run with UPDATE_GOLDEN=1 to write missing expected files (then review them).
 */
const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'test/golden/fixes');

function kamus(): KamusIndex {
  const k = new KamusIndex();
  k.setText('file:///ws/diskominfo.kamus.yaml', fs.readFileSync(path.join(ROOT, 'examples/diskominfo.kamus.yaml'), 'utf8'));
  return k;
}

const check = (uri: string, text: string) => analyze(uri, text, { config: DEFAULT_CONFIG, kamus: kamus() });

const inputs = fs.readdirSync(DIR).filter((f) => f.endsWith('.skj.yaml') && !f.endsWith('.fixed.skj.yaml')).sort();

describe('golden quick fixes', () => {
  it('has a fixture for every fixable rule', () => {
    const rules = new Set(inputs.map((f) => /^# fix: (\S+)/.exec(fs.readFileSync(path.join(DIR, f), 'utf8'))![1]));
    for (const r of ['unknown-competency', 'level-range', 'level-tier', 'missing-competency', 'duplicate-competency', 'wrong-section', 'description-mismatch', 'indicator-level-mismatch', 'indicator-unknown', 'kelompok-jenjang', 'job-code-mismatch', 'job-code-format', 'pangkat', 'education-level', 'technical-unknown', 'technical-mismatch', 'schema'])
      assert.ok(rules.has(r), r);
  });

  for (const name of inputs) {
    describe(name, () => {
      const input = fs.readFileSync(path.join(DIR, name), 'utf8');
      const rule = /^# fix: (\S+)/.exec(input)![1];
      const uri = `file:///ws/${name}`;
      const expectedPath = path.join(DIR, name.replace(/\.skj\.yaml$/, '.fixed.skj.yaml'));

      it(`the preferred fix of ${rule} gives the expected file and removes the finding`, () => {
        const a = check(uri, input);
        const findings = a.findings.filter((f) => f.rule === rule);
        assert.ok(findings.length > 0, `no ${rule} finding`);
        const fixed = applyEdits(input, combine(findings, a));
        if (!fs.existsSync(expectedPath) && process.env.UPDATE_GOLDEN) fs.writeFileSync(expectedPath, fixed);
        assert.equal(fixed, fs.readFileSync(expectedPath, 'utf8'));
        assert.deepEqual(check(uri, fixed).findings.filter((f) => f.rule === rule).map((f) => f.message), []);
      });

      it('the quick fix is offered as a code action at the finding', () => {
        const a = check(uri, input);
        const f = a.findings.find((x) => x.rule === rule)!;
        const actions = codeActions(a, f.range, { locale: 'id', config: DEFAULT_CONFIG, kamus: kamus() });
        assert.ok(actions.some((x) => x.kind === 'quickfix' && x.diagnosticRule === rule && x.isPreferred));
        // Never a fix that silences yaml-syntax or schema for a line (the file would look clean and be broken).
        const disable = actions.some((x) => x.title === `Nonaktifkan ${rule} untuk baris ini`);
        assert.equal(disable, rule !== 'schema' && rule !== 'yaml-syntax');
        // Fix-all (menu entry and source.fixAll) exactly when the file has a safe fix.
        const safe = a.findings.some((x) => x.fixes?.some((y) => y.safe));
        assert.equal(actions.some((x) => x.kind === FIX_ALL_KIND), safe);
        assert.equal(actions.some((x) => x.title === 'Perbaiki semua masalah yang aman'), safe);
      });

      it('fix-all applied twice changes nothing the second time', () => {
        const opts = { config: DEFAULT_CONFIG, kamus: kamus(), locale: 'id' as const };
        const once = applyEdits(input, fixAllEdits(check(uri, input), opts));
        const twice = applyEdits(once, fixAllEdits(check(uri, once), opts));
        assert.equal(twice, once);
        if (input.includes('\r\n')) assert.ok(!/[^\r]\n/.test(once), 'line breaks stay CRLF');
      });
    });
  }
});
