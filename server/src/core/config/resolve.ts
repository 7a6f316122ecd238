/**
 * One configuration model for the editor and `skj check`: a file is judged by the nearest
 * `skj.config.yaml` in its folder or a parent folder, never above its workspace folder (the
 * editor) or its repository (the CLI: git root, else the outermost config). No file system here:
 * the caller passes how to read a config (the safe reader of server/src/fs/read.ts).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../types';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, LoadedConfig, parseConfig, SkjConfig } from './config';

/** How a config file is read: its text, undefined when there is none, or why it was refused. */
export type ConfigRead = { text: string } | { refused: string } | undefined;

export interface ResolvedConfig {
  /** The config file, if any. */
  file?: string;
  /** The folder its globs and ignore patterns are relative to (the root when there is no file). */
  dir: string;
  config: SkjConfig;
  /** Problems of the config file (rule `config`), or the refusal to read it. */
  findings: LoadedConfig['findings'];
  /** Set when a config file exists but was not read (a link out of the workspace, a FIFO, too large). */
  refused?: string;
}

/** True when `p` is `root` or lies below it. */
export function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The folders from `dir` up to `root` (both included), nearest first; [] when dir is outside root. */
export function foldersUpTo(dir: string, root: string): string[] {
  const out: string[] = [];
  let d = path.resolve(dir);
  const r = path.resolve(root);
  if (!isInside(d, r)) return out;
  for (;;) {
    out.push(d);
    if (d === r) return out;
    const up = path.dirname(d);
    if (up === d) return out;
    d = up;
  }
}

export class ConfigModel {
  private readonly byFile = new Map<string, ResolvedConfig>();
  private readonly byDir = new Map<string, string | null>();
  /** Increases whenever a config changes: analyses cached against it go stale. */
  version = 0;

  constructor(
    private readonly read: (file: string) => ConfigRead,
    private readonly knownRules: readonly string[],
    private readonly locale: () => Locale = () => 'id',
  ) {}

  /** The config file that governs `file` (nearest upward within `root`), or undefined. */
  configFileFor(file: string, root: string): string | undefined {
    for (const dir of foldersUpTo(path.dirname(file), root)) {
      const found = this.configIn(dir);
      if (found) return found;
    }
    return undefined;
  }

  /** The configuration `file` is judged by. */
  configFor(file: string, root: string): ResolvedConfig {
    const cfg = this.configFileFor(file, root);
    return cfg ? this.load(cfg) : { dir: path.resolve(root), config: DEFAULT_CONFIG, findings: [] };
  }

  /** The config file directly in `dir`, if there is one (cached). */
  configIn(dir: string): string | undefined {
    let hit = this.byDir.get(dir);
    if (hit === undefined) {
      hit = null;
      for (const name of CONFIG_FILE_NAMES) {
        const p = path.join(dir, name);
        if (this.load(p).file) {
          hit = p;
          break;
        }
      }
      this.byDir.set(dir, hit);
    }
    return hit ?? undefined;
  }

  /** Parses one config file (cached until forgotten). `file` undefined in the answer: there is none. */
  load(file: string): ResolvedConfig {
    let r = this.byFile.get(file);
    if (r) return r;
    const got = this.read(file);
    const dir = path.dirname(file);
    if (!got) r = { dir, config: DEFAULT_CONFIG, findings: [] };
    else if ('refused' in got) {
      const en = this.locale() === 'en';
      const message = en ? `skj.config.yaml was not applied: ${got.refused}` : `skj.config.yaml tidak diterapkan: ${got.refused}`;
      r = { file, dir, config: DEFAULT_CONFIG, refused: got.refused, findings: [{ rule: 'config', severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message }] };
    } else {
      const loaded = parseConfig(got.text, pathToFileURL(file).href, this.knownRules, this.locale());
      r = { file, dir, config: loaded.config, findings: loaded.findings };
    }
    this.byFile.set(file, r);
    return r;
  }

  /** Every config file loaded so far. */
  files(): ResolvedConfig[] {
    return [...this.byFile.values()].filter((r) => r.file);
  }

  /** Forget everything (a config was created, changed or deleted). */
  clear(): void {
    this.byFile.clear();
    this.byDir.clear();
    this.version++;
  }
}
