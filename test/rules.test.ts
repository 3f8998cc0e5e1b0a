// Rule fixtures, markdownlint style (STYLE habits 5 and 6). Every Markdown draft under
// test/fixtures/rules/<rule-id>/ runs through ALL rules; `<!-- expect RULE "exact text" -->`
// under a line says which findings start on that line. Missing and unexpected findings both
// fail. A sibling NAME.fixed.md is the whole text after one pass of safe fixes; re-linting it
// must leave nothing safe-fixable, and fixing it again must change nothing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { analyse, applyFixes, LineIndex, parseConfigText, RULE_METAS, type ConfigLayer, type Finding, type Fix, type Severity } from '../server/src/core/index';

const FIXTURES = path.join(__dirname, 'fixtures', 'rules');
/**
 * Drafts written to DESIGN.md that the rules do not yet pass (see its README). Not run by
 * default; `ONRECORD_PENDING_FIXTURES=1` runs them to check whether a rule fix has landed.
 */
const PENDING = path.join(__dirname, 'fixtures', 'rules-pending');
const DOCS = path.resolve(__dirname, '../server/src/core/rules');
const RULE_IDS = new Set(RULE_METAS.map((m) => m.id));

/**
 * One or more expect comments and nothing else on the line: `<!-- expect RULE "exact text" -->`,
 * optionally followed by a severity (`… "TK" hint -->`). The text is a JSON string body, so a
 * quotation mark is `\"` and a comment closer inside the text is written `\u002d->`.
 */
const EXPECT_LINE = /^\s*(?:<!--\s*expect\s+[^\n]*?-->\s*)+$/;
const EXPECT = /<!--\s*expect\s+(\S+)\s+"((?:[^"\\]|\\.)*)"(?:\s+(error|warning|information|hint))?\s*-->/g;

export interface Expectation {
  rule: string;
  text: string;
  severity: Severity | null;
  /** 1-based line the expectation refers to. */
  line: number;
  /** 1-based line of the comment itself, for messages. */
  at: number;
}

/**
 * Reads the expect comments of a fixture. Each refers to the nearest line above it that is not
 * itself an expect line. Malformed comments are errors, so a typo cannot silently pass.
 */
export function readExpectations(text: string): { expectations: Expectation[]; errors: string[] } {
  const lines = text.split('\n');
  const expectations: Expectation[] = [];
  const errors: string[] = [];
  let target = 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!/<!--\s*expect\b/.test(line)) {
      target = i + 1;
      return;
    }
    if (!EXPECT_LINE.test(line)) {
      errors.push(`line ${i + 1}: an expect comment must sit alone on its line, under the line it refers to`);
      return;
    }
    const found = [...line.matchAll(EXPECT)];
    const comments = line.match(/-->/g)?.length ?? 0;
    if (found.length !== comments) errors.push(`line ${i + 1}: malformed expect comment (want <!-- expect RULE "exact text" -->)`);
    for (const m of found) {
      if (!RULE_IDS.has(m[1])) errors.push(`line ${i + 1}: unknown rule "${m[1]}"`);
      if (target === 0 || lines[target - 1].trim() === '') {
        errors.push(`line ${i + 1}: expect comment has no line of copy above it`);
        continue;
      }
      let expected: string;
      try {
        expected = JSON.parse(`"${m[2]}"`) as string;
      } catch {
        errors.push(`line ${i + 1}: bad escape in expected text`);
        continue;
      }
      expectations.push({ rule: m[1], text: expected, severity: (m[3] as Severity | undefined) ?? null, line: target, at: i + 1 });
    }
  });
  return { expectations, errors };
}

