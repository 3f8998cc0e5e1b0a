// The CLI's V8 code cache (server/src/cli/code-cache.ts) is an optimisation only: whatever state
// the cache is in (missing, corrupt, rejected, of another bundle, unwritable) the run must give
// the same output. In memory for the states, then through the built CLI.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { codeCacheDir } from '../../server/src/cli/code-cache';
import { BARE, LOADED, run, Scratch } from './helpers';

const root = mkdtempSync(join(tmpdir(), 'onrecord-code-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const fresh = () => {
  const dir = join(root, `t${++counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A bundle that prints a value and how it was loaded, as the CLI bundle would start its run. */
function bundle(dir: string, name: string, value: string): string {
  const path = join(dir, name);
  // Enough functions that V8's cache is more than a header.
  const helpers = Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x + ${i}; }`).join('\n');
  writeFileSync(path, `${helpers}\nprocess.stdout.write(JSON.stringify({ value: ${JSON.stringify(value)} + f3(0), filename: __filename, exports: typeof module.exports }) + '\\n');\n`);
  return path;
}

// Each load is a process of its own: within one process V8 keeps compiled scripts in memory and
// would not look at the cache for a source it has seen.
const DRIVER = `
const { runWithCodeCache } = require(${JSON.stringify(join(__dirname, '../../server/src/cli/code-cache.ts'))});
const [bundle, dir, save] = process.argv.slice(-3);
const run = runWithCodeCache(bundle, dir === '-' ? null : dir);
if (save === 'save') run.save();
process.stdout.write(JSON.stringify({ cache: run.cache }) + '\\n');
`;

function load(path: string, dir: string | null, save = true): { cache: string; value: string; filename: string; exports: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', DRIVER, '--', path, dir ?? '-', save ? 'save' : 'keep'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const [evaluated, run] = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, string>);
  return { ...run, ...evaluated } as { cache: string; value: string; filename: string; exports: string };
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.v8cache'));

describe('code cache states', () => {
  test('missing, then written by save(), then accepted; the bundle runs the same each time', () => {
    const dir = fresh();
    const cache = join(dir, 'cache');
    const path = bundle(dir, 'b.js', 'one');
    assert.deepEqual(load(path, cache), { cache: 'missing', value: 'one3', filename: path, exports: 'object' });
    assert.equal(cacheFiles(cache).length, 1);
    assert.deepEqual(load(path, cache), { cache: 'accepted', value: 'one3', filename: path, exports: 'object' });
  });

  test('a corrupt or truncated cache file is not given to V8 and is replaced', () => {
    const dir = fresh();
    const cache = join(dir, 'cache');
    const path = bundle(dir, 'b.js', 'two');
    load(path, cache);
    const file = join(cache, cacheFiles(cache)[0]);
    const good = readFileSync(file);
    for (const damaged of [Buffer.concat([good.subarray(0, good.length - 200), Buffer.alloc(200, 0x5a)]), good.subarray(0, good.length >> 1), Buffer.alloc(0), Buffer.from('not a cache')]) {
      writeFileSync(file, damaged);
      assert.deepEqual(load(path, cache), { cache: 'invalid', value: 'two3', filename: path, exports: 'object' });
      assert.equal(load(path, cache).cache, 'accepted');
    }
  });

  test('data V8 does not accept (right checksum, wrong content) is rejected, not run', () => {
    const dir = fresh();
    const cache = join(dir, 'cache');
    const path = bundle(dir, 'b.js', 'three');
    load(path, cache);
    const file = join(cache, cacheFiles(cache)[0]);
    const payload = Buffer.alloc(4096, 7);
    writeFileSync(file, Buffer.concat([Buffer.from(`onrecord-code-cache 1\n${createHash('sha1').update(payload).digest('hex')}\n`, 'latin1'), payload]));
    assert.deepEqual(load(path, cache, false), { cache: 'rejected', value: 'three3', filename: path, exports: 'object' });
  });

  test('a changed bundle of the same length never uses the old bundle’s cache', () => {
    const dir = fresh();
    const cache = join(dir, 'cache');
    const path = bundle(dir, 'b.js', 'aaaa');
    load(path, cache);
    bundle(dir, 'b.js', 'bbbb');
    assert.deepEqual(load(path, cache), { cache: 'missing', value: 'bbbb3', filename: path, exports: 'object' });
    assert.equal(cacheFiles(cache).length, 2);
  });

  test('an unwritable cache folder, or none, only means no cache', () => {
    const dir = fresh();
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'a file where the cache folder would be');
    const path = bundle(dir, 'b.js', 'four');
    assert.deepEqual(load(path, join(blocker, 'cache')), { cache: 'missing', value: 'four3', filename: path, exports: 'object' });
    assert.deepEqual(load(path, null), { cache: 'disabled', value: 'four3', filename: path, exports: 'object' });
  });

  test('the folder: ONRECORD_CACHE_DIR, off with ONRECORD_NO_CODE_CACHE, else the platform cache folder', () => {
    assert.equal(codeCacheDir({ ONRECORD_CACHE_DIR: '/x/y' }), '/x/y');
    assert.equal(codeCacheDir({ ONRECORD_CACHE_DIR: '/x/y', ONRECORD_NO_CODE_CACHE: '1' }), null);
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux'), join('/xdg', 'onrecord'));
    assert.match(codeCacheDir({}, 'darwin')!, /Library[\\/]Caches[\\/]onrecord$/);
    assert.equal(codeCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32'), join('C:\\Users\\a\\AppData\\Local', 'onrecord', 'Cache'));
  });
});

describe('the built CLI with its code cache', () => {
  const scratch = new Scratch('code-cache');
  after(() => scratch.remove());
  const draft = `# Plan\n\n${BARE} ${LOADED}\n`;

  test('same output and exit code without a cache, writing it, reading it, and after corruption', () => {
    const cwd = scratch.workspace({ 'draft.md': draft });
    const cache = join(cwd, 'cache');
    const args = ['check', '--format', 'json', 'draft.md'];
    const reference = run(args, { cwd, env: { ONRECORD_NO_CODE_CACHE: '1' } });
    assert.equal(reference.status, 1);
    assert.match(reference.stdout, /bare-source/);
    const writing = run(args, { cwd, env: { ONRECORD_CACHE_DIR: cache } });
    assert.equal(cacheFiles(cache).length, 1, 'a check run writes the cache at exit');
    const reading = run(args, { cwd, env: { ONRECORD_CACHE_DIR: cache } });
    const file = join(cache, cacheFiles(cache)[0]);
    const bytes = readFileSync(file);
    bytes.fill(0x41, bytes.length - 500);
    writeFileSync(file, bytes);
    const corrupt = run(args, { cwd, env: { ONRECORD_CACHE_DIR: cache } });
    for (const r of [writing, reading, corrupt]) assert.deepEqual(r, reference);
    assert.notDeepEqual(readFileSync(file), bytes, 'the corrupt cache was replaced');
  });

  test('an unwritable cache folder changes nothing, and --help writes no cache', () => {
    const cwd = scratch.workspace({ 'draft.md': draft, blocker: 'not a folder' });
    const args = ['check', 'draft.md'];
    const reference = run(args, { cwd, env: { ONRECORD_NO_CODE_CACHE: '1' } });
    assert.deepEqual(run(args, { cwd, env: { ONRECORD_CACHE_DIR: join(cwd, 'blocker', 'cache') } }), reference);
    const cache = join(cwd, 'cache');
    assert.equal(run(['--help'], { cwd, env: { ONRECORD_CACHE_DIR: cache } }).status, 0);
    assert.throws(() => readdirSync(cache), /ENOENT/);
  });
});
