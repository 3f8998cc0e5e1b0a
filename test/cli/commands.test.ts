// `onrecord init`, `check --report-suppressions` and the progress bar on long runs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RULE_METAS } from '../../server/src/core';
import { parseConfigFile } from '../../server/src/shared/config-files';
import { BARE, CLEAN, LOADED, run, runHere, runJson, Scratch } from './helpers';

let scratch: Scratch;
before(() => {
  scratch = new Scratch('commands');
});
after(() => scratch.remove());

describe('init', () => {
  test('writes a commented .onrecord.jsonc that the config parser accepts and check uses', async () => {
    const dir = scratch.workspace({ 'a.md': `${BARE}\n` });
    const r = await runHere(['init'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /wrote \.onrecord\.jsonc/);
    const text = readFileSync(join(dir, '.onrecord.jsonc'), 'utf8');
    assert.match(text, /^\/\/ /m, 'commented');
    const parsed = parseConfigFile(join(dir, '.onrecord.jsonc'), text, RULE_METAS);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.layer.stage, 'edit');
    for (const meta of RULE_METAS) assert.ok(text.includes(`"${meta.id}":`), `lists ${meta.id}`);
    // Uncommenting a rule line works as written.
    const edited = text.replace(/\/\/ "bare-source":\s+"error",/, '"bare-source": "off",');
    assert.notEqual(edited, text);
    const reparsed = parseConfigFile(join(dir, '.onrecord.jsonc'), edited, RULE_METAS);
    assert.deepEqual(reparsed.problems, []);
    assert.equal(reparsed.layer.rules?.['bare-source'], 'off');
    const check = await runJson(['a.md'], { cwd: dir });
    assert.equal(check.run.status, 1, 'the written config keeps the defaults');
  });

  test('refuses to overwrite unless --force; a folder argument writes there', async () => {
    const dir = scratch.workspace({ '.onrecord.json': '{ "stage": "draft" }', 'desk/x.txt': '' });
    const refused = await runHere(['init'], { cwd: dir });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /\.onrecord\.json already exists.*--force/);
    assert.ok(!existsSync(join(dir, '.onrecord.jsonc')));
    writeFileSync(join(dir, '.onrecord.jsonc'), '{}');
    assert.equal((await runHere(['init'], { cwd: dir })).status, 2);
    assert.equal(readFileSync(join(dir, '.onrecord.jsonc'), 'utf8'), '{}');
    const forced = await runHere(['init', '--force'], { cwd: dir });
    assert.equal(forced.status, 0);
    assert.notEqual(readFileSync(join(dir, '.onrecord.jsonc'), 'utf8'), '{}');
    assert.equal((await runHere(['init', 'desk'], { cwd: dir })).status, 0);
    assert.ok(existsSync(join(dir, 'desk', '.onrecord.jsonc')));
  });
});

describe('check --report-suppressions', () => {
  const DRAFT = [
    'Intro.',
    '',
    '<!-- onrecord-disable-next-line bare-source -- the standards desk approved it -->',
    BARE,
    '',
    '<!-- onrecord-disable loaded-attribution-verb -->',
    LOADED,
    '<!-- onrecord-enable loaded-attribution-verb -->',
    '',
  ].join('\n');

  test('stylish: a table of every suppression with file, line, rules and reason', async () => {
    const dir = scratch.workspace({ 'story.md': DRAFT, 'clean.md': `${CLEAN}\n` });
    const r = await runHere(['check', '--report-suppressions', '.'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^story\.md$/m);
    assert.match(r.stdout, /^ {2}3:1 +onrecord-disable-next-line +bare-source +the standards desk approved it$/m);
    assert.match(r.stdout, /^ {2}6:1 +onrecord-disable +loaded-attribution-verb +\(no reason given\)$/m);
    assert.doesNotMatch(r.stdout, /onrecord-enable/, 'an enable comment grants nothing');
    assert.match(r.stdout, /2 suppressions in 1 file, 1 without a reason/);
    assert.doesNotMatch(r.stdout, /clean\.md/);
  });

  test('json and compact carry the same entries', async () => {
    const dir = scratch.workspace({ 'story.md': DRAFT });
    const r = await runHere(['check', '--report-suppressions', '--format', 'json', 'story.md'], { cwd: dir });
    const data = JSON.parse(r.stdout) as { suppressions: { path: string; line: number; kind: string; rules: string[]; reason: string | null }[]; summary: { suppressions: number; withoutReason: number } };
    assert.deepEqual(
      data.suppressions.map((s) => [s.path, s.line, s.kind, s.rules, s.reason]),
      [
        ['story.md', 3, 'disable-next-line', ['bare-source'], 'the standards desk approved it'],
        ['story.md', 6, 'disable', ['loaded-attribution-verb'], null],
      ],
    );
    assert.deepEqual(data.summary, { files: 1, suppressions: 2, withoutReason: 1 });
    const compact = await runHere(['check', '--report-suppressions', '--format', 'compact', 'story.md'], { cwd: dir });
    assert.equal(compact.stdout.split('\n')[0], 'story.md:3:1: suppression onrecord-disable-next-line bare-source -- the standards desk approved it');
  });

  test('formats without a suppression listing are a usage error', async () => {
    const dir = scratch.workspace({ 'story.md': DRAFT });
    const r = await runHere(['check', '--report-suppressions', '--format', 'sarif', 'story.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /stylish, compact, json/);
  });
});

describe('progress bar', () => {
  function manyDrafts(n: number): string {
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) files[`d/${String(i).padStart(2, '0')}.md`] = `${CLEAN}\n`;
    return scratch.workspace(files);
  }

  test('drawn on stderr when it is a terminal and there are many files; the report is unchanged', async () => {
    const dir = manyDrafts(25);
    const tty = await runHere(['check', '--format', 'json', 'd'], { cwd: dir, tty: true, env: { CI: '' } });
    assert.match(tty.stderr, /25\/25 files/);
    const plain = await runHere(['check', '--format', 'json', 'd'], { cwd: dir, env: { CI: '' } });
    assert.equal(plain.stderr, '', 'never when stderr is not a terminal');
    assert.equal(tty.stdout, plain.stdout);
  });

  test('not for a few files, not in CI, not from the real binary writing to a pipe', async () => {
    const few = manyDrafts(5);
    assert.equal((await runHere(['check', 'd'], { cwd: few, tty: true, env: { CI: '' } })).stderr, '');
    const many = manyDrafts(25);
    assert.equal((await runHere(['check', 'd'], { cwd: many, tty: true, env: { CI: 'true' } })).stderr, '');
    assert.equal(run(['check', 'd'], { cwd: many }).stderr, '');
  });
});
