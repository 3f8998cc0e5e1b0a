#!/usr/bin/env node
// @ts-check
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// runTests spawns it as it would spawn VS Code:
//   [launchArgs…] --no-sandbox … --extensionTestsPath=X --extensionDevelopmentPath=Y [--user-data-dir=…]
// and takes its exit code as the result. The suite runs in code-server's VS Code 1.100.3 (the real
// Node extension host, driven through Debian's Chromium); nothing is downloaded.
// Other options (--disable-extensions, --no-sandbox, …) are for Electron and are ignored: the
// editor starts from a fresh sandbox with no extensions installed anyway.
// Exit codes: the extension host's (0 = pass), 75 when the editor did not start (worth a retry).
'use strict';
const { runExtensionTests } = require('./lib/exthost');
const { START_FAILED, StartError } = require('./lib/code-server');

const argv = process.argv.slice(2);
const values = (/** @type {string} */ name) => argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const extensionTestsPath = values('extensionTestsPath')[0];
const extensionDevelopmentPath = values('extensionDevelopmentPath');
// The first launch argument that is not an option is the folder to open, as with `code FOLDER`.
const workspace = argv.find((a) => !a.startsWith('-'));

if (!extensionTestsPath || extensionDevelopmentPath.length === 0) {
  console.error('vscode-shim: need --extensionTestsPath= and --extensionDevelopmentPath=');
  process.exit(2);
}

runExtensionTests({ extensionDevelopmentPath, extensionTestsPath, workspace, label: process.env.ONRECORD_E2E_LABEL || 'exthost' }).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof StartError ? START_FAILED : 1);
  },
);
