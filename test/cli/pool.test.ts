// Worker threads for big runs (cli/pool.ts): a run spread over threads prints, notes and exits
// exactly as on one thread, fixes each file once, and loses no file when a worker fails.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AnalysisTask } from '../../server/src/cli/analyse-file';
import { Worker } from 'node:worker_threads';
import { analyseTask } from '../../server/src/cli/analyse-file';
import { analyseAll, autoThreads, MIN_BYTES_FOR_WORKERS, MIN_TASKS_FOR_WORKERS, threadsFor, WORKER_ENV } from '../../server/src/cli/pool';
import { BARE, CLEAN, CLI, LOADED, run, Scratch } from './helpers';

let scratch: Scratch;
before(() => {
  scratch = new Scratch('pool');
});
after(() => scratch.remove());

/** Drafts of every kind a run meets: flagged, clean, fixable, unreadable, binary, bad front matter. */
function mixedFolder(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    'desk/binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]),
    'desk/latin1.md': Buffer.concat([Buffer.from('Line one.\nThe caf'), Buffer.from([0xe9]), Buffer.from(' opened.\n')]),
    'desk/front.md': `---\nstage: whenever\n---\n\n${BARE}\n`,
    'desk/empty.md': '',
  };
  for (let i = 0; i < 24; i++) {
    const name = `story-${String(i).padStart(2, '0')}.md`;
    files[name] = i % 3 === 0 ? `# Story ${i}\n\n${LOADED}\n\n${BARE}\n` : i % 3 === 1 ? `# Story ${i}\n\n${CLEAN}\n` : `${BARE}\n\n${LOADED} ${LOADED}\n`;
  }
  return files;
}

describe('check --jobs', () => {
  test('two threads give the same stdout, stderr and exit code as one, in every format', () => {
    const dir = scratch.workspace(mixedFolder());
    for (const format of ['stylish', 'compact', 'json', 'sarif', 'github', 'junit']) {
      const one = run(['check', '--format', format, '--jobs', '1', '.'], { cwd: dir });
      const two = run(['check', '--format', format, '--jobs', '2', '.'], { cwd: dir });
      assert.equal(one.status, 2, `${format}: the unreadable file and the bad front matter make the run exit 2`);
      assert.equal(two.status, one.status, format);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.stderr, one.stderr, format);
    }
    const report = JSON.parse(run(['check', '--format', 'json', '--jobs', '2', '.'], { cwd: dir }).stdout) as { files: { path: string; error?: string }[] };
    const paths = report.files.map((f) => f.path);
    assert.deepEqual(paths, [...paths].sort(), 'files are reported in path order');
    assert.ok(report.files.find((f) => f.path.endsWith('latin1.md'))?.error, 'the unreadable file keeps its error');
  });

  test('without errors the exit code follows the findings, as on one thread', () => {
    const files = mixedFolder();
    for (const name of Object.keys(files)) if (name.startsWith('desk/')) delete files[name];
    const dir = scratch.workspace(files);
    const one = run(['check', '--jobs', '1', '--format', 'compact', '.'], { cwd: dir });
    const two = run(['check', '--jobs', '2', '--format', 'compact', '.'], { cwd: dir });
    assert.equal(one.status, 1);
    assert.equal(two.status, 1);
    assert.equal(two.stdout, one.stdout);
  });

  test('--fix on two threads writes each file once, as one thread does', () => {
    const files = mixedFolder();
    const one = scratch.workspace(files);
    const two = scratch.workspace(files);
    const r1 = run(['check', '--fix', '--jobs', '1', '--format', 'json', '.'], { cwd: one });
    const r2 = run(['check', '--fix', '--jobs', '2', '--format', 'json', '.'], { cwd: two });
    // A file written twice would be refused the second time as changed on disk meanwhile.
    assert.doesNotMatch(r2.stderr, /changed on disk/);
    assert.equal(r2.stderr, r1.stderr);
    assert.match(r2.stderr, /fixed 24 problems in 16 files/);
    assert.equal(r2.stdout, r1.stdout);
    for (const name of Object.keys(files)) assert.deepEqual(readFileSync(join(two, name)), readFileSync(join(one, name)), name);
    assert.equal(readFileSync(join(two, 'story-00.md'), 'utf8'), files['story-00.md'].toString().replace('claimed', 'said'));
  });

  test('--jobs takes a whole number of at least 1, or auto', () => {
    const dir = scratch.workspace({ 'a.md': `${CLEAN}\n` });
    assert.equal(run(['check', '--jobs', 'auto', 'a.md'], { cwd: dir }).status, 0);
    for (const bad of ['0', 'two', '1.5']) {
      const r = run(['check', '--jobs', bad, 'a.md'], { cwd: dir });
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--jobs needs a whole number/);
    }
  });
});

