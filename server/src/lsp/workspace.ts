import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SkjConfig } from '../core/config/config';
import type { ConfigModel } from '../core/config/resolve';
import type { Locale } from '../core/types';
import { insideRoots, realPath } from '../fs/read';
import { discoverWorkspace, ignoresIn, WorkspaceFiles } from '../fs/workspace-files';

/** Workspace folders on disk, and what may be read from them: nothing outside, no symlinks leaving them. */
export class WorkspaceFolders {
  roots: string[] = [];

  setFromUris(uris: string[]): void {
    this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => fs.realpathSync.native(fileURLToPath(u)));
  }

  /** True when `file` (after resolving symlinks) lies inside a workspace folder. */
  contains(file: string): boolean {
    const real = realPath(file);
    return real !== undefined && insideRoots(real, this.roots);
  }

  /** The workspace folder `file` belongs to (the innermost, for nested folders), by its path as given. */
  rootOf(file: string): string | undefined {
    const real = realPath(path.dirname(file)) ?? path.dirname(file);
    let best: string | undefined;
    for (const r of this.roots) if (insideRoots(real, [r]) && (!best || r.length > best.length)) best = r;
    return best;
  }

  /**
   * Every standard, kamus and config file of every folder (walk.ts: dot-folders and node_modules
   * skipped, ignore files honoured, symlinks not followed, bounded), with the kamus files the
   * configs' globs name — outside its folder only when the path stays inside some workspace folder.
   */
  scan(configs: ConfigModel, locale: Locale, maxEntries = 20000): WorkspaceFiles {
    const all: WorkspaceFiles = { standards: [], kamus: [], configs: [], errors: [], truncated: false, configFindings: new Map() };
    const ignores = ignoresIn(configs, () => this.roots);
    for (const r of this.roots) {
      const ws = discoverWorkspace(r, { configs, ignoresIn: ignores, globRoots: this.roots, locale, maxEntries });
      all.standards.push(...ws.standards);
      all.kamus.push(...ws.kamus.filter((k) => !all.kamus.includes(k)));
      all.configs.push(...ws.configs);
      all.errors.push(...ws.errors);
      all.truncated ||= ws.truncated;
      for (const [k, v] of ws.configFindings) all.configFindings.set(k, v);
    }
    return all;
  }
}

/** The editor's `skj.*` settings as a partial config. Unknown shapes are ignored. */
export function settingsToConfig(s: unknown): Partial<SkjConfig> & { diagnosticsScope?: 'open' | 'workspace' } {
  const out: Partial<SkjConfig> & { diagnosticsScope?: 'open' | 'workspace' } = {};
  if (!s || typeof s !== 'object') return out;
  const o = s as Record<string, unknown>;
  const scope = (o.diagnostics as { scope?: unknown } | undefined)?.scope;
  if (scope === 'open' || scope === 'workspace') out.diagnosticsScope = scope;
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
