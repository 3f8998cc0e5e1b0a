// Protocol behaviour of the language server, in memory: a scripted client on one side of two
// streams, `createServer` on the other. Drafts are made up for the tests. Assertions are about the
// protocol (what reaches the editor and when), not about the rules' judgement beyond the phrases
// DESIGN section 4 says they certainly flag.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, type CodeAction, type CodeLens, type Diagnostic, type DocumentSymbol, type Hover, type TextEdit } from 'vscode-languageserver/node';
import { LintWorkspaceRequest, OPEN_RULE_DOC_COMMAND, SourcesRequest, type LintWorkspaceResult, type SourcesResult } from '../../server/src/lsp/protocol';
import { RULE_DOCS_BASE_URL } from '../../server/src/lsp/rule-docs';
import { applyEdits, inMemoryServer, positionOf, PULL_CLIENT, PUSH_CLIENT, type TestClient } from './harness';

const DRAFT = `# Plant to close

Sources said the Halden plant would close in March.

The union said 400 workers would lose their jobs. The company denied the figure, saying 120 workers were affected.

Mayor Ann Ruiz said the town would seek help. "We will not give up," she said.
`;

let root: string;
let counter = 0;
const clients: TestClient[] = [];

function folder(files: Record<string, string> = {}): string {
  const dir = join(root, `w${++counter}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const uriIn = (dir: string, name: string) => pathToFileURL(join(dir, name)).href;

async function started(options: Parameters<typeof inMemoryServer>[0]): Promise<TestClient> {
  const client = inMemoryServer(options);
  clients.push(client);
  await client.initialize();
  return client;
}

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.code === rule);

before(() => {
  root = mkdtempSync(join(tmpdir(), 'onrecord-lsp-'));
});
after(async () => {
  for (const client of clients) await client.shutdown().catch(() => undefined);
  rmSync(root, { recursive: true, force: true });
});

describe('initialize', () => {
  test('a client with pull diagnostics gets a diagnostic provider; one without does not', async () => {
    const pull = inMemoryServer({ capabilities: PULL_CLIENT });
    const push = inMemoryServer({ capabilities: PUSH_CLIENT });
    clients.push(pull, push);
    const withPull = await pull.initialize();
    const withoutPull = await push.initialize();
    assert.ok(withPull.diagnosticProvider);
    assert.equal(withoutPull.diagnosticProvider, undefined);
    for (const caps of [withPull, withoutPull]) {
      assert.ok(caps.hoverProvider);
      assert.ok(caps.codeActionProvider);
      assert.ok(caps.documentSymbolProvider);
      assert.ok(caps.codeLensProvider);
      assert.deepEqual((caps.textDocumentSync as { change: number }).change, 2, 'incremental sync');
    }
  });

  test('config files are watched by dynamic registration when the client supports it', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'a.md');
    client.open(uri, DRAFT);
    await client.pull(uri);
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'));
  });
});

describe('diagnostics', () => {
  test('pulled: rule id, doc link, source, related locations and fixes as data', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    const diagnostics = await client.pull(uri);
    const bare = byRule(diagnostics, 'bare-source')[0];
    assert.ok(bare, 'bare-source on "Sources said"');
    assert.equal(bare.source, 'onrecord');
    assert.equal(bare.codeDescription?.href, `${RULE_DOCS_BASE_URL}bare-source.md`);
    assert.deepEqual(bare.range.start, positionOf(DRAFT, 'Sources said'));
    const data = bare.data as { version: number; fixes: unknown[] };
    assert.equal(data.version, 1);
    assert.ok(data.fixes.length > 0);
    const contested = byRule(diagnostics, 'contested-figure')[0];
    assert.ok(contested?.relatedInformation && contested.relatedInformation.length > 0, 'the conflicting figure is related');
    assert.equal(contested.relatedInformation[0].location.uri, uri);
  });

  test('a pull the client cancels is answered as cancelled, not computed', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    const source = new CancellationTokenSource();
    const pulled = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(pulled, (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled);
    assert.ok((await client.pull(uri)).length > 0, 'the next pull is answered');
  });

  test('pushed to a client without pull support, for each version', async () => {
    const client = await started({ capabilities: PUSH_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    const first = client.pushed(uri, 1);
    client.open(uri, DRAFT);
    assert.ok(byRule(await first, 'bare-source').length > 0);
    // Name the source: the bare-source finding goes.
    const at = positionOf(DRAFT, 'Sources said');
    const second = client.pushed(uri, 2);
    client.change(uri, { start: at, end: { line: at.line, character: at.character + 'Sources'.length } }, 'Plant manager Jo Lind');
    assert.equal(byRule(await second, 'bare-source').length, 0);
  });

  test('closing a document clears its pushed diagnostics', async () => {
    const client = await started({ capabilities: PUSH_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    const opened = client.pushed(uri, 1);
    client.open(uri, DRAFT);
    await opened;
    const cleared = client.pushed(uri);
    client.close(uri);
    assert.deepEqual(await cleared, []);
  });

  test('a document that breaks nothing still gets an answer: empty, emoji, control characters', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const dir = folder();
    for (const [name, text] of [
      ['empty.md', ''],
      ['emoji.md', '😀😀 Sources said 👍🏽.\r\n\r\n\u0000\u0007'],
      ['fences.md', '```\nunclosed fence\nSources said'],
    ]) {
      const uri = uriIn(dir, name);
      client.open(uri, text);
      assert.ok(Array.isArray(await client.pull(uri)));
    }
  });
});

