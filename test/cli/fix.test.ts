// --fix and --fix-dry-run: safe fixes only, atomic writes that keep line endings, BOM and mode,
// files without fixes left alone, a file changed on disk refused, and the report re-checked.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixDocument, lineEnding, unifiedDiff } from '../../server/src/cli/fix-files';
import { BARE, CLEAN, LOADED, runHere, runJson, Scratch } from './helpers';

let scratch: Scratch;
before(() => {
  scratch = new Scratch('fix');
});
after(() => scratch.remove());

const OLD = new Date('2020-01-01T00:00:00Z');

/** Backdates a file so a rewrite would show in its mtime. */
function backdate(path: string): number {
  utimesSync(path, OLD, OLD);
  return statSync(path).mtimeMs;
}

describe('--fix', () => {
  test('applies safe fixes only, re-checks, and a second run changes nothing', async () => {
    const text = `# Plan\n\n${LOADED}\n\n${BARE}\n`;
    const dir = scratch.workspace({ 'a.md': text });
    const before = await runJson(['a.md'], { cwd: dir });
    const loaded = before.report.files[0].findings.find((f) => f.rule === 'loaded-attribution-verb');
    assert.ok(loaded?.fixes.some((f) => f.safe), 'the loaded verb has a safe fix');
    const bare = before.report.files[0].findings.find((f) => f.rule === 'bare-source');
    assert.ok(bare && bare.fixes.every((f) => !f.safe), 'bare-source has no safe fix');

    const first = await runHere(['check', '--fix', '--format', 'json', 'a.md'], { cwd: dir });
    assert.equal(first.status, 1, 'the unfixable error remains');
    assert.match(first.stderr, /fixed 1 problem in 1 file/);
    const fixed = readFileSync(join(dir, 'a.md'), 'utf8');
    assert.equal(fixed, text.replace('claimed', 'said'));
    const after1 = JSON.parse(first.stdout) as typeof before.report;
    const rules = after1.files[0].findings.map((f) => f.rule);
    assert.ok(!rules.includes('loaded-attribution-verb'), 'the report is of the fixed text');
    assert.ok(rules.includes('bare-source'));
    // Offsets in the report are into the fixed text.
    const b = after1.files[0].findings.find((f) => f.rule === 'bare-source')!;
    assert.ok(fixed.slice(b.start, b.end).includes('Sources'));

    const mtime = backdate(join(dir, 'a.md'));
    const second = await runHere(['check', '--fix', 'a.md'], { cwd: dir });
    assert.equal(second.status, 1);
    assert.doesNotMatch(second.stderr, /fixed/);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), fixed, 'idempotent');
    assert.equal(statSync(join(dir, 'a.md')).mtimeMs, mtime, 'not rewritten');
  });

  test('keeps CRLF line endings and the BOM; leaves files without fixes untouched; keeps the mode', async () => {
    const crlf = `# Plan\r\n\r\n${LOADED}\r\n\r\nThe governor claimed it was over.\r\n`;
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]);
    const dir = scratch.workspace({ 'crlf.md': bom, 'clean.md': `${CLEAN}\n`, 'bare.md': `${BARE}\n` });
    chmodSync(join(dir, 'crlf.md'), 0o640);
    const cleanMtime = backdate(join(dir, 'clean.md'));
    const bareMtime = backdate(join(dir, 'bare.md'));
    const r = await runHere(['check', '--fix', '.'], { cwd: dir });
    assert.equal(r.status, 1);
    const bytes = readFileSync(join(dir, 'crlf.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    const text = bytes.subarray(3).toString('utf8');
    assert.equal(text, crlf.replace(/claimed/g, 'said'));
    assert.doesNotMatch(text, /[^\r]\n/, 'every line break is still CRLF');
    assert.equal(statSync(join(dir, 'crlf.md')).mode & 0o777, 0o640, 'mode kept');
    assert.equal(statSync(join(dir, 'clean.md')).mtimeMs, cleanMtime, 'a clean file is not rewritten');
    assert.equal(statSync(join(dir, 'bare.md')).mtimeMs, bareMtime, 'a file with only unsafe fixes is not rewritten');
    assert.deepEqual(readdirSync(dir).sort(), ['bare.md', 'clean.md', 'crlf.md'], 'no temporary files left behind');
  });

  test('a symbolic link stays a link; the file it names is fixed', async () => {
    const dir = scratch.workspace({ 'real/a.md': `${LOADED}\n` });
    symlinkSync(join(dir, 'real', 'a.md'), join(dir, 'link.md'));
    const r = await runHere(['check', '--fix', 'link.md'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'real', 'a.md'), 'utf8'), `${LOADED.replace('claimed', 'said')}\n`);
  });

  test('fix texts with line breaks follow the file: CRLF in a CRLF file', () => {
    assert.equal(lineEnding('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(lineEnding('a\nb\n'), '\n');
    assert.equal(lineEnding('no breaks'), '\n');
  });

  test('a file changed on disk after it was read is refused, with a clear error and exit 2', async () => {
    const text = `${LOADED}\n`;
    const dir = scratch.workspace({ 'a.md': text });
    const path = join(dir, 'a.md');
    const edited = `${LOADED}\n\nA paragraph the reporter added meanwhile.\n`;
    const result = fixDocument(path, 'a.md', { text, bom: false }, { format: 'markdown' }, 'write', {
      beforeWrite: () => writeFileSync(path, edited),
    });
    assert.match(result.error ?? '', /changed on disk/);
    assert.equal(result.changed, false);
    assert.equal(readFileSync(path, 'utf8'), edited, "the reporter's edit survives");
    assert.ok(result.result.findings.some((f) => f.rule === 'loaded-attribution-verb'), 'the report describes the file as it is');
  });

  test('a write that fails leaves the original file and no temporary file', () => {
    const text = `${LOADED}\n`;
    const dir = scratch.workspace({ 'ro/a.md': text });
    const folder = join(dir, 'ro');
    chmodSync(folder, 0o555);
    try {
      const result = fixDocument(join(folder, 'a.md'), 'ro/a.md', { text, bom: false }, { format: 'markdown' }, 'write');
      // root may write anyway; either way the file is whole.
      const now = readFileSync(join(folder, 'a.md'), 'utf8');
      if (result.error) {
        assert.match(result.error, /cannot fix/);
        assert.equal(now, text);
      } else {
        assert.equal(now, text.replace('claimed', 'said'));
      }
      assert.deepEqual(readdirSync(folder), ['a.md']);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  test('--fix with --stdin, or with --fix-dry-run, is a usage error', async () => {
    const dir = scratch.workspace({ 'a.md': `${LOADED}\n` });
    assert.equal((await runHere(['check', '--fix', '--stdin'], { cwd: dir, input: LOADED })).status, 2);
    assert.equal((await runHere(['check', '--fix', '--fix-dry-run', 'a.md'], { cwd: dir })).status, 2);
  });
});

describe('--fix-dry-run', () => {
  test('prints a unified diff that patch applies, writes nothing, and exits as after fixing', async () => {
    const text = `# Plan\n\n${LOADED}\n\n${CLEAN}\n`;
    const dir = scratch.workspace({ 'news/a.md': text, 'news/clean.md': `${CLEAN}\n`, 'news/bare.md': `${BARE}\n` });
    const mtime = backdate(join(dir, 'news/a.md'));
    const r = await runHere(['check', '--fix-dry-run', 'news'], { cwd: dir });
    assert.equal(r.status, 1, 'bare.md still has an error');
    assert.equal(
      r.stdout,
      ['--- a/news/a.md', '+++ b/news/a.md', '@@ -1,5 +1,5 @@', ' # Plan', ' ', `-${LOADED}`, `+${LOADED.replace('claimed', 'said')}`, ' ', ` ${CLEAN}`, ''].join('\n'),
    );
    assert.match(r.stderr, /the diff fixes 1 problem in 1 file/);
    assert.equal(readFileSync(join(dir, 'news/a.md'), 'utf8'), text, 'nothing written');
    assert.equal(statSync(join(dir, 'news/a.md')).mtimeMs, mtime);
    const patch = spawnSync('patch', ['-p1', '--dry-run'], { cwd: dir, input: r.stdout, encoding: 'utf8' });
    if (!patch.error) assert.equal(patch.status, 0, patch.stdout + patch.stderr);
    // Without the error file, the exit code is that of the fixed text: 0.
    const ok = await runHere(['check', '--fix-dry-run', 'news/a.md', 'news/clean.md'], { cwd: dir });
    assert.equal(ok.status, 0);
    const reportFile = await runHere(['check', '--fix-dry-run', '--format', 'json', '--output', 'r.json', 'news/a.md'], { cwd: dir });
    assert.ok(reportFile.stdout.startsWith('--- a/news/a.md'));
    const written = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { files: { findings: { rule: string }[] }[] };
    assert.ok(!written.files[0].findings.some((f) => f.rule === 'loaded-attribution-verb'), 'the report is of the text after fixing');
  });

  test('nothing to fix prints nothing; a CRLF file diffs with its CRLF lines', async () => {
    const dir = scratch.workspace({ 'clean.md': `${CLEAN}\n` });
    const r = await runHere(['check', '--fix-dry-run', 'clean.md'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
    assert.equal(unifiedDiff('x.md', 'a\r\nb\r\n', 'a\r\nc\r\n'), '--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n');
  });
});
