// Every output format of `check`, end to end: what a CI system or an editor parses. Each format
// is checked for its standard (SARIF against the official 2.1.0 schema from npm, GitHub
// workflow-command escaping, well-formed JUnit XML) and for the flags that apply to all of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { COMPACT_PATTERN } from '../../server/src/cli/formatters/compact';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { xmlEscape } from '../../server/src/cli/formatters/junit';
import { BARE, CLEAN, LOADED, REPO, run, runHere as runIn, runJson, Scratch } from './helpers';

const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github', 'junit'] as const;
let scratch: Scratch;

before(() => {
  scratch = new Scratch('formats');
});
after(() => scratch.remove());

/** A draft with an error (bare-source) and warnings (loaded-attribution-verb), and one clean draft. */
function drafts(): string {
  return scratch.workspace({
    'news/a.md': `# Plan\n\n${BARE}\n\n${LOADED}\n`,
    'news/clean.md': `${CLEAN}\n`,
  });
}

describe('compact', () => {
  test('one finding per line in file:line:col: severity rule message, parsed by the problem matcher pattern', async () => {
    const dir = drafts();
    // The bundled binary, as the problem matcher sees it.
    const r = run(['check', '--format', 'compact', 'news'], { cwd: dir });
    assert.equal(r.status, 1);
    const { report } = await runJson(['news'], { cwd: dir });
    const expected = report.files.flatMap((f) => f.findings.map((x) => ({ file: f.path, ...x })));
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, expected.length);
    const words: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };
    lines.forEach((line, i) => {
      const m = COMPACT_PATTERN.exec(line);
      assert.ok(m, `compact line does not match the pattern: ${line}`);
      const e = expected[i];
      assert.deepEqual([m[1], Number(m[2]), Number(m[3]), m[4], m[5], m[6]], [e.file, e.line, e.column, words[e.severity], e.rule, e.message]);
    });
  });

  test('the pattern keeps Windows drive letters and colons in messages', async () => {
    const m = COMPACT_PATTERN.exec('C:\\drafts\\a.md:3:7: warning vague-source Vague source "x": missing role.');
    assert.ok(m);
    assert.deepEqual(m.slice(1), ['C:\\drafts\\a.md', '3', '7', 'warning', 'vague-source', 'Vague source "x": missing role.']);
  });

  test("the extension's problem matcher, when declared, parses the same lines", async (t) => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      contributes?: { problemMatchers?: { name: string; pattern: { regexp: string; file: number; line: number; column: number; severity?: number; code?: number; message: number } | { regexp: string }[] }[] };
    };
    const matcher = manifest.contributes?.problemMatchers?.find((m) => m.name.includes('onrecord'));
    if (!matcher) {
      t.skip('package.json declares no onrecord problem matcher yet');
      return;
    }
    const pattern = (Array.isArray(matcher.pattern) ? matcher.pattern[0] : matcher.pattern) as { regexp: string; file: number; line: number; column: number; severity?: number; code?: number; message: number };
    const dir = drafts();
    const r = await runIn(['check', '--format', 'compact', 'news'], { cwd: dir });
    const re = new RegExp(pattern.regexp);
    for (const line of r.stdout.trimEnd().split('\n')) {
      const ours = COMPACT_PATTERN.exec(line)!;
      const theirs = re.exec(line);
      assert.ok(theirs, `the problem matcher does not match: ${line}`);
      assert.equal(theirs[pattern.file], ours[1]);
      assert.equal(theirs[pattern.line], ours[2]);
      assert.equal(theirs[pattern.column], ours[3]);
      assert.equal(theirs[pattern.message].endsWith(ours[6]) || theirs[pattern.message] === ours[6], true);
      if (pattern.severity !== undefined) assert.equal(theirs[pattern.severity], ours[4]);
      if (pattern.code !== undefined) assert.equal(theirs[pattern.code], ours[5]);
    }
  });
});

