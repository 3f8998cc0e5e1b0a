// SARIF 2.1.0 (OASIS), the format code scanning services ingest (GitHub code scanning, Azure
// DevOps, the SARIF viewers). Rule descriptors come from rule metadata, the single source.
//
// Columns are UTF-16 code units (`columnKind: "utf16CodeUnits"`), like the offsets in the JSON
// format: a column counts JavaScript string indices, so an emoji takes two. `endColumn` is the
// column just past the region, as SARIF defines it. Paths are relative to `%SRCROOT%`, the
// folder the run started in (given in `originalUriBaseIds`).
import { pathToFileURL } from 'node:url';
import { RULE_METAS, type RuleMeta, type Severity } from '../../core';
import { PROJECT_URL, ruleDocUrl } from '../../shared/rule-docs';
import type { LocatedFinding, Position } from '../report';
import { artifactLocation } from './paths';
import type { Formatter } from './types';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
/** Key of the fingerprint in `partialFingerprints`; versioned so a new scheme never matches an old one. */
export const FINGERPRINT_KEY = 'onrecordFingerprint/v1';

function region(p: Position, snippet?: string) {
  return {
    startLine: p.line,
    startColumn: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    ...(snippet !== undefined && snippet !== '' ? { snippet: { text: snippet } } : {}),
  };
}

/** The help text: what the rule flags, the policy behind it, and where to read more. */
function helpText(meta: RuleMeta): { text: string; markdown: string } {
  const policy = meta.policy.length > 0 ? `Policy: ${meta.policy.join(', ')}. ` : '';
  const url = ruleDocUrl(meta.id);
  return {
    text: `${meta.description}\n\n${policy}${meta.rationale}\n\nFix: ${meta.fix}. Read more: ${url}`,
    markdown: `${meta.description}\n\n**Policy** (${meta.policy.join(', ') || 'house style'}): ${meta.rationale}\n\n[Read the rule's documentation](${url})`,
  };
}

export function ruleDescriptor(meta: RuleMeta) {
  const level = meta.defaultSeverity === 'off' ? 'none' : LEVELS[meta.defaultSeverity];
  // SARIF wants `name` to differ from the opaque `id`; a one-word id gets none.
  const name = meta.id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return {
    id: meta.id,
    ...(name.toLowerCase() !== meta.id.toLowerCase() ? { name } : {}),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: helpText(meta),
    helpUri: ruleDocUrl(meta.id),
    defaultConfiguration: { enabled: meta.defaultSeverity !== 'off', level },
    properties: { family: meta.family, policy: meta.policy, fix: meta.fix, tags: ['sourcing', meta.family] },
  };
}

export const sarif: Formatter = (report, context) => {
  const ruleIndex = new Map(RULE_METAS.map((meta, index) => [meta.id, index]));
  const results: unknown[] = [];
  for (const file of report.files) {
    const location = artifactLocation(file.path, context.cwd);
    for (const f of file.findings) results.push(result(f, location, ruleIndex));
  }
  const notifications = report.files
    .filter((file) => file.error !== undefined)
    .map((file) => ({
      level: 'error',
      message: { text: `cannot check ${file.path}: ${file.error}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path, context.cwd) } }],
    }));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'onrecord',
            fullName: 'OnRecord news sourcing checker',
            version: context.version,
            semanticVersion: context.version,
            informationUri: PROJECT_URL,
            rules: RULE_METAS.map(ruleDescriptor),
          },
        },
        ...(context.cwd !== undefined ? { originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(context.cwd) } } } : {}),
        invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function folderUri(path: string): string {
  const href = pathToFileURL(path).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function result(f: LocatedFinding, artifact: { uri: string; uriBaseId?: string }, ruleIndex: Map<string, number>) {
  const index = ruleIndex.get(f.rule);
  return {
    ruleId: f.rule,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(f, f.snippet) } }],
    ...(f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: { artifactLocation: artifact, region: region(r) },
          })),
        }
      : {}),
    ...(f.fingerprint !== undefined ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint } } : {}),
    ...(f.fixes.length > 0
      ? {
          fixes: f.fixes.map((fix) => ({
            description: { text: fix.title },
            artifactChanges: [
              {
                artifactLocation: artifact,
                replacements: fix.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.text } })),
              },
            ],
          })),
        }
      : {}),
    properties: { family: f.family, severity: f.severity, safeFix: f.fixes.some((fix) => fix.safe) },
  };
}
