import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTRA_RULE_IDS, RULES } from '../core/rules';
import type { Locale, Severity } from '../core/types';
import { fileUri } from './format/uri';

/** What the CLI says about a rule: `skj rules` and the SARIF rule metadata. */
export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  title: Record<Locale, string>;
  /** The "fires when" column of docs/rules.md's table (English), if found. */
  firesWhen?: string;
  /** The rule's section of docs/rules.md (Markdown, without its heading), if found. */
  markdown?: string;
}

/** Rules that are not modules (rules/index.ts EXTRA_RULE_IDS): their severity and title. */
const EXTRA: Record<(typeof EXTRA_RULE_IDS)[number], Pick<RuleInfo, 'defaultSeverity' | 'title'>> = {
  config: { defaultSeverity: 'error', title: { id: 'skj.config.yaml berisi kunci atau nilai yang tidak sah', en: 'skj.config.yaml has an unknown key or a bad value' } },
  'file-too-large': {
    defaultSeverity: 'warning',
    title: { id: 'Berkas terlalu besar untuk diperiksa langsung di editor', en: 'The file is too large to be checked live in the editor' },
  },
};

/**
 * docs/rules.md of the installed package: next to dist/ (the bundle, the VS Code extension) or at
 * the repository root (out/ of the tests). It ships with the package (.vscodeignore keeps it).
 */
export function rulesDocPath(): string | undefined {
  for (let d = __dirname, i = 0; i < 5; i++, d = path.dirname(d)) {
    const p = path.join(d, 'docs', 'rules.md');
    if (fs.existsSync(p) && fs.existsSync(path.join(d, 'package.json'))) return p;
  }
  return undefined;
}

let cached: RuleInfo[] | undefined;

/** Every rule id the engine reports (the 20 rule modules and the 2 extra ids), in docs order. */
export function allRules(): RuleInfo[] {
  if (cached) return cached;
  const docPath = rulesDocPath();
  const doc = docPath ? fs.readFileSync(docPath, 'utf8').replace(/\r\n?/g, '\n') : '';
  const info = (id: string, defaultSeverity: Severity, title: Record<Locale, string>): RuleInfo => {
    const row = new RegExp(`^\\| \\[\`${id}\`\\]\\(#${id}\\) \\| \\w+ \\| (.*) \\|$`, 'm').exec(doc);
    const section = new RegExp(`^## ${id}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(doc);
    return { id, defaultSeverity, title, firesWhen: row?.[1].trim(), markdown: section?.[1].trim() };
  };
  cached = [...RULES.map((r) => info(r.id, r.defaultSeverity, r.title)), ...EXTRA_RULE_IDS.map((id) => info(id, EXTRA[id].defaultSeverity, EXTRA[id].title))];
  return cached;
}

/**
 * Where a rule is documented: `BASE#id` with `--rules-doc-url BASE`, else the docs/rules.md that
 * ships with this copy of skj (a file: URI that resolves on this machine), else undefined.
 */
export function ruleDocLink(id: string, base?: string): string | undefined {
  if (base) return `${base}#${id}`;
  const p = rulesDocPath();
  return p ? `${fileUri(p)}#${id}` : undefined;
}