/** Pairs findings with expectations; what is left on either side is the failure. */
export function compare(text: string, findings: readonly Finding[], expectations: readonly Expectation[]): { missing: Expectation[]; unexpected: Finding[] } {
  const lines = new LineIndex(text);
  const unexpected = [...findings];
  const missing: Expectation[] = [];
  for (const e of expectations) {
    const k = unexpected.findIndex((f) => f.rule === e.rule && text.slice(f.start, f.end) === e.text && lines.position(f.start).line === e.line && (e.severity === null || f.severity === e.severity));
    if (k < 0) missing.push(e);
    else unexpected.splice(k, 1);
  }
  return { missing, unexpected };
}

function describeFinding(text: string, f: Finding): string {
  const { line, column } = new LineIndex(text).position(f.start);
  return `line ${line}:${column} ${f.rule} ${JSON.stringify(text.slice(f.start, f.end))} ${f.severity} (${f.message})`;
}

function listFixtures(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFixtures(full));
    else if (name.endsWith('.md') && !name.endsWith('.fixed.md') && name !== 'README.md') out.push(full);
  }
  return out;
}

function configFor(file: string): ConfigLayer[] {
  const configFile = file.replace(/\.md$/, '.config.json');
  if (!existsSync(configFile)) return [];
  const parsed = parseConfigText(readFileSync(configFile, 'utf8'), RULE_METAS);
  assert.deepEqual(parsed.problems, [], `${path.basename(configFile)} is not a valid config layer`);
  return [parsed.layer];
}

function lint(text: string, config: ConfigLayer[]) {
  return analyse(text, { format: 'markdown', config });
}

const safeFixes = (findings: readonly Finding[]): Fix[] => findings.flatMap((f) => f.fixes.filter((x) => x.safe));

const fixtures = [
  ...(existsSync(FIXTURES) ? listFixtures(FIXTURES) : []),
  ...(process.env.ONRECORD_PENDING_FIXTURES === '1' && existsSync(PENDING) ? listFixtures(PENDING) : []),
];

describe('rule fixtures', () => {
  for (const file of fixtures) {
    const name = path.relative(path.dirname(FIXTURES), file);
    test(name, () => {
      const text = readFileSync(file, 'utf8');
      const config = configFor(file);
      const { expectations, errors } = readExpectations(text);
      assert.deepEqual(errors, [], `${name}: bad expect comments`);

      const result = lint(text, config);
      assert.deepEqual(result.problems, [], `${name}: front matter problems`);
      const { missing, unexpected } = compare(text, result.findings, expectations);
      const report = [
        ...missing.map((e) => `missing:    line ${e.line} ${e.rule} ${JSON.stringify(e.text)}${e.severity ? ` ${e.severity}` : ''} (expected at line ${e.at})`),
        ...unexpected.map((f) => `unexpected: ${describeFinding(text, f)}`),
      ];
      assert.equal(report.length, 0, `${name}\n  ${report.join('\n  ')}`);

      const fixedFile = file.replace(/\.md$/, '.fixed.md');
      const fixes = safeFixes(result.findings);
      if (!existsSync(fixedFile)) {
        assert.equal(fixes.length, 0, `${name} has safe fixes: add ${path.basename(fixedFile)} with the text they produce`);
        return;
      }
      assert.ok(fixes.length > 0, `${name}: ${path.basename(fixedFile)} exists but no finding has a safe fix`);
      const once = applyFixes(text, fixes);
      assert.deepEqual(once.skipped, [], `${name}: safe fixes overlap`);
      assert.equal(once.text, readFileSync(fixedFile, 'utf8'), `${name}: safe fixes do not produce ${path.basename(fixedFile)}`);
      assert.equal(applyFixes(text, fixes).text, once.text, `${name}: applying the same fixes twice gives different text`);

      const relinted = lint(once.text, config);
      const left = relinted.findings.filter((f) => f.fixes.some((x) => x.safe));
      assert.deepEqual(left.map((f) => describeFinding(once.text, f)), [], `${name}: safe-fixable findings remain after fixing`);
      assert.equal(applyFixes(once.text, safeFixes(relinted.findings)).text, once.text, `${name}: fixing the fixed text changed it`);
    });
  }
});

