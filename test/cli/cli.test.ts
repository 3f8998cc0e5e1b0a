// End-to-end tests of the built CLI (server/out/cli.js; `npm test` builds it first). Every draft
// here is made up for the test. Assertions are about behaviour (exit codes, the JSON contract,
// offsets, configuration precedence), not about the exact findings of the rules.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BARE, CLEAN, CLI, LOADED, REPO, run, type Run } from './helpers';

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

// Phrases the rules certainly flag (DESIGN section 4).

interface JsonFinding {
  rule: string;
  family: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes: { title: string; safe: boolean; edits: { start: number; end: number; text: string }[] }[];
}
interface JsonFile {
  path: string;
  findings: JsonFinding[];
  skipped?: string;
  error?: string;
}
interface JsonReport {
  tool: string;
  version: string;
  files: JsonFile[];
  summary: { files: number; findings: number; errors: number; warnings: number; information: number; hints: number };
}

let root: string;
let counter = 0;

/** A fresh folder with the given files (string contents are written as UTF-8). */
function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, `w${++counter}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}


function runJson(args: string[], options: { cwd: string; input?: string | Uint8Array }): { run: Run; report: JsonReport } {
  const r = run(['check', '--format', 'json', ...args], options);
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    assert.fail(`stdout is not JSON (exit ${r.status}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
  return { run: r, report };
}

function fileIn(report: JsonReport, path: string): JsonFile {
  const file = report.files.find((f) => f.path === path);
  assert.ok(file, `no entry for ${path} in ${report.files.map((f) => f.path).join(', ')}`);
  return file;
}

/** 1-based line and UTF-16 column of an offset, computed independently of the CLI. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Offsets are in range and line/column agree with them. */
function assertLocated(text: string, finding: JsonFinding): void {
  assert.ok(Number.isInteger(finding.start) && Number.isInteger(finding.end), 'integer offsets');
  assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `offsets [${finding.start}, ${finding.end}) within ${text.length}`);
  assert.deepEqual({ line: finding.line, column: finding.column }, position(text, finding.start), `start of ${finding.rule}`);
  assert.deepEqual({ line: finding.endLine, column: finding.endColumn }, position(text, finding.end), `end of ${finding.rule}`);
  for (const fix of finding.fixes) {
    for (const edit of fix.edits) assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, 'fix edit in range');
  }
}

function rulesOf(file: JsonFile): string[] {
  return file.findings.map((f) => f.rule);
}

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
  root = mkdtempSync(join(tmpdir(), 'onrecord-cli-'));
});

after(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('help and version', () => {
  test('--version prints the package version', () => {
    const r = run(['--version'], { cwd: REPO });
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), VERSION);
  });

  test('--help and check --help describe the commands and exit codes', () => {
    const main = run(['--help'], { cwd: REPO });
    assert.equal(main.status, 0);
    assert.match(main.stdout, /onrecord check/);
    const check = run(['check', '--help'], { cwd: REPO });
    assert.equal(check.status, 0);
    assert.match(check.stdout, /--max-warnings/);
    assert.match(check.stdout, /Exit codes/);
  });

  test('an unknown command or option is a usage error', () => {
    const command = run(['lint', 'x.md'], { cwd: REPO });
    assert.equal(command.status, 2);
    assert.match(command.stderr, /unknown command "lint"/);
    const option = run(['check', '--frobnicate'], { cwd: REPO });
    assert.equal(option.status, 2);
    assert.match(option.stderr, /unknown option --frobnicate/);
  });
});

