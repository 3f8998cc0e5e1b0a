#!/usr/bin/env node
// @ts-check
// `npm run test:e2e` (after `npm run package`): both layers, one after the other, each in its own
// process with its own code-server and Chromium, then a summary. Exits non-zero when either fails;
// tests that could not run are counted as skipped, never as passed.
//   1. exthost.js: the mocha suites in suite/ inside VS Code's extension host (runTests)
//   2. browser.js: the packaged .vsix in VS Code in Chromium, driven like a user
// ONRECORD_E2E_LAYERS=exthost or =browser runs one layer.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { START_FAILED, CODE_SERVER } = require('./lib/code-server');
const { CHROMIUM } = require('./lib/browser');
const { ARTIFACTS } = require('./lib/artifacts');

const LAYERS = [
  { name: 'exthost', script: 'exthost.js', what: 'extension-host suites (@vscode/test-electron runTests)' },
  { name: 'browser', script: 'browser.js', what: 'browser test (packaged .vsix, Chromium)' },
];

/** @returns {Promise<{ code: number, output: string }>} */
function node(/** @type {string} */ script, /** @type {Record<string, string>} */ env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, script)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Prerequisites a run cannot do without: say which is missing instead of failing obscurely. */
function missing() {
  const root = path.resolve(__dirname, '..', '..');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const problems = [];
  if (!fs.existsSync(CODE_SERVER)) problems.push(`code-server (${CODE_SERVER}): run bash test/e2e/setup.sh`);
  if (!fs.existsSync(CHROMIUM)) problems.push(`Chromium (${CHROMIUM}): apt-get install chromium`);
  const vsix = process.env.VSIX || path.join(root, `${manifest.name}-${manifest.version}.vsix`);
  if (!fs.existsSync(vsix)) problems.push(`${path.basename(vsix)}: run npm run package`);
  return problems;
}

async function main() {
  const problems = missing();
  if (problems.length > 0) {
    console.error(`e2e: cannot run, missing:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  const only = process.env.ONRECORD_E2E_LAYERS?.split(',');
  const started = Date.now();
  const results = [];
  for (const layer of LAYERS.filter((l) => !only || only.includes(l.name))) {
    console.log(`\n=== ${layer.what}`);
    const t0 = Date.now();
    let { code, output } = await node(layer.script);
    // exthost.js retries its own start; the browser test is retried here, for a start failure only.
    if (code === START_FAILED && layer.name === 'browser') {
      console.log(`${layer.name}: the editor did not start; retrying once`);
      ({ code, output } = await node(layer.script, { ONRECORD_E2E_LABEL: `${layer.name}-retry` }));
    }
    const counts = /onrecord-e2e: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(output);
    results.push({ ...layer, code, seconds: (Date.now() - t0) / 1000, counts });
  }
  console.log('\n=== end-to-end summary');
  for (const r of results) {
    const detail = r.counts ? ` (${r.counts[1]} passed, ${r.counts[2]} failed, ${r.counts[3]} skipped)` : '';
    console.log(`${r.code === 0 ? 'PASS' : 'FAIL'}  ${r.what}${detail}  ${r.seconds.toFixed(1)} s`);
  }
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots and logs in ${path.relative(process.cwd(), ARTIFACTS) || '.'}`);
  return results.every((r) => r.code === 0) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
