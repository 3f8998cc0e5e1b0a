// `onrecord init`: a commented `.onrecord.jsonc` to start from. The rules block is written from
// rule metadata, so it lists every rule with its default and never goes stale.
import { PRESET_NAMES, RULE_METAS, type RuleMeta } from '../core';
import { inCatalogueOrder } from './rules-table';

export const INIT_FILE_NAME = '.onrecord.jsonc';

function ruleLine(meta: RuleMeta, idWidth: number): string {
  const key = `"${meta.id}":`;
  return `    // ${key.padEnd(idWidth + 3)} "${meta.defaultSeverity}",  // ${meta.title}`;
}

export function initConfigText(): string {
  const metas = inCatalogueOrder(RULE_METAS);
  const idWidth = Math.max(...metas.map((m) => m.id.length));
  const rules: string[] = [];
  let family = '';
  for (const meta of metas) {
    if (meta.family !== family) {
      family = meta.family;
      if (rules.length > 0) rules.push('');
      rules.push(`    // ${family}`);
    }
    rules.push(ruleLine(meta, idWidth));
  }
  return `// OnRecord configuration. It applies to every draft in this folder and below; a
// .onrecord.jsonc in a subfolder is merged over it (nearest wins). The editor and
// \`onrecord check\` read the same file, so the editor shows what CI will fail on.
{
  // Stop looking for configuration in parent folders.
  "root": true,

  // Presets: ${PRESET_NAMES.join(', ')}.
  "extends": ["onrecord:recommended"],

  // draft | edit | publish: a strictness ladder. "draft" lowers every severity one step,
  // "publish" raises every severity one step.
  "stage": "edit",

  // news | analysis | opinion | feature | liveblog
  "genre": "news",

  // Severity per rule: "off", "hint", "information", "warning", "error", or
  // [severity, { options }] (see each rule's page). The lines below show the defaults;
  // uncomment one to change it. \`onrecord rules\` lists them all.
  "rules": {
${rules.join('\n')}
  },

  // Phrases (never regular expressions) added to or removed from the built-in lists.
  "lexicon": {
    // Labels the desk treats as value-laden in the writer's voice (contentious-label).
    "labels": { "add": [], "remove": [] },
    // Organisations and people your desk treats as on the record.
    "namedSources": []
  },

  // Drafts to skip: gitignore-style globs relative to this file.
  "ignore": [],

  // The desk's standards page, linked from editor hovers.
  // "policyUrl": "https://example.org/standards#anonymous-sources",
}
`;
}
