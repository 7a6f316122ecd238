import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, YAMLSeq } from 'yaml';
import type { Locale } from '../core/types';
import type { Command } from './command';
import { LOCALE_OPTION } from './command';
import { fsErrorText, tr } from './locale';
import { readTextSafe } from './read-text';

function configTemplate(locale: Locale): string {
  const t = (id: string, en: string) => tr(locale, id, en);
  return `# skj.config.yaml — ${t('pengaturan pemeriksaan SKJ untuk folder ini dan subfoldernya', 'SKJ checking settings for this folder and its subfolders')}.
# ${t('Semua kunci opsional; hapus tanda # di depan baris untuk memakainya.', 'Every key is optional; remove the # at the start of a line to use it.')}
# ${t('Setiap aturan dijelaskan di docs/rules.md (daftarnya: skj rules).', 'Every rule is explained in docs/rules.md (list them: skj rules).')}

# ${t('Bahasa pesan: id (Indonesia) atau en (English).', 'Message language: id (Indonesian) or en (English).')}
locale: ${locale}

# ${t('Tingkat setiap aturan', 'Severity of each rule')}: error | warning | information | hint | off
# rules:
#   level-tier: warning
#   education-level: information

# ${t('Level manajerial dan sosial kultural yang diharapkan per jenjang', 'Expected managerial and socio-cultural level per jenjang')}
# ${t('(jenjang fungsional punya nilai bawaan yang dapat diubah di sini).', '(functional tiers have defaults you can change here).')}
# tierLevels:
#   ahli-muda: 3

# ${t('Berkas kamus tambahan, relatif terhadap berkas ini.', 'Extra kamus files, relative to this file.')}
# kamus:
#   - "../kamus/**/*.kamus.yaml"
`;
}

function workflowTemplate(locale: Locale): string {
  const t = (id: string, en: string) => tr(locale, id, en);
  return `# ${t('Memeriksa standar kompetensi (*.skj.yaml) dan kamus pada setiap push dan pull request.', 'Checks the competency standards (*.skj.yaml) and kamus files on every push and pull request.')}
# ${t('Dibuat oleh `skj init --github`.', 'Written by `skj init --github`.')}
name: skj
on:
  push:
  pull_request:
permissions:
  contents: read
  security-events: write
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # ${t('skj dipasang dari package.json repositori ini (npm install --save-dev <paket skj>).', 'skj is installed from this repository\'s package.json (npm install --save-dev <the skj package>).')}
      - run: npm ci
      # ${t('Temuan sebagai anotasi pada berkas di pull request; gagal bila ada galat.', 'Findings as annotations on the files of the pull request; fails on errors.')}
      - name: skj check
        run: npx skj check --format github
      # ${t('Laporan SARIF untuk GitHub code scanning (bila tersedia untuk repositori ini).', 'SARIF report for GitHub code scanning (where available for this repository).')}
      - name: skj check (SARIF)
        if: always()
        run: npx skj check --format sarif -o skj.sarif || true
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        continue-on-error: true
        with:
          sarif_file: skj.sarif
`;
}

const HOOK_LINES = ['- id: skj', '  name: skj check', '  entry: npx skj check', '  language: system', "  files: '(\\.skj\\.ya?ml|\\.kamus\\.ya?ml|skj\\.config\\.ya?ml)$'", '  pass_filenames: false'];

function hookEntry(indent: string): string {
  return [`${indent}- repo: local`, `${indent}  hooks:`, ...HOOK_LINES.map((l) => `${indent}    ${l}`)].join('\n') + '\n';
}

