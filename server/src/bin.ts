// CLI entry point (bundled to server/out/cli.js): a small launcher for the CLI bundle
// (server/out/cli-main.js, built from cli/run.ts), which it compiles with a V8 code cache.
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { codeCacheDir, runWithCodeCache } from './cli/code-cache';

// Regular expressions go straight to native code instead of being interpreted first and compiled
// again on their second use: the lexicons' large patterns were compiled twice in every run.
setFlagsFromString('--no-regexp-tier-up');
// The young generation's growth is limited by the bundle (run.ts), and only on big documents.

const run = runWithCodeCache(join(__dirname, 'cli-main.js'), codeCacheDir(process.env));
// Only runs that analyse drafts compile enough of the bundle to be worth caching. At exit, so the
// cache holds what the run compiled lazily too; `exit` listeners also run on process.exit().
// Analysis workers (cli/pool.ts) load the same launcher; the main thread alone writes the cache.
const command = process.argv[2];
const worker = process.env.ONRECORD_ANALYSIS_WORKER === '1' && !(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread;
if (!worker && (command === 'check' || command === 'sources')) process.once('exit', run.save);
