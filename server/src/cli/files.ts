import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileKindOf } from '../core/types';
import { globBase, globToRegExp, isGlob } from '../core/workspace/glob';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

export class UsageError extends Error {}

/** Every standard / kamus file under a folder (symlinked folders are not followed). */
export function walk(dir: string, out: string[] = []): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out);
    } else if (e.isFile()) {
      const kind = fileKindOf(e.name);
      if (kind === 'skj' || kind === 'kamus') out.push(p);
    }
  }
  return out;
}

/** Expands the command line's paths and globs into files. Unmatched arguments are a usage error. */
export function expandArgs(args: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const norm = arg.replace(/\\/g, '/');
    if (isGlob(norm)) {
      const base = path.resolve(cwd, globBase(norm));
      const re = globToRegExp(path.resolve(cwd, norm).replace(/\\/g, '/'));
      const found = walk(base).filter((f) => re.test(f.replace(/\\/g, '/')));
      if (found.length === 0) throw new UsageError(`no file matches ${arg}`);
      files.push(...found);
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
      const found = walk(abs);
      if (found.length === 0) throw new UsageError(`no *.skj.yaml or *.kamus.yaml file under ${arg}`);
      files.push(...found);
    } else files.push(abs);
  }
  return [...new Set(files)];
}

/** Nearest skj.config.yaml in `dir` or a parent folder. */
export function findConfig(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    for (const name of ['skj.config.yaml', 'skj.config.yml']) {
      const p = path.join(d, name);
      if (fs.existsSync(p)) return p;
    }
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}