describe('sarif', () => {
  /** The official SARIF 2.1.0 schema as published on npm (Microsoft's SARIF matchers package). */
  function validator() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
    const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // The schema's patterns are ECMAScript without the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const compiled = ajv.compile(schema);
    // A plain predicate: the compiled one narrows its argument to `unknown`.
    const check = (data: object): boolean => compiled(data);
    return Object.assign(check, {
      get errors() {
        return compiled.errors;
      },
    });
  }

  test('validates against the SARIF 2.1.0 schema, with rule descriptors, help URIs and UTF-16 columns', async () => {
    const text = `# Plan\n\n🗞️ ${BARE}\n\n${LOADED}\n`;
    const dir = scratch.workspace({ 'news/a.md': text, 'news/clean.md': `${CLEAN}\n` });
    const r = await runIn(['check', '--format', 'sarif', 'news'], { cwd: dir });
    assert.equal(r.status, 1);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; helpUri: string }[] } };
        columnKind: string;
        originalUriBaseIds: Record<string, { uri: string }>;
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number; snippet?: { text: string } } } }[];
          partialFingerprints: Record<string, string>;
        }[];
      }[];
    };
    const validate = validator();
    assert.ok(validate(log), `SARIF does not validate: ${JSON.stringify(validate.errors, null, 1)}`);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.equal(run0.tool.driver.name, 'onrecord');
    const rules = JSON.parse((await runIn(['rules', '--format', 'json'], { cwd: REPO })).stdout) as { rules: { id: string; title: string; description: string; rationale: string }[] };
    assert.deepEqual(
      run0.tool.driver.rules.map((d) => d.id),
      rules.rules.map((m) => m.id).sort((a, b) => run0.tool.driver.rules.findIndex((d) => d.id === a) - run0.tool.driver.rules.findIndex((d) => d.id === b)),
    );
    for (const meta of rules.rules) {
      const d = run0.tool.driver.rules.find((x) => x.id === meta.id)!;
      assert.equal(d.shortDescription.text, meta.title);
      assert.equal(d.fullDescription.text, meta.description);
      assert.ok(d.help.text.includes(meta.rationale), `help of ${meta.id} carries the policy rationale`);
      assert.match(d.helpUri, new RegExp(`/rules/${meta.id}\\.md$`));
    }
    const { report } = await runJson(['news'], { cwd: dir });
    const findings = report.files.flatMap((f) => f.findings.map((x) => ({ path: f.path, ...x })));
    assert.equal(run0.results.length, findings.length);
    const levels: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
    run0.results.forEach((res, i) => {
      const f = findings[i];
      assert.equal(res.ruleId, f.rule);
      assert.equal(run0.tool.driver.rules[res.ruleIndex].id, f.rule);
      assert.equal(res.level, levels[f.severity]);
      assert.equal(res.message.text, f.message);
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, 'news/a.md');
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual([loc.region.startLine, loc.region.startColumn, loc.region.endLine, loc.region.endColumn], [f.line, f.column, f.endLine, f.endColumn]);
      assert.equal(loc.region.snippet?.text, text.slice(f.start, f.end));
      assert.ok(Object.values(res.partialFingerprints)[0].length > 0);
    });
    assert.ok(run0.originalUriBaseIds['%SRCROOT%'].uri.startsWith('file:///'));
    assert.ok(run0.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'));
    // The emoji before "Sources" takes 3 UTF-16 code units plus the space.
    const bare = run0.results.find((res) => res.ruleId === 'bare-source')!;
    assert.equal(bare.locations[0].physicalLocation.region.startColumn, '🗞️ '.length + 1);
  });

  test('related locations (a disputed figure and its denial) and fixes validate too', async () => {
    const validate = validator();
    const dir = scratch.workspace({
      'figures.md': 'Officials said 300 jobs were at risk. The Harbour Board said in a statement that the figure was exaggerated.\n\nThe governor claimed the ferry was late.\n',
    });
    const log = JSON.parse((await runIn(['check', '--format', 'sarif', 'figures.md'], { cwd: dir })).stdout) as {
      runs: { results: { relatedLocations?: { message: { text: string } }[]; fixes?: unknown[] }[] }[];
    };
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.ok(log.runs[0].results.some((r) => (r.relatedLocations?.length ?? 0) > 0), 'a result with related locations');
    assert.ok(log.runs[0].results.some((r) => (r.fixes?.length ?? 0) > 0), 'a result with fixes');
  });

  test('a clean run is a valid log with no results; an unreadable file is a tool notification', async () => {
    const validate = validator();
    const clean = scratch.workspace({ 'a.md': `${CLEAN}\n` });
    const r = await runIn(['check', '--format', 'sarif'], { cwd: clean });
    assert.equal(r.status, 0);
    const log = JSON.parse(r.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.deepEqual(log.runs[0].results, []);
    const broken = scratch.workspace({ 'bad.md': Buffer.from([0x41, 0xe9, 0x0a]) });
    const b = await runIn(['check', '--format', 'sarif'], { cwd: broken });
    assert.equal(b.status, 2);
    const blog = JSON.parse(b.stdout);
    assert.ok(validate(blog), JSON.stringify(validate.errors));
    assert.equal(blog.runs[0].invocations[0].executionSuccessful, false);
  });
});

