import { descriptionMismatch } from './description-mismatch';
import { duplicateCompetency } from './duplicate-competency';
import { educationLevel } from './education-level';
import { indicatorLevelMismatch } from './indicator-level-mismatch';
import { indicatorUnknown } from './indicator-unknown';
import { jobCodeFormat } from './job-code-format';
import { jobCodeMismatch } from './job-code-mismatch';
import { kamusDuplicateCode } from './kamus-duplicate-code';
import { kamusIncomplete } from './kamus-incomplete';
import { kelompokJenjang } from './kelompok-jenjang';
import { levelRange } from './level-range';
import { levelTier } from './level-tier';
import { missingCompetency } from './missing-competency';
import { pangkat } from './pangkat';
import type { Rule } from './rule';
import { schema } from './schema';
import { technicalMismatch } from './technical-mismatch';
import { technicalUnknown } from './technical-unknown';
import { unknownCompetency } from './unknown-competency';
import { wrongSection } from './wrong-section';
import { yamlSyntax } from './yaml-syntax';
import { indicatorWording } from './indicator-wording';
import { descriptionWording } from './description-wording';
import { codeAlias } from './code-alias';
import { technicalNameOnly } from './technical-name-only';
import { pangkatRange } from './pangkat-range';
import { duplicateJobCode } from './duplicate-job-code';
import { duplicatePosition } from './duplicate-position';
import { siblingLevels } from './sibling-levels';
import { statusLifecycle } from './status-lifecycle';
import { statusWithErrors } from './status-with-errors';

/** Every rule, in the order of format.md §3. */
export const RULES: Rule[] = [
  yamlSyntax,
  schema,
  unknownCompetency,
  duplicateCompetency,
  missingCompetency,
  wrongSection,
  levelRange,
  levelTier,
  descriptionMismatch,
  indicatorLevelMismatch,
  indicatorUnknown,
  kelompokJenjang,
  jobCodeFormat,
  jobCodeMismatch,
  pangkat,
  educationLevel,
  technicalUnknown,
  technicalMismatch,
  kamusIncomplete,
  kamusDuplicateCode,
  indicatorWording,
  descriptionWording,
  codeAlias,
  technicalNameOnly,
  pangkatRange,
  statusLifecycle,
  duplicateJobCode,
  duplicatePosition,
  siblingLevels,
  // Last: it counts the errors of the rules above.
  statusWithErrors,
];

/** Findings that do not come from a rule module: configuration and limits. */
export const EXTRA_RULE_IDS = ['config', 'file-too-large'] as const;

export const RULE_IDS: string[] = [...RULES.map((r) => r.id), ...EXTRA_RULE_IDS];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

