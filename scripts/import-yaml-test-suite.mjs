#!/usr/bin/env node
// Imports the YAML input of every case of the official YAML test suite (github.com/yaml/yaml-test-suite,
// its src/*.yaml files) into test/fixtures/yaml-test-suite/cases.json, decoded as the suite's own
// tooling does (bin/YAMLTestSuite.pm: `unescape`, and later cases of a file inheriting `yaml`).
// Usage: node scripts/import-yaml-test-suite.mjs <path to a checkout's src/ folder | a bare git dir>
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const from = process.argv[2];
if (!from) throw new Error('usage: import-yaml-test-suite.mjs <src folder or git dir>');
const isGit = fs.existsSync(path.join(from, 'HEAD'));
const git = (...args) => execFileSync('git', ['--git-dir', from, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const files = isGit ? git('ls-tree', '--name-only', 'HEAD', 'src/').split('\n').filter((f) => f.endsWith('.yaml')) : fs.readdirSync(from).filter((f) => f.endsWith('.yaml')).map((f) => path.join(from, f));
const read = (f) => (isGit ? git('show', `HEAD:${f}`) : fs.readFileSync(f, 'utf8'));
const commit = isGit ? git('rev-parse', 'HEAD').trim() : undefined;

/** The suite's `unescape` (bin/YAMLTestSuite.pm). ⇔ is a byte order mark. */
const unescape = (t) => t.replace(/␣/g, ' ').replace(/—*»/g, '\t').replace(/←/g, '\r').replace(/⇔/g, '\uFEFF').replace(/↵/g, '').replace(/∎\n$/, '');

const cases = [];
for (const f of files.sort()) {
  const id = path.basename(f, '.yaml');
  const data = parse(read(f));
  if (data[0]?.skip) continue;
  let last;
  data.forEach((test, i) => {
    const yaml = test.yaml ?? last;
    last = yaml;
    const caseId = data.length > 1 ? `${id}-${String(i).padStart(String(data.length - 1).length + 1, '0')}` : id;
    cases.push({ id: caseId, name: test.name ?? cases[cases.length - 1].name, fail: 'fail' in test, yaml: unescape(yaml) });
  });
}
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'test', 'fixtures', 'yaml-test-suite', 'cases.json');
fs.writeFileSync(out, JSON.stringify({ source: 'https://github.com/yaml/yaml-test-suite', commit, cases }, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`${cases.length} cases → ${out}`);
