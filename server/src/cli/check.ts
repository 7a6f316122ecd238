import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, SkjConfig } from '../core/config/config';
import { ConfigModel, ResolvedConfig } from '../core/config/resolve';
import { RULE_IDS, RULES } from '../core/rules';
import { comparePositions, FileKind, fileKindOf, Finding, Locale } from '../core/types';
import { StandardsIndex, StandardSummary, summarizeText } from '../core/workspace/standards-index';
import { crossStandardFindings } from '../core/rules/cross-standard';
import type { Suppressions } from '../core/suppress';
import { realPath } from '../fs/read';
import { walkFiles } from '../fs/walk';
import { configReader, discoverWorkspace, ignoresIn, kamusFromGlobs } from '../fs/workspace-files';
import { fileUri, readFile, runJob, WorkerJob } from './check-job';
import { expandArgs, repositoryOf } from './files';
import type { FileFindings } from './formatters';
import { configLocale } from './locale';

export interface CheckOptions {
  configPath?: string;
  locale?: Locale;
  cwd: string;
  /** Let config globs reach outside the repository (--allow-outside). */
  allowOutside?: boolean;
  /** The language when neither `locale` nor a config's `locale:` says (e.g. from LANG). */
  fallbackLocale?: Locale;
  /** The kind of files whose name is neither a standard's nor a kamus's (`--kind`). */
  kind?: 'skj' | 'kamus';
  /** Texts to check instead of reading the file of that path (standard input). */
  texts?: Record<string, string>;
  /** Apply the editor's fix-all to each file; the findings are then those of the fixed text. */
  fix?: boolean;
  /** Work of the caller's for this thread while worker threads check (it then checks fewer files itself). */
  whileChecking?: () => void;
}

export interface CheckResult {
  results: FileFindings[];
  /** The config of the first file (for the summary's language). */
  config: SkjConfig;
  /** The language of the first file's messages (for the summary). */
  locale: Locale;
  /** With `fix`: the fixed text of each file the fixes changed, by path. */
  fixed: Map<string, string>;
  /** Files that could not be read (exit code 2). */
  unreadable: { file: string; error: string }[];
  /** The summaries of the standards checked (what `skj report` lists). */
  standards: StandardsIndex;
}

/**
 * Checks standards and kamus files as the editor does: each file is judged by the nearest
 * skj.config.yaml upward within its repository (git root, else the outermost config's folder),
 * against every kamus file of that repository and those its configs' globs name (confined to the
 * repository unless allowOutside), with the editor's ignore rules.
 */
