// Units of the language server's adapter: findings to diagnostics (positions in UTF-16 with
// emoji and CRLF), diagnostics to code actions (a pure function of `data`), hover text, the
// ledger at the protocol's edge, settings. No connection involved.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, buildLedger, RULE_METAS, type Finding, type Fix } from '../../server/src/core';
import { codeActions } from '../../server/src/lsp/code-actions';
import { isDiagnosticData, suppressionEdit, toDiagnostic, type DiagnosticData } from '../../server/src/lsp/diagnostics';
import { explainRule, hoverAt } from '../../server/src/lsp/hover';
import { DEFAULT_SETTINGS, FIX_ALL_KIND, OPEN_RULE_DOC_COMMAND } from '../../server/src/lsp/protocol';
import { RULE_DOCS_BASE_URL, ruleDocUrl } from '../../server/src/lsp/rule-docs';
import { normaliseSettings, settingsLayer } from '../../server/src/lsp/settings';
import { documentSymbols, summaryTitle, toWireLedger } from '../../server/src/lsp/symbols';
import { applyEdits } from './harness';

const REPO = resolve(__dirname, '..', '..');

function finding(over: Partial<Finding> & Pick<Finding, 'start' | 'end'>): Finding {
  return { rule: 'bare-source', family: 'anonymous-sourcing', severity: 'warning', message: 'm', fixes: [], related: [], ...over };
}

const doc = (text: string, version = 1) => TextDocument.create('file:///drafts/story.md', 'markdown', version, text);

describe('finding → diagnostic', () => {
  test('positions are UTF-16 code units: an emoji before the finding counts two', () => {
    const text = '😀 Sources said 👍🏽 it.';
    const start = text.indexOf('Sources');
    const d = toDiagnostic(doc(text), finding({ start, end: start + 7 }), 1);
    assert.deepEqual(d.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 10 } });
  });

  test('CRLF line endings: the line is counted once, the column after the CR/LF pair', () => {
    const text = 'Headline\r\n\r\n🎉 Sources said so.\r\n';
    const start = text.indexOf('Sources');
    const d = toDiagnostic(doc(text), finding({ start, end: start + 7 }), 1);
    assert.deepEqual(d.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 10 } });
  });

  test('code, doc link, source, related locations and data', () => {
    const text = 'One figure 400 and another 120.';
    const fix: Fix = { title: 'Add a note', safe: false, edits: [{ start: 14, end: 14, text: ' (disputed)' }] };
    const d = toDiagnostic(
      doc(text, 7),
      finding({ rule: 'contested-figure', family: 'numbers', start: 11, end: 14, fixes: [fix], related: [{ start: 27, end: 30, message: 'conflicting figure: 120' }] }),
      7,
    );
    assert.equal(d.code, 'contested-figure');
    assert.equal(d.source, 'onrecord');
    assert.equal(d.codeDescription?.href, `${RULE_DOCS_BASE_URL}contested-figure.md`);
    assert.deepEqual(d.relatedInformation, [{ location: { uri: 'file:///drafts/story.md', range: { start: { line: 0, character: 27 }, end: { line: 0, character: 30 } } }, message: 'conflicting figure: 120' }]);
    assert.ok(isDiagnosticData(d.data));
    assert.equal((d.data as DiagnosticData).version, 7);
    assert.equal((d.data as DiagnosticData).start, 11);
    assert.deepEqual((d.data as DiagnosticData).fixes, [fix]);
  });

  test('no relatedInformation when the finding involves no other place', () => {
    assert.equal(toDiagnostic(doc('Sources said.'), finding({ start: 0, end: 7 }), 1).relatedInformation, undefined);
  });

  test('the doc link base is the repository of package.json', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { repository: { url: string } };
    const web = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    assert.equal(RULE_DOCS_BASE_URL, `${web}/blob/main/server/src/core/rules/`);
    assert.equal(ruleDocUrl('bare-source'), `${web}/blob/main/server/src/core/rules/bare-source.md`);
  });

  test('data that a client mangled is not taken for ours', () => {
    assert.equal(isDiagnosticData(undefined), false);
    assert.equal(isDiagnosticData({ rule: 'x', version: 1, start: 0, fixes: [{ title: 't', safe: true, edits: [{ start: '1', end: 2, text: '' }] }] }), false);
    assert.equal(isDiagnosticData({ rule: 'x', version: 1, start: -1, fixes: [] }), false);
    assert.equal(isDiagnosticData({ rule: 'x', version: 1, start: '3', fixes: [] }), false);
    assert.equal(isDiagnosticData({ rule: 'x', version: null, start: 0, fixes: [] }), true);
  });
});

