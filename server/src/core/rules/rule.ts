import type { SkjConfig } from '../config/config';
import type { DictionaryLookup } from '../dictionary/model';
import type { KamusModel } from '../model/kamus-model';
import type { SkjModel } from '../model/skj-model';
import type { ParsedFile } from '../parse/parsed-file';
import type { FileKind, Fix, Locale, Range, RelatedLocation, Severity } from '../types';

/** What a rule sees of the workspace beyond its own file. */
export interface WorkspaceView {
  /** Every definition of a technical code across the workspace's kamus files. */
  definitionsOf(kode: string): { uri: string; range: import('../types').Range }[];
}

export interface RuleContext {
  file: ParsedFile;
  /** Set for standards (`*.skj.yaml`). */
  skj?: SkjModel;
  /** Set for kamus files. */
  kamus?: KamusModel;
  dictionary: DictionaryLookup;
  config: SkjConfig;
  locale: Locale;
  workspace?: WorkspaceView;
  /** The workspace's other standards (cross-standard rules); absent when checking a file alone. */
  standards?: import('../workspace/standards-index').StandardsView;
  /** The findings of the rules run before this one (read-only; see status-with-errors). */
  findings?: readonly import('../types').Finding[];
  /** The file's `skj-disable` comments (analyze applies them to every rule's findings afterwards). */
  suppressions?: import('../suppress').Suppressions;
  /** `severity` only where one rule reports findings of two weights (else the rule's configured one). */
  report(finding: { range: Range; message: string; fixes?: Fix[]; related?: RelatedLocation[]; severity?: Severity }): void;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  appliesTo: FileKind[];
  /** One line for docs, hovers and the CLI's rule list. */
  title: Record<Locale, string>;
  check(ctx: RuleContext): void;
}

/** Localised messages of one rule: the Indonesian and English tables have the same shape. */
export function messages<T>(m: { id: T; en: T }): (locale: Locale) => T {
  return (locale) => m[locale] ?? m.id;
}
