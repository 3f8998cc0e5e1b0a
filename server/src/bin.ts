// CLI entry point (bundled to server/out/cli.js): a small launcher for the CLI bundle
// (server/out/cli-main.js, built from cli/run.ts), which it compiles with a V8 code cache.
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { codeCacheDir, runWithCodeCache } from './cli/code-cache';

// Regular expressions go straight to native code instead of being interpreted first and compiled
// again on their second use: the lexicons' large patterns were compiled twice in every run.
setFlagsFromString('--no-regexp-tier-up');
// The young generation stays at its initial size instead of doubling up to 16 MB per semi-space:
// a run's short-lived garbage is collected sooner, which kept the peak on the 100,000-word
// document at about 100 MB instead of 123 MB, at no measurable cost in CPU time (issue 7).
setFlagsFromString('--semi-space-growth-factor=1');

const run = runWithCodeCache(join(__dirname, 'cli-main.js'), codeCacheDir(process.env));
// Only runs that analyse drafts compile enough of the bundle to be worth caching. At exit, so the
// cache holds what the run compiled lazily too; `exit` listeners also run on process.exit().
const command = process.argv[2];
if (command === 'check' || command === 'sources') process.once('exit', run.save);
