// Regenerates the files that come from rule metadata. Run with `npm run generate`;
// test/generated.test.ts fails when a committed copy is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILIES, GENRES, PRESET_NAMES, SEVERITIES, STAGES, RULE_METAS, type OptionSchema, type RuleMeta } from '../server/src/core/index';
import { EDITABLE_LEXICONS } from '../server/src/core/lexicon/index';
import { VERBS, type VerbEntry } from '../server/src/core/lexicon/verbs';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type OnRecordSettings } from '../server/src/lsp/protocol';
import { PRESETS_DOC_PATH, renderPresetsDoc } from './presets-doc';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

const FIX_LABEL: Record<RuleMeta['fix'], string> = { none: '—', safe: 'safe', suggested: 'suggested' };

/** Table cells are one line and must not open a new column. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The README rules table, grouped by family in catalogue order, registry order within a family. */
export function renderRulesTable(metas: readonly RuleMeta[]): string {
  const ordered = [...metas].sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family));
  const rows = ordered.map((meta) =>
    [
      `[\`${meta.id}\`](server/src/core/rules/${meta.id}.md)`,
      meta.family,
      meta.defaultSeverity,
      FIX_LABEL[meta.fix],
      cell(meta.description),
    ].join(' | '),
  );
  return [
    '| Rule | Family | Default (edit stage) | Fix | What it flags |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** Replaces whatever lies between the rules markers with the regenerated table. */
export function updateReadme(readmeText: string, metas: readonly RuleMeta[]): string {
  const start = readmeText.indexOf(RULES_START);
  const end = readmeText.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${RULES_START} followed by ${RULES_END}`);
  const before = readmeText.slice(0, start + RULES_START.length);
  const after = readmeText.slice(end);
  return `${before}\n\n${renderRulesTable(metas)}\n\n${after}`;
}

// ---------------------------------------------------------------------------
// VS Code settings: the `contributes.configuration` block of package.json.

type JsonSchema = Record<string, unknown>;

const SEVERITY_SETTINGS = ['off', ...[...SEVERITIES].reverse()] as const;

function severityDescription(meta: RuleMeta): string {
  return `${meta.title}. ${meta.description} Default: \`${meta.defaultSeverity}\` at the edit stage.`;
}

/**
 * One entry per field of the typed settings (protocol.ts), so a setting the server reads cannot
 * be missing from the manifest; enums and rule ids come from core metadata.
 */
export function renderConfiguration(metas: readonly RuleMeta[]): JsonSchema {
  const settings: { [K in keyof OnRecordSettings]: JsonSchema } = {
    enable: {
      type: 'boolean',
      default: DEFAULT_SETTINGS.enable,
      scope: 'resource',
      description: 'Check the sourcing of Markdown and plain-text drafts.',
    },
    run: {
      type: 'string',
      enum: ['onType', 'onSave'],
      enumDescriptions: ['Check as you type (debounced).', 'Check when the document is saved.'],
      default: DEFAULT_SETTINGS.run,
      scope: 'resource',
      description: 'When to check a draft.',
    },
    stage: {
      type: ['string', 'null'],
      enum: [null, ...STAGES],
      enumItemLabels: ['(from .onrecord.jsonc)', ...STAGES],
      enumDescriptions: [
        'Use the stage that .onrecord.jsonc and the front matter set (edit when neither does).',
        'Lower every severity one step: errors become warnings, warnings information.',
        "Each rule's configured severity.",
        'Raise every severity one step: warnings become errors.',
      ],
      default: DEFAULT_SETTINGS.stage,
      scope: 'resource',
      markdownDescription:
        'Strictness ladder for this editor. Wins over `.onrecord.jsonc`; a draft\'s front matter `stage` still wins over it.',
    },
    rules: {
      type: 'object',
      default: DEFAULT_SETTINGS.rules,
      scope: 'resource',
      markdownDescription:
        'Severity per rule, over `.onrecord.jsonc` (a draft\'s front matter still wins). For rule options use `.onrecord.jsonc`.',
      additionalProperties: false,
      properties: Object.fromEntries(
        metas.map((meta) => [meta.id, { type: 'string', enum: SEVERITY_SETTINGS, markdownDescription: severityDescription(meta) }]),
      ),
    },
  };
  const properties: JsonSchema = Object.fromEntries(Object.entries(settings).map(([key, schema]) => [`${SETTINGS_SECTION}.${key}`, schema]));
  // Read by vscode-languageclient itself (`<client id>.trace.server`), not by the server.
  properties[`${SETTINGS_SECTION}.trace.server`] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    description: 'Log the messages between VS Code and the OnRecord language server (Output panel, "OnRecord").',
  };
  return { title: 'OnRecord', properties };
}

