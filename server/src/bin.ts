// CLI entry point (bundled to server/out/cli.js): a small launcher for the CLI bundle
// (server/out/cli-main.js, built from cli/run.ts), which it compiles with a V8 code cache.
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { codeCacheDir, runWithCodeCache } from './cli/code-cache';

// Regular expressions go straight to native code instead of being interpreted first and compiled
// again on their second use: the lexicons' large patterns were compiled twice in every run.
setFlagsFromString('--no-regexp-tier-up');
// The young generation stays at its initial size instead of doubling up to 16 MB per semi-space:
// a run's short-lived garbage is collected sooner. Peak RSS on the 100,000-word document about
// 112 MB instead of 128 MB, the same CPU time there and on the 500-article folder, but about
// 25 ms more CPU on a one-article run (more scavenges while starting); measured in issue 7.
setFlagsFromString('--semi-space-growth-factor=1');

const run = runWithCodeCache(join(__dirname, 'cli-main.js'), codeCacheDir(process.env));
// Only runs that analyse drafts compile enough of the bundle to be worth caching. At exit, so the
// cache holds what the run compiled lazily too; `exit` listeners also run on process.exit().
const command = process.argv[2];
if (command === 'check' || command === 'sources') process.once('exit', run.save);
