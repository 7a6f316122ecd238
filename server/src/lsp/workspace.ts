import type { Locale } from '../core/types';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, LoadedConfig, mergeConfig, parseConfig, SkjConfig } from '../core/config/config';
import { RULE_IDS } from '../core/rules';
import { fileKindOf } from '../core/types';
import { globToRegExp } from '../core/workspace/glob';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

/** Workspace folders on disk, and what may be read from them: nothing outside, no symlinks leaving them. */
export class WorkspaceFolders {
  roots: string[] = [];

  setFromUris(uris: string[]): void {
    this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => fs.realpathSync.native(fileURLToPath(u)));
  }

  /** True when `file` (after resolving symlinks) lies inside a workspace folder. */
  contains(file: string): boolean {
    let real: string;
    try {
      real = fs.realpathSync.native(file);
    } catch {
      return false;
    }
    return this.roots.some((r) => real === r || real.startsWith(r + path.sep));
  }

  /** Kamus files (and config files) under the roots, depth-first, bounded by `limit` files. */
  async scan(kind: 'kamus' | 'config' | 'skj', limit = 20000, extraGlobs: string[] = [], globBase?: string): Promise<string[]> {
    const out: string[] = [];
    const extra = extraGlobs.map((g) => globToRegExp(path.resolve(globBase ?? this.roots[0] ?? '.', g).replace(/\\/g, '/')));
    let seen = 0;
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > 30 || seen > limit) return;
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (++seen > limit) return;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(p, depth + 1);
        } else if (e.isFile()) {
          const k = fileKindOf(e.name);
          if (k === kind || (kind === 'kamus' && extra.some((re) => re.test(p.replace(/\\/g, '/'))))) out.push(p);
        }
        // symlinks (e.isSymbolicLink()) are not followed
      }
    };
    for (const r of this.roots) await walk(r, 0);
    return out;
  }
}

/** Reads `skj.config.yaml` at the first workspace root (if any) and merges editor settings over it. */
export function loadWorkspaceConfig(
  roots: string[],
  settings: Partial<SkjConfig> | undefined,
  openText?: (uri: string) => string | undefined,
  /** The client's language (initializationOptions.locale), used when neither the settings nor the file set one. */
  clientLocale: Locale = 'id',
): { config: SkjConfig; loaded?: LoadedConfig & { uri: string } } {
  for (const root of roots) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = path.join(root, name);
      const uri = pathToFileURL(p).href;
      let text = openText?.(uri);
      if (text === undefined) {
        try {
          text = fs.readFileSync(p, 'utf8');
        } catch {
          continue;
        }
      }
      const loaded = parseConfig(text, uri, RULE_IDS, settings?.locale ?? clientLocale);
      return { config: mergeConfig(loaded.config, settings), loaded: { ...loaded, uri } };
    }
  }
  return { config: mergeConfig({ ...DEFAULT_CONFIG, locale: clientLocale }, settings) };
}

/** The editor's `skj.*` settings as a partial config. Unknown shapes are ignored. */
export function settingsToConfig(s: unknown): Partial<SkjConfig> {
  const out: Partial<SkjConfig> = {};
  if (!s || typeof s !== 'object') return out;
  const o = s as Record<string, unknown>;
  if (o.locale === 'id' || o.locale === 'en') out.locale = o.locale;
  if (o.rules && typeof o.rules === 'object') {
    const rules: SkjConfig['rules'] = {};
    for (const [k, v] of Object.entries(o.rules as Record<string, unknown>))
      if (typeof v === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(v)) rules[k] = v as SkjConfig['rules'][string];
    out.rules = rules;
  }
  if (o.tierLevels && typeof o.tierLevels === 'object') {
    const t: Record<string, number> = {};
    for (const [k, v] of Object.entries(o.tierLevels as Record<string, unknown>)) if (typeof v === 'number' && v >= 1 && v <= 5) t[k] = Math.round(v);
    out.tierLevels = t;
  }
  const inlay = (o.inlayHints as { enabled?: unknown } | undefined)?.enabled;
  if (typeof inlay === 'boolean') out.inlayHints = inlay;
  if (typeof o.maxFileSize === 'number' && o.maxFileSize > 0) out.maxFileSize = o.maxFileSize;
  if (typeof o.maxLineLength === 'number' && o.maxLineLength > 0) out.maxLineLength = o.maxLineLength;
  return out;
}
