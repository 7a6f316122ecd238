/**
 * What the workspace's standards say about themselves, one small summary per file: name, code,
 * unit, tier, the nine managerial/socio-cultural levels and the lifecycle step. The cross-standard
 * rules (duplicate-job-code, duplicate-position, sibling-levels) compare a standard with the
 * others here; the overview and `skj report` list them. Pure: the server feeds it from the
 * files it reads, the CLI from the files it checks.
 */
import { GENERAL_CODES } from '../domain/general-competencies';
import { detached, normalizeText } from '../dictionary/normalize';
import type { Tahap } from '../domain/lifecycle';
import { statusOf } from '../model/status-model';
import { buildSkjModel, SkjModel, validLevel } from '../model/skj-model';
import { parseFile, ParsedFile } from '../parse/parsed-file';
import type { Range } from '../types';

export { GENERAL_CODES };

export interface StandardSummary {
  uri: string;
  nama?: string;
  /** The job code as written (trimmed). */
  kode?: string;
  /** `status.unit_kerja`. */
  unit?: string;
  kelompok?: string;
  jenjang?: string;
  /** Level of each of GENERAL_CODES the standard lists with a valid level. */
  levels: Record<string, number>;
  tahap?: Tahap;
  /** How many competencies each section lists. */
  counts: { manajerial: number; sosial_kultural: number; teknis: number };
  /** Where the values are written, for findings and related locations. */
  ranges: { nama?: Range; kode?: Range; unit?: Range; tahap?: Range; levels: Record<string, Range> };
}

const text = (s: string | undefined): string | undefined => {
  const t = s?.trim();
  return t ? detached(t) : undefined;
};

/** The summary of a standard's model (the model is not kept). */
export function summarizeStandard(file: ParsedFile, model: SkjModel): StandardSummary {
  const status = statusOf(file, model);
  const levels: Record<string, number> = {};
  const levelRanges: Record<string, Range> = {};
  for (const section of ['manajerial', 'sosial_kultural'] as const) {
    for (const item of model.sections[section]?.items ?? []) {
      const code = item.kode?.text?.trim();
      const level = validLevel(item);
      if (!code || level === undefined || !GENERAL_CODES.includes(code) || code in levels) continue;
      levels[code] = level;
      levelRanges[code] = item.level!.valueRange;
    }
  }
  const job = model.job;
  const kode = job['kode'];
  return {
    uri: file.uri,
    nama: text(job['nama']?.text),
    kode: text(kode?.text),
    unit: status?.unitKerja ? detached(status.unitKerja) : undefined,
    kelompok: text(job['kelompok']?.text),
    jenjang: text(job['jenjang']?.text),
    levels,
    tahap: status?.tahap,
    counts: {
      manajerial: model.sections.manajerial?.items.length ?? 0,
      sosial_kultural: model.sections.sosial_kultural?.items.length ?? 0,
      teknis: model.sections.teknis?.items.length ?? 0,
    },
    ranges: {
      nama: job['nama']?.valueRange,
      kode: kode?.node ? kode.valueRange : undefined,
      unit: status?.fields['unit_kerja']?.valueRange,
      tahap: status?.fields['tahap']?.valueRange,
      levels: levelRanges,
    },
  };
}

/** The summary of a standard's text (parsed here). */
export function summarizeText(uri: string, source: string): StandardSummary {
  const file = parseFile(uri, 'skj', source);
  return summarizeStandard(file, buildSkjModel(file));
}

/** Unit names and position names are compared as texts are (case, spaces, end punctuation aside). */
export const sameKey = (s: string): string => normalizeText(s);

/** What the cross-standard rules see of the other standards. */
export interface StandardsView {
  /** Standards (other than none) whose job code is `kode`, in URI order. */
  withKode(kode: string): StandardSummary[];
  /** Standards of the unit kerja `unit` (compared by sameKey), in URI order. */
  inUnit(unit: string): StandardSummary[];
}

/** The summaries of a workspace's standards, kept current file by file. */
export class StandardsIndex implements StandardsView {
  private readonly files = new Map<string, StandardSummary>();
  private byKode: Map<string, StandardSummary[]> | undefined;
  private byUnit: Map<string, StandardSummary[]> | undefined;
  /** Increases when something the cross-standard rules read changes (not for ranges alone). */
  version = 0;
  /** Called after each such change (the server refreshes diagnostics and the overview). */
  onDidChange: (() => void) | undefined;

  set(summary: StandardSummary): void {
    const prev = this.files.get(summary.uri);
    this.files.set(summary.uri, summary);
    if (prev && sameFacts(prev, summary)) return;
    this.changed(prev, summary);
  }

  remove(uri: string): void {
    const prev = this.files.get(uri);
    if (this.files.delete(uri)) this.changed(prev);
  }

  /**
   * The version at which the standards of a job code or of a unit kerja last changed: another
   * standard's cross-standard findings can only change when one of its groups did (a closed
   * file's cached findings stay valid otherwise).
   */
  groupVersion(s: Pick<StandardSummary, 'kode' | 'unit'>): number {
    return Math.max(s.kode ? (this.groupVersions.get(`k:${s.kode}`) ?? 0) : 0, s.unit ? (this.groupVersions.get(`u:${sameKey(s.unit)}`) ?? 0) : 0);
  }
  private readonly groupVersions = new Map<string, number>();

  get(uri: string): StandardSummary | undefined {
    return this.files.get(uri);
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  all(): StandardSummary[] {
    return [...this.files.values()];
  }

  get size(): number {
    return this.files.size;
  }

  withKode(kode: string): StandardSummary[] {
    return (this.byKode ??= group(this.files, (s) => s.kode)).get(kode) ?? [];
  }

  inUnit(unit: string): StandardSummary[] {
    return (this.byUnit ??= group(this.files, (s) => (s.unit ? sameKey(s.unit) : undefined))).get(sameKey(unit)) ?? [];
  }

  private changed(...summaries: (StandardSummary | undefined)[]): void {
    this.byKode = this.byUnit = undefined;
    this.version++;
    for (const s of summaries) {
      if (s?.kode) this.groupVersions.set(`k:${s.kode}`, this.version);
      if (s?.unit) this.groupVersions.set(`u:${sameKey(s.unit)}`, this.version);
    }
    this.onDidChange?.();
  }
}

function group(files: Map<string, StandardSummary>, key: (s: StandardSummary) => string | undefined): Map<string, StandardSummary[]> {
  const m = new Map<string, StandardSummary[]>();
  for (const uri of [...files.keys()].sort()) {
    const s = files.get(uri)!;
    const k = key(s);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(s);
    else m.set(k, [s]);
  }
  return m;
}

/** Same name, code, unit, tier, levels and step: other files' findings cannot change. */
function sameFacts(a: StandardSummary, b: StandardSummary): boolean {
  if (a.nama !== b.nama || a.kode !== b.kode || a.unit !== b.unit || a.kelompok !== b.kelompok || a.jenjang !== b.jenjang || a.tahap !== b.tahap) return false;
  const ka = Object.keys(a.levels);
  return ka.length === Object.keys(b.levels).length && ka.every((k) => a.levels[k] === b.levels[k]);
}