export async function checkPaths(args: string[], opts: CheckOptions): Promise<CheckResult> {
  const configs = new ConfigModel(configReader(), RULE_IDS, () => opts.locale ?? opts.fallbackLocale ?? 'id');
  const ignores = ignoresIn(configs);
  const { inputs, unreadable } = expandArgs(args, opts.cwd, ignores);
  // Standard input's file is found from the nearest existing folder above its name.
  const existingDir = (d: string): string => (fs.existsSync(d) || path.dirname(d) === d ? d : existingDir(path.dirname(d)));
  for (const f of Object.keys(opts.texts ?? {})) if (!inputs.some((i) => i.file === f)) inputs.push({ file: f, from: existingDir(path.dirname(f)) });
  const kindOfInput = (f: string): FileKind => fileKindOf(f) ?? opts.kind ?? 'skj';
  const explicit = opts.configPath ? configs.load(opts.configPath) : undefined;
  if (explicit && !explicit.file) throw new Error(`cannot read ${opts.configPath}: no such file`);
  if (explicit?.refused) throw new Error(`cannot read ${opts.configPath}: ${explicit.refused}`);
  const results: FileFindings[] = [];
  const roots: string[] = [];
  const rootIndex = new Map<string, number>();
  const kamusFiles: string[][] = [];
  const configList: SkjConfig[] = [];
  const configIndex = new Map<ResolvedConfig, number>();
  const reported = new Map<string, Finding[]>();
  const files: string[] = [];
  const rootOf: number[] = [];
  const configOf: number[] = [];
  const walkedFrom = new Set<string>();
  /** Every standard of the inputs' repositories: the cross-standard rules compare with them all, as the editor does. */
  const workspaceStandards = new Set<string>();
  // Files of one folder share its repository: looked up once per folder (it walks up the tree).
  const repositoryOfDir = new Map<string, string | undefined>();
  const repositoryOfFolder = (dir: string) => {
    if (!repositoryOfDir.has(dir)) repositoryOfDir.set(dir, repositoryOf(dir));
    return repositoryOfDir.get(dir);
  };
  for (const { file, from } of inputs) {
    const root = repositoryOfFolder(path.dirname(file)) ?? realPath(from) ?? from;
    let r = rootIndex.get(root);
    if (r === undefined) {
      rootIndex.set(root, (r = roots.length));
      roots.push(root);
      const ws = discoverWorkspace(root, { configs, ignoresIn: ignores, globRoots: opts.allowOutside ? 'any' : [root], locale: opts.locale ?? 'id' });
      for (const f of ws.standards) workspaceStandards.add(f);
      for (const e of ws.errors) unreadable.push({ file: e.path, error: e.message });
      const list = new Set(ws.kamus);
      if (explicit) {
        const extra = kamusFromGlobs(explicit, { configs, ignoresIn: ignores, globRoots: opts.allowOutside ? 'any' : [root], locale: opts.locale ?? 'id' });
        extra.files.forEach((f) => list.add(f));
        if (extra.findings.length) ws.configFindings.set(explicit.file!, extra.findings);
      }
      kamusFiles.push([...list]);
      for (const [cfg, f] of ws.configFindings) reported.set(cfg, [...(reported.get(cfg) ?? []), ...f]);
    }
    const resolved = explicit ?? configs.configFor(file, root);
    let c = configIndex.get(resolved);
    if (c === undefined) {
      configIndex.set(resolved, (c = configList.length));
      configList.push(resolved.config);
    }
    if (!walkedFrom.has(from)) {
      // The kamus files around the input too, should the repository's ignore files skip them.
      walkedFrom.add(from);
      const near = walkFiles(from, { accept: (f) => fileKindOf(f) === 'kamus', ignoresIn: ignores, ignoreRoot: root });
      for (const k of near.files) if (!kamusFiles[r].includes(k)) kamusFiles[r].push(k);
    }
    if (kindOfInput(file) === 'kamus' && !kamusFiles[r].includes(file)) kamusFiles[r].push(file);
    files.push(file);
    rootOf.push(r);
    configOf.push(c);
  }
  // `skj check skj.config.yaml` alone: that config's own findings.
  if (explicit?.file && !inputs.length && explicit.findings.length) results.push({ file: explicit.file, findings: explicit.findings });
  // The findings of every config file that judges a checked file, before the files.
  for (const resolved of configIndex.keys()) {
    if (!resolved.file) continue;
    const findings = [...resolved.findings, ...(reported.get(resolved.file) ?? [])];
    if (findings.length) results.push({ file: resolved.file, findings });
  }
  // Each config's language: --locale, else its own `locale:`, else the fallback (LANG), else id.
  const localeOf = [...configIndex.keys()].map((r) => opts.locale ?? (r.file ? configLocale(r.file) : undefined) ?? opts.fallbackLocale ?? r.config.locale);
  const job: WorkerJob = { skjCheck: true, files, configs: configList, configOf, rootOf, kamusFiles, localeOf, kind: opts.kind, texts: opts.texts, fix: opts.fix };
  const outcomes = await runJob(job, opts.whileChecking);
  const fixed = new Map<string, string>();
  // The cross-standard rules once every standard's summary is known (the server has them all too).
  const standards = new StandardsIndex();
  for (const o of outcomes) if ('summary' in o && o.summary) standards.set(o.summary);
  const compared = withWorkspaceStandards(standards, [...workspaceStandards].filter((f) => !files.includes(f)));
  files.forEach((file, i) => {
    const o = outcomes[i];
    if ('error' in o) unreadable.push({ file, error: o.error });
    else {
      const cross = o.summary && compared.size > 1;
      results.push({ file, findings: cross ? withCrossStandard(o, compared, configList[configOf[i]], localeOf[configOf[i]]) : o.findings });
      if (o.fixed !== undefined) fixed.set(file, o.fixed);
    }
  });
  const locale = localeOf[0] ?? opts.locale ?? (explicit?.file ? configLocale(explicit.file) : undefined) ?? opts.fallbackLocale ?? 'id';
  return { results, config: configList[0] ?? explicit?.config ?? DEFAULT_CONFIG, locale, fixed, unreadable, standards };
}


/**
 * The checked standards' index with the summaries of the repository's other standards added (read
 * here; their findings are not reported): `skj check FILE` compares FILE with the workspace's
 * standards as the editor does. The checked index itself when there are none.
 */
function withWorkspaceStandards(checked: StandardsIndex, others: string[]): StandardsIndex {
  if (!others.length) return checked;
  const all = new StandardsIndex();
  for (const s of checked.all()) all.set(s);
  for (const f of others) {
    try {
      all.set(summarizeText(fileUri(f), readFile(f).text));
    } catch {
      /* unreadable: it is not compared (it was not asked to be checked) */
    }
  }
  return all;
}

/** The findings of a standard with those of the cross-standard rules (duplicate-job-code, …) added. */
function withCrossStandard(o: { findings: Finding[]; summary?: StandardSummary; suppressions?: Suppressions }, standards: StandardsIndex, config: SkjConfig, locale: Locale): Finding[] {
  const cross = crossStandardFindings(RULES, o.summary!, standards, config, locale, o.suppressions);
  return cross.length ? [...o.findings, ...cross].sort((a, b) => comparePositions(a.range.start, b.range.start)) : o.findings;
}

