import { isMap, mapPairs, nodeRange, parseFile, scalarText } from '../parse/parsed-file';
import { tierOf, TIERS } from '../domain/tiers';
import type { Finding, Locale, SeveritySetting } from '../types';
import { compileGlob } from '../workspace/glob';
import { LevelProfiles, parseProfiles } from './profiles';

/** The workspace configuration (`skj.config.yaml`), shared by the editor and the CLI. */
export interface SkjConfig {
  locale: Locale;
  /** Rule id → severity or 'off'. Rules not named keep their default. */
  rules: Record<string, SeveritySetting>;
  /** jenjang → expected managerial & SK.01 level, overriding domain.md's column. */
  tierLevels: Record<string, number>;
  /** Globs (relative to the config file's folder) of kamus files to load. */
  kamus: string[];
  /** gitignore-style patterns (relative to the config file's folder) of files and folders not read. */
  ignore: string[];
  /** Files larger than this (bytes) are not checked live by the server. */
  maxFileSize: number;
  /** Files with a line longer than this (characters) are not checked live by the server. */
  maxLineLength: number;
  inlayHints: boolean;
  /** Level profiles of functional positions (`profil`, see profiles.ts). */
  profil: LevelProfiles;
}

export const DEFAULT_CONFIG: SkjConfig = {
  locale: 'id',
  rules: {},
  tierLevels: {},
  kamus: [],
  ignore: [],
  maxFileSize: 5 * 1024 * 1024,
  maxLineLength: 100_000,
  inlayHints: true,
  profil: {},
};

export const CONFIG_FILE_NAMES = ['skj.config.yaml', 'skj.config.yml'];

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** The level a tier expects, taking configuration overrides into account. */
export function expectedLevel(config: SkjConfig, jenjang: unknown): number | undefined {
  const t = tierOf(jenjang);
  if (!t) return undefined;
  return config.tierLevels[t.jenjang] ?? t.level;
}

/** Merges partial settings (e.g. from the editor) over a config. */
export function mergeConfig(base: SkjConfig, over: Partial<SkjConfig> | undefined): SkjConfig {
  if (!over) return base;
  return {
    ...base,
    ...Object.fromEntries(Object.entries(over).filter(([, v]) => v !== undefined)),
    rules: { ...base.rules, ...(over.rules ?? {}) },
    tierLevels: { ...base.tierLevels, ...(over.tierLevels ?? {}) },
    profil: { ...base.profil, ...(over.profil ?? {}) },
  };
}

export interface LoadedConfig {
  config: SkjConfig;
  findings: Finding[];
}

/**
 * Reads `skj.config.yaml`. Every problem is a finding (rule `config`) pointing at the offending
 * key or value; the valid parts are still used. Never throws.
 */
