/**
 * The problems of the workspace's files that are not open (LSP 3.17 workspace diagnostics, or
 * pushed for clients without pull). One entry per file on disk: its findings as diagnostics and a
 * result id (a hash of them), so a file whose findings did not change is reported `unchanged`.
 * An entry goes stale when the file changes on disk, when its config changes, or when a kamus
 * code it uses is defined anew (KamusIndex.codeVersion); only stale entries are checked again.
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { analyze } from '../core/analyze';
import { fileKindOf, Finding } from '../core/types';
import type { ServerState } from './state';

interface Entry {
  file: string;
  /** mtime:size of the file when checked. */
  disk: string;
  /** Config version when checked. */
  configVersion: number;
  /** Technical codes the standard uses, or 'all' (a kamus file, or a code not defined: suggestions). */
  codes: string[] | 'all';
  /** Kamus index version when checked. */
  kamusVersion: number;
  diagnostics: Diagnostic[];
  resultId: string;
}

export class ClosedFiles {
  /** uri → path of every standard and kamus file found on disk. */
  readonly files = new Map<string, string>();
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly state: ServerState,
    private readonly toDiagnostic: (f: Finding) => Diagnostic,
  ) {}

  setFiles(paths: string[]): void {
    this.files.clear();
    for (const p of paths) this.files.set(pathToFileURL(p).href, p);
    for (const uri of [...this.entries.keys()]) if (!this.files.has(uri)) this.entries.delete(uri);
  }

  add(file: string): void {
    this.files.set(pathToFileURL(file).href, file);
  }

  remove(uri: string): void {
    this.files.delete(uri);
    this.entries.delete(uri);
  }

  /** True when the file's entry is missing or stale. */
  isStale(uri: string): boolean {
    const e = this.entries.get(uri);
    return !e || !this.current(e, diskStamp(e.file));
  }

  /** The file's current report (checked again only when stale). `text` when the caller just read it. */
  report(uri: string, text?: string): { diagnostics: Diagnostic[]; resultId: string } | undefined {
    const file = this.files.get(uri);
    if (!file) return undefined;
    const disk = diskStamp(file);
    const e = this.entries.get(uri);
    if (e && this.current(e, disk)) return e;
    if (disk === undefined) {
      this.remove(uri);
      return undefined;
    }
    const entry = this.check(uri, file, disk, text);
    this.entries.set(uri, entry);
    return entry;
  }

  private current(e: Entry, disk: string | undefined): boolean {
    if (e.disk !== disk || e.configVersion !== this.state.configs.version) return false;
    if (e.kamusVersion === this.state.kamus.version) return true;
    if (e.codes === 'all') return false;
    return e.codes.every((c) => this.state.kamus.codeVersion(c) <= e.kamusVersion);
  }

  private check(uri: string, file: string, disk: string, text?: string): Entry {
    const state = this.state;
    const kind = fileKindOf(file) === 'kamus' ? 'kamus' : 'skj';
    const base = { file, disk, configVersion: state.configs.version, kamusVersion: state.kamus.version };
    let findings: Finding[] | undefined;
    let codes: Entry['codes'] = 'all';
    if (fileKindOf(file) === 'config') {
      // Its problems as the config model read it (refused, or its parse findings and globs).
      const loaded = state.configs.load(file);
      findings = [...loaded.findings, ...(state.configGlobFindings.get(file) ?? [])];
      text = undefined;
    } else if (text === undefined) {
      const r = state.readDisk(file);
      if (!r.ok) findings = [state.refusalFinding(uri, r)];
      else text = r.text;
    }
    if (text !== undefined && findings === undefined) {
      const opts = state.options(uri);
      const over = state.liveLimit(text, text.length, opts.config!);
      if (over) findings = [over];
      else {
        const analysis = analyze(uri, text, { ...opts, kind });
        findings = analysis.findings;
        if (kind === 'skj') {
          const items = analysis.skj?.sections.teknis?.items ?? [];
          const used = items.flatMap((i) => (i.kode?.text ? [i.kode.text.trim()] : []));
          codes = used.every((c) => state.kamus.get(c)) ? used : 'all';
          // The reference index takes them from this parse (no second parse of the standard).
          const refs = items.flatMap((i) => (i.kode?.node && i.kode.text ? [{ kode: i.kode.text.trim(), range: i.kode.valueRange }] : []));
          if (!this.state.openText(uri)) state.refs.setLazy(uri, () => refs);
        }
      }
    }
    const diagnostics = (findings ?? []).map(this.toDiagnostic);
    return { ...base, codes, diagnostics, resultId: hashOf(diagnostics) };
  }

  /** Uris with a report (checked at least once). */
  checked(): string[] {
    return [...this.entries.keys()];
  }
}

function diskStamp(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return undefined;
  }
}

/** A result id: FNV-1a over the diagnostics' JSON, with its length. */
function hashOf(diagnostics: Diagnostic[]): string {
  const s = JSON.stringify(diagnostics);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}-${s.length.toString(36)}`;
}
