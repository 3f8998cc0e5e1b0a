// @ts-check
// What a finding carries into the editor: the rule id as its code, the rule's documentation as the
// code's link, the source, related locations where other places matter.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { draftUri, show, ruleIds, ruleOf, waitForFinding, findings, SOURCE } = require('./helpers');

const DOCS = 'https://example.invalid/onrecord/blob/main/server/src/core/rules/';

suite('Diagnostics', () => {
  test('each finding has its rule id as code and the rule doc as link', async () => {
    const { document } = await show(draftUri('valdoria-engineers-report.md'));
    assert.equal(document.languageId, 'markdown');
    const claimed = await waitForFinding(document, 'loaded-attribution-verb', 'claimed');
    assert.equal(claimed.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(claimed.source, SOURCE);
    assert.match(claimed.message, /"claimed" casts doubt on the source/);

    const known = new Set(ruleIds());
    const list = findings(document.uri);
    assert.ok(list.length >= 10, `expected the example's findings, got ${list.length}`);
    for (const d of list) {
      assert.equal(typeof d.code, 'object', `code of "${d.message}" has no link`);
      const code = /** @type {{ value: string | number, target: vscode.Uri }} */ (d.code);
      assert.ok(known.has(String(code.value)), `code ${code.value} is not a rule id`);
      assert.equal(code.target.toString(true), `${DOCS}${code.value}.md`);
    }
  });

  test('a disputed figure points at the conflicting figure', async () => {
    const { document } = await show(draftUri('valdoria-engineers-report.md'));
    const disputed = await waitForFinding(document, 'contested-figure', '800');
    const related = disputed.relatedInformation ?? [];
    assert.ok(related.length > 0, 'contested-figure has no related locations');
    for (const r of related) assert.equal(r.location.uri.toString(), document.uri.toString());
  });

  test('a plain-text draft and a Markdown draft are both checked', async () => {
    const txt = await show(draftUri('lisbon-dock-strike.txt'));
    await waitForFinding(txt.document, 'hidden-source', 'reportedly');
    const md = await show(draftUri('riverton-stadium-vote.md'));
    const bare = await waitForFinding(md.document, 'bare-source', 'sources');
    assert.equal(ruleOf(bare), 'bare-source');
    assert.equal(bare.severity, vscode.DiagnosticSeverity.Error);
  });
});