/** Puts the regenerated settings block into the manifest text; everything else is kept. */
export function updateManifest(manifestText: string, metas: readonly RuleMeta[]): string {
  const manifest = JSON.parse(manifestText) as { contributes?: Record<string, unknown> };
  manifest.contributes = { ...manifest.contributes, configuration: renderConfiguration(metas) };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

// ---------------------------------------------------------------------------
// JSON schema for .onrecord.jsonc (VS Code `jsonValidation`).

function optionSchema(option: OptionSchema): JsonSchema {
  const base = { description: option.description, default: option.default };
  switch (option.type) {
    case 'string[]':
      return { ...base, type: 'array', items: { type: 'string' } };
    case 'number':
      return { ...base, type: 'number', ...(option.minimum === undefined ? {} : { minimum: option.minimum }) };
    case 'string':
      return { ...base, type: 'string', ...(option.enum ? { enum: option.enum } : {}) };
    default:
      return { ...base, type: option.type };
  }
}

function ruleSchema(meta: RuleMeta): JsonSchema {
  const options: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(meta.options ?? {}).map(([name, option]) => [name, optionSchema(option)])),
  };
  return {
    markdownDescription: severityDescription(meta),
    oneOf: [
      { $ref: '#/definitions/severity' },
      { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 1, maxItems: 2 },
    ],
  };
}

const LEXICON_EDIT: JsonSchema = {
  oneOf: [
    { type: 'array', items: { type: 'string' }, description: 'Phrases to add.' },
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        add: { type: 'array', items: { type: 'string' }, description: 'Phrases to add (phrases, not regular expressions).' },
        remove: { type: 'array', items: { type: 'string' }, description: 'Built-in phrases to drop.' },
      },
    },
  ],
};

/** The schema follows what config.ts accepts, aliases included, so valid files never show squiggles. */
export function renderConfigSchema(metas: readonly RuleMeta[]): JsonSchema {
  const lexicons: Record<string, string> = {
    ...EDITABLE_LEXICONS,
    namedSources: 'organisations and people your desk treats as on the record: never classified as anonymous',
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: 'Generated from rule metadata by `npm run generate`; do not edit.',
    title: 'OnRecord configuration (.onrecord.jsonc)',
    type: 'object',
    additionalProperties: false,
    definitions: {
      severity: {
        enum: [...SEVERITY_SETTINGS, 'info', 'warn', 0, 1, 2],
        markdownEnumDescriptions: [
          'The rule does not run.',
          'Shown faintly in the editor.',
          'Worth a look; often house style.',
          "Needs an editor's attention.",
          'The story should not run like this; fails the check.',
          'Same as `information`.',
          'Same as `warning`.',
          'Same as `off`.',
          'Same as `warning`.',
          'Same as `error`.',
        ],
      },
      preset: { enum: [...PRESET_NAMES] },
    },
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for configuration in parent folders.' },
      extends: {
        description: 'Presets to start from; this file\'s settings apply over them.',
        oneOf: [{ $ref: '#/definitions/preset' }, { type: 'array', items: { $ref: '#/definitions/preset' } }],
      },
      stage: {
        enum: [...STAGES],
        description: 'Strictness ladder: draft lowers every severity one step, publish raises it one step.',
      },
      genre: { enum: [...GENRES], description: 'What kind of copy the documents are.' },
      rules: {
        type: 'object',
        description: 'Severity, or [severity, options], per rule id.',
        additionalProperties: false,
        properties: Object.fromEntries(metas.map((meta) => [meta.id, ruleSchema(meta)])),
      },
      lexicon: {
        type: 'object',
        description: 'Phrases added to or removed from the built-in lists.',
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(lexicons).map(([name, description]) => [name, { ...LEXICON_EDIT, description }])),
      },
      ignore: { type: 'array', items: { type: 'string' }, description: 'Glob patterns of files not to check.' },
      policyUrl: { type: 'string', format: 'uri', description: "Your desk's standards page, shown in hovers." },
    },
  };
}