/** Scenario names: two or more lower-case words ("reason-given.md"), never "test1.md". */
const SCENARIO_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+\.md$/;
const NUMBERED_NAME = /^(?:test|case|fixture|example|sample|draft)-?\d+/;

describe('fixture coverage', () => {
  for (const meta of RULE_METAS) {
    test(`${meta.id} has scenario fixtures with a positive case`, () => {
      const dir = path.join(FIXTURES, meta.id);
      assert.ok(existsSync(dir), `missing folder test/fixtures/rules/${meta.id}/`);
      const files = listFixtures(dir);
      assert.ok(files.length >= 3, `${meta.id}: want at least three scenarios (positive, negative, edge), found ${files.length}`);
      for (const file of files) {
        const base = path.basename(file);
        assert.match(base, SCENARIO_NAME, `${meta.id}/${base}: name fixtures by scenario, in kebab-case`);
        assert.doesNotMatch(base, NUMBERED_NAME, `${meta.id}/${base}: name fixtures by scenario, not by number`);
      }
      const positive = files.some((f) => readExpectations(readFileSync(f, 'utf8')).expectations.some((e) => e.rule === meta.id));
      assert.ok(positive, `${meta.id}: no fixture expects a finding of this rule`);
      const negative = files.some((f) => !readExpectations(readFileSync(f, 'utf8')).expectations.some((e) => e.rule === meta.id));
      assert.ok(negative, `${meta.id}: no fixture shows copy that passes this rule`);
    });
  }

  test('every fixture folder is a rule id', () => {
    const stray = readdirSync(FIXTURES).filter((name) => statSync(path.join(FIXTURES, name)).isDirectory() && !RULE_IDS.has(name));
    assert.deepEqual(stray, []);
  });

  test('every .fixed.md and .config.json has its fixture', () => {
    const orphans: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(?:fixed\.md|config\.json)$/.test(name) && !existsSync(full.replace(/\.(?:fixed\.md|config\.json)$/, '.md'))) orphans.push(path.relative(FIXTURES, full));
      }
    };
    walk(FIXTURES);
    assert.deepEqual(orphans, []);
  });
});

/** The sections every rule doc has, in order (DESIGN §4: flags, why, examples, fixes, options). */
export const DOC_SECTIONS = ['## What it flags', '## Why', '## Fails', '## Passes', '## Fixes', '## Options', '## Suppressing'];

describe('rule docs', () => {
  for (const meta of RULE_METAS) {
    test(`${meta.id}.md`, () => {
      const file = path.join(DOCS, `${meta.id}.md`);
      assert.ok(existsSync(file), `missing server/src/core/rules/${meta.id}.md`);
      const doc = readFileSync(file, 'utf8');
      assert.equal(doc.split('\n')[0], `# ${meta.id}`, 'first line is the title');
      let at = -1;
      for (const heading of DOC_SECTIONS) {
        const i = doc.indexOf(`\n${heading}\n`);
        assert.ok(i > at, `${meta.id}.md: section "${heading}" missing or out of order`);
        at = i;
      }
      const section = (heading: string) => {
        const from = doc.indexOf(`\n${heading}\n`) + heading.length + 2;
        const next = doc.indexOf('\n## ', from);
        return doc.slice(from, next < 0 ? doc.length : next);
      };
      for (const policy of meta.policy) assert.ok(section('## Why').includes(policy), `${meta.id}.md: "Why" should name ${policy}`);
      const options = Object.keys(meta.options ?? {});
      if (options.length === 0) assert.match(section('## Options'), /\bNone\b/, `${meta.id}.md: say the rule has no options`);
      for (const option of options) assert.ok(section('## Options').includes(`\`${option}\``), `${meta.id}.md: document option ${option}`);
      const fixText = section('## Fixes');
      if (meta.fix === 'none') assert.match(fixText, /\bNone\b|no fix/i, `${meta.id}.md: say the rule has no fix`);
      else assert.match(fixText, meta.fix === 'safe' ? /\bsafe\b/i : /\bsuggest/i, `${meta.id}.md: say whether the fix is safe or suggested`);
      assert.ok(section('## Suppressing').includes(`<!-- onrecord-disable-next-line ${meta.id} -- `), `${meta.id}.md: show the suppression comment with a reason`);
      assert.ok(doc.split('\n').length <= 70, `${meta.id}.md: keep the doc short`);
    });
  }
});

