import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';

describe('skj check on many files (worker threads)', () => {
  it('reports exactly the same findings, in the same order, with 1 or 3 threads', function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-many-'));
    const ex = (n: string) => fs.readFileSync(path.join(repoRoot(), 'examples', n), 'utf8');
    for (let i = 0; i < 200; i++) {
      fs.writeFileSync(path.join(dir, `a${i}.skj.yaml`), ex('kasubbag-umum-pengawas.skj.yaml').replace('level: 2', `level: ${i % 7}`));
      fs.writeFileSync(path.join(dir, `b${i}.skj.yaml`), ex('contoh-dengan-kesalahan-ahli-muda.skj.yaml'));
    }
    fs.writeFileSync(path.join(dir, 'diskominfo.kamus.yaml'), ex('diskominfo.kamus.yaml'));
    fs.writeFileSync(path.join(dir, 'teknis.skj.yaml'), ex('pranata-komputer-ahli-pertama.skj.yaml').replace('KT.TIK.03', 'KT.TIK.04'));
    const run = (threads: string) => {
      const r = spawnSync(process.execPath, [path.join(repoRoot(), 'dist', 'cli.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, SKJ_THREADS: threads }, maxBuffer: 64 << 20 });
      assert.equal(r.status, 1, r.stderr);
      return JSON.parse(r.stdout) as { file: string; rule: string }[];
    };
    const one = run('1');
    const three = run('3');
    assert.ok(one.length > 1000);
    assert.deepEqual(three, one);
    // The kamus is known to every thread: KT.TIK.04 is reported as unknown, with KT.TIK.03 suggested.
    assert.ok(one.some((f) => f.file.endsWith('teknis.skj.yaml') && f.rule === 'technical-unknown'));
    assert.ok(!one.some((f) => f.file.endsWith('teknis.skj.yaml') && f.rule !== 'technical-unknown'));
  });
});
