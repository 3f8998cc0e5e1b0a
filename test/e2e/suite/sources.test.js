// @ts-check
// The sources ledger: the code lens summary at the top of a draft, the outline (document symbols),
// and the Sources view in the Explorer with the status bar item.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { EXTENSION_ID, WAIT_MS, draftUri, show, waitForFinding, cliJson } = require('./helpers');

/** The extension's exported API (its activate() result). */
async function onRecordApi() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return /** @type {{ sourcesView(): Array<{ label: string, description: string }>, statusText(): string, onDidChangeSources: vscode.Event<void> }} */ (await extension.activate());
}

/**
 * Re-checks `probe` whenever the ledger or the diagnostics change, until it returns something
 * or WAIT_MS passes: waits on events, never on a fixed sleep.
 * @template T
 * @param {{ onDidChangeSources: vscode.Event<void> }} api
 * @param {() => T | null} probe
 * @param {() => string} describe
 * @returns {Promise<T>}
 */
async function until(api, probe, describe) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = probe();
    if (found !== null) return found;
    const left = deadline - Date.now();
    if (left <= 0) assert.fail(`timed out: ${describe()}`);
    await new Promise((resolve) => {
      const subscriptions = [api.onDidChangeSources(() => done()), vscode.languages.onDidChangeDiagnostics(() => done())];
      const timer = setTimeout(done, left);
      function done() {
        for (const s of subscriptions) s.dispose();
        clearTimeout(timer);
        resolve(undefined);
      }
    });
  }
}

const DRAFT = 'valdoria-engineers-report.md';

suite('Sources', () => {
  test('the code lens summarises the ledger and opens the Sources view', async () => {
    const { document } = await show(draftUri(DRAFT));
    await waitForFinding(document, 'contested-figure', '800');
    const lenses = /** @type {vscode.CodeLens[]} */ (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri));
    const lens = lenses.find((l) => l.command?.command === 'onrecord.showSources');
    assert.ok(lens?.command, `no Show Sources lens among ${lenses.length} lenses`);
    assert.equal(lens.range.start.line, 0);
    const { summary } = cliJson(['sources', '--format', 'json'], document.uri);
    const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    assert.equal(lens.command.title, `${plural(summary.sources, 'source')} · ${summary.anonymous} anonymous · ${plural(summary.disputedFigures, 'figure')} disputed`);
    assert.ok(summary.anonymous > 0 && summary.disputedFigures > 0, 'the example should have anonymous sources and a disputed figure');
    // What clicking the lens does; it must not throw.
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
  });

  test('the outline lists each source with its class and what is missing', async () => {
    const { document } = await show(draftUri(DRAFT));
    await waitForFinding(document, 'contested-figure', '800');
    const symbols = /** @type {vscode.DocumentSymbol[]} */ (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri));
    const ledger = cliJson(['sources', '--format', 'json'], document.uri);
    const byName = new Map(symbols.map((s) => [s.name, s]));
    const velesky = byName.get('Ambassador Anton Velesky');
    assert.ok(velesky, `no Velesky among: ${[...byName.keys()].join(' | ')}`);
    assert.equal(velesky.detail, 'named person');
    const cited = ledger.sources.find((/** @type {{ label: string }} */ s) => s.label === 'Ambassador Anton Velesky');
    assert.ok(cited.citations.length > 1);
    assert.equal(velesky.children.length, cited.citations.length, 'one child per citation');
    const unnamed = byName.get('a person close to Valdoria’s Ministry of Defence');
    assert.ok(unnamed);
    assert.match(unnamed.detail, /^anonymous person; missing: .*reason for anonymity/);
    // The Markdown extension adds the headings to the outline; OnRecord's symbols carry a class.
    const sources = symbols.filter((s) => /^(named person|named organisation|document|anonymous person|anonymous group|vague authority|news outlet)\b/.test(s.detail));
    assert.equal(sources.length, ledger.summary.sources, `sources in the outline: ${sources.map((s) => s.name).join(' | ')}`);
  });

  // The Sources tree and the status bar item belong to the extension: the vscode API gives no other
  // extension a way to read them, so the extension exports a read-only look (OnRecordApi).
  test('the Sources view shows the ledger of the active draft', async () => {
    const { document } = await show(draftUri(DRAFT));
    await waitForFinding(document, 'contested-figure', '800');
    const api = await onRecordApi();
    const ledger = cliJson(['sources', '--format', 'json'], document.uri);
    const expected = ledger.sources.map((/** @type {{ label: string }} */ s) => s.label).sort();
    const rows = await until(api, () => {
      const shown = api.sourcesView().filter((row) => row.label !== 'Figures' && !/^Figures\b/.test(row.label));
      return JSON.stringify(shown.map((row) => row.label).sort()) === JSON.stringify(expected) ? shown : null;
    }, () => `Sources view rows ${JSON.stringify(api.sourcesView().map((r) => r.label))}, want ${JSON.stringify(expected)}`);
    const unnamed = rows.find((row) => row.label === 'a person close to Valdoria’s Ministry of Defence');
    assert.ok(unnamed, 'the unnamed source has a row');
    assert.match(unnamed.description, /^unnamed person · missing .*reason for anonymity/);
  });

  test('the status bar shows the counts of the active draft', async () => {
    const { document } = await show(draftUri(DRAFT));
    await waitForFinding(document, 'contested-figure', '800');
    const api = await onRecordApi();
    const { summary } = cliJson(['sources', '--format', 'json'], document.uri);
    const want = () => {
      const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'onrecord');
      const count = (/** @type {vscode.DiagnosticSeverity} */ sev) => ours.filter((d) => d.severity === sev).length;
      return `OnRecord $(error) ${count(vscode.DiagnosticSeverity.Error)} $(warning) ${count(vscode.DiagnosticSeverity.Warning)} · ${summary.sources} sources, ${summary.anonymous} anonymous`;
    };
    await until(api, () => (api.statusText() === want() ? true : null), () => `status bar "${api.statusText()}", want "${want()}"`);
  });
});
