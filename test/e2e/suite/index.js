// @ts-check
// The extensionTestsPath module (the @vscode/test-electron contract): VS Code calls run() inside the
// extension host once it is up; resolve = pass, reject = fail.
// ONRECORD_E2E_SUITE=diagnostics,settings runs those files alone (a quicker loop while writing tests).
'use strict';
const path = require('node:path');
const Mocha = require('mocha');

const ALL = ['activation', 'diagnostics', 'code-actions', 'settings', 'sources'];

exports.run = function run() {
  const only = process.env.ONRECORD_E2E_SUITE;
  const files = only ? only.split(',') : ALL;
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 90_000, slow: 10_000 });
  for (const file of files) mocha.addFile(path.join(__dirname, `${file}.test.js`));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        // Skipped tests did not run: they are counted beside the passes, never among them.
        const notRun = runner.total - passes - failures - pending;
        console.log(`onrecord-e2e: ${passes} passed, ${failures} failed, ${pending + notRun} skipped${notRun > 0 ? ` (${notRun} not run: no draft was checked)` : ''}`);
        if (failures > 0) reject(new Error(`${failures} extension-host test${failures === 1 ? '' : 's'} failed`));
        else resolve(undefined);
      });
      // When a draft never gets its findings, every later test would only wait out its timeout.
      runner.on('fail', (test) => {
        if (test.parent?.title === 'Activation' && /is checked once opened/.test(test.title)) runner.abort();
      });
    } catch (error) {
      reject(error);
    }
  });
};
