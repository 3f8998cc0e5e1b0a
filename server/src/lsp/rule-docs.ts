// Rule metadata and documentation links for the protocol: diagnostics link to the docs, hovers
// and the "read the rule" action open them. The address itself is shared with the CLI's SARIF
// output (shared/rule-docs.ts), so there is one place to change it.
import { RULE_METAS, type RuleMeta } from '../core';
import { RULE_DOCS_BASE, ruleDocUrl } from '../shared/rule-docs';

/** The folder of rule docs on the web, ending in a slash. */
export const RULE_DOCS_BASE_URL = RULE_DOCS_BASE;
export { ruleDocUrl };

const BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULE_METAS.map((meta) => [meta.id, meta]));

export function ruleMeta(ruleId: string): RuleMeta | undefined {
  return BY_ID.get(ruleId);
}
