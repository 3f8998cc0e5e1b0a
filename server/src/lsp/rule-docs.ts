// Where each rule's documentation lives, in one place: diagnostics link to it, hovers and the
// "read the rule" action open it.
import { RULE_METAS, type RuleMeta } from '../core';

/** The repository (package.json `repository`) and the folder of the rule docs on its main branch. */
export const RULE_DOCS_BASE_URL = 'https://example.invalid/onrecord/blob/main/server/src/core/rules/';

const BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULE_METAS.map((meta) => [meta.id, meta]));

export function ruleDocUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(ruleId)}.md`;
}

export function ruleMeta(ruleId: string): RuleMeta | undefined {
  return BY_ID.get(ruleId);
}
