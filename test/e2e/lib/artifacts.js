// @ts-check
// What a run leaves behind for a person to look at: screenshots, the code-server log and VS Code's
// own logs (extension host, the OnRecord output channel) when something failed. Git ignores it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ARTIFACTS = path.resolve(process.env.ONRECORD_E2E_ARTIFACTS || path.join(__dirname, '..', 'artifacts'));

/** @param {string} name */
function artifact(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/**
 * Keeps the evidence of a failed run under artifacts/<label>-failure*.
 * @param {string} label
 * @param {{ sandbox?: import('./sandbox').Sandbox, codeServer?: import('./code-server').CodeServer, pages?: import('playwright-core').Page[] }} what
 */
async function keepFailure(label, { sandbox, codeServer, pages = [] }) {
  const kept = [];
  for (const [i, page] of pages.entries()) {
    const file = artifact(`${label}-failure${i === 0 ? '' : `-${i + 1}`}.png`);
    try {
      await page.screenshot({ path: file, timeout: 15_000 });
      kept.push(file);
    } catch {
      // the page is gone; the logs still say why
    }
  }
  if (codeServer && fs.existsSync(codeServer.logFile)) {
    const file = artifact(`${label}-failure-code-server.log`);
    fs.copyFileSync(codeServer.logFile, file);
    kept.push(file);
  }
  const logs = sandbox && path.join(sandbox.userData, 'logs');
  if (logs && fs.existsSync(logs)) {
    const dir = artifact(`${label}-failure-vscode-logs`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(logs, dir, { recursive: true });
    kept.push(dir);
  }
  if (kept.length > 0) console.error(`kept for inspection:\n  ${kept.join('\n  ')}`);
}

/** Removes what an earlier failed run of `label` left, so a pass does not sit beside stale failures. */
function clearFailure(label) {
  if (!fs.existsSync(ARTIFACTS)) return;
  for (const name of fs.readdirSync(ARTIFACTS)) {
    if (name.startsWith(`${label}-failure`)) fs.rmSync(path.join(ARTIFACTS, name), { recursive: true, force: true });
  }
}

/**
 * Ends a session whatever happened: the browser context, then code-server (its own process
 * group), then the sandbox, unless KEEP is set to look at it afterwards.
 * @param {{ sandbox: import('./sandbox').Sandbox, codeServer?: import('./code-server').CodeServer, context?: import('playwright-core').BrowserContext }} session
 */
async function endSession({ sandbox, codeServer, context }) {
  await context?.close().catch(() => {});
  await codeServer?.stop();
  if (process.env.KEEP) console.log(`sandbox kept: ${sandbox.root}`);
  else sandbox.remove();
}

module.exports = { ARTIFACTS, artifact, keepFailure, clearFailure, endSession };
