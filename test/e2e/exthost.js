#!/usr/bin/env node
// @ts-check
// Layer 1: the mocha suites in suite/ inside a real VS Code extension host, through the ordinary
// @vscode/test-electron entry point, runTests().
//
// On a machine with internet and a display, runTests downloads VS Code itself when
// vscodeExecutablePath is absent: ONRECORD_E2E_VSCODE=download does that (VS Code 1.100.3, the
// version code-server 4.100.3 embeds; on Linux without a display, run it under xvfb-run). These
// machines cannot download VS Code, so by default vscodeExecutablePath is vscode-shim.js, which runs
// the same suites in code-server's VS Code 1.100.3 through Debian's Chromium.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const { START_FAILED } = require('./lib/code-server');
const { clearFailure } = require('./lib/artifacts');

const ROOT = path.resolve(__dirname, '..', '..');
const DOWNLOAD = process.env.ONRECORD_E2E_VSCODE === 'download';

/**
 * @param {string} label
 * @param {Record<string, string>} env
 */
async function runOnce(label, env) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-e2e-workspace-'));
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  try {
    await runTests({
      ...(DOWNLOAD ? { version: '1.100.3' } : { vscodeExecutablePath: path.join(__dirname, 'vscode-shim.js'), reuseMachineInstall: true }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { ...env, ONRECORD_E2E_LABEL: label },
    });
    return 0;
  } catch (error) {
    const code = /** @type {{ code?: number }} */ (error).code;
    return typeof code === 'number' ? code : 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** One retry when the editor did not come up; a failing test is never retried. */
async function run(/** @type {string} */ label, /** @type {Record<string, string>} */ env) {
  clearFailure(label);
  const started = Date.now();
  let code = await runOnce(label, env);
  if (code === START_FAILED) {
    console.log(`${label}: the editor did not start; retrying once`);
    code = await runOnce(`${label}-retry`, env);
  }
  console.log(`${label}: ${code === 0 ? 'PASS' : `FAIL (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'client', 'out', 'extension.js')) || !fs.existsSync(path.join(ROOT, 'server', 'out', 'server.js'))) {
    console.error('the extension is not built: run `npm run build` (or `npm run package`) first');
    return 1;
  }
  const only = process.env.ONRECORD_E2E_SUITE;
  return run('exthost', only ? { ONRECORD_E2E_SUITE: only } : {});
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
