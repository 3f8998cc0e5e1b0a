// @ts-check
// Debian's Chromium driven by playwright-core (which downloads no browser of its own).
'use strict';
const fs = require('node:fs');
const { chromium } = require('playwright-core');
const { StartError } = require('./code-server');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Playwright refuses `--user-data-dir` in args, so the sandbox's profile goes through
 * launchPersistentContext; `env` keeps Chromium's own writes (~/.config/chromium, dconf) inside.
 * @param {import('./sandbox').Sandbox} sandbox
 */
async function launchChromium(sandbox) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new StartError(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM)`);
  }
  const context = await chromium.launchPersistentContext(sandbox.chromeProfile, {
    executablePath: CHROMIUM,
    headless: true,
    env: /** @type {Record<string, string>} */ (sandbox.env),
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    timeout: 90_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

module.exports = { CHROMIUM, launchChromium };
