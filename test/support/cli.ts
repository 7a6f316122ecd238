import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './paths';

export const CLI = path.join(repoRoot(), 'dist', 'cli.js');
export const SERVER = path.join(repoRoot(), 'dist', 'server.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `dist/cli.js` as a user would: a subprocess with its own working folder, standard
 * input and environment. LANG and colour variables are cleared unless `env` sets them.
 */
export function skj(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; bin?: string } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'NO_COLOR', 'SKJ_THREADS']) delete env[k];
  Object.assign(env, opts.env);
  const r = spawnSync(process.execPath, [opts.bin ?? CLI, ...args], { cwd: opts.cwd ?? repoRoot(), input: opts.input ?? '', encoding: 'utf8', env, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder holding `files` (name → text). */
export function tempDir(files: Record<string, string> = {}, prefix = 'skj-cli-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export function example(name: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'examples', name), 'utf8');
}

/** Errors, warnings and other findings `skj check --format json` reports for `args` (what the summary must say). */
export function countsOf(args: string[], cwd: string): { errors: number; warnings: number; other: number; total: number } {
  const list = JSON.parse(skj(['check', ...args, '--format', 'json'], { cwd }).stdout) as { severity: string }[];
  const errors = list.filter((f) => f.severity === 'error').length;
  const warnings = list.filter((f) => f.severity === 'warning').length;
  return { errors, warnings, other: list.length - errors - warnings, total: list.length };
}

/**
 * `skj ARGS…` in this process, through the command table (parsing, help, usage errors) as the
 * CLI runs it; what it prints is collected. No LANG: messages are Indonesian unless --locale says.
 */
export async function skjMain(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require('../../server/src/cli/main') as typeof import('../../server/src/cli/main');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), cwd, env: {}, isTTY: false });
  return { code, out: out.join(''), err: err.join('') };
}
