import type { Report, RuleMeta, RuleOptions, Severity, SeverityOrOff, Stage } from './types';
import type { SourcingModel } from './attribution/model';

export interface Rule {
  meta: RuleMeta;
  check(doc: SourcingModel, options: RuleOptions, report: (finding: Report) => void): void;
}

/** Identity helper that gives rule files their type and keeps them declarative. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Options as configured, with every declared option defaulted. */
export function optionsFor(meta: RuleMeta, configured: RuleOptions | undefined): RuleOptions {
  const out: RuleOptions = {};
  for (const [name, schema] of Object.entries(meta.options ?? {})) out[name] = schema.default;
  return { ...out, ...(configured ?? {}) };
}

const LADDER: readonly Severity[] = ['hint', 'information', 'warning', 'error'];

/**
 * The stage ladder: `draft` lowers every severity one step (errors become warnings…),
 * `edit` keeps them, `publish` raises them one step (warnings become errors…).
 */
export function severityForStage(severity: SeverityOrOff, stage: Stage): SeverityOrOff {
  if (severity === 'off' || stage === 'edit') return severity;
  const i = LADDER.indexOf(severity);
  const j = stage === 'draft' ? Math.max(0, i - 1) : Math.min(LADDER.length - 1, i + 1);
  return LADDER[j];
}
