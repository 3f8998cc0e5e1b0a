// Bundles the three entry points. Type checking is `tsc -b`; esbuild only strips and bundles.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { bundleOutput } from './scripts/bundle-output.mjs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20 has Unicode property escapes (\p{L}), yet for this target esbuild rewrites every
  // literal using them into `new RegExp(…)`, which builds a fresh RegExp each time the expression
  // runs: inside a per-sentence function, once a call (about 8% of a pass on long drafts).
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  // ESM builds first: jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot
  // follow, so the bundle would fail at startup with "Cannot find module './impl/format'".
  mainFields: ['module', 'main'],
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  // The plugin rewrites and writes the bundles (scripts/bundle-output.mjs).
  write: false,
  plugins: [bundleOutput()],
  // The manifest fields the code reads (server/src/shared/manifest.ts), not the whole file.
  define: { ONRECORD_MANIFEST: JSON.stringify(manifestFields()) },
};

function manifestFields() {
  const { version, repository, homepage } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
  return { version, repository, homepage };
}

const entries = [
  // cli.js is a small launcher that runs cli-main.js with a V8 code cache (cli/code-cache.ts).
  { entryPoints: ['server/src/bin.ts'], outfile: 'server/out/cli.js' },
  { entryPoints: ['server/src/cli/run.ts'], outfile: 'server/out/cli-main.js' },
  { entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
];

if (watch) {
  const { context } = await import('esbuild');
  for (const entry of entries) await (await context({ ...common, ...entry })).watch();
} else {
  await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
}
