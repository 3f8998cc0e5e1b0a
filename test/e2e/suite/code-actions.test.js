// @ts-check
// The code action ladder as the editor offers it, and what each rung does to the document.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const { copyDraft, show, codeActions, waitForFinding, waitForFindings, ruleOf, configurationChanged, cliFixed } = require('./helpers');

const FIX_ALL = 'source.fixAll.onrecord';
const EXAMPLE = 'valdoria-engineers-report.md';

/**
 * The example with its safe fixes applied, as the command line's --fix leaves it; among them the
 * two loaded verbs ("refuted", "claimed"), while unsafe fixes (rewriting the vague source) stay out.
 * @param {vscode.Uri} uri
 */
function safelyFixed(uri) {
  const fixed = cliFixed(uri);
  assert.match(fixed, /on Monday rejected a newspaper report/);
  assert.match(fixed, /The Journal said that/);
  assert.match(fixed, /citing a person close to Valdoria’s Ministry of Defence/);
  return fixed;
}

suite('Code actions', () => {
  test('the ladder for a finding: its fix (preferred), fix all of the rule, ignore here, read the rule', async () => {
    const { document } = await show(await copyDraft(EXAMPLE, 'ladder.md'));
    const claimed = await waitForFinding(document, 'loaded-attribution-verb', 'claimed');
    const actions = await codeActions(document.uri, claimed.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Replace with "said"',
        'Fix all loaded-attribution-verb findings in this document',
        'Ignore loaded-attribution-verb here (a reason is required)',
        'Read the rule: Loaded attribution verb (loaded-attribution-verb)',
      ],
    );
    assert.deepEqual(actions.map((a) => a.isPreferred === true), [true, false, false, false]);
    const read = actions[3];
    assert.equal(read.command?.command, 'onrecord.readRule');
    assert.deepEqual(read.command?.arguments, ['loaded-attribution-verb']);
  });

  test('the preferred quick fix edits the document and the finding goes', async () => {
    const { document } = await show(await copyDraft(EXAMPLE, 'quick-fix.md'));
    const before = document.getText();
    const claimed = await waitForFinding(document, 'loaded-attribution-verb', 'claimed');
    const actions = await codeActions(document.uri, claimed.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred?.edit, `no preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit), 'the editor refused the edit');
    assert.equal(document.getText(), before.replace('The Journal claimed that', 'The Journal said that'));
    await waitForFindings(
      document.uri,
      (list) => list.length > 0 && !list.some((d) => ruleOf(d) === 'loaded-attribution-verb' && document.getText(d.range) === 'claimed'),
      'findings without the fixed "claimed"',
    );
  });

  test(`${FIX_ALL} applies every safe fix and nothing else`, async () => {
    const { document } = await show(await copyDraft(EXAMPLE, 'fix-all.md'));
    const before = document.getText();
    const expected = safelyFixed(document.uri);
    await waitForFinding(document, 'loaded-attribution-verb', 'claimed');
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(before.length));
    const actions = await codeActions(document.uri, whole, FIX_ALL);
    assert.deepEqual(actions.map((a) => [a.title, a.kind?.value]), [['Apply all safe OnRecord fixes', FIX_ALL]]);
    assert.ok(actions[0].edit && (await vscode.workspace.applyEdit(actions[0].edit)));
    assert.equal(document.getText(), expected);
    await waitForFindings(document.uri, (list) => list.length > 0 && !list.some((d) => ruleOf(d) === 'loaded-attribution-verb'), 'findings without loaded-attribution-verb');
  });

  test(`${FIX_ALL} on save (editor.codeActionsOnSave) writes the fixed draft`, async () => {
    const uri = await copyDraft(EXAMPLE, 'fix-on-save.md');
    const expected = `${safelyFixed(uri)}\n`;
    const settings = vscode.workspace.getConfiguration('editor', uri);
    const changed = configurationChanged('editor.codeActionsOnSave');
    await settings.update('codeActionsOnSave', { [FIX_ALL]: 'explicit' }, vscode.ConfigurationTarget.WorkspaceFolder);
    await changed;
    try {
      assert.deepEqual(vscode.workspace.getConfiguration('editor', uri).get('codeActionsOnSave'), { [FIX_ALL]: 'explicit' });
      const { document, editor } = await show(uri);
      const before = document.getText();
      await waitForFinding(document, 'loaded-attribution-verb', 'claimed');
      // Saving an unchanged document does nothing; a new last line makes it dirty as typing would.
      assert.ok(await editor.edit((b) => b.insert(document.positionAt(before.length), '\n')));
      assert.ok(document.isDirty);
      // The fix-all action is on offer for the edited text before the save asks for it (and the
      // providers have settled: a provider registered during the save would cancel its request).
      const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      assert.equal((await codeActions(uri, whole, FIX_ALL)).length, 1);
      assert.ok(await document.save(), 'save failed');
      assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), expected);
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  test('ignore here inserts the suppression comment, with a reason to fill in', async () => {
    const { document } = await show(await copyDraft('riverton-stadium-vote.md', 'ignore.md'));
    const bare = await waitForFinding(document, 'bare-source', 'sources');
    const line = bare.range.start.line;
    const actions = await codeActions(document.uri, bare.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title === 'Ignore bare-source here (a reason is required)');
    assert.ok(ignore?.edit, `no ignore action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    // The line above the finding was blank, so the comment takes its own line there.
    assert.equal(document.lineAt(line).text, '<!-- onrecord-disable-next-line bare-source -- [TK: reason] -->');
    await waitForFindings(document.uri, (list) => list.length > 0 && !list.some((d) => ruleOf(d) === 'bare-source'), 'findings without bare-source');
  });
});
