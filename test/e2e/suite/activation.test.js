// @ts-check
// Activation: OnRecord starts for Markdown and plain text, and its commands are there once it has.
// Cold activation cannot be told apart here: the workbench creates plain-text models of its own at
// startup, so onLanguage:plaintext fires (the extension host log says so) before any draft opens.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { EXTENSION_ID, draftUri, show, waitForFindings, ruleOf } = require('./helpers');

suite('Activation', () => {
  test('the manifest activates on Markdown and plain text only', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    assert.deepEqual([...ext.packageJSON.activationEvents].sort(), ['onLanguage:markdown', 'onLanguage:plaintext']);
  });

  for (const [language, draft, expected] of /** @type {const} */ ([
    ['plaintext', 'lisbon-dock-strike.txt', ['hidden-source', 'vague-source']],
    ['markdown', 'riverton-stadium-vote.md', ['bare-source', 'tk-placeholder', 'contentious-label']],
  ])) {
    test(`a ${language} draft (${draft}) is checked once opened`, async () => {
      const { document } = await show(draftUri(draft));
      assert.equal(document.languageId, language);
      const list = await waitForFindings(document.uri, (l) => l.length > 0 && l, 'findings');
      assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
      const rules = new Set(list.map(ruleOf));
      for (const rule of expected) assert.ok(rules.has(rule), `no ${rule} finding in ${draft}; got ${[...rules].join(', ')}`);
    });
  }

  test('every command the manifest contributes is registered', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive);
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = ext.packageJSON.contributes.commands.map((/** @type {{ command: string }} */ c) => c.command);
    const missing = contributed.filter((/** @type {string} */ c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered after activation: ${missing.join(', ')}`);
  });
});
