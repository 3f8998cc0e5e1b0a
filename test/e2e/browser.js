#!/usr/bin/env node
// @ts-check
// Layer 2: the packaged extension in a real VS Code, used the way a reporter uses it. code-server
// 4.100.3 (VS Code 1.100.3) gets onrecord-<version>.vsix through `--install-extension`, Debian's
// Chromium shows the workbench, playwright-core plays the user: open an example draft from the
// Explorer, see the squiggles, the status bar counts, the Sources view and the Problems panel with
// rule codes, hover a finding for its policy basis, Ctrl+. for the preferred fix, Ctrl+S, and the
// file on disk changes. artifacts/browser.png is the README's screenshot.
//
// Exit codes: 0 pass, 1 fail, 75 when the editor did not start (exthost.js and run.js retry once).
// Env: VSIX (default: the root's onrecord-<version>.vsix), KEEP=1 keeps the sandbox, CHROMIUM, CODE_SERVER.
'use strict';
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { makeSandbox } = require('./lib/sandbox');
const { START_FAILED, StartError, installVsix, startCodeServer } = require('./lib/code-server');
const { launchChromium } = require('./lib/browser');
const { artifact, keepFailure, clearFailure, endSession } = require('./lib/artifacts');

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${MANIFEST.publisher}.${MANIFEST.name}`;
const VSIX = path.resolve(process.env.VSIX || path.join(ROOT, `${MANIFEST.name}-${MANIFEST.version}.vsix`));
const DRAFT = 'valdoria-engineers-report.md';
const LABEL = process.env.ONRECORD_E2E_LABEL || 'browser';
const UI_MS = 60_000;

const started = Date.now();
const step = (/** @type {string} */ what) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${what}`);

/**
 * What the editor should show, from the CLI on the same file: the same core, so the counts agree
 * by construction, and a rule change does not need this test edited.
 * @param {string} file
 */
function expected(file) {
  const cli = (/** @type {string[]} */ args) => {
    try {
      return execFileSync(process.execPath, [path.join(ROOT, 'server', 'out', 'cli.js'), ...args, file], { encoding: 'utf8', cwd: path.dirname(file) });
    } catch (error) {
      return /** @type {{ stdout: string }} */ (error).stdout; // exit 1 = findings
    }
  };
  const findings = JSON.parse(cli(['check', '--format', 'json'])).files[0].findings;
  const count = (/** @type {string} */ severity) => findings.filter((/** @type {{ severity: string }} */ f) => f.severity === severity).length;
  const { summary } = JSON.parse(cli(['sources', '--format', 'json']));
  return { errors: count('error'), warnings: count('warning'), summary };
}

/**
 * The on-screen box of `text` in the editor's rendered lines (Monaco splits a line into token spans).
 * @param {import('playwright-core').Locator} editor
 * @param {string} text
 */
async function textBox(editor, text) {
  const box = await editor.locator('.view-lines').evaluate((root, wanted) => {
    for (const line of root.querySelectorAll('.view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      /** @type {[Text, number][]} */ const nodes = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push([/** @type {Text} */ (node), all.length]);
        all += /** @type {Text} */ (node).data.replace(/\u00a0/g, ' ');
      }
      const at = all.indexOf(wanted);
      if (at < 0) continue;
      const locate = (/** @type {number} */ offset) => {
        const [node, start] = /** @type {[Text, number]} */ (nodes.findLast(([, s]) => s <= offset));
        return /** @type {[Text, number]} */ ([node, offset - start]);
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length));
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, text);
  assert.ok(box, `"${text}" is not on screen in the editor`);
  return box;
}

/**
 * Resolves once the file's text satisfies `accept`, watching the file rather than polling it.
 * @param {string} file
 * @param {(text: string) => boolean} accept
 */
function fileSatisfies(file, accept, timeoutMs = UI_MS) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const text = fs.readFileSync(file, 'utf8');
      if (!accept(text)) return;
      watcher.close();
      clearTimeout(timer);
      resolve(text);
    };
    const watcher = fs.watch(path.dirname(file), () => check());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`${path.basename(file)} on disk did not change as expected within ${timeoutMs / 1000} s; it reads:\n${fs.readFileSync(file, 'utf8')}`));
    }, timeoutMs);
    check();
  });
}

