import type { Locale } from '../core/types';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, analyze, AnalyzeOptions, analyzeParsed } from '../core/analyze';
import { firstLongLine } from '../core/text/line-length';
import { DEFAULT_CONFIG, mergeConfig, SkjConfig } from '../core/config/config';
import { ConfigModel, ResolvedConfig } from '../core/config/resolve';
import { RULE_IDS } from '../core/rules';
import { readFileSafe, ReadResult, refusalText } from '../fs/read';
import { configReader } from '../fs/workspace-files';
import { fileKindOf, Finding } from '../core/types';
import { KamusIndex } from '../core/workspace/kamus-index';
import { ReferenceIndex } from '../core/workspace/navigation';
import { StandardsIndex, summarizeStandard, summarizeText } from '../core/workspace/standards-index';
import { IdleCollector } from './idle-gc';
import { settingsToConfig, WorkspaceFolders } from './workspace';

interface CacheEntry {
  version: number;
  /** The text analysed: a client may reopen a document with the same version and other text, or count back. */
  text: string;
  stamp: string;
  findings: Finding[];
  /** Dropped for documents not used recently (see touch). */
  analysis?: Analysis;
}

const MAX_FULL_ANALYSES = 24;

/**
 * Everything the server knows: configuration, the workspace's kamus index and one analysis per
 * open document version. Plain state; the LSP handlers in server.ts read and update it.
 */
export class ServerState {
  readonly folders = new WorkspaceFolders();
  readonly kamus = new KamusIndex();
  /** Technical-code references of every standard in the workspace (open documents win). */
  readonly refs = new ReferenceIndex();
  /** A summary of every standard in the workspace (cross-standard rules, the overview; open documents win). */
  readonly standards = new StandardsIndex();
  /** The config of the first workspace folder's root: for answers not about one file (locale). */
  config: SkjConfig = DEFAULT_CONFIG;
  /** The editor's skj.* settings, merged over every file's config. */
  settings: Partial<SkjConfig> = {};
  /** skj.diagnostics.scope: problems of every file of the workspace, or of the open ones only. */
  scope: 'open' | 'workspace' = 'workspace';
  /** The language the client asked for (initializationOptions.locale); settings and skj.config.yaml take precedence. */
  clientLocale: Locale = 'id';
  /**
   * Limited mode for untrusted workspaces: nothing is read from disk (no skj.config.yaml, no
   * workspace scan); only the documents the user opens are checked.
   */
  trusted = true;
  /** Every skj.config.yaml: the nearest one upward within its workspace folder judges a file. */
  readonly configs: ConfigModel = new ConfigModel(
    (file) => {
      const open = this.openText(pathToFileURL(file).href);
      if (open !== undefined) return { text: open };
      return this.trusted ? configReader(() => this.folders.roots)(file) : undefined;
    },
    RULE_IDS,
    () => this.settings.locale ?? this.clientLocale,
  );
  private readonly merged = new Map<ResolvedConfig, SkjConfig>();
  /** Findings on config files from the workspace scan (kamus globs leading outside the folders). */
  configGlobFindings = new Map<string, Finding[]>();
  private readonly cache = new Map<string, CacheEntry>();
  /** Kamus files on disk that were too large to index, with their finding. */
  readonly skipped = new Map<string, Finding>();
  /** Returns memory to the system after bursts of work (see idle-gc.ts). */
  readonly idle = new IdleCollector();

  constructor(readonly openText: (uri: string) => string | undefined) {}

  /** The editor's `skj` settings section (skj.diagnostics.scope apart from the config keys). */
  applySettings(s: unknown): void {
    const { diagnosticsScope, ...settings } = settingsToConfig(s);
    this.settings = settings;
    this.scope = diagnosticsScope ?? 'workspace';
  }

  /** A config changed (or the settings, or the folders): every file's config is looked up again. */
  reloadConfig(): void {
    this.configs.clear();
    this.merged.clear();
    const root = this.folders.roots[0];
    this.config = root ? this.configOf(pathToFileURL(`${root}/x.skj.yaml`).href) : mergeConfig({ ...DEFAULT_CONFIG, locale: this.clientLocale }, this.settings);
  }

  /** The config file that judges `uri` (nearest skj.config.yaml upward within its folder), resolved. */
  resolvedConfigOf(uri: string): ResolvedConfig | undefined {
    const file = this.fileOf(uri);
    const root = file && this.trusted ? this.folders.rootOf(file) : undefined;
    return file && root ? this.configs.configFor(file, root) : undefined;
  }

