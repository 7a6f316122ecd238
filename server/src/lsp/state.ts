import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, analyze, AnalyzeOptions, analyzeParsed } from '../core/analyze';
import { DEFAULT_CONFIG, LoadedConfig, SkjConfig } from '../core/config/config';
import { firstLongLine } from '../core/text/line-length';
import { fileKindOf, Finding } from '../core/types';
import { KamusIndex } from '../core/workspace/kamus-index';
import { ReferenceIndex } from '../core/workspace/navigation';
import { IdleCollector } from './idle-gc';
import { loadWorkspaceConfig, WorkspaceFolders } from './workspace';

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
  config: SkjConfig = DEFAULT_CONFIG;
  configFile?: LoadedConfig & { uri: string };
  settings: Partial<SkjConfig> = {};
  /**
   * Limited mode for untrusted workspaces: nothing is read from disk (no skj.config.yaml, no
   * workspace scan); only the documents the user opens are checked.
   */
  trusted = true;
  private configVersion = 0;
  private readonly cache = new Map<string, CacheEntry>();
  /** Kamus files on disk that were too large to index, with their finding. */
  readonly skipped = new Map<string, Finding>();
  /** Returns memory to the system after bursts of work (see idle-gc.ts). */
  readonly idle = new IdleCollector();

  constructor(private readonly openText: (uri: string) => string | undefined) {}

  reloadConfig(): void {
    const { config, loaded } = loadWorkspaceConfig(this.trusted ? this.folders.roots : [], this.settings, this.openText);
    this.config = config;
    this.configFile = loaded;
    this.configVersion++;
  }

  private stamp(): string {
    return `${this.kamus.version}:${this.configVersion}`;
  }

  options(): AnalyzeOptions {
    return { config: this.config, kamus: this.kamus, locale: this.config.locale };
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
    const opts = { ...this.options(), kind: kind === 'kamus' ? ('kamus' as const) : ('skj' as const) };
    const overLimit = this.liveLimit(text);
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
    this.cache.set(doc.uri, { version: doc.version, text, stamp, findings: analysis.findings, analysis });
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
    if (this.liveLimit(text)) this.kamus.set(doc.uri, []);
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
    if (!this.trusted || !this.folders.contains(file)) {
      this.kamus.remove(uri);
      return;
    }
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      this.kamus.remove(uri);
      this.skipped.delete(uri);
      return;
    }
    let text = '';
    try {
      // A file over the size limit is not even read.
      if (!this.liveLimit('', size)) text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      this.kamus.remove(uri);
      return;
    }
    const overLimit = this.liveLimit(text, size);
    if (overLimit) {
      this.kamus.remove(uri);
      this.skipped.set(uri, overLimit);
      return;
    }
    this.skipped.delete(uri);
    this.kamus.setText(uri, text);
    this.idle.note(text.length);
  }

  /** (Re)reads a standard from disk into the reference index. */
  indexStandardFromDisk(file: string): void {
    const uri = pathToFileURL(file).href;
    try {
      if (!this.trusted || !this.folders.contains(file) || this.liveLimit('', fs.statSync(file).size)) return this.refs.remove(uri);
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      if (this.liveLimit(text)) return this.refs.remove(uri);
      this.refs.set(uri, text);
      this.idle.note(text.length);
    } catch {
      this.refs.remove(uri);
    }
  }

  /**
   * The finding for a text the server does not check live (over maxFileSize, or with a line over
   * maxLineLength), or undefined. `size` is the byte size when known before reading.
   */
  liveLimit(text: string, size = text.length): Finding | undefined {
    const { maxFileSize, maxLineLength, locale } = this.config;
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