describe('suppression comment placement', () => {
  const at = (text: string, needle: string) => suppressionEdit(text, 'bare-source', text.indexOf(needle));

  test('at the top of the document, on a line of its own', () => {
    assert.equal(applyOffsetEdit('Sources said so.\n', at('Sources said so.\n', 'Sources')), '<!-- onrecord-disable-next-line bare-source -- [TK: reason] -->\nSources said so.\n');
  });

  test('after a blank line, on a line of its own, with the document\'s line ending', () => {
    const text = 'Intro.\r\n\r\nSources said so.\r\n';
    assert.equal(applyOffsetEdit(text, at(text, 'Sources')), 'Intro.\r\n\r\n<!-- onrecord-disable-next-line bare-source -- [TK: reason] -->\r\nSources said so.\r\n');
  });

  test('inside a paragraph, at the end of the line above, so the paragraph stays whole', () => {
    const text = 'The plant shut on Monday.\nSources said so.\n';
    assert.equal(applyOffsetEdit(text, at(text, 'Sources')), 'The plant shut on Monday. <!-- onrecord-disable-next-line bare-source -- [TK: reason] -->\nSources said so.\n');
  });

  test('the comment silences the finding, in Markdown and in plain text', () => {
    for (const format of ['markdown', 'plaintext'] as const) {
      for (const text of ['Sources said so.\n', 'Intro.\n\nSources said so.\n', 'The plant shut on Monday.\nSources said so.\n']) {
        const before = analyse(text, { format }).findings.filter((f) => f.rule === 'bare-source');
        assert.equal(before.length, 1, `${format}: ${text}`);
        const after = analyse(applyOffsetEdit(text, suppressionEdit(text, 'bare-source', before[0].start)), { format });
        assert.equal(after.findings.filter((f) => f.rule === 'bare-source').length, 0, `${format}: ${text}`);
      }
    }
  });
});