async function main() {
  if (!fs.existsSync(VSIX)) throw new Error(`no ${path.relative(ROOT, VSIX)}: run \`npm run package\` first`);
  clearFailure(LABEL);
  const examples = Object.fromEntries(fs.readdirSync(path.join(ROOT, 'examples')).map((name) => [name, fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8')]));
  const sandbox = makeSandbox({ files: examples, settings: { 'workbench.colorTheme': 'Default Light Modern', 'window.zoomLevel': 0 } });
  const draft = path.join(sandbox.workspace, DRAFT);
  const original = fs.readFileSync(draft, 'utf8');
  const want = expected(draft);
  /** @type {import('./lib/code-server').CodeServer | undefined} */ let codeServer;
  /** @type {import('playwright-core').BrowserContext | undefined} */ let context;
  try {
    const { listed } = installVsix(sandbox, VSIX);
    assert.match(listed, new RegExp(`^${EXTENSION_ID.replace('.', '\\.')}@${MANIFEST.version.replace(/\./g, '\\.')}$`, 'm'), `not installed:\n${listed}`);
    step(`installed ${path.basename(VSIX)}: ${listed.trim()}`);

    codeServer = await startCodeServer(sandbox);
    step(`code-server listening on ${codeServer.port} (process group ${codeServer.pid})`);
    let page;
    try {
      ({ context, page } = await launchChromium(sandbox));
      page.setDefaultTimeout(UI_MS);
      page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
      await page.goto(`${codeServer.url}/?folder=${encodeURIComponent(sandbox.workspace)}`, { timeout: 90_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    } catch (error) {
      throw error instanceof StartError ? error : new StartError(`the workbench did not load: ${/** @type {Error} */ (error).message}`);
    }
    step('workbench loaded');

    // 1. The draft from the Explorer; squiggles of each severity the example has.
    await page.getByRole('treeitem', { name: DRAFT }).dblclick();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines').getByText('Valdoria denies report').first().waitFor();
    await editor.locator('.squiggly-warning').first().waitFor();
    await editor.locator('.squiggly-info').first().waitFor();
    step(`${DRAFT} open with squiggles`);

    // 2. The status bar item: the counts of the draft and its sources.
    const status = page.locator('.statusbar-item').filter({ hasText: /OnRecord/ });
    // Error and warning counts follow their icons; the wording around the source counts may change.
    const statusText = new RegExp(`OnRecord\\s*${want.errors}\\s+${want.warnings}\\b[\\s\\S]*\\b${want.summary.sources} sources?\\b[\\s\\S]*\\b${want.summary.anonymous} (unnamed|anonymous)`);
    await status.filter({ hasText: statusText }).waitFor();
    step(`status bar: ${(await status.innerText()).replace(/\s+/g, ' ')}`);

    // 3. Clicking it shows the Sources view in the Explorer with the ledger. The folder's own pane
    //    is folded and the side bar widened so the ledger has room (and reads well in the README).
    await status.click();
    const folderPane = page.locator('.pane-header[aria-expanded="true"]').filter({ hasText: /^workspace/i });
    if ((await folderPane.count()) > 0) await folderPane.first().click();
    const sideBar = await page.locator('.part.sidebar').boundingBox();
    if (sideBar) {
      const edge = { x: sideBar.x + sideBar.width - 1, y: sideBar.y + sideBar.height / 2 };
      await page.mouse.move(edge.x, edge.y);
      await page.mouse.down();
      await page.mouse.move(edge.x + 130, edge.y, { steps: 8 });
      await page.mouse.up();
    }
    const sources = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /^Sources/ }) });
    await sources.locator('.pane-header[aria-expanded="true"]').waitFor();
    const velesky = sources.getByRole('treeitem', { name: /Ambassador Anton Velesky/ });
    await velesky.waitFor();
    assert.match(await velesky.innerText(), /named person/);
    const unnamed = sources.getByRole('treeitem', { name: /a person close to Valdoria’s Ministry of Defence/ });
    assert.match((await unnamed.innerText()).replace(/\s+/g, ' '), /reason for anonymity/, 'the unnamed source should show its missing reason for anonymity');
    await sources.getByRole('treeitem', { name: /^Figures/ }).waitFor();
    step(`Sources view: ${want.summary.sources} sources, ${want.summary.anonymous} anonymous`);

    // 4. The Problems panel: each finding with source and rule code (separate spans on screen).
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel');
    await problems.getByText('"claimed" casts doubt on the source').waitFor();
    const panel = (await problems.innerText()).replace(/\s+/g, ' ');
    // The code links to the rule's documentation (codeDescription.href).
    const link = problems.locator('a.monaco-link[href$="/rules/loaded-attribution-verb.md"]').first();
    assert.equal((await link.innerText()).trim(), 'loaded-attribution-verb');
    for (const rule of ['loaded-attribution-verb', 'vague-source', 'contested-figure']) assert.match(panel, new RegExp(`onrecord\\s*\\(?\\s*${rule}\\b`), `Problems panel lacks ${rule}`);
    step('Problems panel lists the findings with their rule codes, linked to the rule docs');

    // 5. Reveal the "claimed" finding from the Problems panel; hover it for the policy basis.
    await problems.getByText('"claimed" casts doubt on the source').click();
    const claimed = await textBox(editor, 'claimed');
    await page.mouse.move(claimed.x, claimed.y);
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Policy basis' });
    await hover.waitFor();
    assert.match(await hover.innerText(), /Loaded attribution verb/);
    step('hover shows the rule and its policy basis');
    // Finite CSS animations (the hover fades in) are finished first, so the capture is sharp.
    await page.screenshot({ path: artifact(`${LABEL}.png`), animations: 'disabled' });

    // 6. Ctrl+. on the word: the preferred fix is focused; Enter applies it (clicks on the menu rows
    //    are swallowed by its pointer block in headless Chromium); Ctrl+S writes the file.
    await page.mouse.click(claimed.x, claimed.y);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row.focused').getByText('Replace with "said"').waitFor();
    const menu = (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    for (const rung of ['Fix all loaded-attribution-verb findings in this document', 'Ignore loaded-attribution-verb here (a reason is required)', 'Read the rule: Loaded attribution verb (loaded-attribution-verb)']) {
      assert.ok(menu.includes(rung), `the quick fix menu lacks "${rung}": ${menu.join(' | ')}`);
    }
    await page.screenshot({ path: artifact(`${LABEL}-quick-fix.png`), animations: 'disabled' });
    await page.keyboard.press('Enter');
    await editor.locator('.view-lines').getByText('The Journal said that').waitFor();
    await page.keyboard.press('Control+S');
    // The save may land in more than one write: wait for the whole expected text.
    const fixed = original.replace('The Journal claimed that', 'The Journal said that');
    assert.notEqual(fixed, original);
    await fileSatisfies(draft, (text) => text === fixed);
    step('Ctrl+. offered the ladder and applied the preferred fix; the file on disk changed');

    // 7. The finding is gone: one warning fewer in the status bar.
    const fewer = new RegExp(`OnRecord\\s*${want.errors}\\s+${want.warnings - 1}\\b`);
    await status.filter({ hasText: fewer }).waitFor();
    step(`status bar after the fix: ${(await status.innerText()).replace(/\s+/g, ' ')}`);
    await page.screenshot({ path: artifact(`${LABEL}-fixed.png`), animations: 'disabled' });
    step(`screenshots in ${path.relative(process.cwd(), artifact(''))}`);
  } catch (error) {
    await keepFailure(LABEL, { sandbox, codeServer, pages: context?.pages() ?? [] });
    throw error;
  } finally {
    await endSession({ sandbox, codeServer, context });
  }
}

main().then(
  () => {
    step('PASS');
    process.exit(0);
  },
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    step('FAIL');
    process.exit(error instanceof StartError ? START_FAILED : 1);
  },
);
