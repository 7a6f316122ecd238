/**
 * The one file walker of the server and the CLI. It skips the same folders for both (names
 * starting with a dot, node_modules), honours `.skjignore` files and the `ignore:` list of
 * `skj.config.yaml` (gitignore syntax, via the `ignore` package, relative to the folder holding
 * them), never walks into linked folders, is bounded in entries and depth, and reports every folder
 * it could not read instead of passing over it in silence.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { Ignore } from 'ignore';
import { foldersUpTo } from '../core/config/resolve';

/** Folders neither the editor nor the CLI walks into (besides those whose name starts with a dot). */
export const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface WalkOptions {
  /** Which files to return (by absolute path). */
  accept: (file: string) => boolean;
  /** gitignore-style patterns that apply below `dir` (from `.skjignore`, the config's `ignore:`). */
  ignoresIn?: (dir: string) => string[];
  /** Ignore files in these folders above the start apply too (the workspace root, up to the start). */
  ignoreRoot?: string;
  maxEntries?: number;
  maxDepth?: number;
}

export interface WalkResult {
  files: string[];
  /** Folders that could not be read, with why. */
  errors: { path: string; message: string }[];
  /** True when maxEntries or maxDepth cut the walk short. */
  truncated: boolean;
}

type Layer = { dir: string; ig: Ignore };

/** The ignore layers from `root` down to `dir` (both included). */
function layersFor(dir: string, root: string | undefined, ignoresIn: WalkOptions['ignoresIn']): Layer[] {
  if (!ignoresIn) return [];
  const dirs = root ? foldersUpTo(dir, root).reverse() : [dir];
  const out: Layer[] = [];
  for (const d of dirs.length ? dirs : [dir]) {
    const patterns = ignoresIn(d);
    if (patterns.length) out.push({ dir: d, ig: ignore().add(patterns) });
  }
  return out;
}

/** True when `p` (a file, or a folder when `isDir`) is ignored by one of the layers. */
export function ignoredBy(layers: readonly Layer[], p: string, isDir: boolean): boolean {
  for (const l of layers) {
    const rel = path.relative(l.dir, p).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (l.ig.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

/** Walks `start` (sorted by name, depth first). */
export function walkFiles(start: string, opts: WalkOptions): WalkResult {
  const result: WalkResult = { files: [], errors: [], truncated: false };
  const maxEntries = opts.maxEntries ?? 20000;
  const maxDepth = opts.maxDepth ?? 30;
  let seen = 0;
  // A folder named explicitly inside an ignored folder is walked: the ignore files above it
  // then do not apply (its own and those below it still do).
  let base = layersFor(start, opts.ignoreRoot, opts.ignoresIn);
  if (ignoredBy(base, start, true)) base = base.filter((l) => l.dir === start);
  const walk = (dir: string, depth: number, layers: Layer[]): void => {
    if (depth > maxDepth) {
      result.truncated = true;
      return;
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      result.errors.push({ path: dir, message: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((e as Error).message ?? String(code)) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (++seen > maxEntries) {
        result.truncated = true;
        return;
      }
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (SKIPPED_FOLDERS.has(e.name) || ignoredBy(layers, p, true)) continue;
        const own = opts.ignoresIn?.(p) ?? [];
        walk(p, depth + 1, own.length ? [...layers, { dir: p, ig: ignore().add(own) }] : layers);
      } else if ((e.isFile() || e.isSymbolicLink()) && opts.accept(p) && !ignoredBy(layers, p, false)) result.files.push(p);
      // Links to folders are not followed; a link to a file is listed and left to the safe
      // reader (fs/read.ts), which refuses it when it leads outside or to a FIFO or device.
      // FIFOs, sockets and devices themselves are not listed.
    }
  };
  walk(start, 0, base);
  return result;
}