function applyOffsetEdit(text: string, edit: { start: number; end: number; text: string }): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('diagnostic → code actions', () => {
  const TEXT = 'Sources said the plant would close. Critics said it was clearly doomed.';
  const document = doc(TEXT, 3);
  const suggested: Fix = { title: 'Describe the source', safe: false, edits: [{ start: 0, end: 7, text: '[TK: role]' }] };
  const second: Fix = { title: 'Name the source', safe: false, edits: [{ start: 0, end: 7, text: '[TK: name]' }] };
  const at = TEXT.indexOf(' clearly');
  const safe: Fix = { title: 'Delete "clearly"', safe: true, edits: [{ start: at, end: at + 8, text: '' }] };
  const overlapping: Fix = { title: 'Overlaps', safe: true, edits: [{ start: at + 2, end: at + 12, text: 'x' }] };
  const bare = toDiagnostic(document, finding({ start: 0, end: 7, fixes: [suggested, second] }), 3);
  const critics = toDiagnostic(document, finding({ rule: 'vague-source', start: 36, end: 43, fixes: [{ title: 'Describe', safe: false, edits: [{ start: 36, end: 43, text: '[TK: who]' }] }] }), 3);
  const clearly = toDiagnostic(document, finding({ rule: 'editorialising', start: at + 1, end: at + 8, fixes: [safe] }), 3);
  const clash = toDiagnostic(document, finding({ rule: 'editorialising', start: at + 2, end: at + 12, fixes: [overlapping] }), 3);
  const all = [bare, critics, clearly, clash];
  const run = (diagnostics: Diagnostic[], only?: string[], d = document) => codeActions({ document: d, diagnostics, all, only, documentChanges: true });
  const edits = (action: CodeAction): TextEdit[] => (action.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;

  test('the ladder for one finding: each fix (first preferred), ignore here, read the rule', () => {
    const actions = run([bare]);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Describe the source', true],
        ['Name the source', false],
        ['Ignore bare-source here (a reason is required)', false],
        [actions[3].title, false],
      ],
    );
    assert.ok(actions[3].title.startsWith('Read the rule: '));
    assert.match(actions[3].title, /\(bare-source\)$/);
    assert.deepEqual(actions[3].command, { title: actions[3].title, command: OPEN_RULE_DOC_COMMAND, arguments: ['bare-source'] });
    assert.ok(actions.every((a) => a.kind === CodeActionKind.QuickFix));
    assert.equal(applyEdits(TEXT, edits(actions[0])), TEXT.replace('Sources', '[TK: role]'));
    // The suppression comment is placed from the data's start and the document, on the line above.
    assert.equal(applyEdits(TEXT, edits(actions[2])), `<!-- onrecord-disable-next-line bare-source -- [TK: reason] -->\n${TEXT}`);
    const later = doc(`Headline\n\n${TEXT}`, 3);
    const moved = toDiagnostic(later, finding({ start: 10 + 36, end: 10 + 43 }), 3);
    const ignore = codeActions({ document: later, diagnostics: [moved], all: [moved], documentChanges: true }).find((a) => a.title.startsWith('Ignore'))!;
    assert.equal(applyEdits(later.getText(), edits(ignore)), `Headline\n\n<!-- onrecord-disable-next-line bare-source -- [TK: reason] -->\n${TEXT}`);
  });

  test('versioned edits for clients that take them, plain changes otherwise', () => {
    const [versioned] = run([bare]);
    assert.deepEqual(versioned.edit?.documentChanges?.[0] && (versioned.edit.documentChanges[0] as { textDocument: unknown }).textDocument, { uri: document.uri, version: 3 });
    const [plain] = codeActions({ document, diagnostics: [bare], all, documentChanges: false });
    assert.ok(plain.edit?.changes?.[document.uri]);
  });

  test('fix all of this rule: every finding of the rule, overlapping fixes left out', () => {
    const actions = run([clearly]);
    // Two editorialising findings, but their fixes overlap: only one can run, so no "fix all".
    assert.ok(!actions.some((a) => a.title.startsWith('Fix all')));
    const apart = toDiagnostic(document, finding({ rule: 'editorialising', start: 0, end: 7, fixes: [{ title: 'x', safe: true, edits: [{ start: 0, end: 8, text: '' }] }] }), 3);
    const withApart = codeActions({ document, diagnostics: [clearly], all: [...all, apart], documentChanges: true });
    const fixAll = withApart.find((a) => a.title === 'Fix all editorialising findings in this document');
    assert.ok(fixAll);
    assert.equal(edits(fixAll).length, 2);
  });

  test('stale data: no edits for another version of the document, the rule can still be read', () => {
    const actions = run([bare], undefined, doc(TEXT, 4));
    assert.deepEqual(actions.map((a) => a.command?.command), [OPEN_RULE_DOC_COMMAND]);
  });

  test('a diagnostic without our data gets nothing', () => {
    assert.deepEqual(run([{ ...bare, data: undefined }]), []);
  });

  test('source.fixAll.onrecord: safe fixes only, the overlapping one left out; only when asked for', () => {
    assert.ok(!run([bare]).some((a) => a.kind === FIX_ALL_KIND));
    const [fixAll] = run([], ['source.fixAll']);
    assert.equal(fixAll.kind, FIX_ALL_KIND);
    assert.equal(applyEdits(TEXT, edits(fixAll)), TEXT.replace(' clearly', ''));
    assert.deepEqual(run([bare], [FIX_ALL_KIND]).map((a) => a.kind), [FIX_ALL_KIND]);
    assert.deepEqual(run([], ['source']).map((a) => a.kind), [FIX_ALL_KIND]);
  });

  test('only quick fixes when only quick fixes are asked for', () => {
    assert.ok(run([bare], ['quickfix']).length > 0);
    assert.ok(run([bare], ['quickfix']).every((a) => a.kind === CodeActionKind.QuickFix));
    assert.deepEqual(run([bare], ['refactor']), []);
  });
});