describe('github', () => {
  test('workflow commands with file, line, col, endLine, endColumn and title', async () => {
    const dir = drafts();
    const r = await runIn(['check', '--format', 'github', 'news'], { cwd: dir });
    assert.equal(r.status, 1);
    const { report } = await runJson(['news'], { cwd: dir });
    const findings = report.files.flatMap((f) => f.findings.map((x) => ({ path: f.path, ...x })));
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, findings.length);
    const commands: Record<string, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };
    lines.forEach((line, i) => {
      const f = findings[i];
      assert.equal(
        line,
        `::${commands[f.severity]} file=news/a.md,line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=onrecord ${f.rule}::${escapeData(f.message)}`,
      );
    });
  });

  test('escapes %, CR and LF in messages, and also : and , in properties', async () => {
    assert.equal(escapeData('50% of\r\nthe: a,b'), '50%25 of%0D%0Athe: a,b');
    assert.equal(escapeProperty('dir:x,y%\n.md'), 'dir%3Ax%2Cy%25%0A.md');
    const dir = scratch.workspace({ 'a,b:c%.md': `${BARE}\n` });
    const r = await runIn(['check', '--format', 'github', 'a,b:c%.md'], { cwd: dir });
    assert.match(r.stdout, /^::error file=a%2Cb%3Ac%25\.md,line=1,/m);
  });
});

