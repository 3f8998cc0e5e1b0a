// Runs a TypeScript benchmark script as the product ships: bundled by esbuild the way esbuild.mjs
// bundles the server and CLI, not through tsx, whose keepNames wrappers (a call per function
// created) slow the hot paths by a fifth and would colour every timing.
//
//   node scripts/run-bundled.mjs ENTRY.ts [ARGS...]
//
// The bundle is written beside the entry (ENTRY.bundle.cjs and its map, git-ignored) so that
// packages the script loads at run time (the peers of bench/, kept external) resolve as they
// would from it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { bundleOutput } from './bundle-output.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-bundled.mjs ENTRY.ts [ARGS...]\n');
  process.exit(2);
}
const source = resolve(entry);
const outfile = source.replace(/\.[cm]?tsx?$/, '') + '.bundle.cjs';
await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20 has Unicode property escapes (\p{L}), yet for this target esbuild rewrites every
  // literal using them into `new RegExp(…)`, which builds a fresh RegExp each time the expression
  // runs: inside a per-sentence function, once a call (about 8% of a pass on long drafts).
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  // The same rewrites of the output as the product's bundles get (scripts/bundle-output.mjs).
  write: false,
  plugins: [bundleOutput()],
});
const run = spawnSync(process.execPath, [...process.execArgv, outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
