// @ts-check
// Runs an extensionTestsPath module (the @vscode/test-electron contract: it exports run(), which
// resolves to pass and rejects to fail) inside code-server's real Node extension host, with the
// extension loaded from its development folder. The web workbench takes the same options a desktop
// VS Code takes on its command line through the `payload` URL parameter, and reports the result
// through window.codeAutomationExit(code), the hook VS Code's own browser integration tests use;
// the extension host's console arrives through window.codeAutomationLog.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { makeSandbox } = require('./sandbox');
const { StartError, startCodeServer } = require('./code-server');
const { launchChromium } = require('./browser');
const { artifact, keepFailure, endSession } = require('./artifacts');

/** Workbench chatter with nothing to say about the tests. */
const NOISE = /^(Resolv|Creating a socket|Updating additional|Creation of workbench contribution|\[Service Worker\]|ChatSessionStore|getaddrinfo ENOTFOUND|.*open-vsx)/;

/**
 * @param {object} options
 * @param {string[]} options.extensionDevelopmentPath
 * @param {string} options.extensionTestsPath
 * @param {string} [options.workspace] a folder to open; the sandbox's empty one when absent
 * @param {string} options.label names the artifacts of this run
 * @param {number} [options.timeoutMs]
 * @returns {Promise<number>} the extension host's exit code (0 = every test passed)
 */
async function runExtensionTests({ extensionDevelopmentPath, extensionTestsPath, workspace, label, timeoutMs = 240_000 }) {
  // ONRECORD_E2E_TRACE=1: the protocol traffic goes to the OnRecord output channel, whose log is
  // kept with the others when a run fails.
  const sandbox = makeSandbox({ settings: process.env.ONRECORD_E2E_TRACE ? { 'onrecord.trace.server': 'verbose' } : {} });
  const folder = workspace ? path.resolve(workspace) : sandbox.workspace;
  const consoleLog = artifact(`${label}.log`);
  fs.writeFileSync(consoleLog, '');
  /** @type {import('./code-server').CodeServer | undefined} */ let codeServer;
  /** @type {import('playwright-core').BrowserContext | undefined} */ let context;
  let code = 1;
  try {
    codeServer = await startCodeServer(sandbox);
    let page;
    try {
      ({ context, page } = await launchChromium(sandbox));
    } catch (error) {
      throw error instanceof StartError ? error : new StartError(`Chromium did not start: ${/** @type {Error} */ (error).message}`);
    }
    /** @type {(code: number) => void} */ let exit = () => {};
    const exited = new Promise((resolve) => (exit = resolve));
    await context.exposeFunction('codeAutomationExit', (/** @type {number} */ exitCode) => exit(exitCode));
    await context.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown} */ args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      fs.appendFileSync(consoleLog, `${line}\n`);
      if (process.env.VERBOSE || !NOISE.test(line)) console.log(line);
    });
    const authority = `127.0.0.1:${codeServer.port}`;
    const remote = (/** @type {string} */ p) => `vscode-remote://${authority}${path.resolve(p)}`;
    const payload = JSON.stringify([
      ...extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(extensionTestsPath)],
      ['skipWelcome', 'true'],
    ]);
    try {
      await page.goto(`${codeServer.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`, { timeout: 90_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    } catch (error) {
      throw new StartError(`the workbench did not load: ${/** @type {Error} */ (error).message}`);
    }
    /** @type {NodeJS.Timeout | undefined} */ let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const result = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') {
      console.error(`the extension tests did not finish within ${timeoutMs / 1000} s`);
      code = 124;
    } else code = Number(result);
    if (code !== 0) await keepFailure(label, { sandbox, codeServer, pages: context.pages() });
  } catch (error) {
    await keepFailure(label, { sandbox, codeServer, pages: context?.pages() ?? [] });
    throw error;
  } finally {
    await endSession({ sandbox, codeServer, context });
  }
  return code;
}

module.exports = { runExtensionTests };