export function renderConfigSchemaText(metas: readonly RuleMeta[]): string {
  return `${JSON.stringify(renderConfigSchema(metas), null, 2)}\n`;
}

// ---------------------------------------------------------------------------
// The grammar's attribution cues, from the verb lexicon.

/** Cue phrases the attribution parser knows besides verbs (cues.ts); kept short on purpose. */
const CUE_PHRASES = ['according to', 'citing', 'quoted by', 'in a statement'];

function escapeForms(forms: readonly string[]): string {
  const unique = [...new Set(forms.map((f) => f.toLowerCase()))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/**
 * Verbs with common non-speech senses ("added 200 jobs", "the state") count as cues only in
 * their inflected forms and before a complement (that, a colon, a quotation) or at a clause end
 * (", she added."), the way the core's parser treats them; say and tell always count.
 */
function cueForms(verbs: readonly VerbEntry[], tones: readonly VerbEntry['tone'][]): { always: string[]; complement: string[] } {
  const always: string[] = [];
  const complement: string[] = [];
  for (const verb of verbs) {
    if (verb.stance || !tones.includes(verb.tone)) continue;
    if (!verb.strict) always.push(...verb.forms);
    else complement.push(...verb.forms.filter((form, i) => i > 1 || (i === 1 && form !== `${verb.base}s` && form !== `${verb.base}es`)));
  }
  return { always, complement };
}

function cueMatch(forms: { always: string[]; complement: string[] }, extra: readonly string[] = []): string {
  const always = escapeForms([...forms.always, ...extra]);
  const complement = escapeForms(forms.complement);
  return `(?i)(?<![\\p{L}\\p{N}'’-])(?:${always}|(?:${complement})(?=\\s+that\\b|\\s*[,.:;“"]))(?![\\p{L}\\p{N}'’-])`;
}

export function updateGrammar(grammarText: string, verbs: readonly VerbEntry[]): string {
  const grammar = JSON.parse(grammarText) as { repository: Record<string, JsonSchema> };
  grammar.repository.cue = {
    comment: 'Generated from the verb lexicon by `npm run generate`: neutral attribution cues.',
    match: cueMatch(cueForms(verbs, ['neutral']), CUE_PHRASES),
    name: 'keyword.other.attribution.cue.onrecord',
  };
  grammar.repository['loaded-cue'] = {
    comment: 'Generated from the verb lexicon by `npm run generate`: verbs that colour or endorse what they attribute.',
    match: cueMatch(cueForms(verbs, ['loaded', 'endorsing'])),
    name: 'keyword.other.attribution.cue.loaded.onrecord',
  };
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

// ---------------------------------------------------------------------------

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const README_PATH = here('../README.md');
export const MANIFEST_PATH = here('../package.json');
export const SCHEMA_PATH = here('../schemas/onrecord.schema.json');
export const GRAMMAR_PATH = here('../syntaxes/onrecord.injection.tmLanguage.json');

/** Every generated file: where it lives and what it should contain given its current text. */
export const GENERATED: readonly { path: string; render(current: string): string }[] = [
  { path: README_PATH, render: (current) => updateReadme(current, RULE_METAS) },
  { path: MANIFEST_PATH, render: (current) => updateManifest(current, RULE_METAS) },
  { path: SCHEMA_PATH, render: () => renderConfigSchemaText(RULE_METAS) },
  { path: GRAMMAR_PATH, render: (current) => updateGrammar(current, VERBS) },
  { path: PRESETS_DOC_PATH, render: () => renderPresetsDoc(RULE_METAS) },
];

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { path, render } of GENERATED) {
    const current = readOrEmpty(path);
    const next = render(current);
    const name = path.slice(here('..').length);
    if (next === current) {
      console.log(`${name} is up to date`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, next);
      console.log(`${name} regenerated`);
    }
  }
}