describe('check: the JSON contract', () => {
  test('has exactly the contract keys, and line/column agree with the offsets', () => {
    const text = `# Plan\n\n${BARE}\n\n${LOADED}\n`;
    const dir = workspace({ 'a.md': text });
    const { run: r, report } = runJson(['a.md'], { cwd: dir });
    assert.deepEqual(Object.keys(report), ['tool', 'version', 'files', 'summary']);
    assert.equal(report.tool, 'onrecord');
    assert.equal(report.version, VERSION);
    assert.deepEqual(Object.keys(report.summary), ['files', 'findings', 'errors', 'warnings', 'information', 'hints']);
    const file = fileIn(report, 'a.md');
    assert.deepEqual(Object.keys(file), ['path', 'findings']);
    assert.ok(file.findings.length >= 2);
    for (const finding of file.findings) {
      assert.deepEqual(Object.keys(finding), ['rule', 'family', 'severity', 'message', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'fixes']);
      assert.ok(['anonymous-sourcing', 'numbers', 'characterisation', 'attribution'].includes(finding.family));
      assert.ok(['error', 'warning', 'information', 'hint'].includes(finding.severity));
      assert.ok(finding.message.length > 0);
      for (const fix of finding.fixes) {
        assert.deepEqual(Object.keys(fix), ['title', 'safe', 'edits']);
        for (const edit of fix.edits) assert.deepEqual(Object.keys(edit), ['start', 'end', 'text']);
      }
      assertLocated(text, finding);
    }
    const bare = file.findings.find((f) => f.rule === 'bare-source');
    assert.ok(bare, 'bare-source fires');
    assert.ok(text.slice(bare.start, bare.end).includes('Sources'), 'bare-source points at "Sources"');
    const loaded = file.findings.find((f) => f.rule === 'loaded-attribution-verb');
    assert.ok(loaded, 'loaded-attribution-verb fires');
    assert.ok(text.slice(loaded.start, loaded.end).includes('claimed'));

    const s = report.summary;
    const count = (sev: string) => file.findings.filter((f) => f.severity === sev).length;
    assert.deepEqual(s, {
      files: 1,
      findings: file.findings.length,
      errors: count('error'),
      warnings: count('warning'),
      information: count('information'),
      hints: count('hint'),
    });
    assert.equal(r.status, 1, 'an error-level finding exits 1');
  });

  test('paths are printed exactly as given: absolute stays absolute, folders are joined', () => {
    const dir = workspace({ 'drafts/one.md': `${BARE}\n`, 'drafts/two.txt': `${LOADED}\n` });
    const absolute = join(dir, 'drafts', 'one.md');
    const { report } = runJson([absolute, 'drafts'], { cwd: dir });
    const paths = report.files.map((f) => f.path).sort();
    // The same file reached twice is checked once, under the first name it was given.
    assert.deepEqual(paths, [absolute, join('drafts', 'two.txt')].sort());
  });

  test('files come out in sorted order', () => {
    const dir = workspace({ 'c.md': `${CLEAN}\n`, 'a.md': `${CLEAN}\n`, 'b.txt': `${CLEAN}\n` });
    const { report } = runJson(['c.md', 'b.txt', 'a.md'], { cwd: dir });
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['a.md', 'b.txt', 'c.md'],
    );
  });
});

