// Grammar tests: the injection grammar, loaded the way package.json contributes it, on top of
// VS Code's own Markdown grammar (from tm-grammars), checked with vscode-tmgrammar-test against
// the scope assertions in the *.md files beside this one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
const here = dirname(fileURLToPath(import.meta.url));
const grammars = dirname(require.resolve('tm-grammars/grammars/markdown.json'));
const runner = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');

// Markdown embeds HTML (inline tags, comments) and YAML (front matter); the exclusions need them.
// Other embedded languages (fenced code) stay unresolved, which leaves their blocks unscoped.
const BASE = ['markdown', 'html-derivative', 'html', 'yaml'];

const cases = readdirSync(here).filter((name) => name.endsWith('.md')).sort();

test('there are grammar test cases', () => {
  assert.ok(cases.length >= 4, cases.join(', '));
});

test('every case holds against the Markdown grammar with the injection', () => {
  // One run for all cases: starting the runner costs more than tokenising them.
  const args = [runner, ...BASE.flatMap((g) => ['-g', join(grammars, `${g}.json`)]), '--config', join(root, 'package.json'), ...cases.map((name) => join(here, name))];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const quiet = (text: string) => text.split('\n').filter((line) => line.trim() && !line.startsWith('grammar not found')).join('\n');
  assert.equal(run.status, 0, `${quiet(run.stdout)}\n${quiet(run.stderr)}`);
  for (const name of cases) assert.match(run.stdout, new RegExp(`${name.replace('.', '\\.')} run successfuly`), name);
});
