import type { Node } from 'yaml';
import { builtinAlias } from '../dictionary/aliases';
import { MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../dictionary/builtin';
import { tierOf, TIERS } from '../domain/tiers';
import { isMap, mapPairs, scalarText } from '../parse/parsed-file';

/**
 * Level profiles (`profil` in skj.config.yaml): the managerial & SK.01 levels a functional
 * position's own regulation sets, per tier and, where it differs, per competency.
 *
 *   profil:
 *     Widyaiswara:                  # matched against jabatan.nama ("Widyaiswara Ahli Utama")
 *       ahli-pertama: 2
 *       ahli-muda: 3
 *       ahli-madya: 4
 *       ahli-utama: { default: 4, M.01: 5, SK.01: 5 }
 */
export interface TierProfile {
  /** The level of every competency the tier does not name. */
  default?: number;
  /** Competency code → level. */
  byCode: Record<string, number>;
}

/** Position name → jenjang → levels. */
export type LevelProfiles = Record<string, Record<string, TierProfile>>;

export type ProfileProblem = (node: unknown, id: string, en: string) => void;

const CODES = [...MANAGERIAL_CODES, ...SOCIOCULTURAL_CODES];

function levelOf(node: unknown): number | undefined {
  const v = (node as { value?: unknown } | null)?.value;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : undefined;
}

/** Reads the `profil` value; every problem is reported at its key or value, the valid parts are kept. */
export function parseProfiles(v: Node | null | undefined, key: unknown, report: ProfileProblem): LevelProfiles {
  const out: LevelProfiles = {};
  if (!isMap(v)) {
    report(v ?? key, 'profil harus berupa pemetaan nama jabatan: { jenjang: level }.', 'profil must map position names to { jenjang: level }.');
    return out;
  }
  for (const pp of mapPairs(v)) {
    const name = String(pp.key.value).trim();
    if (!isMap(pp.value)) {
      report(pp.value ?? pp.key, `Profil "${name}" harus berupa pemetaan jenjang: level.`, `Profile "${name}" must map jenjang to a level.`);
      continue;
    }
    const tiers: Record<string, TierProfile> = {};
    for (const tp of mapPairs(pp.value)) {
      const jenjang = String(tp.key.value);
      const t = tierOf(jenjang);
      if (!t) {
        report(tp.key, `Jenjang "${jenjang}" tidak dikenal; gunakan salah satu dari: ${TIERS.map((x) => x.jenjang).join(', ')}.`, `Unknown jenjang "${jenjang}"; use one of: ${TIERS.map((x) => x.jenjang).join(', ')}.`);
        continue;
      }
      const one = levelOf(tp.value);
      if (one !== undefined) {
        tiers[jenjang] = { default: one, byCode: {} };
        continue;
      }
      if (!isMap(tp.value)) {
        report(tp.value ?? tp.key, 'Level harus bilangan bulat 1–5, atau { default: level, M.01: level, … }.', 'The level must be an integer 1–5, or { default: level, M.01: level, … }.');
        continue;
      }
      const tier: TierProfile = { byCode: {} };
      for (const cp of mapPairs(tp.value)) {
        const k = String(cp.key.value).trim();
        const code = k === 'default' ? k : CODES.includes(k) ? k : builtinAlias(k)?.kode;
        const level = levelOf(cp.value);
        if (!code) report(cp.key, `"${k}" bukan kode kompetensi manajerial/sosial kultural (M.01–M.08, SK.01) atau "default".`, `"${k}" is not a managerial / socio-cultural code (M.01–M.08, SK.01) or "default".`);
        else if (level === undefined) report(cp.value ?? cp.key, 'Level harus bilangan bulat 1–5.', 'The level must be an integer 1–5.');
        else if (code === 'default') tier.default = level;
        else tier.byCode[code] = level;
      }
      tiers[jenjang] = tier;
    }
    out[name] = tiers;
  }
  return out;
}

function nameKey(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The profile for a position name: the profile named exactly so, or the longest profile name the
 * position's name starts with as a whole word ("Widyaiswara" for "Widyaiswara Ahli Utama").
 */
export function profileFor(profiles: LevelProfiles, jobName: string | undefined): string | undefined {
  if (!jobName) return undefined;
  const job = nameKey(jobName);
  let best: string | undefined;
  for (const name of Object.keys(profiles)) {
    const k = nameKey(name);
    if (!k || !(job === k || job.startsWith(k + ' '))) continue;
    if (!best || k.length > nameKey(best).length) best = name;
  }
  return best;
}

/** Where an expected level comes from: a profile, tierLevels, the regulation, or domain.md's default. */
export type LevelSource = { kind: 'profile'; profile: string; perCode: boolean } | { kind: 'tierLevels' } | { kind: 'regulation' } | { kind: 'default' };

export interface ExpectedLevel {
  level: number;
  source: LevelSource;
}

/** The level a competency is expected at in a standard of this tier and position. */
export function expectedLevelOf(
  config: { tierLevels: Record<string, number>; profil?: LevelProfiles },
  jenjang: unknown,
  jobName: string | undefined,
  code: string | undefined,
): ExpectedLevel | undefined {
  const t = tierOf(jenjang);
  if (!t) return undefined;
  const profile = config.profil ? profileFor(config.profil, jobName) : undefined;
  const tp = profile ? config.profil![profile][t.jenjang] : undefined;
  if (tp && code && tp.byCode[code] !== undefined) return { level: tp.byCode[code], source: { kind: 'profile', profile: profile!, perCode: true } };
  if (tp?.default !== undefined) return { level: tp.default, source: { kind: 'profile', profile: profile!, perCode: false } };
  const configured = config.tierLevels[t.jenjang];
  if (configured !== undefined) return { level: configured, source: { kind: 'tierLevels' } };
  return { level: t.level, source: t.levelIsDefault ? { kind: 'default' } : { kind: 'regulation' } };
}