describe('code actions', () => {
  const actionsAt = async (client: TestClient, uri: string, diagnostic: Diagnostic, only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only } });

  const editsOf = (action: CodeAction, uri: string): TextEdit[] => {
    const edit = action.edit!;
    if (edit.documentChanges) return (edit.documentChanges[0] as { edits: TextEdit[] }).edits;
    return edit.changes![uri];
  };

  test('the ladder: each fix (first preferred), ignore here with a reason, read the rule', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    const bare = byRule(await client.pull(uri), 'bare-source')[0];
    const actions = await actionsAt(client, uri, bare);
    assert.equal(actions[0].isPreferred, true);
    assert.ok(actions.slice(1).every((a) => !a.isPreferred));
    const titles = actions.map((a) => a.title);
    const ignore = titles.findIndex((t) => t.startsWith('Ignore bare-source here'));
    const read = titles.findIndex((t) => t.startsWith('Read the rule'));
    assert.ok(ignore > 0 && read > ignore, titles.join(' | '));

    // The preferred fix removes the finding.
    const fixed = applyEdits(DRAFT, editsOf(actions[0], uri));
    client.change(uri, { start: { line: 0, character: 0 }, end: positionOf(DRAFT, '', DRAFT.length) }, fixed);
    assert.equal(byRule(await client.pull(uri), 'bare-source').length, 0);
  });

  test('ignore here inserts a suppression comment with a [TK: reason], and the finding goes', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    const bare = byRule(await client.pull(uri), 'bare-source')[0];
    const ignore = (await actionsAt(client, uri, bare)).find((a) => a.title.startsWith('Ignore'))!;
    const suppressed = applyEdits(DRAFT, editsOf(ignore, uri));
    assert.match(suppressed, /<!-- onrecord-disable-next-line bare-source -- \[TK: reason\] -->\nSources said/);
    client.change(uri, { start: { line: 0, character: 0 }, end: positionOf(DRAFT, '', DRAFT.length) }, suppressed);
    assert.equal(byRule(await client.pull(uri), 'bare-source').length, 0);
  });

  test('read the rule asks the editor to open the rule doc', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    const bare = byRule(await client.pull(uri), 'bare-source')[0];
    const read = (await actionsAt(client, uri, bare)).find((a) => a.title.startsWith('Read the rule'))!;
    assert.equal(read.command?.command, OPEN_RULE_DOC_COMMAND);
    await client.request('workspace/executeCommand', { command: read.command!.command, arguments: read.command!.arguments });
    assert.deepEqual(client.shownDocuments, [`${RULE_DOCS_BASE_URL}bare-source.md`]);
  });

  test('fix all of this rule in the document', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    const text = 'Sources said the plant would close.\n\nOfficials said the talks had failed.\n\nSources said the mayor knew.\n';
    client.open(uri, text);
    const unexplained = byRule(await client.pull(uri), 'anonymity-unexplained');
    assert.ok(unexplained.length >= 2);
    const all = (await actionsAt(client, uri, unexplained[0])).find((a) => a.title.startsWith('Fix all anonymity-unexplained'));
    assert.ok(all, 'offered when the rule has several fixable findings');
    assert.equal(all.diagnostics?.length, unexplained.length);
    // Each finding's first fix, all in one edit.
    const fixed = applyEdits(text, editsOf(all, uri));
    assert.equal(fixed.split('on condition of anonymity because [TK: reason]').length - 1, unexplained.length);
  });

  test('stale data (the document changed since) gives no edits', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    const bare = byRule(await client.pull(uri), 'bare-source')[0];
    client.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Update: ');
    const actions = await actionsAt(client, uri, bare);
    assert.ok(actions.every((a) => a.edit === undefined), actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.command?.command === OPEN_RULE_DOC_COMMAND));
  });

  test('source.fixAll.onrecord applies safe fixes only', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    const text = `${DRAFT}\nThe plan was, of course, clearly doomed, critics said.\n`;
    client.open(uri, text);
    const diagnostics = await client.pull(uri);
    const safeEdits = diagnostics.flatMap((d) => (d.data as { fixes: { safe: boolean; edits: { start: number }[] }[] }).fixes.filter((f) => f.safe));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    if (safeEdits.length === 0) {
      assert.deepEqual(actions, [], 'nothing safe to fix, no action');
      return;
    }
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.onrecord');
    const fixed = applyEdits(text, editsOf(actions[0], uri));
    assert.ok(!fixed.includes('[TK'), 'no suggested fix (they insert TK placeholders) ran');
  });

  test('a client without versioned document changes gets plain changes', async () => {
    const client = await started({ capabilities: PUSH_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    const pushed = client.pushed(uri, 1);
    client.open(uri, DRAFT);
    const bare = byRule(await pushed, 'bare-source')[0];
    const [first] = await actionsAt(client, uri, bare, ['quickfix']);
    assert.ok(first.edit?.changes?.[uri]);
  });
});