export function parseConfig(text: string, uri: string, knownRules: readonly string[], locale: Locale = 'id'): LoadedConfig {
  const file = parseFile(uri, 'config', text);
  // The file's own `locale` overrides the one its messages are written in (the user's).
  const config: SkjConfig = { ...DEFAULT_CONFIG, locale, rules: {}, tierLevels: {}, kamus: [], ignore: [], profil: {} };
  const findings: Finding[] = [];
  const en = locale === 'en';
  const report = (node: unknown, id: string, english: string) =>
    findings.push({
      rule: 'config',
      severity: 'error',
      range: nodeRange(file, node as never) ?? file.lines.range(0, 0),
      message: en ? english : id,
    });
  for (const p of file.problems) {
    if (p.severity === 'error') findings.push({ rule: 'config', severity: 'error', range: p.range, message: `YAML: ${p.message}` });
  }
  const root = file.doc.contents;
  if (root == null) return { config, findings };
  if (!isMap(root)) {
    report(root, 'Konfigurasi harus berupa pemetaan (key: value).', 'The configuration must be a mapping (key: value).');
    return { config, findings };
  }
  for (const pair of mapPairs(root)) {
    const key = String(pair.key.value);
    const v = pair.value;
    const text = scalarText(v);
    switch (key) {
      case 'locale':
        if (text === 'id' || text === 'en') config.locale = text;
        else report(v ?? pair.key, `locale harus "id" atau "en", bukan "${text ?? ''}".`, `locale must be "id" or "en", not "${text ?? ''}".`);
        break;
      case 'rules':
        if (!isMap(v)) {
          report(v ?? pair.key, 'rules harus berupa pemetaan id-aturan: tingkat.', 'rules must map rule ids to severities.');
          break;
        }
        for (const rp of mapPairs(v)) {
          const rule = String(rp.key.value);
          const sev = scalarText(rp.value);
          if (!knownRules.includes(rule)) report(rp.key, `Aturan "${rule}" tidak dikenal.`, `Unknown rule "${rule}".`);
          else if (!sev || !SEVERITIES.includes(sev))
            report(rp.value ?? rp.key, `Tingkat "${sev ?? ''}" tidak dikenal; gunakan ${SEVERITIES.join(', ')}.`, `Unknown severity "${sev ?? ''}"; use ${SEVERITIES.join(', ')}.`);
          else config.rules[rule] = sev as SeveritySetting;
        }
        break;
      case 'tierLevels':
        if (!isMap(v)) {
          report(v ?? pair.key, 'tierLevels harus berupa pemetaan jenjang: level.', 'tierLevels must map jenjang to a level.');
          break;
        }
        for (const tp of mapPairs(v)) {
          const jenjang = String(tp.key.value);
          const level = (tp.value as { value?: unknown } | null)?.value;
          if (!tierOf(jenjang))
            report(tp.key, `Jenjang "${jenjang}" tidak dikenal; gunakan salah satu dari: ${TIERS.map((t) => t.jenjang).join(', ')}.`, `Unknown jenjang "${jenjang}"; use one of: ${TIERS.map((t) => t.jenjang).join(', ')}.`);
          else if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 5)
            report(tp.value ?? tp.key, 'Level harus bilangan bulat 1–5.', 'The level must be an integer 1–5.');
          else config.tierLevels[jenjang] = level;
        }
        break;
      case 'kamus': {
        const items = v && 'items' in (v as object) ? ((v as { items: unknown[] }).items ?? []) : undefined;
        if (!items) {
          report(v ?? pair.key, 'kamus harus berupa daftar pola berkas (glob).', 'kamus must be a list of file globs.');
          break;
        }
        for (const it of items) {
          const g = scalarText(it);
          if (!g) {
            report(it, 'Pola berkas harus berupa teks.', 'A file glob must be a string.');
            continue;
          }
          try {
            compileGlob(g);
            config.kamus.push(g);
          } catch (e) {
            report(it, `Pola berkas "${g.slice(0, 80)}" tidak dipakai: ${(e as Error).message}.`, `File glob "${g.slice(0, 80)}" not used: ${(e as Error).message}.`);
          }
        }
        break;
      }
      case 'ignore': {
        const items = v && 'items' in (v as object) ? ((v as { items: unknown[] }).items ?? []) : undefined;
        if (!items) {
          report(v ?? pair.key, 'ignore harus berupa daftar pola berkas (gaya .gitignore).', 'ignore must be a list of file patterns (.gitignore style).');
          break;
        }
        for (const it of items) {
          const g = scalarText(it);
          if (g) config.ignore.push(g);
          else report(it, 'Pola berkas harus berupa teks.', 'A file pattern must be a string.');
        }
        break;
      }
      case 'maxFileSize': {
        const n = (v as { value?: unknown } | null)?.value;
        if (typeof n === 'number' && n > 0) config.maxFileSize = n;
        else report(v ?? pair.key, 'maxFileSize harus bilangan positif (byte).', 'maxFileSize must be a positive number of bytes.');
        break;
      }
      case 'maxLineLength': {
        const n = (v as { value?: unknown } | null)?.value;
        if (typeof n === 'number' && n > 0) config.maxLineLength = n;
        else report(v ?? pair.key, 'maxLineLength harus bilangan positif (karakter).', 'maxLineLength must be a positive number of characters.');
        break;
      }
      case 'inlayHints': {
        const b = (v as { value?: unknown } | null)?.value;
        if (typeof b === 'boolean') config.inlayHints = b;
        else report(v ?? pair.key, 'inlayHints harus true atau false.', 'inlayHints must be true or false.');
        break;
      }
      case 'profil':
        config.profil = parseProfiles(v as never, pair.key, report);
        break;
      default:
        report(pair.key, `Kunci "${key}" tidak dikenal dalam skj.config.yaml.`, `Unknown key "${key}" in skj.config.yaml.`);
    }
  }
  return { config, findings };
}