describe('fixture harness', () => {
  const draft = [
    '# Headline', // 1
    '', // 2
    'Sources said the ferry would stop.', // 3
    '<!-- expect bare-source "Sources" -->', // 4
    '<!-- expect anonymity-unexplained "Sources" warning -->', // 5
    'He called it a "sham".', // 6
    '<!-- expect scare-quotes "\\"sham\\"" --> <!-- expect tk-placeholder "a \\u002d-> b" -->', // 7
  ].join('\n');

  test('an expect comment refers to the nearest line above that is not an expect comment', () => {
    const { expectations, errors } = readExpectations(draft);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      expectations.map((e) => [e.rule, e.text, e.severity, e.line, e.at]),
      [
        ['bare-source', 'Sources', null, 3, 4],
        ['anonymity-unexplained', 'Sources', 'warning', 3, 5],
        ['scare-quotes', '"sham"', null, 6, 7],
        ['tk-placeholder', 'a --> b', null, 6, 7],
      ],
    );
  });

  test('malformed, misplaced and unknown expectations are errors', () => {
    const { errors } = readExpectations(['', '<!-- expect bare-source "x" -->', 'Copy.', '<!-- expect no-such-rule "x" -->', 'Copy. <!-- expect bare-source "x" -->', '<!-- expect bare-source x -->'].join('\n'));
    assert.equal(errors.length, 4, errors.join('\n'));
    assert.match(errors[0], /line 2: .*no line of copy/);
    assert.match(errors[1], /line 4: unknown rule "no-such-rule"/);
    assert.match(errors[2], /line 5: .*alone on its line/);
    assert.match(errors[3], /line 6: malformed/);
  });

  test('expect comments never produce findings themselves', () => {
    const text = 'The board met.\n<!-- expect bare-source "sources said" --> <!-- expect tk-placeholder "TK" -->\n<!-- expect contentious-label "the regime claimed \\"key\\" TK" -->\n';
    assert.deepEqual(lint(text, []).findings, []);
  });

  test('compare reports missing and unexpected findings, matching rule, text, line and severity', () => {
    const text = 'Sources said so.\nOfficials said so.\n';
    const finding = (rule: string, start: number, end: number, severity: Severity = 'warning'): Finding => ({ rule, family: 'anonymous-sourcing', severity, message: '', start, end, fixes: [], related: [] });
    const findings = [finding('bare-source', 0, 7, 'error'), finding('vague-source', 17, 26)];
    const expect = (rule: string, text: string, line: number, severity: Severity | null = null): Expectation => ({ rule, text, line, severity, at: line + 1 });
    assert.deepEqual(compare(text, findings, [expect('bare-source', 'Sources', 1), expect('vague-source', 'Officials', 2)]), { missing: [], unexpected: [] });
    const wrongLine = compare(text, findings, [expect('bare-source', 'Sources', 2)]);
    assert.equal(wrongLine.missing.length, 1);
    assert.deepEqual(wrongLine.unexpected.map((f) => f.rule), ['bare-source', 'vague-source']);
    assert.equal(compare(text, findings, [expect('bare-source', 'Source', 1)]).missing.length, 1, 'text must match exactly');
    assert.equal(compare(text, findings, [expect('bare-source', 'Sources', 1, 'warning')]).missing.length, 1, 'severity must match when given');
    assert.equal(compare(text, findings, [expect('bare-source', 'Sources', 1), expect('bare-source', 'Sources', 1)]).missing.length, 1, 'one finding satisfies one expectation');
  });
});