describe('check: exit codes', () => {
  test('0 when there are no error-level findings', () => {
    const dir = workspace({ 'clean.md': `${CLEAN}\n` });
    const { run: r, report } = runJson(['clean.md'], { cwd: dir });
    assert.equal(report.summary.errors, 0);
    assert.equal(r.status, 0);
  });

  test('1 for an error-level finding, with the stylish summary line', () => {
    const dir = workspace({ 'a.md': `${BARE}\n` });
    const r = run(['check', 'a.md'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^a\.md$/m);
    assert.match(r.stdout, /^ {2}1:\d+ +error +.+bare-source$/m);
    assert.match(r.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info/);
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colours when not a terminal');
  });

  test('2 with the path named for a file that does not exist', () => {
    const dir = workspace({ 'a.md': `${CLEAN}\n` });
    const r = run(['check', 'a.md', 'missing.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^onrecord: missing\.md: no such file or directory$/m);
    assert.equal(r.stdout, '');
  });

  test('--max-warnings: within the limit exits 0, over it exits 1', () => {
    const dir = workspace({ 'w.md': `${LOADED}\n\n${LOADED.replace('minister', 'governor')}\n` });
    const first = runJson(['w.md', '--rule', 'bare-source=off'], { cwd: dir });
    const { warnings, errors } = first.report.summary;
    assert.ok(warnings >= 2, 'two loaded verbs warn');
    if (errors === 0) {
      assert.equal(run(['check', 'w.md', '--max-warnings', String(warnings)], { cwd: dir }).status, 0);
    }
    const over = run(['check', 'w.md', '--max-warnings', String(warnings - 1)], { cwd: dir });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /max-warnings/);
    assert.equal(run(['check', 'w.md', '--max-warnings', 'lots'], { cwd: dir }).status, 2);
  });

  test('--quiet reports errors only', () => {
    const dir = workspace({ 'a.md': `${BARE}\n\n${LOADED}\n` });
    const { report } = runJson(['a.md', '--quiet'], { cwd: dir });
    const file = fileIn(report, 'a.md');
    assert.ok(file.findings.length > 0);
    assert.ok(file.findings.every((f) => f.severity === 'error'));
  });
});

describe('check: command-line configuration', () => {
  test('--rule sets a severity or turns a rule off; an unknown rule is a usage error', () => {
    const dir = workspace({ 'a.md': `${BARE}\n\n${LOADED}\n` });
    const off = runJson(['a.md', '--rule', 'bare-source=off'], { cwd: dir });
    assert.ok(!rulesOf(fileIn(off.report, 'a.md')).includes('bare-source'));
    const raised = runJson(['a.md', '--rule', 'loaded-attribution-verb=error'], { cwd: dir });
    const loaded = fileIn(raised.report, 'a.md').findings.filter((f) => f.rule === 'loaded-attribution-verb');
    assert.ok(loaded.length > 0 && loaded.every((f) => f.severity === 'error'));
    const unknown = run(['check', 'a.md', '--rule', 'no-such-rule=error'], { cwd: dir });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown rule "no-such-rule"/);
    assert.equal(run(['check', 'a.md', '--rule', 'bare-source=loud'], { cwd: dir }).status, 2);
    assert.equal(run(['check', 'a.md', '--rule', 'bare-source'], { cwd: dir }).status, 2);
  });

  test('--stage moves severities along the ladder and wins over front matter', () => {
    const body = `${BARE}\n\n${LOADED}\n`;
    const dir = workspace({ 'a.md': body, 'fm.md': `---\nstage: publish\n---\n\n${body}` });
    const severityOf = (report: JsonReport, path: string, rule: string) => fileIn(report, path).findings.find((f) => f.rule === rule)?.severity;
    const draft = runJson(['a.md', '--stage', 'draft'], { cwd: dir });
    assert.equal(severityOf(draft.report, 'a.md', 'bare-source'), 'warning');
    const publish = runJson(['a.md', '--stage', 'publish'], { cwd: dir });
    assert.equal(severityOf(publish.report, 'a.md', 'loaded-attribution-verb'), 'error');
    const front = runJson(['fm.md'], { cwd: dir });
    assert.equal(severityOf(front.report, 'fm.md', 'loaded-attribution-verb'), 'error', 'front matter stage applies');
    const flag = runJson(['fm.md', '--stage', 'draft'], { cwd: dir });
    assert.equal(severityOf(flag.report, 'fm.md', 'bare-source'), 'warning', 'the command line wins over front matter');
    assert.equal(run(['check', 'a.md', '--stage', 'final'], { cwd: dir }).status, 2);
  });

  test('bad front matter configuration exits 2 naming the file', () => {
    const dir = workspace({ 'fm.md': `---\nstage: whenever\n---\n\n${CLEAN}\n` });
    const r = run(['check', 'fm.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^onrecord: fm\.md.*stage/m);
  });
});

describe('check: config files', () => {
  test('.onrecord.jsonc is discovered from the draft upwards, nearest last, until "root": true', () => {
    const dir = workspace({
      '.onrecord.jsonc': '{ "rules": { "loaded-attribution-verb": "off" } }',
      'desk/.onrecord.jsonc': '{\n  // the desk is strict about sources\n  "rules": { "bare-source": "warning" },\n}\n',
      'desk/a.md': `${BARE}\n\n${LOADED}\n`,
      'island/.onrecord.json': '{ "root": true }',
      'island/b.md': `${LOADED}\n`,
    });
    const { report } = runJson(['desk/a.md', 'island/b.md'], { cwd: dir });
    const a = fileIn(report, 'desk/a.md');
    assert.ok(!rulesOf(a).includes('loaded-attribution-verb'), 'parent config applies');
    assert.equal(a.findings.find((f) => f.rule === 'bare-source')?.severity, 'warning', 'nearest config applies over the parent');
    assert.ok(rulesOf(fileIn(report, 'island/b.md')).includes('loaded-attribution-verb'), '"root": true stops the walk');
  });

  test('--config uses that file only; --no-config uses none', () => {
    const dir = workspace({
      '.onrecord.jsonc': '{ "rules": { "bare-source": "off" } }',
      'other.jsonc': '{ "rules": { "loaded-attribution-verb": "off" } }',
      'a.md': `${BARE}\n\n${LOADED}\n`,
    });
    const discovered = rulesOf(fileIn(runJson(['a.md'], { cwd: dir }).report, 'a.md'));
    assert.ok(!discovered.includes('bare-source'));
    const chosen = rulesOf(fileIn(runJson(['a.md', '--config', 'other.jsonc'], { cwd: dir }).report, 'a.md'));
    assert.ok(chosen.includes('bare-source'), 'the discovered file is not used');
    assert.ok(!chosen.includes('loaded-attribution-verb'), 'the named file is');
    const none = rulesOf(fileIn(runJson(['a.md', '--no-config'], { cwd: dir }).report, 'a.md'));
    assert.ok(none.includes('bare-source') && none.includes('loaded-attribution-verb'));
    assert.equal(run(['check', 'a.md', '--config', 'other.jsonc', '--no-config'], { cwd: dir }).status, 2);
    const missing = run(['check', 'a.md', '--config', 'nope.jsonc'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.jsonc: no such file or directory/);
  });

  test('invalid JSON exits 2 naming the file, line and column', () => {
    const dir = workspace({
      '.onrecord.jsonc': '{\n  "stage": "edit",\n  "rules": { "bare-source" "off" }\n}\n',
      'a.md': `${CLEAN}\n`,
    });
    const r = run(['check', 'a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^onrecord: \.onrecord\.jsonc:3:\d+: invalid JSON/m);
    assert.equal(r.stdout, '', 'no report from a broken configuration');
  });

  test('an invalid value is located too', () => {
    const dir = workspace({
      '.onrecord.jsonc': '{\n  "stage": "edit",\n  "rules": {\n    "no-such-rule": "error"\n  }\n}\n',
      'a.md': `${CLEAN}\n`,
    });
    const r = run(['check', 'a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^onrecord: \.onrecord\.jsonc:4:5: .*no-such-rule/m);
  });

  test('"ignore" globs are relative to the config file', () => {
    const dir = workspace({
      'desk/.onrecord.jsonc': '{ "ignore": ["archive/**"] }',
      'desk/archive/old.md': `${BARE}\n`,
      'desk/now.md': `${BARE}\n`,
      'archive/elsewhere.md': `${BARE}\n`,
    });
    const { report } = runJson(['.'], { cwd: dir });
    const paths = report.files.map((f) => f.path).sort();
    assert.deepEqual(paths, ['archive/elsewhere.md', 'desk/now.md']);
  });
});

describe('check: finding files', () => {
  test('folders are walked for drafts; .gitignore files, node_modules and hidden folders are skipped', () => {
    const dir = workspace({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'private/\n*.draft.md\n',
      'news/a.md': `${BARE}\n`,
      'news/b.markdown': `${BARE}\n`,
      'news/c.txt': `${BARE}\n`,
      'news/d.html': `${BARE}\n`,
      'news/e.draft.md': `${BARE}\n`,
      'news/.gitignore': 'local.md\n!keep.draft.md\n',
      'news/local.md': `${BARE}\n`,
      'news/keep.draft.md': `${BARE}\n`,
      'private/secret.md': `${BARE}\n`,
      'node_modules/pkg/readme.md': `${BARE}\n`,
      '.github/template.md': `${BARE}\n`,
    });
    const { report } = runJson([], { cwd: dir });
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['news/a.md', 'news/b.markdown', 'news/c.txt', 'news/keep.draft.md'],
    );
    const sub = runJson(['news'], { cwd: dir });
    assert.deepEqual(
      sub.report.files.map((f) => f.path),
      ['news/a.md', 'news/b.markdown', 'news/c.txt', 'news/keep.draft.md'],
      'the repository root .gitignore applies when walking a subfolder',
    );
  });

  test('globs match drafts with the same skips', () => {
    const dir = workspace({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'skip.md\n',
      'news/a.md': `${CLEAN}\n`,
      'news/skip.md': `${CLEAN}\n`,
      'news/deep/b.md': `${CLEAN}\n`,
      'news/deep/c.txt': `${CLEAN}\n`,
    });
    const { report } = runJson(['news/**/*.md'], { cwd: dir });
    assert.deepEqual(
      report.files.map((f) => f.path),
      [join('news', 'a.md'), join('news', 'deep', 'b.md')],
    );
    const none = run(['check', 'nothing/**/*.md'], { cwd: dir });
    assert.equal(none.status, 0);
    assert.match(none.stderr, /no files match/);
  });

  test('a folder with no drafts is noted and exits 0', () => {
    const dir = workspace({ 'empty/readme.html': '<p>hi</p>' });
    const r = run(['check', 'empty'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /empty: no Markdown or text drafts found/);
  });
});

describe('check: reading documents', () => {
  test('--stdin with --stdin-filename: the name picks the format and where config discovery starts', () => {
    const dir = workspace({ 'quiet/.onrecord.jsonc': '{ "rules": { "loaded-attribution-verb": "off" } }' });
    const fenced = `Intro.\n\n\`\`\`\n${BARE}\n\`\`\`\n`;
    const asMarkdown = runJson(['--stdin', '--stdin-filename', 'story.md'], { cwd: dir, input: fenced });
    assert.equal(asMarkdown.report.files[0].path, 'story.md');
    assert.ok(!rulesOf(asMarkdown.report.files[0]).includes('bare-source'), 'code in Markdown is not prose');
    const asText = runJson(['--stdin', '--stdin-filename', 'story.txt'], { cwd: dir, input: fenced });
    assert.ok(rulesOf(asText.report.files[0]).includes('bare-source'), 'plain text has no code blocks');
    const configured = runJson(['--stdin', '--stdin-filename', 'quiet/story.md'], { cwd: dir, input: `${LOADED}\n` });
    assert.ok(!rulesOf(configured.report.files[0]).includes('loaded-attribution-verb'));
    const unnamed = runJson(['--stdin'], { cwd: dir, input: `${BARE}\n` });
    assert.equal(unnamed.report.files[0].path, '<stdin>');
    assert.equal(unnamed.run.status, 1);
    assert.equal(run(['check', '--stdin', 'a.md'], { cwd: dir }).status, 2, '--stdin takes no paths');
  });

  test('a binary file is skipped with a note', () => {
    const dir = workspace({ 'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]), 'a.md': `${CLEAN}\n` });
    const { run: r, report } = runJson(['photo.txt', 'a.md'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /photo\.txt: skipped: binary/);
    const photo = fileIn(report, 'photo.txt');
    assert.deepEqual(photo.findings, []);
    assert.ok(photo.skipped);
  });

  test('invalid UTF-8 is an error naming the file; the other files are still checked', () => {
    const bytes = Buffer.concat([Buffer.from('Line one.\nThe caf'), Buffer.from([0xe9]), Buffer.from(' opened.\n')]);
    const dir = workspace({ 'latin1.md': bytes, 'a.md': `${BARE}\n` });
    const { run: r, report } = runJson(['latin1.md', 'a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^onrecord: latin1\.md: invalid UTF-8 .*line 2/m);
    assert.ok(fileIn(report, 'latin1.md').error);
    assert.ok(rulesOf(fileIn(report, 'a.md')).includes('bare-source'));
  });

  test('an empty file is clean', () => {
    const dir = workspace({ 'empty.md': '', 'empty.txt': '' });
    const { run: r, report } = runJson(['empty.md', 'empty.txt'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.equal(report.summary.findings, 0);
    assert.equal(report.summary.files, 2);
  });

  test('CRLF line endings and a BOM: offsets are into the text without the BOM', () => {
    const text = `# Plan\r\n\r\n${BARE}\r\n\r\n${LOADED}\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const dir = workspace({ 'crlf.md': bytes });
    const { report } = runJson(['crlf.md'], { cwd: dir });
    const file = fileIn(report, 'crlf.md');
    for (const finding of file.findings) assertLocated(text, finding);
    const bare = file.findings.find((f) => f.rule === 'bare-source');
    assert.ok(bare && text.slice(bare.start, bare.end).includes('Sources'));
    assert.equal(bare.line, 3);
    const loaded = file.findings.find((f) => f.rule === 'loaded-attribution-verb');
    assert.ok(loaded && text.slice(loaded.start, loaded.end).includes('claimed'));
    assert.equal(loaded.line, 5);
  });

  test('emoji next to flagged words: offsets are UTF-16 and never split a character', () => {
    const text = `🗞️${BARE}🙂\n\n🔥${LOADED.slice(0, -1)}🔥.\n`;
    const dir = workspace({ 'emoji.md': text });
    const { report } = runJson(['emoji.md'], { cwd: dir });
    const file = fileIn(report, 'emoji.md');
    assert.ok(rulesOf(file).includes('bare-source'));
    for (const finding of file.findings) {
      assertLocated(text, finding);
      for (const offset of [finding.start, finding.end]) {
        const code = text.charCodeAt(offset);
        assert.ok(!(code >= 0xdc00 && code <= 0xdfff), `offset ${offset} of ${finding.rule} is not inside a surrogate pair`);
      }
    }
    const bare = file.findings.find((f) => f.rule === 'bare-source')!;
    assert.ok(text.slice(bare.start, bare.end).includes('Sources'));
  });

  test('an unclosed quotation and an unclosed code fence do not break the run', () => {
    const text = `The mayor said "the budget is fine.\n\n${BARE}\n\n\`\`\`\nnever closed\n${LOADED}\n`;
    const dir = workspace({ 'open.md': text, 'open.txt': text });
    const { run: r, report } = runJson(['open.md', 'open.txt'], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    for (const path of ['open.md', 'open.txt']) for (const finding of fileIn(report, path).findings) assertLocated(text, finding);
  });

  test('a 5 MB draft is checked, with offsets right at the end', () => {
    const paragraph =
      'The river runs past the old mill, and the bridge over it was painted green in the spring. ' +
      'Walkers cross it in the morning on the way to the market square, where the stalls open early.\n\n';
    const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const text = `${body}${BARE}\n`;
    const dir = workspace({ 'big.md': text });
    // Speed is measured in `npm run bench`, never asserted here: a busy machine would fail it.
    const { run: r, report } = runJson(['big.md'], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    const bare = fileIn(report, 'big.md').findings.find((f) => f.rule === 'bare-source');
    assert.ok(bare, 'the sentence at the end is checked');
    assertLocated(text, bare);
    assert.ok(bare.start >= body.length);
  });
});

describe('rules', () => {
  test('table, json and markdown list the same rules', () => {
    const json = run(['rules', '--format', 'json'], { cwd: REPO });
    assert.equal(json.status, 0);
    const parsed = JSON.parse(json.stdout) as { tool: string; version: string; rules: { id: string; family: string; defaultSeverity: string; fix: string; title: string }[] };
    assert.equal(parsed.tool, 'onrecord');
    const ids = parsed.rules.map((r) => r.id);
    assert.ok(ids.includes('bare-source') && ids.includes('loaded-attribution-verb'));
    const table = run(['rules'], { cwd: REPO });
    assert.equal(table.status, 0);
    const markdown = run(['rules', '--format', 'markdown'], { cwd: REPO });
    assert.equal(markdown.status, 0);
    assert.match(markdown.stdout, /^\| Rule \| Family \| Default \| Fix \| What it flags \|$/m);
    for (const id of ids) {
      assert.match(table.stdout, new RegExp(`^${id} `, 'm'));
      assert.ok(markdown.stdout.includes(`| \`${id}\` |`), id);
    }
    assert.equal(run(['rules', '--format', 'yaml'], { cwd: REPO }).status, 2);
  });
});
