// --write-baseline and --baseline: known findings stop counting, new ones still fail, and the
// match survives lines moving. The baseline file is stable, sorted JSON with relative paths.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BARE, CLEAN, LOADED, runHere, runJson, Scratch } from './helpers';

let scratch: Scratch;
before(() => {
  scratch = new Scratch('baseline');
});
after(() => scratch.remove());

// A second loaded verb: a new finding of a rule the baseline already holds for this file.
const SECOND_LOADED = 'The mayor claimed the budget was cut.';

describe('baseline', () => {
  test('round trip: write, then only new findings count toward output and exit code', async () => {
    const text = `# Plan\n\n${BARE}\n\n${LOADED}\n`;
    const dir = scratch.workspace({ 'news/a.md': text, 'news/b.md': `${LOADED}\n`, 'clean.md': `${CLEAN}\n` });
    const all = await runJson(['.'], { cwd: dir });
    assert.equal(all.run.status, 1);

    const write = await runHere(['check', '--write-baseline', 'ci/onrecord-baseline.json', '.'], { cwd: dir });
    assert.equal(write.status, 0, 'writing a baseline is not a failure');
    assert.equal(write.stdout, '');
    assert.match(write.stderr, new RegExp(`wrote ${all.report.summary.findings} findings in 2 files`));

    const known = await runJson(['--baseline', 'ci/onrecord-baseline.json', '.'], { cwd: dir });
    assert.equal(known.run.status, 0);
    assert.equal(known.report.summary.findings, 0);
    assert.match(known.run.stderr, /known findings in ci\/onrecord-baseline\.json not reported/);

    // Lines move: a new paragraph on top, the old ones swapped. Still known.
    writeFileSync(join(dir, 'news/a.md'), `# Plan\n\nThe council met on Tuesday.\n\n${LOADED}\n\n${BARE}\n`);
    const moved = await runJson(['--baseline', 'ci/onrecord-baseline.json', '.'], { cwd: dir });
    assert.equal(moved.report.summary.findings, 0, JSON.stringify(moved.report.files));
    assert.equal(moved.run.status, 0);

    // A new finding counts, and only it.
    writeFileSync(join(dir, 'news/a.md'), `# Plan\n\n${BARE}\n\n${LOADED}\n\n${SECOND_LOADED}\n`);
    const added = await runJson(['--baseline', 'ci/onrecord-baseline.json', '--max-warnings', '0', '.'], { cwd: dir });
    assert.equal(added.run.status, 1, 'the new warning is over --max-warnings 0');
    assert.equal(added.report.summary.warnings, 1);
    const found = added.report.files.flatMap((f) => f.findings);
    assert.ok(found.length > 0 && found.every((f) => f.line === 7), `only the new sentence is reported: ${JSON.stringify(found)}`);

    // The baseline applies from another folder too: paths are relative to the baseline file.
    mkdirSync(join(dir, 'elsewhere'));
    const fromElsewhere = await runJson(['--baseline', '../ci/onrecord-baseline.json', '../news/b.md'], { cwd: join(dir, 'elsewhere') });
    assert.equal(fromElsewhere.report.summary.findings, 0);
  });

  test('a second identical finding is new; removing one of two keeps the other known', async () => {
    const dir = scratch.workspace({ 'a.md': `${LOADED}\n` });
    await runHere(['check', '--write-baseline', 'b.json', 'a.md'], { cwd: dir });
    writeFileSync(join(dir, 'a.md'), `${LOADED}\n\n${LOADED}\n`);
    const twice = await runJson(['--baseline', 'b.json', 'a.md'], { cwd: dir });
    assert.equal(twice.report.files[0].findings.filter((f) => f.rule === 'loaded-attribution-verb').length, 1);

    await runHere(['check', '--write-baseline', 'b.json', 'a.md'], { cwd: dir });
    writeFileSync(join(dir, 'a.md'), `The weather was fine.\n\n${LOADED}\n`);
    const once = await runJson(['--baseline', 'b.json', 'a.md'], { cwd: dir });
    assert.equal(once.report.summary.findings, 0);
  });

  test('the file is stable JSON: sorted, relative paths, no draft text, identical when rewritten', async () => {
    const dir = scratch.workspace({ 'z.md': `${BARE}\n\n${LOADED}\n`, 'a/b.md': `${LOADED}\n` });
    await runHere(['check', '--write-baseline', 'base.json', '.'], { cwd: dir });
    const first = readFileSync(join(dir, 'base.json'), 'utf8');
    await runHere(['check', '--write-baseline', 'base.json', 'z.md', 'a'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'base.json'), 'utf8'), first, 'the same findings give the same bytes');
    const data = JSON.parse(first) as { tool: string; format: number; files: Record<string, { rule: string; fingerprint: string }[]> };
    assert.equal(data.tool, 'onrecord');
    assert.equal(data.format, 1);
    assert.deepEqual(Object.keys(data.files), ['a/b.md', 'z.md']);
    for (const entries of Object.values(data.files)) {
      const keys = entries.map((e) => `${e.rule} ${e.fingerprint}`);
      assert.deepEqual(keys, [...keys].sort());
      for (const e of entries) assert.deepEqual(Object.keys(e), ['rule', 'fingerprint']);
    }
    assert.ok(!first.includes('claimed') && !first.includes('Sources'), 'no draft text in the baseline');
    assert.ok(first.endsWith('}\n'));
  });

  test('a missing or malformed baseline exits 2 naming the file; the two flags do not mix', async () => {
    const dir = scratch.workspace({ 'a.md': `${BARE}\n`, 'bad.json': '{"files": []}', 'broken.json': '{' });
    const missing = await runHere(['check', '--baseline', 'nope.json', 'a.md'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.json: no such file or directory/);
    const bad = await runHere(['check', '--baseline', 'bad.json', 'a.md'], { cwd: dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /bad\.json: not an onrecord baseline/);
    assert.equal((await runHere(['check', '--baseline', 'broken.json', 'a.md'], { cwd: dir })).status, 2);
    assert.equal((await runHere(['check', '--baseline', 'a.json', '--write-baseline', 'b.json', 'a.md'], { cwd: dir })).status, 2);
  });

  test('SARIF results carry the baseline fingerprint for code scanning', async () => {
    const dir = scratch.workspace({ 'a.md': `${BARE}\n` });
    await runHere(['check', '--write-baseline', 'b.json', 'a.md'], { cwd: dir });
    const base = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as { files: Record<string, { fingerprint: string }[]> };
    const sarif = JSON.parse((await runHere(['check', '--format', 'sarif', 'a.md'], { cwd: dir })).stdout) as {
      runs: { results: { partialFingerprints: Record<string, string> }[] }[];
    };
    const fingerprints = sarif.runs[0].results.map((r) => Object.values(r.partialFingerprints)[0]).sort();
    assert.deepEqual(fingerprints, base.files['a.md'].map((e) => e.fingerprint).sort());
  });
});