  /** The configuration `uri` is judged by, with the editor's settings over it. */
  configOf(uri: string): SkjConfig {
    const resolved = this.resolvedConfigOf(uri);
    if (!resolved) return mergeConfig({ ...DEFAULT_CONFIG, locale: this.clientLocale }, this.settings);
    let hit = this.merged.get(resolved);
    if (!hit) this.merged.set(resolved, (hit = mergeConfig(resolved.config, this.settings)));
    return hit;
  }

  /** Reads a workspace file through the safe layer: a regular file inside a folder, within the file's size limit. */
  readDisk(file: string): ReadResult {
    if (!this.trusted) return { ok: false, reason: 'outside', message: `${file}: untrusted workspace` };
    return readFileSafe(file, { limit: this.configOf(pathToFileURL(file).href).maxFileSize, roots: this.folders.roots });
  }

  /** The finding for a file the server refused to read (a link outside, a FIFO, too large). */
  refusalFinding(uri: string, r: Extract<ReadResult, { ok: false }>): Finding {
    const config = this.configOf(uri);
    return { rule: 'file-too-large', severity: 'warning', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: refusalText(r, config.maxFileSize, config.locale === 'en') };
  }

  /** What cached analyses depend on besides their text: the kamus, the configs, the other standards. */
  stamp(): string {
    return `${this.kamus.version}:${this.configs.version}:${this.standards.version}`;
  }

  options(uri: string): AnalyzeOptions {
    const config = this.configOf(uri);
    return { config, kamus: this.kamus, locale: config.locale, standards: this.standards };
  }

  /** The analysis of a document at its current version (cached). */
  analysisOf(doc: TextDocument): Analysis {
    const kind = fileKindOf(doc.uri);
    const parsedKamus = kind === 'kamus' ? this.updateKamusFromDocument(doc) : undefined;
    const hit = this.cache.get(doc.uri);
    const stamp = this.stamp();
    const text = doc.getText();
    if (hit?.analysis && hit.version === doc.version && hit.text === text && hit.stamp === stamp) {
      this.touch(doc.uri);
      return hit.analysis;
    }
    let analysis: Analysis;
    const opts = { ...this.options(doc.uri), kind: kind === 'kamus' ? ('kamus' as const) : ('skj' as const) };
    const overLimit = this.liveLimit(text, text.length, opts.config!);
    if (overLimit) {
      analysis = analyze(doc.uri, '', opts);
      analysis.findings = [overLimit];
    } else if (parsedKamus) {
      // The index just parsed this kamus text: check that parse instead of parsing again.
      analysis = analyzeParsed(parsedKamus.file, opts, { kamus: parsedKamus.model });
      this.kamusParse.delete(doc.uri);
    } else {
      analysis = analyze(doc.uri, text, opts);
    }
    // The open document's summary replaces the one read from disk; a file is never compared
    // with itself, so its own findings stay current when the summary changes (stamp after).
    if (analysis.skj && doc.uri.startsWith('file:')) this.standards.set(summarizeStandard(analysis.file, analysis.skj));
    this.cache.set(doc.uri, { version: doc.version, text, stamp: this.stamp(), findings: analysis.findings, analysis });
    this.touch(doc.uri);
    this.idle.note(text.length);
    return analysis;
  }

  /** Findings of a document at its current version: from the cache when they are current. */
  findingsOf(doc: TextDocument): Finding[] {
    const hit = this.cache.get(doc.uri);
    const text = doc.getText();
    if (hit && hit.version === doc.version && hit.text === text && hit.stamp === this.stamp() && (fileKindOf(doc.uri) !== 'kamus' || this.indexed.get(doc.uri) === text)) return hit.findings;
    return this.analysisOf(doc).findings;
  }

  /**
   * Full analyses (YAML tree, model) are kept for the most recently used documents only; the rest
   * keep their findings. A workspace of a thousand open standards stays small.
   */
  private touch(uri: string): void {
    this.recent.delete(uri);
    this.recent.add(uri);
    while (this.recent.size > MAX_FULL_ANALYSES) {
      const oldest = this.recent.values().next().value as string;
      this.recent.delete(oldest);
      const e = this.cache.get(oldest);
      if (e) e.analysis = undefined;
    }
  }
  private readonly recent = new Set<string>();

