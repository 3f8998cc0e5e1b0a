// Newsroom presets: tables that name real rules, change something, resolve as documented, and
// a generated doc that matches them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyse, PRESET_NAMES, presetLayer, resolveConfig, RULE_METAS } from '../server/src/core/index';
import { NEWSROOM_PRESETS } from '../server/src/core/presets';
import { PRESETS_DOC_PATH, renderPresetsDoc } from '../scripts/presets-doc';

const IDS = new Set(RULE_METAS.map((m) => m.id));

test('docs/presets.md matches the preset tables', () => {
  assert.equal(readFileSync(PRESETS_DOC_PATH, 'utf8'), renderPresetsDoc(RULE_METAS), 'docs/presets.md is stale: run npm run generate');
});

test('every newsroom preset is offered and every entry changes a real rule with a reason', () => {
  for (const [name, preset] of Object.entries(NEWSROOM_PRESETS)) {
    assert.ok(PRESET_NAMES.includes(name), `${name} is not in PRESET_NAMES`);
    assert.ok(Object.keys(preset.rules).length > 0, `${name} changes nothing`);
    for (const [id, entry] of Object.entries(preset.rules)) {
      const meta = RULE_METAS.find((m) => m.id === id);
      assert.ok(meta && IDS.has(id), `${name}: unknown rule ${id}`);
      assert.notEqual(entry.severity, meta.defaultSeverity, `${name}: ${id} repeats the default`);
      assert.ok(entry.why.length > 20, `${name}: ${id} needs its policy reason`);
      for (const option of Object.keys(entry.options ?? {})) assert.ok(meta.options?.[option], `${name}: ${id} has no option ${option}`);
    }
  }
});

test('a newsroom preset is recommended plus its own changes, and user rules win over it', () => {
  const ap = presetLayer('onrecord:ap', RULE_METAS)!.rules!;
  for (const meta of RULE_METAS) assert.equal(ap[meta.id], NEWSROOM_PRESETS['onrecord:ap'].rules[meta.id]?.severity ?? meta.defaultSeverity, meta.id);
  // Options travel with the severity: Reuters attributes after the first of two sentences.
  const reuters = resolveConfig([{ extends: 'onrecord:reuters' }], RULE_METAS);
  assert.deepEqual(reuters.rules['late-attribution'], { severity: 'warning', options: { minSentences: 2, minWords: 0 } });
  const resolved = resolveConfig([{ extends: 'onrecord:ap', rules: { 'anonymous-opinion': 'information' } }], RULE_METAS);
  assert.equal(resolved.rules['anonymous-opinion'].severity, 'information');
  assert.equal(resolved.rules['anonymity-unexplained'].severity, 'error');
});

test('the preset changes what a draft reports', () => {
  const text = 'Critics say the plan will drive shoppers away.\n';
  const severity = (preset?: string) =>
    analyse(text, { format: 'markdown', config: preset ? [{ extends: preset }] : [] }).findings.find((f) => f.rule === 'weasel-attribution')?.severity;
  assert.equal(severity(), 'warning');
  assert.equal(severity('onrecord:npr'), 'error');
  assert.equal(severity('onrecord:strict'), 'error');
});

test('genre caps writer\'s-voice rules: opinion silences editorialising, analysis softens labels', () => {
  const text = 'Clearly, the regime has lost control of its budget.\n';
  const rules = (genre?: 'news' | 'opinion' | 'analysis') =>
    analyse(text, { format: 'markdown', config: genre ? [{ genre }] : [] }).findings.map((f) => `${f.rule}:${f.severity}`).sort();
  assert.deepEqual(rules('news'), ['contentious-label:warning', 'editorialising:information']);
  assert.deepEqual(rules('opinion'), []);
  assert.deepEqual(rules('analysis'), ['contentious-label:information']);
  const front = analyse(`---\ngenre: opinion\n---\n\n${text}`, { format: 'markdown' }).findings.map((f) => f.rule);
  assert.deepEqual(front, [], 'genre in front matter applies to the document');
});
