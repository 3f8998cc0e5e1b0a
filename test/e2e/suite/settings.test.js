// @ts-check
// Settings reach the server per resource and every open draft is checked again when they change.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { copyDraft, show, waitForFinding, waitForFindings, ruleOf, configurationChanged, describe } = require('./helpers');

/** @param {vscode.Diagnostic} d */
const key = (d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`;

suite('Settings', () => {
  test('onrecord.stage = publish raises every finding one step (a warning becomes an error)', async () => {
    // No front matter: the draft's own `stage` would win over the setting.
    const uri = await copyDraft('riverton-stadium-vote.md', 'stage.md');
    const { document } = await show(uri);
    const tk = await waitForFindings(uri, (list) => list.find((d) => ruleOf(d) === 'tk-placeholder' && document.getText(d.range).includes('check figure')), 'the tk-placeholder finding');
    assert.equal(tk.severity, vscode.DiagnosticSeverity.Warning, 'tk-placeholder is a warning at the edit stage');
    const atEdit = new Map(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'onrecord').map((d) => [key(d), d.severity]));

    const onrecord = vscode.workspace.getConfiguration('onrecord', uri);
    const changed = configurationChanged('onrecord.stage');
    await onrecord.update('stage', 'publish', vscode.ConfigurationTarget.WorkspaceFolder);
    await changed;
    try {
      const atPublish = await waitForFindings(
        uri,
        (list) => list.some((d) => ruleOf(d) === 'tk-placeholder' && d.severity === vscode.DiagnosticSeverity.Error) && list,
        'tk-placeholder raised to an error',
      );
      assert.ok(!atPublish.some((d) => d.severity === vscode.DiagnosticSeverity.Warning && atEdit.get(key(d)) === vscode.DiagnosticSeverity.Warning), `a warning stayed a warning at publish:\n  ${describe(atPublish)}`);
      for (const d of atPublish) {
        const before = atEdit.get(key(d));
        if (before === vscode.DiagnosticSeverity.Warning) assert.equal(d.severity, vscode.DiagnosticSeverity.Error, key(d));
        if (before === vscode.DiagnosticSeverity.Information) assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, key(d));
      }
    } finally {
      const reset = configurationChanged('onrecord.stage');
      await onrecord.update('stage', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await reset;
    }
    await waitForFindings(uri, (list) => list.some((d) => ruleOf(d) === 'tk-placeholder' && d.severity === vscode.DiagnosticSeverity.Warning), 'tk-placeholder back to a warning');
  });

  test('onrecord.rules sets one rule\'s severity and leaves the others alone', async () => {
    const uri = await copyDraft('riverton-stadium-vote.md', 'rules.md');
    const { document } = await show(uri);
    const bare = await waitForFinding(document, 'bare-source', 'sources');
    assert.equal(bare.severity, vscode.DiagnosticSeverity.Error);
    const others = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'onrecord' && ruleOf(d) !== 'bare-source').length;
    const onrecord = vscode.workspace.getConfiguration('onrecord', uri);
    try {
      await onrecord.update('rules', { 'bare-source': 'off' }, vscode.ConfigurationTarget.WorkspaceFolder);
      const list = await waitForFindings(uri, (l) => l.length > 0 && !l.some((d) => ruleOf(d) === 'bare-source') && l, 'findings without bare-source');
      assert.equal(list.length, others);
    } finally {
      await onrecord.update('rules', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitForFinding(document, 'bare-source', 'sources');
  });

  test('onrecord.enable = false clears the findings; true brings them back', async () => {
    const uri = await copyDraft('riverton-stadium-vote.md', 'enable.md');
    const { document } = await show(uri);
    await waitForFinding(document, 'bare-source', 'sources');
    const onrecord = vscode.workspace.getConfiguration('onrecord', uri);
    try {
      await onrecord.update('enable', false, vscode.ConfigurationTarget.WorkspaceFolder);
      await waitForFindings(uri, (list) => list.length === 0, 'empty findings with onrecord.enable off');
    } finally {
      await onrecord.update('enable', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitForFinding(document, 'bare-source', 'sources');
  });
});
