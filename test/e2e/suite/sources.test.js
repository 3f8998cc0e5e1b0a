// @ts-check
// The sources ledger: the code lens summary at the top of a draft, the outline (document symbols),
// and the Sources view in the Explorer with the status bar item.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { draftUri, show, waitForFinding, cliJson } = require('./helpers');

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
  // extension a way to read a tree view's items or a status bar item's text, and the extension
  // exports no API that would. The browser test (test/e2e/browser.js) reads both on screen.
  test('the Sources view shows the ledger of the active draft', function () {
    console.log('  skipped: the extension exports no API to read its Sources view; the browser test checks it on screen');
    this.skip();
  });

  test('the status bar shows the counts of the active draft', function () {
    console.log('  skipped: the extension exports no API to read its status bar item; the browser test checks it on screen');
    this.skip();
  });
});