describe('hover, symbols, code lens, sources', () => {
  test('hover on a finding explains the rule and names the policy basis', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, 'Sources said', 2) });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Policy basis/);
    assert.match(value, /AP|Reuters|NYT/);
    assert.ok(value.includes(`${RULE_DOCS_BASE_URL}bare-source.md`));
    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(nothing, null);
  });

  test('document symbols list the sources, citations as children', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Sources'), names.join(', '));
    assert.ok(names.some((n) => n.includes('Ann Ruiz')), names.join(', '));
    const ruiz = symbols.find((s) => s.name.includes('Ann Ruiz'))!;
    assert.match(ruiz.detail ?? '', /named person/);
    assert.ok((ruiz.children ?? []).length >= 1);
    const anonymous = symbols.find((s) => s.name === 'Sources')!;
    assert.match(anonymous.detail ?? '', /missing: .*reason for anonymity/);
  });

  test('the code lens sums the ledger up at the top of the document', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    const [lens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lens.range.start.line, 0);
    assert.match(lens.command!.title, /^\d+ sources? · \d+ anonymous · \d+ figures? disputed$/);
  });

  test('onrecord/sources returns the ledger with ranges and a summary; sourcesChanged announces it', async () => {
    const client = await started({ capabilities: PULL_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    const announced = client.sourcesChanged.next((p) => p.uri === uri);
    client.open(uri, DRAFT);
    await client.pull(uri);
    assert.equal((await announced).version, 1);
    const result = await client.connection.sendRequest(SourcesRequest, { textDocument: { uri } });
    assert.ok(result);
    const sources = (result as SourcesResult).ledger.sources;
    const anonymous = sources.find((s) => s.label === 'Sources')!;
    assert.equal(anonymous.anonymous, true);
    assert.ok(anonymous.missing.includes('reason'));
    assert.deepEqual(anonymous.mentions[0].range.start, positionOf(DRAFT, 'Sources said'));
    assert.equal(result.summary.sources, sources.length);
    assert.ok(result.summary.disputedFigures >= 1);
    assert.equal(await client.connection.sendRequest(SourcesRequest, { textDocument: { uri: uriIn(root, 'not-open.md') } }), null);
  });
});