describe('hover', () => {
  test('on a finding: title, explanation, policy basis and the doc link; nothing elsewhere', () => {
    const text = 'Sources said the plant would close.';
    const document = doc(text);
    const diagnostics = [toDiagnostic(document, finding({ start: 0, end: 7 }), 1)];
    const hover = hoverAt(document, diagnostics, { line: 0, character: 3 }, 'https://example.org/standards');
    const value = (hover!.contents as { value: string }).value;
    assert.ok(value.includes('`bare-source`'));
    assert.match(value, /\*\*Policy basis\*\* \(/);
    assert.ok(value.includes(`(${ruleDocUrl('bare-source')})`));
    assert.ok(value.includes('[Newsroom policy](https://example.org/standards)'));
    assert.equal(hoverAt(document, diagnostics, { line: 0, character: 20 }), null);
  });

  test('every rule has an explanation naming its policies', () => {
    for (const meta of RULE_METAS) {
      const text = explainRule(meta.id);
      for (const policy of meta.policy) assert.ok(text.includes(policy.replace(/([\\`*_[\]<>#|])/g, '\\$1')), `${meta.id}: ${policy}`);
    }
  });
});

describe('ledger at the edge', () => {
  const TEXT = `# Plant to close

Sources said the Halden plant would close.

The union said 400 workers would lose their jobs. The company denied the figure, saying 120 workers were affected.

Mayor Ann Ruiz said the town would seek help.
`;
  const { model } = analyse(TEXT, { format: 'markdown' });
  const ledger = buildLedger(model);

  test('the core ledger: classes, what anonymous sources lack, citations, summary', () => {
    const anonymous = ledger.sources.find((s) => s.label === 'Sources')!;
    assert.equal(anonymous.anonymous, true);
    assert.deepEqual(anonymous.missing, ['reason', 'knowledge', 'affiliation', 'role']);
    assert.equal(anonymous.citations.length, 1);
    assert.equal(TEXT.slice(anonymous.citations[0].start, anonymous.citations[0].end).startsWith('Sources said'), true);
    const ruiz = ledger.sources.find((s) => s.label.includes('Ann Ruiz'))!;
    assert.equal(ruiz.class, 'named-person');
    assert.deepEqual(ruiz.missing, []);
    assert.equal(ledger.summary.sources, ledger.sources.length);
    assert.equal(ledger.summary.named + ledger.summary.anonymous, ledger.summary.sources);
    assert.equal(ledger.summary.disputedFigures, 2);
    assert.deepEqual(JSON.parse(JSON.stringify(ledger)), ledger, 'plain data');
  });

  test('ranges instead of offsets; symbols in order of first mention with citations inside', () => {
    const document = doc(TEXT);
    const wire = toWireLedger(document, ledger);
    const anonymous = wire.sources.find((s) => s.label === 'Sources')!;
    assert.deepEqual(anonymous.mentions[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } });
    const symbols = documentSymbols(document, ledger);
    assert.equal(symbols.length, ledger.sources.length);
    for (const symbol of symbols) {
      const inside = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
        document.offsetAt(r.start) >= document.offsetAt(symbol.range.start) && document.offsetAt(r.end) <= document.offsetAt(symbol.range.end);
      assert.ok(inside(symbol.selectionRange), symbol.name);
      for (const child of symbol.children ?? []) assert.ok(inside(child.range), `${symbol.name} > ${child.name}`);
    }
  });

  test('the code lens line', () => {
    assert.equal(summaryTitle({ sources: 7, named: 5, anonymous: 2, figures: 3, disputedFigures: 1 }), '7 sources · 2 anonymous · 1 figure disputed');
    assert.equal(summaryTitle({ sources: 1, named: 1, anonymous: 0, figures: 0, disputedFigures: 0 }), '1 source · 0 anonymous · 0 figures disputed');
  });
});

describe('settings', () => {
  test('whatever the client sends becomes typed settings; bad values fall back to defaults', () => {
    assert.deepEqual(normaliseSettings(null), { ...DEFAULT_SETTINGS, rules: {} });
    assert.deepEqual(normaliseSettings({ enable: 'yes', run: 'sometimes', stage: 'final', rules: { 'bare-source': 'warn', 'no-such-rule': 'error', 'vague-source': 'loud' } }), {
      enable: true,
      run: 'onType',
      stage: null,
      rules: { 'bare-source': 'warning' },
    });
    assert.deepEqual(normaliseSettings({ enable: false, run: 'onSave', stage: 'publish', rules: {} }), { enable: false, run: 'onSave', stage: 'publish', rules: {} });
  });

  test('as a configuration layer: only what the user set', () => {
    assert.equal(settingsLayer(normaliseSettings({})), undefined);
    assert.deepEqual(settingsLayer(normaliseSettings({ stage: 'draft', rules: { 'bare-source': 'off' } })), { stage: 'draft', rules: { 'bare-source': 'off' } });
  });
});
