import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, countsOf, example, skj, tempDir } from '../support/cli';

const BAD = 'contoh-dengan-kesalahan-ahli-muda.skj.yaml'; // errors (level: 7 at 29:14, a wrong pangkat) and warnings
/** How many findings of each severity BAD has (as the JSON report says; the rules evolve). */
const bad = () => countsOf([BAD], workspace());
const workspace = () => tempDir({ [BAD]: example(BAD), 'kasubbag-umum-pengawas.skj.yaml': example('kasubbag-umum-pengawas.skj.yaml') });

describe('skj check: input, output, counts and exit codes (dist/cli.js)', () => {
  it('reads standard input with - or --stdin, named by --stdin-filename', () => {
    const dir = workspace();
    for (const args of [['check', '-', '--stdin-filename', 'sub/x.skj.yaml'], ['check', '--stdin', '--stdin-filename', 'sub/x.skj.yaml']]) {
      const r = skj(args, { cwd: dir, input: example(BAD) });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /^sub\/x\.skj\.yaml:29:14 error level-range Level M\.03 harus bilangan bulat 1–5, bukan 7\.$/m);
      const c = bad();
      assert.match(r.stdout, new RegExp(`^1 berkas diperiksa: ${c.errors} galat, ${c.warnings} peringatan, ${c.other} lainnya\\.$`, 'm'));
    }
    // Without a name it is a standard; a kamus named by --stdin-filename is checked as a kamus.
    assert.equal(skj(['check', '-'], { cwd: dir, input: example('kasubbag-umum-pengawas.skj.yaml') }).status, 0);
    const k = skj(['check', '-', '--stdin-filename', 'k.kamus.yaml', '--format', 'json'], { cwd: dir, input: example('diskominfo.kamus.yaml') });
    assert.equal(k.status, 0, k.stdout);
    // A BOM from the pipe is not part of the text (positions as the editor shows them).
    assert.match(skj(['check', '-'], { cwd: dir, input: '\uFEFF' + example(BAD) }).stdout, /^stdin\.skj\.yaml:29:14 /m);
  });

  it('refuses files that are neither standards nor kamus by name, naming the expected names; --kind checks them', () => {
    const dir = tempDir({ 'README.md': '# hello\n', 'package.json': '{}\n', 'standar.yaml': example(BAD) });
    for (const f of ['README.md', 'package.json']) {
      const r = skj(['check', f], { cwd: dir });
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`^skj: ${f.replace('.', '\\.')} bukan standar atau kamus menurut namanya: standar bernama \\*\\.skj\\.yaml .* kamus \\*\\.kamus\\.yaml .* --kind skj atau --kind kamus\\.\\n$`));
    }
    assert.match(skj(['check', 'README.md', '--locale', 'en'], { cwd: dir }).stderr, /is neither a standard nor a kamus by its name/);
    const r = skj(['check', 'standar.yaml', '--kind', 'skj'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^standar\.yaml:29:14 error level-range/m);
    assert.match(skj(['check', '-', '--stdin-filename', 'notes.txt'], { cwd: dir, input: 'x' }).stderr, /notes\.txt bukan standar atau kamus/);
  });

  it('a skj.config.yaml named on the command line is checked as the configuration', () => {
    const dir = tempDir({ 'skj.config.yaml': 'locale: id\nrulez: {}\n', 'a.skj.yaml': example('kasubbag-umum-pengawas.skj.yaml') });
    const r = skj(['check', 'skj.config.yaml'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'skj.config.yaml:2:1 error config Kunci "rulez" tidak dikenal dalam skj.config.yaml.\n1 berkas diperiksa: 1 galat, 0 peringatan, 0 lainnya.\n');
    assert.match(skj(['check', 'skj.config.yaml', 'a.skj.yaml'], { cwd: dir }).stdout, /^2 berkas diperiksa: 1 galat/m);
  });

  it('-o / --output-file writes the report to a file and nothing to standard output', () => {
    const dir = workspace();
    const r = skj(['check', '.', '-o', 'out/report.json', '--format', 'json'], { cwd: dir });
    assert.equal(r.stdout, '');
    assert.equal(r.status, 2);
    fs.mkdirSync(path.join(dir, 'out'));
    const r2 = skj(['check', '.', '--output-file', 'out/report.json', '--format', 'json'], { cwd: dir });
    assert.equal(r2.status, 1, r2.stderr);
    assert.equal(r2.stdout, '');
    assert.equal((JSON.parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8')) as unknown[]).length, countsOf(['.'], dir).total);
    // A folder that does not exist is a message in the user's words, exit 2.
    assert.match(r.stderr, /^skj: tidak dapat menulis out\/report\.json: berkas atau folder tidak ada$/m);
  });

  it('--quiet shows errors only but counts every finding; --max-warnings gives its reason', () => {
    const dir = workspace();
    const q = skj(['check', '.', '--quiet'], { cwd: dir });
    assert.equal(q.status, 1);
    assert.equal(q.stdout.split('\n').filter((l) => / warning /.test(l)).length, 0);
    const c = countsOf(['.'], dir);
    assert.ok(c.errors > 0 && c.warnings > 0);
    assert.equal(q.stdout.split('\n').filter((l) => / error /.test(l)).length, c.errors);
    assert.ok(q.stdout.includes(`2 berkas diperiksa: ${c.errors} galat, ${c.warnings} peringatan, ${c.other} lainnya. (${c.warnings + c.other} temuan selain galat tidak ditampilkan karena --quiet)`), q.stdout);
    // Two warnings, no error: education levels written S1 / D3.
    const w = tempDir({ 'a.skj.yaml': example('kasubbag-umum-pengawas.skj.yaml').replace('- jenjang: S-1', '- jenjang: S1'), 'b.skj.yaml': example('kasubbag-umum-pengawas.skj.yaml').replace('- jenjang: S-1', '- jenjang: S1') });
    const warn = skj(['check', '.', '--format', 'json'], { cwd: w });
    const warnings = (JSON.parse(warn.stdout) as { severity: string }[]).filter((f) => f.severity === 'warning').length;
    const errors = (JSON.parse(warn.stdout) as { severity: string }[]).filter((f) => f.severity === 'error').length;
    assert.equal(errors, 0, warn.stdout);
    assert.ok(warnings > 0, 'the fixture has warnings');
    assert.equal(skj(['check', '.'], { cwd: w }).status, 0);
    const mw = skj(['check', '.', '--max-warnings', '0'], { cwd: w });
    assert.equal(mw.status, 1);
    assert.equal(mw.stderr, `skj: kode keluar 1: ${warnings} peringatan, batas --max-warnings 0\n`);
    assert.equal(skj(['check', '.', '--max-warnings', String(warnings)], { cwd: w }).status, 0);
    assert.equal(skj(['check', '.', '--max-warnings', '0', '--locale', 'en'], { cwd: w }).stderr, `skj: exit code 1: ${warnings} warning${warnings === 1 ? '' : 's'}, limit --max-warnings 0\n`);
  });

  it('English summaries use proper plurals', () => {
    const one = tempDir({ 'a.skj.yaml': example('kasubbag-umum-pengawas.skj.yaml').replace('level: 2', 'level: 9') });
    const r = skj(['check', '.', '--locale', 'en'], { cwd: one });
    assert.match(r.stdout, /^1 file checked: 1 error, 0 warnings, 0 other\.$/m);
    const c = countsOf(['.'], workspace());
    assert.ok(c.errors > 1 && c.warnings > 1);
    assert.ok(skj(['check', '.', '--locale', 'en'], { cwd: workspace() }).stdout.includes(`\n2 files checked: ${c.errors} errors, ${c.warnings} warnings, ${c.other} other.\n`));
    assert.doesNotMatch(r.stdout, /\(s\)/);
  });

  it('messages follow --locale, then the config, then LANG / LC_ALL', () => {
    const dir = workspace();
    const en = { LANG: 'en_US.UTF-8' };
    assert.match(skj(['check', BAD], { cwd: dir, env: en }).stdout, /The level of M\.03 must be an integer 1–5, not 7\./);
    assert.match(skj(['check', BAD], { cwd: dir, env: { LC_ALL: 'en_US.UTF-8' } }).stdout, /^1 file checked/m);
    assert.match(skj(['check', BAD], { cwd: dir, env: { LANG: 'C.UTF-8' } }).stdout, /Level M\.03 harus bilangan bulat 1–5/);
    fs.writeFileSync(path.join(dir, 'skj.config.yaml'), 'locale: id\n');
    assert.match(skj(['check', BAD], { cwd: dir, env: en }).stdout, /Level M\.03 harus/);
    assert.match(skj(['check', BAD, '--locale', 'en'], { cwd: dir }).stdout, /The level of M\.03 must/);
    const errors = countsOf([BAD], dir).errors;
    fs.writeFileSync(path.join(dir, 'skj.config.yaml'), 'rules:\n  pangkat: off\n');
    assert.ok(skj(['check', BAD], { cwd: dir, env: en }).stdout.includes(`\n1 file checked: ${errors - 1} errors`), 'the config without locale: LANG decides');
    // Unreadable files are worded by the CLI, not by Node.
    const missing = skj(['check', 'nope.skj.yaml'], { cwd: dir });
    assert.equal(missing.stderr, 'skj: tidak dapat membaca nope.skj.yaml: berkas atau folder tidak ada\n');
    assert.doesNotMatch(missing.stderr, /ENOENT|no such file/);
  });

  it('colour: on a terminal or with FORCE_COLOR, never with NO_COLOR, --no-color or into a file', () => {
    const dir = workspace();
    const esc = /\x1b\[/;
    assert.doesNotMatch(skj(['check', BAD], { cwd: dir }).stdout, esc); // a pipe
    // On a terminal (util-linux `script` gives the process a pseudo-terminal), unless NO_COLOR.
    if (fs.existsSync('/usr/bin/script')) {
      const onTty = (env: string) => spawnSync('/usr/bin/script', ['-qec', `${env} "${process.execPath}" "${CLI}" check "${BAD}"`, '/dev/null'], { cwd: dir, encoding: 'utf8' }).stdout;
      assert.match(onTty('env -u FORCE_COLOR -u NO_COLOR'), /\x1b\[31merror\x1b\[0m/);
      assert.doesNotMatch(onTty('env -u FORCE_COLOR NO_COLOR=1'), esc);
    }
    assert.match(skj(['check', BAD], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout, /\x1b\[31merror\x1b\[0m/);
    assert.doesNotMatch(skj(['check', BAD], { cwd: dir, env: { FORCE_COLOR: '0' } }).stdout, esc);
    assert.doesNotMatch(skj(['check', BAD, '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout, esc);
    assert.match(skj(['check', BAD, '--color'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout, esc);
    assert.doesNotMatch(skj(['check', BAD], { cwd: dir, env: { NO_COLOR: '1' } }).stdout, esc);
    skj(['check', BAD, '-o', 'r.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    assert.match(fs.readFileSync(path.join(dir, 'r.txt'), 'utf8'), /:29:14 error level-range [^]*\n1 berkas diperiksa: \d+ galat/);
  });
});