/** .pre-commit-config.yaml with the skj hook: a new file, or the entry added to the `repos` list. */
function withPreCommitHook(existing: string | undefined): string | undefined {
  if (existing === undefined || !existing.trim()) return `repos:\n${hookEntry('  ')}`;
  if (/^\s*-?\s*id:\s*skj\s*$/m.test(existing)) return undefined;
  const keys = [...existing.matchAll(/^([^\s#-][^:\n]*):/gm)];
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  if (keys.length && keys[keys.length - 1][1] === 'repos' && !/^repos:\s*\[/m.test(existing)) {
    // `repos:` is the last key, a block list: the entry goes at the end with the list's indentation.
    const indent = /^([ \t]*)- /m.exec(existing.slice(keys[keys.length - 1].index))?.[1] ?? '  ';
    const base = existing.endsWith('\n') ? existing : existing + eol;
    return base + hookEntry(indent).replace(/\n/g, eol);
  }
  const doc = parseDocument(existing);
  const repos = doc.get('repos');
  const entry = doc.createNode({ repo: 'local', hooks: [{ id: 'skj', name: 'skj check', entry: 'npx skj check', language: 'system', files: '(\\.skj\\.ya?ml|\\.kamus\\.ya?ml|skj\\.config\\.ya?ml)$', pass_filenames: false }] });
  if (repos instanceof YAMLSeq) repos.add(entry);
  else doc.set('repos', doc.createNode([entry.toJSON()]));
  return doc.toString();
}

export const initCommand: Command = {
  name: 'init',
  summary: { id: 'menulis skj.config.yaml berkomentar (dan, bila diminta, alur kerja GitHub Actions dan hook pre-commit)', en: 'write a commented skj.config.yaml (and, on request, a GitHub Actions workflow and a pre-commit hook)' },
  usage: 'skj init [--github] [--pre-commit] [--force] [--locale id|en]',
  description: {
    id: 'Menulis di folder saat ini. Berkas yang sudah ada tidak ditimpa tanpa --force; hook pre-commit ditambahkan ke .pre-commit-config.yaml yang ada.',
    en: 'Writes into the current folder. Existing files are not overwritten without --force; the pre-commit hook is added to an existing .pre-commit-config.yaml.',
  },
  options: {
    github: { type: 'boolean', help: { id: 'tulis juga .github/workflows/skj.yml yang menjalankan skj check', en: 'also write .github/workflows/skj.yml, which runs skj check' } },
    'pre-commit': { type: 'boolean', help: { id: 'tambahkan hook skj check ke .pre-commit-config.yaml', en: 'add an skj check hook to .pre-commit-config.yaml' } },
    force: { type: 'boolean', help: { id: 'timpa berkas yang sudah ada', en: 'overwrite existing files' } },
    locale: LOCALE_OPTION,
  },
  maxPositionals: 0,
  run(a, io) {
    const locale = a.locale;
    const force = !!a.values.force;
    let failed = false;
    const write = (rel: string, text: string | undefined, existed: 'new' | 'overwrite' | 'update') => {
      const abs = path.join(io.cwd, rel);
      if (text === undefined) return io.out(tr(locale, `${rel} sudah memuat hook skj; tidak diubah.\n`, `${rel} already has the skj hook; left as it is.\n`));
      try {
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, text, 'utf8');
        const said = { new: tr(locale, 'ditulis', 'wrote'), overwrite: tr(locale, 'ditimpa', 'overwrote'), update: tr(locale, 'diperbarui', 'updated') }[existed];
        io.out(`${said} ${rel}\n`);
      } catch (e) {
        io.err(`skj: ${tr(locale, 'tidak dapat menulis', 'cannot write')} ${rel}: ${fsErrorText(locale, e)}\n`);
        failed = true;
      }
    };
    const fresh = (rel: string, text: string) => {
      const exists = fs.existsSync(path.join(io.cwd, rel));
      if (exists && !force) {
        io.err(`skj: ${tr(locale, `${rel} sudah ada; tidak ditimpa (pakai --force untuk menimpa)`, `${rel} already exists; not overwritten (use --force to overwrite)`)}\n`);
        failed = true;
        return;
      }
      write(rel, text, exists ? 'overwrite' : 'new');
    };
    const configName = ['skj.config.yaml', 'skj.config.yml'].find((n) => fs.existsSync(path.join(io.cwd, n)));
    if (configName && configName !== 'skj.config.yaml' && !force) {
      io.err(`skj: ${tr(locale, `${configName} sudah ada; tidak ditimpa (pakai --force untuk menimpa)`, `${configName} already exists; not overwritten (use --force to overwrite)`)}\n`);
      failed = true;
    } else fresh('skj.config.yaml', configTemplate(locale));
    if (a.values.github) fresh(path.join('.github', 'workflows', 'skj.yml'), workflowTemplate(locale));
    if (a.values['pre-commit']) {
      const rel = '.pre-commit-config.yaml';
      const abs = path.join(io.cwd, rel);
      const existing = fs.existsSync(abs) ? readTextSafe(abs, 1 << 20) : undefined;
      if (fs.existsSync(abs) && existing === undefined) {
        io.err(`skj: ${tr(locale, 'tidak dapat membaca', 'cannot read')} ${rel}\n`);
        return 1;
      }
      write(rel, withPreCommitHook(existing), existing !== undefined ? 'update' : 'new');
    }
    return failed ? 1 : 0;
  },
};
