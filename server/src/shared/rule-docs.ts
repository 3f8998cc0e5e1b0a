// Where each rule's user doc lives on the web, for SARIF help URIs and editor links. The docs are
// the Markdown files beside the rules (server/src/core/rules/<id>.md) in the project repository,
// whose address the manifest gives (shared/manifest.ts).
import { MANIFEST as manifest } from './manifest';

function repositoryWeb(): string {
  const raw = typeof manifest.repository === 'string' ? manifest.repository : (manifest.repository?.url ?? manifest.homepage ?? '');
  return raw.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

/** The folder of rule docs, ending in a slash. */
export const RULE_DOCS_BASE = `${repositoryWeb()}/blob/main/server/src/core/rules/`;

/** The web address of a rule's doc. */
export function ruleDocUrl(id: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(id)}.md`;
}

/** The project's home on the web (SARIF `informationUri`). */
export const PROJECT_URL = repositoryWeb();