describe('settings', () => {
  test('pulled per resource: rule severities, disable', async () => {
    const dir = folder();
    const quiet = uriIn(dir, 'quiet.md');
    const off = uriIn(dir, 'off.md');
    const client = await started({
      capabilities: PULL_CLIENT,
      settings: (scope) => (scope === quiet ? { rules: { 'bare-source': 'off' } } : scope === off ? { enable: false } : {}),
    });
    const normal = uriIn(dir, 'normal.md');
    for (const uri of [quiet, off, normal]) client.open(uri, DRAFT);
    assert.equal(byRule(await client.pull(quiet), 'bare-source').length, 0);
    assert.ok(byRule(await client.pull(quiet), 'anonymity-unexplained').length > 0);
    assert.deepEqual(await client.pull(off), []);
    assert.ok(byRule(await client.pull(normal), 'bare-source').length > 0);
  });

  test('a configuration change makes a pull client pull again, with the new settings', async () => {
    let rules: Record<string, string> = {};
    const client = await started({ capabilities: PULL_CLIENT, settings: () => ({ rules }) });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    assert.ok(byRule(await client.pull(uri), 'bare-source').length > 0);
    rules = { 'bare-source': 'off' };
    const refreshed = client.refreshes.next();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    assert.equal(byRule(await client.pull(uri), 'bare-source').length, 0);
  });

  test('without workspace/configuration, settings come with didChangeConfiguration; push clients get new diagnostics', async () => {
    const client = await started({ capabilities: PUSH_CLIENT });
    const uri = uriIn(folder(), 'draft.md');
    const opened = client.pushed(uri, 1);
    client.open(uri, DRAFT);
    assert.ok(byRule(await opened, 'bare-source').length > 0);
    const again = client.pushed(uri, 1);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { onrecord: { rules: { 'bare-source': 'off' } } } });
    assert.equal(byRule(await again, 'bare-source').length, 0);
  });

  test('run onSave: typing does not lint, saving does', async () => {
    const client = await started({ capabilities: PUSH_CLIENT });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { onrecord: { run: 'onSave' } } });
    const uri = uriIn(folder(), 'draft.md');
    const opened = client.pushed(uri, 1);
    client.open(uri, DRAFT);
    await opened;
    const at = positionOf(DRAFT, 'Sources said');
    const version = client.change(uri, { start: at, end: { line: at.line, character: at.character + 7 } }, 'Jo Lind');
    const saved = client.pushed(uri);
    client.save(uri);
    const pushed = await saved;
    assert.equal(client.diagnostics.received.filter((p) => p.uri === uri && p.version === version).length, 1, 'one publish for the edited version: the save');
    assert.equal(byRule(pushed, 'bare-source').length, 0);
  });
  test('run onSave with a pull client: the last saved version is shown until the next save', async () => {
    const client = await started({ capabilities: PULL_CLIENT, settings: () => ({ run: 'onSave' }) });
    const uri = uriIn(folder(), 'draft.md');
    client.open(uri, DRAFT);
    assert.ok(byRule(await client.pull(uri), 'bare-source').length > 0);
    const at = positionOf(DRAFT, 'Sources said');
    client.change(uri, { start: at, end: { line: at.line, character: at.character + 7 } }, 'Jo Lind');
    assert.ok(byRule(await client.pull(uri), 'bare-source').length > 0, 'typing does not lint');
    const refreshed = client.refreshes.next();
    client.save(uri);
    await refreshed;
    assert.equal(byRule(await client.pull(uri), 'bare-source').length, 0);
  });
});