describe('junit', () => {
  test('one testsuite per file; a failing testcase per finding, a passing one for a clean file', async () => {
    const dir = drafts();
    const r = await runIn(['check', '--format', 'junit', 'news'], { cwd: dir });
    assert.equal(r.status, 1);
    const { report } = await runJson(['news'], { cwd: dir });
    const a = report.files.find((f) => f.path === 'news/a.md')!;
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="onrecord" /);
    assert.equal((r.stdout.match(/<testsuite /g) ?? []).length, 2);
    assert.equal((r.stdout.match(/<failure /g) ?? []).length, a.findings.length);
    assert.match(r.stdout, new RegExp(`<testsuite name="news/a\\.md" tests="${a.findings.length}" failures="${a.findings.length}" errors="0"`));
    assert.match(r.stdout, /<testcase classname="news\/clean\.md" name="news\/clean\.md" time="0"\/>/);
    assertWellFormed(r.stdout);
  });

  test('a skipped file is a skipped testcase, an unreadable one an error', async () => {
    const dir = scratch.workspace({ 'photo.md': new Uint8Array([0x89, 0x50, 0, 0, 0x0d]), 'latin1.md': Buffer.from([0x41, 0xe9, 0x0a]) });
    const r = await runIn(['check', '--format', 'junit', '.'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stdout, /<testsuite name="latin1\.md" tests="1" failures="0" errors="1" skipped="0"[^>]*>\n\s*<testcase [^>]*>\n\s*<error message="invalid UTF-8/);
    assert.match(r.stdout, /<testsuite name="photo\.md" tests="1" failures="0" errors="0" skipped="1"[^>]*>\n\s*<testcase [^>]*>\n\s*<skipped message="binary/);
    assert.match(r.stdout, /<testsuites name="onrecord" tests="2" failures="0" errors="1"/);
    assertWellFormed(r.stdout);
  });

  test('escapes markup and drops characters XML cannot carry', async () => {
    assert.equal(xmlEscape(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    assert.equal(xmlEscape('bell\u0007 lone\ud800 ok😀'), 'bell\ufffd lone\ufffd ok😀');
    const dir = scratch.workspace({ 'a&<b>.md': `The plan was "dead & <buried>", the minister claimed.\n\n${BARE}\n` });
    const r = await runIn(['check', '--format', 'junit', '.'], { cwd: dir });
    assert.match(r.stdout, /name="a&amp;&lt;b&gt;\.md"/);
    assertWellFormed(r.stdout);
  });
});

/** Tags balance and every attribute value and text run is free of raw markup characters. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z]+)((?:\s+[A-Za-z]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>/g;
  let at = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const between = body.slice(at, m.index);
    assert.doesNotMatch(between, /[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/, `raw markup in text: ${between}`);
    at = m.index + m[0].length;
    if (m[1]) assert.equal(stack.pop(), m[2], `closing </${m[2]}>`);
    else if (!m[4]) stack.push(m[2]);
  }
  assert.equal(body.slice(at).trim(), '', 'nothing after the root element');
  assert.deepEqual(stack, [], 'every element closed');
}

describe('flags that apply to every format', () => {
  for (const format of FORMATS) {
    test(`${format}: exit codes, --output, --quiet and --max-warnings`, async () => {
      const dir = scratch.workspace({ 'err.md': `${BARE}\n\n${LOADED}\n`, 'warn.md': `${LOADED}\n`, 'clean.md': `${CLEAN}\n` });
      // 1: an error-level finding.
      const err = await runIn(['check', '--format', format, 'err.md'], { cwd: dir });
      assert.equal(err.status, 1, err.stderr);
      assert.ok(err.stdout.length > 0);
      // 0: clean; formats that always print something still print a valid empty report.
      const clean = await runIn(['check', '--format', format, 'clean.md'], { cwd: dir });
      assert.equal(clean.status, 0, clean.stderr);
      if (format === 'compact' || format === 'github' || format === 'stylish') assert.equal(clean.stdout, '');
      // --max-warnings: within exits 0, over exits 1.
      const { report } = await runJson(['warn.md'], { cwd: dir });
      const warnings = report.summary.warnings;
      assert.ok(warnings >= 1 && report.summary.errors === 0);
      assert.equal((await runIn(['check', '--format', format, '--max-warnings', String(warnings), 'warn.md'], { cwd: dir })).status, 0);
      const over = await runIn(['check', '--format', format, '--max-warnings', String(warnings - 1), 'warn.md'], { cwd: dir });
      assert.equal(over.status, 1);
      // --output: the same text in the file, nothing on stdout, the same exit code.
      const out = await runIn(['check', '--format', format, '--output', 'report.out', 'err.md'], { cwd: dir });
      assert.equal(out.status, 1);
      assert.equal(out.stdout, '');
      assert.equal(readFileSync(join(dir, 'report.out'), 'utf8'), normaliseVolatile(err.stdout));
      // --quiet: the warning-only file has nothing left to say.
      const quiet = await runIn(['check', '--format', format, '--quiet', 'warn.md'], { cwd: dir });
      assert.equal(quiet.status, 0);
      assert.ok(!quiet.stdout.includes('loaded-attribution-verb') || format === 'sarif', `--quiet drops warnings in ${format}`);
      if (format === 'sarif') assert.deepEqual(JSON.parse(quiet.stdout).runs[0].results, []);
    });

    test(`${format}: a config file decides the verdict; a broken one exits 2 with no report`, async () => {
      const relaxed = scratch.workspace({ '.onrecord.jsonc': '{ "rules": { "bare-source": "warning" } }', 'err.md': `${BARE}\n` });
      const r = await runIn(['check', '--format', format, 'err.md'], { cwd: relaxed });
      assert.equal(r.status, 0, 'bare-source is only a warning here');
      assert.ok(r.stdout.includes('bare-source'), 'and is still reported');
      const broken = scratch.workspace({ '.onrecord.jsonc': '{ "stage": "final" }', 'err.md': `${BARE}\n` });
      const b = await runIn(['check', '--format', format, 'err.md'], { cwd: broken });
      assert.equal(b.status, 2);
      assert.equal(b.stdout, '');
      assert.match(b.stderr, /\.onrecord\.jsonc:1:\d+: .*stage/);
    });
  }
});

/** Nothing in the outputs depends on time, so a report written twice is byte-identical. */
function normaliseVolatile(text: string): string {
  return text;
}

test('an unknown format is a usage error that lists the formats', async () => {
  const dir = scratch.workspace({ 'a.md': `${CLEAN}\n` });
  const r = await runIn(['check', '--format', 'xml', 'a.md'], { cwd: dir });
  assert.equal(r.status, 2);
  for (const format of FORMATS) assert.ok(r.stderr.includes(format), format);
});
