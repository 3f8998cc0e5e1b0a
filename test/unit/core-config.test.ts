// Configuration (DESIGN §5): parsing `.onrecord.jsonc` with problems at offsets, merging layers
// outermost first, presets computed from rule metadata, and the stage ladder.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, parseConfigText, presetLayer, PRESET_NAMES, resolveConfig, RULE_METAS, severityForStage, type ConfigLayer } from '../../server/src/core/index';

const parse = (text: string) => parseConfigText(text, RULE_METAS);
const resolve = (layers: ConfigLayer[]) => resolveConfig(layers, RULE_METAS);

describe('parseConfigText', () => {
  test('JSONC: comments and trailing commas are fine', () => {
    const { layer, problems } = parse('// newsroom defaults\n{\n  "stage": "publish", /* strict */\n  "rules": { "vague-quantity": "off", },\n}\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(layer, { stage: 'publish', rules: { 'vague-quantity': 'off' } });
  });

  test('a syntax error comes back with the offset of the bad token, never a throw', () => {
    const text = '{ "stage": "edit" "genre": "news" }';
    const { layer, problems } = parse(text);
    assert.deepEqual(layer, {});
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /invalid JSON: CommaExpected/);
    assert.equal(problems[0].start, text.indexOf('"genre"'));
    const empty = parse('');
    assert.match(empty.problems[0].message, /invalid JSON/);
    assert.equal(empty.problems[0].start, 0);
  });

  test('unknown keys, rules, presets, severities and options are problems at their offsets', () => {
    const text = '{ "colour": 1, "extends": ["onrecord:strict", "onrecord:nope"], "rules": { "no-such-rule": "error", "bare-source": "loud", "tk-placeholder": ["error", { "x": 1 }], "anonymity-unexplained": ["warning", { "acceptBoilerplate": "yes" }] } }';
    const { layer, problems } = parse(text);
    const at = (needle: string) => text.indexOf(needle);
    const found = problems.map((p) => [p.message.replace(/ \(.*$/, ''), p.start]);
    assert.deepEqual(found, [
      ['unknown key "colour"', at('"colour"')],
      ['unknown preset "onrecord:nope"', at('["onrecord:strict"')],
      ['unknown rule "no-such-rule"', at('"no-such-rule"')],
      ['rule "bare-source": severity must be one of off, hint, information, warning, error', at('"loud"')],
      ['rule "tk-placeholder": unknown option "x"', at('["error", { "x"')],
      ['rule "anonymity-unexplained": option "acceptBoilerplate" must be a boolean', at('["warning"')],
    ]);
    assert.deepEqual(layer.extends, ['onrecord:strict']);
    assert.equal(layer.rules?.['no-such-rule'], undefined);
    assert.equal(layer.rules?.['bare-source'], undefined);
  });

  test('ESLint-style severities are normalised: warn, info, 0/1/2', () => {
    const { layer, problems } = parse('{ "rules": { "bare-source": "warn", "vague-source": "info", "hidden-source": 0, "scare-quotes": 1, "orphan-quote": 2 } }');
    assert.deepEqual(problems, []);
    assert.deepEqual(layer.rules, { 'bare-source': 'warning', 'vague-source': 'information', 'hidden-source': 'off', 'scare-quotes': 'warning', 'orphan-quote': 'error' });
  });

  test('a config that is not an object is a problem', () => {
    assert.match(parse('[1, 2]').problems[0].message, /must be an object/);
  });
});

describe('resolveConfig', () => {
  test('defaults: edit stage, news genre, every rule at its default severity', () => {
    const config = resolve([]);
    assert.equal(config.stage, 'edit');
    assert.equal(config.genre, 'news');
    for (const meta of RULE_METAS) assert.equal(config.rules[meta.id].severity, meta.defaultSeverity, meta.id);
  });

  test('later layers win; a layer\'s extends sits under its own settings', () => {
    const config = resolve([
      { extends: 'onrecord:strict', stage: 'draft', rules: { 'vague-quantity': 'off' } },
      { genre: 'opinion', rules: { 'anonymity-unexplained': ['warning', { acceptBoilerplate: true }] } },
    ]);
    assert.equal(config.stage, 'draft');
    assert.equal(config.genre, 'opinion');
    assert.equal(config.rules['vague-quantity'].severity, 'off', 'own setting beats its preset');
    assert.equal(config.rules['bare-source'].severity, 'error', 'from strict');
    assert.equal(config.rules['vague-source'].severity, 'error', 'strict raises warning to error');
    assert.deepEqual(config.rules['anonymity-unexplained'], { severity: 'warning', options: { acceptBoilerplate: true } });
  });

  test('a later preset resets what an earlier layer set', () => {
    const config = resolve([{ rules: { 'bare-source': 'off' } }, { extends: ['onrecord:recommended'] }]);
    assert.equal(config.rules['bare-source'].severity, 'error');
  });

  test('rule options merge across layers', () => {
    const config = resolve([{ rules: { 'contentious-label': ['warning', { includeLoaded: false }] } }, { rules: { 'contentious-label': 'error' } }]);
    assert.deepEqual(config.rules['contentious-label'], { severity: 'error', options: { includeLoaded: false } });
  });

  test('lexicon edits add and remove across layers; namedSources accumulate', () => {
    const config = resolve([
      { lexicon: { labels: { add: ['junta-backed'], remove: ['regime'] }, namedSources: ['Rostec'] } },
      { lexicon: { labels: { add: ['regime'] }, namedSources: ['Calder Marine'] } },
    ]);
    assert.deepEqual(config.lexicon.labels, { add: ['junta-backed', 'regime'], remove: [] });
    assert.deepEqual(config.namedSources, ['Rostec', 'Calder Marine']);
  });

  test('front matter overrides config layers, and overrides beat front matter', () => {
    const text = '---\nstage: publish\n---\nThe ferry ran for TK years.\n';
    const base = analyse(text, { format: 'markdown', config: [{ stage: 'draft' }] });
    assert.equal(base.model.config.stage, 'publish');
    assert.equal(base.findings.find((f) => f.rule === 'tk-placeholder')?.severity, 'error');
    const overridden = analyse(text, { format: 'markdown', config: [{ stage: 'draft' }], overrides: [{ stage: 'edit' }] });
    assert.equal(overridden.model.config.stage, 'edit');
    assert.equal(overridden.findings.find((f) => f.rule === 'tk-placeholder')?.severity, 'warning');
  });

  test('a rule turned off reports nothing', () => {
    const text = 'The ferry ran for TK years.\n';
    assert.equal(analyse(text, { format: 'markdown', config: [{ rules: { 'tk-placeholder': 'off' } }] }).findings.length, 0);
  });
});

describe('presets', () => {
  test('recommended is every rule\'s default; strict raises each one step', () => {
    assert.ok(PRESET_NAMES.includes('onrecord:recommended'));
    assert.ok(PRESET_NAMES.includes('onrecord:strict'));
    const recommended = presetLayer('onrecord:recommended', RULE_METAS)!.rules!;
    const strict = presetLayer('onrecord:strict', RULE_METAS)!.rules!;
    const raise: Record<string, string> = { hint: 'information', information: 'warning', warning: 'error', error: 'error', off: 'warning' };
    for (const meta of RULE_METAS) {
      assert.equal(recommended[meta.id], meta.defaultSeverity, meta.id);
      assert.equal(strict[meta.id], raise[meta.defaultSeverity], meta.id);
    }
    assert.equal(presetLayer('onrecord:nope', RULE_METAS), undefined);
  });
});

describe('stage ladder', () => {
  test('draft lowers one step, edit keeps, publish raises one step; off stays off', () => {
    const ladder = ['hint', 'information', 'warning', 'error'] as const;
    const draft = ladder.map((s) => severityForStage(s, 'draft'));
    const edit = ladder.map((s) => severityForStage(s, 'edit'));
    const publish = ladder.map((s) => severityForStage(s, 'publish'));
    assert.deepEqual(draft, ['hint', 'hint', 'information', 'warning']);
    assert.deepEqual(edit, [...ladder]);
    assert.deepEqual(publish, ['information', 'warning', 'error', 'error']);
    for (const stage of ['draft', 'edit', 'publish'] as const) assert.equal(severityForStage('off', stage), 'off');
  });

  test('a finding\'s own severity also follows the stage', () => {
    const text = '---\nstage: publish\n---\nCouncillor Jo Brennan revealed that the audit was wrong.\n';
    const finding = analyse(text, { format: 'markdown' }).findings.find((f) => f.rule === 'loaded-attribution-verb');
    assert.equal(finding?.severity, 'warning', 'information raised one step');
  });
});