describe('config files', () => {
  test('.onrecord.jsonc applies, and a change to it re-lints open documents', async () => {
    const dir = folder({ 'draft.md': DRAFT });
    const client = await started({ capabilities: PUSH_CLIENT, workspaceFolder: dir });
    const uri = uriIn(dir, 'draft.md');
    const opened = client.pushed(uri, 1);
    client.open(uri, DRAFT);
    assert.ok(byRule(await opened, 'bare-source').length > 0);
    writeFileSync(join(dir, '.onrecord.jsonc'), '{ // quieter\n  "rules": { "bare-source": "off" }\n}\n');
    const relinted = client.pushed(uri, 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriIn(dir, '.onrecord.jsonc'), type: 1 }] });
    assert.equal(byRule(await relinted, 'bare-source').length, 0);
  });

  test('without file watching, a config file is read again when a draft is saved', async () => {
    const dir = folder();
    const client = await started({ capabilities: PUSH_CLIENT, workspaceFolder: dir });
    const uri = uriIn(dir, 'draft.md');
    const opened = client.pushed(uri, 1);
    client.open(uri, DRAFT);
    assert.ok(byRule(await opened, 'bare-source').length > 0);
    writeFileSync(join(dir, '.onrecord.jsonc'), '{ "rules": { "bare-source": "off" } }\n');
    const saved = client.pushed(uri, 1);
    client.save(uri);
    assert.equal(byRule(await saved, 'bare-source').length, 0);
  });

  test('an invalid config file gets diagnostics where the bad value is, and drafts are linted on defaults', async () => {
    const config = '{\n  "stage": "final",\n  "rules": { "bare-source": "loud" }\n}\n';
    const dir = folder({ '.onrecord.jsonc': config });
    const client = await started({ capabilities: PULL_CLIENT, workspaceFolder: dir });
    const configUri = uriIn(dir, '.onrecord.jsonc');
    const problems = client.pushed(configUri);
    const uri = uriIn(dir, 'draft.md');
    client.open(uri, DRAFT);
    const diagnostics = await client.pull(uri);
    assert.ok(byRule(diagnostics, 'bare-source').length > 0, 'defaults still lint');
    const configDiagnostics = await problems;
    assert.ok(configDiagnostics.length >= 2, JSON.stringify(configDiagnostics));
    assert.deepEqual(configDiagnostics[0].range.start, positionOf(config, '"final"'));
    assert.equal(configDiagnostics[0].source, 'onrecord');

    // Fixed on disk: the config file's diagnostics clear.
    writeFileSync(join(dir, '.onrecord.jsonc'), '{ "stage": "draft" }\n');
    const cleared = client.pushed(configUri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    assert.deepEqual(await cleared, []);
  });
});

describe('workspace lint', () => {
  test('every draft in the folder reaches the client, opened or not', async () => {
    const dir = folder({ 'a.md': DRAFT, 'b.txt': 'Officials said the bridge would shut.\n', 'notes.json': '{}', '.hidden.md': DRAFT });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.md'), 'Sources said the ferry was late.\n');
    const client = await started({ capabilities: PULL_CLIENT, workspaceFolder: dir });
    const pushedA = client.pushed(uriIn(dir, 'a.md'));
    const pushedC = client.pushed(pathToFileURL(join(dir, 'sub', 'c.md')).href);
    const result = await client.connection.sendRequest(LintWorkspaceRequest, {});
    assert.equal((result as LintWorkspaceResult).files, 3);
    assert.ok(result.findings > 0);
    assert.ok(byRule(await pushedA, 'bare-source').length > 0);
    assert.ok(byRule(await pushedC, 'bare-source').length > 0);
    assert.ok(!client.diagnostics.received.some((p) => p.uri.endsWith('.hidden.md') || p.uri.endsWith('.json')));
  });

  test('a pull client opening a linted file drops the pushed copy of its diagnostics', async () => {
    const dir = folder({ 'a.md': DRAFT });
    const client = await started({ capabilities: PULL_CLIENT, workspaceFolder: dir });
    const uri = uriIn(dir, 'a.md');
    const pushed = client.pushed(uri);
    await client.connection.sendRequest(LintWorkspaceRequest, {});
    assert.ok((await pushed).length > 0);
    const cleared = client.pushed(uri);
    client.open(uri, DRAFT);
    assert.deepEqual(await cleared, []);
    assert.ok((await client.pull(uri)).length > 0);
  });
});
