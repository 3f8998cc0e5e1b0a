// CLI entry point (bundled to server/out/cli.js): a small launcher for the CLI bundle
// (server/out/cli-main.js, built from cli/run.ts), which it compiles with a V8 code cache.
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { codeCacheDir, runWithCodeCache } from './cli/code-cache';

// Regular expressions go straight to native code instead of being interpreted first and compiled
// again on their second use: the lexicons' large patterns were compiled twice in every run.
setFlagsFromString('--no-regexp-tier-up');
// No optimising compiler (TurboFan) until the bundle knows the run is long enough to pay for it
// (run.ts turns it on from 128 KB of text): on one article its background compiles cost about
// 80 ms of CPU (367 → 289 ms median, 15 alternating runs) for no gain in wall time. Baseline
// code (Sparkplug) still runs. The young generation's growth is tuned there too.
// Flags are per process: an analysis worker (cli/pool.ts), which loads this same launcher, keeps
// those the main thread has set for the run.
const START_FLAGS = ['--max-opt=1', '--no-turbofan', '--semi-space-growth-factor=2'];
const worker = process.env.ONRECORD_ANALYSIS_WORKER === '1' && !(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread;
if (!worker) for (const flag of START_FLAGS) setFlagsFromString(flag);

const run = runWithCodeCache(join(__dirname, 'cli-main.js'), codeCacheDir(process.env));
// Only runs that analyse drafts compile enough of the bundle to be worth caching. At exit, so the
// cache holds what the run compiled lazily too; `exit` listeners also run on process.exit().
// The main thread alone writes the cache.
const command = process.argv[2];
// V8 keys a cache to the flags in force when it is made: they are put back as they were at the
// start, so the cache a long run writes is accepted by the next short one.
if (!worker && (command === 'check' || command === 'sources')) {
  process.once('exit', () => {
    for (const flag of START_FLAGS) setFlagsFromString(flag);
    run.save();
  });
}
