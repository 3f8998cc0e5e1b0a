import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const OUT = join(__dirname, '..', '..', 'server', 'out');

/**
 * The project's regular expressions are literals, compiled once where they are written. A bundler
 * that thinks the target lacks a regex feature rewrites such a literal into `new RegExp("…")`,
 * which builds a fresh object every time the expression runs (esbuild did this to every \p{…}
 * literal for the node20 target until esbuild.mjs said Node 20 has them). The project's own
 * sources never pass a plain string to `new RegExp`, so one in a bundle is such a rewrite.
 */
for (const bundle of ['cli-main.js', 'server.js']) {
  test(`${bundle} keeps the project's regular expression literals as literals`, () => {
    const text = readFileSync(join(OUT, bundle), 'utf8');
    // esbuild heads each module's code with a comment naming its file.
    const sections = text.split(/^(?=\/\/ (?:server|client|node_modules)\/)/m);
    const own = sections.filter((s) => /^\/\/ (?:server|client)\/src\//.test(s));
    assert.ok(own.length > 20, `expected the project's modules in ${bundle}, found ${own.length}`);
    const rewritten = own.flatMap((s) => [...s.matchAll(/new RegExp\("[^\n]{0,60}/g)].map((m) => `${s.slice(3, s.indexOf('\n'))}: ${m[0]}`));
    assert.deepEqual(rewritten, []);
  });
}
