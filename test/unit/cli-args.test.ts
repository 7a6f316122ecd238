import * as assert from 'node:assert/strict';
import { SERVER, skj, tempDir } from '../support/cli';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

const VERSION = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')).version as string;

describe('skj command line: commands, help and strict options (dist/cli.js)', () => {
  it('skj --help lists every command and exits 0; no argument prints it on stderr and exits 2', () => {
    const r = skj(['--help']);
    assert.equal(r.status, 0);
    for (const c of ['check', 'render', 'rules', 'init']) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
    const none = skj([]);
    assert.equal(none.status, 2);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /Perintah:/);
  });

  it('skj --version prints the package version', () => {
    const r = skj(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, VERSION + '\n');
  });

  for (const cmd of ['check', 'render', 'rules', 'init']) {
    it(`skj ${cmd} --help (and -h, skj help ${cmd}) prints its options and exits 0`, () => {
      for (const args of [[cmd, '--help'], [cmd, '-h'], ['help', cmd]]) {
        const r = skj(args);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, new RegExp(`^Pemakaian: skj ${cmd}`, 'm'));
        assert.match(r.stdout, /--help/);
      }
      assert.match(skj([cmd, '--help', '--locale', 'en']).stdout, new RegExp(`^Usage: skj ${cmd}`, 'm'));
    });
  }

  it('options are not matched by prefix: --formatting is an unknown option with a suggestion', () => {
    const r = skj(['check', 'examples', '--formatting', 'json']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'skj: opsi tidak dikenal --formatting — maksud Anda --format? (lihat skj check --help)\n');
    assert.match(skj(['check', '--formt=json', '--locale', 'en']).stderr, /unknown option --formt — did you mean --format\?/);
    assert.match(skj(['check', '--form', 'json']).stderr, /opsi tidak dikenal --form\b/);
  });

  it('an unknown command gets a suggestion; an unknown short option is refused', () => {
    const r = skj(['chek', 'examples']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /perintah tidak dikenal "chek" — maksud Anda "skj check"\?/);
    assert.match(skj(['--bogus']).stderr, /opsi tidak dikenal "--bogus"/);
    assert.match(skj(['check', '-x']).stderr, /opsi tidak dikenal -x/);
  });

  it('values are checked: a missing value, a value for a flag, a value not in the list', () => {
    assert.match(skj(['check', '--format']).stderr, /--format memerlukan nilai: text, json, sarif, github, junit/);
    assert.match(skj(['check', '--format', '--quiet']).stderr, /--format memerlukan nilai/);
    assert.match(skj(['check', '--quiet=yes']).stderr, /--quiet tidak menerima nilai/);
    const r = skj(['check', '--format', 'sariff', '--locale', 'en']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format must be one of text, json, sarif, github, junit, not "sariff" — did you mean sarif\?/);
    assert.match(skj(['check', '--max-warnings', 'lots']).stderr, /--max-warnings memerlukan bilangan bulat/);
    assert.match(skj(['rules', 'extra']).stderr, /argumen berlebih: extra/);
  });

  it('the language of usage errors and help follows --locale, then skj.config.yaml, then LANG', () => {
    const en = { LANG: 'en_US.UTF-8' };
    assert.match(skj(['check', '--bogus'], { env: en }).stderr, /unknown option --bogus/);
    assert.match(skj(['check', '--bogus'], { env: { LC_ALL: 'en_GB.UTF-8', LANG: 'id_ID.UTF-8' } }).stderr, /unknown option/);
    assert.match(skj(['check', '--bogus', '--locale', 'id'], { env: en }).stderr, /opsi tidak dikenal/);
    const dir = tempDir({ 'skj.config.yaml': 'locale: id\n' });
    assert.match(skj(['check', '--bogus'], { env: en, cwd: dir }).stderr, /opsi tidak dikenal/);
    assert.match(skj(['--help'], { env: en }).stdout, /^Commands:/m);
    assert.match(skj(['--locale', 'en', 'rules', '--help']).stdout, /^Usage: skj rules/m);
  });

  it('render goes through the table with its behaviour unchanged (strict options, its own messages)', () => {
    assert.match(skj(['render', '--no-kamuss', 'x.skj.yaml']).stderr, /opsi tidak dikenal --no-kamuss — maksud Anda --no-kamus\?/);
    const r = skj(['render', 'examples/kasubbag-umum-pengawas.skj.yaml', '--no-kamus']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<!DOCTYPE html>/i);
    assert.match(skj(['render']).stderr, /render memerlukan standar/);
  });
});

describe('skj-language-server command line (dist/server.js)', () => {
  it('--help and --version answer and exit 0; no transport is a message and exit 2, not a stack trace', () => {
    const help = skj(['--help'], { bin: SERVER });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /skj-language-server --stdio/);
    assert.equal(skj(['--version'], { bin: SERVER }).stdout, VERSION + '\n');
    const none = skj([], { bin: SERVER });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /tidak ada saluran komunikasi \(mis\. --stdio\)/);
    assert.doesNotMatch(none.stderr, /\bat \w+.*\.js:\d+/);
    assert.match(skj([], { bin: SERVER, env: { LANG: 'en_US.UTF-8' } }).stderr, /no transport given/);
  });
});
