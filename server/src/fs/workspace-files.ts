/**
 * What the server and the CLI read of a workspace, found the same way by both: every standard,
 * kamus and config file under a root (walk.ts), plus the kamus files the configs' `kamus:` globs
 * name (relative to their config, confined to the allowed folders), with the same ignore rules.
 */
import * as path from 'node:path';
import type { Finding, Locale } from '../core/types';
import { fileKindOf } from '../core/types';
import { ConfigModel, ConfigRead, ResolvedConfig } from '../core/config/resolve';
import { compileGlob, globBase, isGlob } from '../core/workspace/glob';
import { insideRoots, readFileSafe, realPath } from './read';
import { walkFiles, WalkResult } from './walk';

/** Config and .skjignore files are small; anything larger is refused, not read. */
export const SMALL_FILE_LIMIT = 1024 * 1024;

/** The config reader for ConfigModel: safe, bounded, optionally confined to `roots`. */
export function configReader(roots?: () => readonly string[]): (file: string) => ConfigRead {
  return (file) => {
    const r = readFileSafe(file, { limit: SMALL_FILE_LIMIT, roots: roots?.() });
    if (r.ok) return { text: r.text };
    if (r.reason === 'missing') return undefined;
    return { refused: r.message };
  };
}

/** The gitignore-style patterns that apply below `dir`: its `.skjignore` and its config's `ignore:`. */
export function ignoresIn(configs: ConfigModel, roots?: () => readonly string[]): (dir: string) => string[] {
  const cache = new Map<string, string[]>();
  return (dir) => {
    let hit = cache.get(dir);
    if (!hit) {
      hit = [];
      const f = readFileSafe(path.join(dir, '.skjignore'), { limit: SMALL_FILE_LIMIT, roots: roots?.() });
      if (f.ok) hit.push(...f.text.split(/\r\n|\r|\n/));
      const cfg = configs.configIn(dir);
      if (cfg) hit.push(...configs.load(cfg).config.ignore);
      cache.set(dir, hit);
    }
    return hit;
  };
}

export interface WorkspaceFiles {
  standards: string[];
  kamus: string[];
  configs: string[];
  errors: WalkResult['errors'];
  truncated: boolean;
  /** Findings on config files whose kamus globs were not followed (leading outside). */
  configFindings: Map<string, Finding[]>;
}

export interface DiscoverOptions {
  configs: ConfigModel;
  ignoresIn: (dir: string) => string[];
  /** Real folders config globs may reach; 'any' (the CLI's --allow-outside) for no bound. */
  globRoots: readonly string[] | 'any';
  locale: Locale;
  maxEntries?: number;
}

/** Every standard, kamus and config file under `root`, and the kamus files its configs' globs name. */
export function discoverWorkspace(root: string, opts: DiscoverOptions): WorkspaceFiles {
  const walked = walkFiles(root, { accept: (f) => fileKindOf(f) !== undefined, ignoresIn: opts.ignoresIn, ignoreRoot: root, maxEntries: opts.maxEntries });
  const out: WorkspaceFiles = { standards: [], kamus: [], configs: [], errors: walked.errors, truncated: walked.truncated, configFindings: new Map() };
  for (const f of walked.files) {
    const kind = fileKindOf(f);
    if (kind === 'skj') out.standards.push(f);
    else if (kind === 'kamus') out.kamus.push(f);
    else if (kind === 'config') out.configs.push(f);
  }
  const kamus = new Set(out.kamus);
  for (const c of out.configs) {
    const resolved = opts.configs.load(c);
    const got = kamusFromGlobs(resolved, opts);
    for (const f of got.files) if (!kamus.has(f)) (kamus.add(f), out.kamus.push(f));
    out.errors.push(...got.errors);
    if (got.findings.length) out.configFindings.set(c, got.findings);
  }
  return out;
}

/** The files a config's `kamus:` globs name, each glob confined to `opts.globRoots`. */
export function kamusFromGlobs(resolved: ResolvedConfig, opts: DiscoverOptions): { files: string[]; errors: WalkResult['errors']; findings: Finding[] } {
  const files: string[] = [];
  const errors: WalkResult['errors'] = [];
  const findings: Finding[] = [];
  const en = opts.locale === 'en';
  for (const g of resolved.config.kamus) {
    const norm = g.replace(/\\/g, '/');
    const abs = path.resolve(resolved.dir, norm).split(path.sep).join('/');
    const base = path.resolve(resolved.dir, isGlob(norm) ? globBase(norm) : path.dirname(norm));
    const realBase = realPath(base) ?? base;
    if (opts.globRoots !== 'any' && !insideRoots(realBase, opts.globRoots)) {
      findings.push({
        rule: 'config',
        severity: 'warning',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: en
          ? `The kamus pattern "${g.slice(0, 80)}" leads outside the workspace folder (${base}); it was not followed.`
          : `Pola kamus "${g.slice(0, 80)}" mengarah ke luar folder kerja (${base}); pola ini tidak diikuti.`,
      });
      continue;
    }
    let glob;
    try {
      glob = compileGlob(abs);
    } catch {
      continue; // reported by parseConfig
    }
    const walked = walkFiles(base, {
      accept: (f) => fileKindOf(f) !== 'skj' && fileKindOf(f) !== 'config' && glob.test(f.split(path.sep).join('/')),
      ignoresIn: opts.ignoresIn,
      maxEntries: opts.maxEntries,
    });
    files.push(...walked.files);
    errors.push(...walked.errors.filter((e) => e.path !== base || !/no such file|ENOENT/.test(e.message)));
  }
  return { files, errors, findings };
}