function tasks(dir: string, names: string[]): AnalysisTask[] {
  return names.map((name, index) => ({ index, display: name, path: join(dir, name), layers: [], overrides: [], quiet: false }));
}

describe('analyseAll', () => {
  test("'auto' keeps small runs on the main thread; an explicit count is taken as asked", () => {
    const few = tasks('/nowhere', ['a.md', 'b.md']);
    const many = tasks('/nowhere', Array.from({ length: MIN_TASKS_FOR_WORKERS }, (_, i) => `${i}.md`));
    const big = many.map(() => MIN_BYTES_FOR_WORKERS);
    const small = many.map(() => 10);
    const script = '/nowhere/cli.js';
    assert.equal(threadsFor(few, { workerScript: script, threads: 'auto', bytes: [1 << 30, 1 << 30] }), 1, 'too few documents');
    assert.equal(threadsFor(many, { workerScript: script, threads: 'auto', bytes: small }), 1, 'too little text');
    assert.equal(threadsFor(many, { workerScript: script, threads: 'auto', bytes: big }), autoThreads(availableParallelism()));
    assert.equal(threadsFor(few, { workerScript: script, threads: 3, bytes: [1, 1] }), 2, 'never more threads than documents');
    assert.equal(threadsFor(many, { threads: 3, bytes: big }), 1, 'no worker script, no workers');
  });

  test("'auto' leaves a core per thread to V8's compiles and collections, up to four threads", () => {
    assert.deepEqual([1, 2, 3, 4, 6, 8, 16, 64].map(autoThreads), [1, 1, 1, 2, 3, 4, 4, 4]);
  });

  test('a worker running the built launcher analyses every document it takes and posts each outcome', async () => {
    const dir = scratch.workspace({ 'a.md': `${BARE}\n`, 'b.md': `${CLEAN}\n`, 'c.md': `${LOADED}\n` });
    const list = tasks(dir, ['a.md', 'b.md', 'c.md']);
    // The main thread takes nothing here, so the worker must do all three.
    const worker = new Worker(CLI, { workerData: { onrecordAnalysisWorker: true, tasks: list, next: new SharedArrayBuffer(4) }, env: { ...process.env, [WORKER_ENV]: '1' } });
    const outcomes: unknown[] = [];
    worker.on('message', (message: { outcome: unknown }) => outcomes.push(message.outcome));
    const code = await new Promise((resolve, reject) => {
      worker.on('error', reject);
      worker.on('exit', resolve);
    });
    assert.equal(code, 0);
    assert.deepEqual(outcomes, list.map((task) => analyseTask(task)));
  });

  test('documents a failed worker took are analysed on the main thread, in order', async () => {
    const dir = scratch.workspace({ 'a.md': `${BARE}\n`, 'b.md': `${CLEAN}\n`, 'c.md': `${LOADED}\n`, 'd.md': `${BARE}\n` });
    // Takes two documents from the shared counter and dies without answering.
    const crashing = join(dir, 'crashing-worker.js');
    writeFileSync(
      crashing,
      "const { workerData } = require('node:worker_threads');\nconst next = new Int32Array(workerData.next);\nAtomics.add(next, 0, 1); Atomics.add(next, 0, 1);\nthrow new Error('worker failed');\n",
    );
    const list = tasks(dir, ['a.md', 'b.md', 'c.md', 'd.md']);
    const alone = await analyseAll(list, { threads: 1, bytes: [] });
    const crashed = await analyseAll(list, { workerScript: crashing, threads: 2, bytes: [] });
    assert.deepEqual(
      crashed.map((o) => o.index),
      [0, 1, 2, 3],
    );
    assert.deepEqual(crashed, alone);
    assert.ok(alone[0].report.findings.some((f) => f.rule === 'bare-source'));
  });
});
