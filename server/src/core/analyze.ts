import { DEFAULT_CONFIG, SkjConfig } from './config/config';
import { builtinDictionary } from './dictionary/builtin';
import { DictionaryLookup, LayeredDictionary } from './dictionary/model';
import { buildKamusModel, KamusModel } from './model/kamus-model';
import { buildSkjModel, SkjModel } from './model/skj-model';
import type { ChunkCache } from './parse/chunks';
import { parseFile, ParsedFile } from './parse/parsed-file';
import { RULES } from './rules';
import type { RuleContext, WorkspaceView } from './rules/rule';
import { findSuppressions, isSuppressed, Suppressions } from './suppress';
import { comparePositions, FileKind, fileKindOf, Finding, Locale } from './types';
import type { KamusIndex } from './workspace/kamus-index';
import type { StandardsView } from './workspace/standards-index';

export interface AnalyzeOptions {
  config?: SkjConfig;
  /** The workspace's kamus files; technical rules look codes up here. */
  kamus?: KamusIndex;
  locale?: Locale;
  /** Overrides the kind derived from the file name. */
  kind?: FileKind;
  /** The chunk cache the parse uses (default: the thread's shared one; null: parse whole). */
  chunks?: ChunkCache | null;
  /** The workspace's standards, for the cross-standard rules (duplicate-job-code, …). */
  standards?: StandardsView;
}

export interface Analysis {
  file: ParsedFile;
  skj?: SkjModel;
  kamus?: KamusModel;
  findings: Finding[];
  /** The file's `skj-disable` comments (its findings are already filtered by them). */
  suppressions: Suppressions;
}

/** The dictionary a standard is checked against: built-in first, then the workspace's kamus files. */
export function dictionaryFor(kamus?: KamusIndex): DictionaryLookup {
  return kamus ? new LayeredDictionary([builtinDictionary(), kamus]) : builtinDictionary();
}

/** Parses and checks one file. Pure: no I/O. Never throws on any input. */
export function analyze(uri: string, text: string, opts: AnalyzeOptions = {}): Analysis {
  const kind = opts.kind ?? fileKindOf(uri) ?? 'skj';
  const file = parseFile(uri, kind, text, { chunks: opts.chunks });
  return analyzeParsed(file, opts);
}

export function analyzeParsed(file: ParsedFile, opts: AnalyzeOptions = {}, models?: { skj?: SkjModel; kamus?: KamusModel }): Analysis {
  const config = opts.config ?? DEFAULT_CONFIG;
  const locale = opts.locale ?? config.locale;
  const analysis: Analysis = { file, findings: [], suppressions: findSuppressions(file) };
  if (file.kind === 'skj') analysis.skj = models?.skj ?? buildSkjModel(file);
  if (file.kind === 'kamus') analysis.kamus = models?.kamus ?? buildKamusModel(file);
  const workspace: WorkspaceView | undefined = opts.kamus;
  const dictionary = dictionaryFor(opts.kamus);

  for (const rule of RULES) {
    if (!rule.appliesTo.includes(file.kind)) continue;
    const setting = config.rules[rule.id];
    if (setting === 'off') continue;
    const severity = setting ?? rule.defaultSeverity;
    const ctx: RuleContext = {
      file,
      skj: analysis.skj,
      kamus: analysis.kamus,
      dictionary,
      config,
      locale,
      workspace,
      standards: opts.standards,
      findings: analysis.findings,
      suppressions: analysis.suppressions,
      report: (f) => analysis.findings.push({ rule: rule.id, severity, ...f }),
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule bug must never take the file (or the server) down with it.
      analysis.findings.push({
        rule: rule.id,
        severity: 'error',
        range: file.lines.range(0, 0),
        message: `internal error in rule ${rule.id}: ${(e as Error)?.message ?? e}`,
      });
    }
  }
  const { suppressions } = analysis;
  // On a line the parser had to repair, other rules read misparsed values ("Level ? harus …,
  // bukan "2\n deskripsi: …"): the yaml-syntax finding alone says what is wrong there.
  const broken = new Set(file.problems.filter((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY').map((p) => p.range.start.line));
  analysis.findings = analysis.findings.filter((f) => !isSuppressed(suppressions, f) && (f.rule === 'yaml-syntax' || !broken.has(f.range.start.line))).sort((a, b) => comparePositions(a.range.start, b.range.start));
  return analysis;
}
