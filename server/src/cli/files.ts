/**
 * How `skj check` finds its files: the command line's paths and globs, walked with the walker the
 * editor uses (same skipped folders, same ignore files), and the repository each file belongs to
 * (its git root, else the folder of the outermost skj.config.yaml above it), whose kamus files the
 * editor would also see.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES } from '../core/config/config';
import { fileKindOf } from '../core/types';
import { compileGlob, GlobError, globBase, isGlob } from '../core/workspace/glob';
import { realPath } from '../fs/read';
import { walkFiles } from '../fs/walk';

export class UsageError extends Error {}

/** `skj check` reads files of any size up to this (a bound, so /dev/zero cannot fill memory). */
export const CLI_READ_LIMIT = 256 * 1024 * 1024;

export interface Input {
  file: string;
  /** The folder the file was found from: the folder argument, or the file's own folder. */
  from: string;
}

export interface Inputs {
  inputs: Input[];
  /** Folders (and files) that could not be read: exit code 2, each named. */
  unreadable: { file: string; error: string }[];
}

const isChecked = (f: string) => {
  const k = fileKindOf(f);
  return k === 'skj' || k === 'kamus';
};

/**
 * Expands the command line's paths and globs into files (folders walked, ignore files honoured
 * below the file's repository). Unmatched arguments are a usage error; unreadable folders are
 * returned, never skipped in silence.
 */
export function expandArgs(args: string[], cwd: string, ignoresIn: (dir: string) => string[]): Inputs {
  const out: Inputs = { inputs: [], unreadable: [] };
  const seen = new Set<string>();
  const add = (file: string, from: string) => {
    if (!seen.has(file)) (seen.add(file), out.inputs.push({ file, from }));
  };
  for (const arg of args) {
    const norm = arg.replace(/\\/g, '/');
    if (isGlob(norm)) {
      const base = path.resolve(cwd, globBase(norm));
      let glob;
      try {
        glob = compileGlob(path.resolve(cwd, norm).split(path.sep).join('/'));
      } catch (e) {
        throw new UsageError(`${arg}: ${e instanceof GlobError ? e.message : e}`);
      }
      const walked = walkFiles(base, { accept: (f) => isChecked(f) && glob.test(f.split(path.sep).join('/')), ignoresIn, ignoreRoot: repositoryOf(base) });
      for (const e of walked.errors) out.unreadable.push({ file: e.path, error: e.message });
      if (walked.files.length === 0 && walked.errors.length === 0) throw new UsageError(`no file matches ${arg}`);
      for (const f of walked.files) add(f, base);
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new UsageError(`cannot read ${arg}: no such file or folder`);
    }
    if (st.isDirectory()) {
      const walked = walkFiles(abs, { accept: isChecked, ignoresIn, ignoreRoot: repositoryOf(abs) });
      for (const e of walked.errors) out.unreadable.push({ file: e.path, error: e.message });
      if (walked.truncated) out.unreadable.push({ file: abs, error: 'too many files or folders nested too deep; check a smaller folder' });
      if (walked.files.length === 0 && walked.errors.length === 0) throw new UsageError(`no *.skj.yaml or *.kamus.yaml file under ${arg}`);
      for (const f of walked.files) add(f, abs);
    } else add(abs, path.dirname(abs));
  }
  return out;
}

/** The nearest folder at or above `dir` holding `.git`, if any. */
export function gitRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; ) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** The folder of the outermost skj.config.yaml at or above `dir`, if any. */
export function outermostConfigDir(dir: string): string | undefined {
  let found: string | undefined;
  for (let d = path.resolve(dir); ; ) {
    if (CONFIG_FILE_NAMES.some((n) => fs.existsSync(path.join(d, n)))) found = d;
    const up = path.dirname(d);
    if (up === d) return found;
    d = up;
  }
}

/** The repository `dir` belongs to: its git root, else the outermost config's folder (real paths). */
export function repositoryOf(dir: string): string | undefined {
  const r = gitRoot(dir) ?? outermostConfigDir(dir);
  return r ? (realPath(r) ?? r) : undefined;
}

/** Nearest skj.config.yaml in `dir` or a parent folder. */
export function findConfig(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = path.join(d, name);
      if (fs.existsSync(p)) return p;
    }
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}