  /** An open kamus document's text is what the index holds, saved or not. Returns a fresh parse. */
  updateKamusFromDocument(doc: TextDocument): ReturnType<KamusIndex['setText']> | undefined {
    const text = doc.getText();
    if (this.indexed.get(doc.uri) === text) {
      const last = this.kamusParse.get(doc.uri);
      return last?.text === text ? last.parsed : undefined;
    }
    this.kamusParse.delete(doc.uri);
    if (this.liveLimit(text, text.length, this.configOf(doc.uri))) this.kamus.set(doc.uri, []);
    else {
      const parsed = this.kamus.setText(doc.uri, text);
      // Kept until the diagnostics of this version are computed: the kamus is parsed once per edit.
      this.kamusParse.set(doc.uri, { text, parsed });
    }
    this.indexed.set(doc.uri, text);
    return this.kamusParse.get(doc.uri)?.parsed;
  }
  /** The text of each open kamus document the index holds (compared by text, not version: see CacheEntry). */
  private readonly indexed = new Map<string, string>();
  private readonly kamusParse = new Map<string, { text: string; parsed: ReturnType<KamusIndex['setText']> }>();

  /** (Re)reads a kamus file from disk into the index; removes it when gone or not readable. */
  indexKamusFromDisk(file: string): void {
    const uri = pathToFileURL(file).href;
    this.indexed.delete(uri);
    this.kamusParse.delete(uri);
    const r = this.readDisk(file);
    if (!r.ok) {
      this.kamus.remove(uri);
      if (r.reason === 'missing' || !this.trusted) this.skipped.delete(uri);
      else this.skipped.set(uri, this.refusalFinding(uri, r));
      return;
    }
    const overLimit = this.liveLimit(r.text, r.bytes.length, this.configOf(uri));
    if (overLimit) {
      this.kamus.remove(uri);
      this.skipped.set(uri, overLimit);
      return;
    }
    this.skipped.delete(uri);
    this.kamus.setText(uri, r.text);
    this.idle.note(r.text.length);
  }

  /** (Re)reads a standard from disk into the reference index; returns its text when read. */
  indexStandardFromDisk(file: string): string | undefined {
    const uri = pathToFileURL(file).href;
    const r = this.readDisk(file);
    if (!r.ok || this.liveLimit(r.text, r.bytes.length, this.configOf(uri))) {
      this.removeStandard(uri);
      return undefined;
    }
    this.refs.set(uri, r.text);
    this.standards.set(summarizeText(uri, r.text));
    this.idle.note(r.text.length);
    return r.text;
  }

  /** Reads a standard's summary from disk into the standards index (before the scan checks it). */
  summarizeFromDisk(file: string): void {
    const uri = pathToFileURL(file).href;
    const r = this.readDisk(file);
    if (!r.ok || this.liveLimit(r.text, r.bytes.length, this.configOf(uri))) this.standards.remove(uri);
    else this.standards.set(summarizeText(uri, r.text));
  }

    /** A standard gone from the workspace (deleted, unreadable, over the limits). */
  removeStandard(uri: string): void {
    this.refs.remove(uri);
    this.standards.remove(uri);
  }

  /**
   * The finding for a text the server does not check live (over maxFileSize, or with a line over
   * maxLineLength), or undefined. `size` is the byte size when known before reading.
   */
  liveLimit(text: string, size: number, config: SkjConfig): Finding | undefined {
    const { maxFileSize, maxLineLength, locale } = config;
    const en = locale === 'en';
    const skip = (line: number, id: string, english: string): Finding => ({
      rule: 'file-too-large',
      severity: 'warning',
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      message: en ? english : id,
    });
    if (size > maxFileSize) {
      const sizes = `(${mb(size)} > ${mb(maxFileSize)})`;
      return skip(0, `Berkas terlalu besar untuk pemeriksaan langsung ${sizes}; jalankan skj check.`, `File too large for live checking ${sizes}; run skj check.`);
    }
    const long = firstLongLine(text, maxLineLength);
    if (long) {
      const sizes = `(${kb(long.length)} > ${kb(maxLineLength)})`;
      return skip(long.line, `Baris ${long.line + 1} terlalu panjang untuk pemeriksaan langsung ${sizes}; jalankan skj check.`, `Line ${long.line + 1} is too long for live checking ${sizes}; run skj check.`);
    }
    return undefined;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.recent.delete(uri);
    this.indexed.delete(uri);
    this.kamusParse.delete(uri);
  }

  /** A workspace file's text from disk through the same safe reader and limits as the index (for rename), or undefined. */
  workspaceText(uri: string): string | undefined {
    const file = this.fileOf(uri);
    if (!file) return undefined;
    const r = this.readDisk(file);
    return r.ok && !this.liveLimit(r.text, r.bytes.length, this.configOf(uri)) ? r.text : undefined;
  }

  fileOf(uri: string): string | undefined {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
      return undefined;
    }
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n >= 1024 * 1024 ? 0 : 1)} MB`;
const kb = (n: number) => (n >= 1024 * 1024 ? mb(n) : `${Math.round(n / 1024)} KB`);
