// Generated files must match what rule metadata produces now (STYLE habit 7).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { PRESET_NAMES, RULE_METAS, parseConfigText, type RuleMeta } from '../server/src/core/index';
import {
  GENERATED,
  MANIFEST_PATH,
  RULES_END,
  RULES_START,
  renderConfigSchema,
  renderConfiguration,
  renderRulesTable,
  updateReadme,
} from '../scripts/generate';

test('rules table has one row per rule, each linking its doc', () => {
  const table = renderRulesTable(RULE_METAS);
  for (const meta of RULE_METAS) assert.ok(table.includes(`](server/src/core/rules/${meta.id}.md)`), meta.id);
  assert.equal(table.split('\n').length, RULE_METAS.length + 2);
});

test('updateReadme replaces only the text between the markers', () => {
  const metas: RuleMeta[] = [
    {
      id: 'example-rule',
      family: 'numbers',
      title: 'Example',
      description: 'Flags a | b\nacross lines.',
      defaultSeverity: 'warning',
      fix: 'safe',
      policy: [],
      rationale: '',
    },
  ];
  const text = `intro\n${RULES_START}\nold table\n${RULES_END}\noutro\n`;
  const updated = updateReadme(text, metas);
  assert.ok(updated.startsWith(`intro\n${RULES_START}\n\n| Rule |`));
  assert.ok(updated.includes('| [`example-rule`](server/src/core/rules/example-rule.md) | numbers | warning | safe | Flags a \\| b across lines. |'));
  assert.ok(updated.endsWith(`\n\n${RULES_END}\noutro\n`));
  assert.equal(updateReadme(updated, metas), updated, 'regenerating is idempotent');
  assert.throws(() => updateReadme('no markers', metas), /rules:start/);
});

for (const { path, render } of GENERATED) {
  const name = path.slice(fileURLToPath(new URL('..', import.meta.url)).length);
  test(`${name} is up to date with rule metadata`, () => {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    assert.equal(current, render(current), `${name} is stale: run npm run generate and commit it with the metadata change`);
  });
}

test('the settings block offers every rule id and every severity', () => {
  const { properties } = renderConfiguration(RULE_METAS) as { properties: Record<string, { properties?: Record<string, { enum: string[] }> }> };
  assert.deepEqual(Object.keys(properties), ['onrecord.enable', 'onrecord.run', 'onrecord.stage', 'onrecord.rules', 'onrecord.trace.server']);
  const rules = properties['onrecord.rules'].properties!;
  assert.deepEqual(Object.keys(rules), RULE_METAS.map((meta) => meta.id));
  for (const setting of Object.values(rules)) assert.deepEqual(setting.enum, ['off', 'hint', 'information', 'warning', 'error']);
});

test('the manifest contributes the generated settings, the schema and the grammar', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
  assert.deepEqual(manifest.contributes.configuration, renderConfiguration(RULE_METAS));
  const validation = manifest.contributes.jsonValidation as { fileMatch: string[]; url: string }[];
  assert.ok(validation.some((v) => v.fileMatch.includes('.onrecord.jsonc') && v.fileMatch.includes('.onrecord.json') && v.url === './schemas/onrecord.schema.json'));
});

describe('config schema agrees with the config parser', () => {
  const validate = new Ajv({ strict: false, allErrors: true }).compile(renderConfigSchema(RULE_METAS));
  const withOptions = RULE_METAS.find((meta) => meta.options && Object.keys(meta.options).length > 0)!;
  const [optionName, option] = Object.entries(withOptions.options!)[0];
  const valid: Record<string, string> = {
    'the README example': JSON.stringify({
      extends: [PRESET_NAMES[0]],
      stage: 'edit',
      genre: 'news',
      rules: { [RULE_METAS[0].id]: 'off', [withOptions.id]: ['error', { [optionName]: option.default }] },
      lexicon: { labels: { add: ['junta'], remove: ['regime'] }, namedSources: ['Stalwerk'] },
      ignore: ['archive/**'],
      policyUrl: 'https://example.org/standards',
    }),
    'severity aliases': JSON.stringify({ extends: PRESET_NAMES[1], rules: { [RULE_METAS[0].id]: 'warn', [RULE_METAS[1].id]: 'info', [RULE_METAS[2].id]: 0 } }),
    'an empty file': '{}',
  };
  for (const [what, text] of Object.entries(valid)) {
    test(`accepts ${what}`, () => {
      assert.deepEqual(parseConfigText(text, RULE_METAS).problems, []);
      assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
    });
  }
  const invalid: Record<string, string> = {
    'an unknown rule': JSON.stringify({ rules: { 'no-such-rule': 'error' } }),
    'an unknown severity': JSON.stringify({ rules: { [RULE_METAS[0].id]: 'fatal' } }),
    'an unknown option': JSON.stringify({ rules: { [withOptions.id]: ['warning', { noSuchOption: true }] } }),
    'an unknown preset': JSON.stringify({ extends: 'onrecord:nope' }),
    'an unknown stage': JSON.stringify({ stage: 'final' }),
    'an unknown key': JSON.stringify({ rulez: {} }),
  };
  for (const [what, text] of Object.entries(invalid)) {
    test(`rejects ${what}`, () => {
      assert.notDeepEqual(parseConfigText(text, RULE_METAS).problems, []);
      assert.equal(validate(JSON.parse(text)), false);
    });
  }
});
