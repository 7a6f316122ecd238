/**
 * The one configuration model (core/config/resolve.ts), with an injected reader (no disk): the
 * nearest config upward, never above the root; refused configs are not applied and say why;
 * `ignore:` and kamus globs parsed, a glob too long refused with a finding.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ConfigModel, ConfigRead, foldersUpTo, isInside } from '../../server/src/core/config/resolve';
import { RULE_IDS } from '../../server/src/core/rules';

const R = path.resolve('/ws');
const p = (...s: string[]) => path.join(R, ...s);

function model(files: Record<string, ConfigRead>): { m: ConfigModel; reads: string[] } {
  const reads: string[] = [];
  const m = new ConfigModel((f) => (reads.push(f), files[f]), RULE_IDS);
  return { m, reads };
}

describe('ConfigModel: one configuration model for the editor and skj check', () => {
  it('the nearest skj.config.yaml upward judges a file; a nested one wins below it', () => {
    const { m } = model({ [p('skj.config.yaml')]: { text: 'locale: en\n' }, [p('unit', 'skj.config.yaml')]: { text: 'rules:\n  level-tier: off\n' } });
    assert.equal(m.configFor(p('a.skj.yaml'), R).config.locale, 'en');
    assert.equal(m.configFor(p('std', 'deep', 'b.skj.yaml'), R).file, p('skj.config.yaml'));
    const nested = m.configFor(p('unit', 'x', 'c.skj.yaml'), R);
    assert.equal(nested.file, p('unit', 'skj.config.yaml'));
    assert.equal(nested.config.rules['level-tier'], 'off');
    assert.equal(nested.config.locale, 'id', 'configs do not inherit: the nearest one alone applies');
  });

  it('never above the root (a workspace folder, a repository)', () => {
    const { m, reads } = model({ [path.resolve('/skj.config.yaml')]: { text: 'locale: en\n' } });
    assert.equal(m.configFor(p('a.skj.yaml'), R).file, undefined);
    assert.ok(!reads.includes(path.resolve('/skj.config.yaml')));
    assert.deepEqual(foldersUpTo(p('a', 'b'), R), [p('a', 'b'), p('a'), R]);
    assert.deepEqual(foldersUpTo('/elsewhere', R), []);
    assert.equal(isInside(p('a'), R), true);
    assert.equal(isInside(R + '-sibling', R), false);
  });

  it('multi-root: each root its own config', () => {
    const A = path.resolve('/a');
    const B = path.resolve('/b');
    const { m } = model({ [path.join(A, 'skj.config.yaml')]: { text: 'locale: en\n' } });
    assert.equal(m.configFor(path.join(A, 'x.skj.yaml'), A).config.locale, 'en');
    assert.equal(m.configFor(path.join(B, 'x.skj.yaml'), B).config.locale, 'id');
  });

  it('a refused config (a link outside, a FIFO, too large) is not applied and says why', () => {
    const { m } = model({ [p('skj.config.yaml')]: { refused: 'a named pipe (FIFO), not a regular file' } });
    const r = m.configFor(p('a.skj.yaml'), R);
    assert.equal(r.file, p('skj.config.yaml'));
    assert.equal(r.config.locale, 'id');
    assert.match(r.findings[0].message, /tidak diterapkan: a named pipe/);
  });

  it('ignore: and kamus: are lists; an oversized glob is refused with a finding, the rest kept', () => {
    const { m } = model({ [p('skj.config.yaml')]: { text: `ignore:\n  - arsip/\nkamus:\n  - ../kamus/**\n  - "${'*'.repeat(2000)}"\n` } });
    const r = m.configFor(p('a.skj.yaml'), R);
    assert.deepEqual(r.config.ignore, ['arsip/']);
    assert.deepEqual(r.config.kamus, ['../kamus/**']);
    assert.ok(r.findings.some((f) => f.rule === 'config' && /tidak dipakai/.test(f.message)));
    const bad = model({ [p('skj.config.yaml')]: { text: 'ignore: arsip\n' } }).m.configFor(p('a.skj.yaml'), R);
    assert.match(bad.findings[0].message, /ignore harus berupa daftar/);
  });

  it('reads each config once until cleared; clear() bumps the version', () => {
    const { m, reads } = model({ [p('skj.config.yaml')]: { text: 'locale: en\n' } });
    m.configFor(p('a.skj.yaml'), R);
    m.configFor(p('b.skj.yaml'), R);
    assert.equal(reads.filter((f) => f === p('skj.config.yaml')).length, 1);
    const v = m.version;
    m.clear();
    assert.equal(m.version, v + 1);
    m.configFor(p('a.skj.yaml'), R);
    assert.equal(reads.filter((f) => f === p('skj.config.yaml')).length, 2);
  });
});
