// Generated files must match what rule metadata produces now (STYLE habit 7).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { RULE_METAS, type RuleMeta } from '../server/src/core/index';
import { README_PATH, RULES_END, RULES_START, renderRulesTable, updateReadme } from '../scripts/generate';

test('README rules table matches rule metadata', () => {
  const readme = readFileSync(README_PATH, 'utf8');
  assert.equal(readme, updateReadme(readme, RULE_METAS), 'README rules table is stale: run npm run generate');
});

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
