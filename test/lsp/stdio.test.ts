// Smoke test of the bundled server (server/out/server.js; `npm test` builds it first) as any
// editor would run it: `node server.js --stdio`, spoken to by a plain JSON-RPC client.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver/node';
import { applyEdits, positionOf, PULL_CLIENT, PUSH_CLIENT, spawnedServer, type TestClient } from './harness';

const SERVER = resolve(__dirname, '..', '..', 'server', 'out', 'server.js');

const DRAFT = `# Plant to close

The Halden plant will close in March, sources said.

The union said 400 workers would lose their jobs. The company denied the figure, saying 120 workers were affected.
`;

let dir: string;
const running: TestClient[] = [];

async function start(capabilities: typeof PULL_CLIENT): Promise<TestClient> {
  const { client } = spawnedServer(SERVER, { capabilities, workspaceFolder: dir });
  running.push(client);
  await client.initialize();
  return client;
}

before(() => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build`);
  dir = mkdtempSync(join(tmpdir(), 'onrecord-stdio-'));
});
after(async () => {
  for (const client of running) await client.shutdown().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('bundled server over stdio', () => {
  test('pull client: diagnostics, a preferred fix, hover with the policy, the sources as symbols', async () => {
    const client = await start(PULL_CLIENT);
    const uri = pathToFileURL(join(dir, 'plant.md')).href;
    client.open(uri, DRAFT);
    const diagnostics = await client.pull(uri);

    const bare = diagnostics.find((d) => d.code === 'bare-source');
    assert.ok(bare, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.deepEqual(bare.range.start, positionOf(DRAFT, 'sources said'));
    assert.match(bare.codeDescription?.href ?? '', /\/server\/src\/core\/rules\/bare-source\.md$/);
    assert.equal(bare.source, 'onrecord');
    const contested = diagnostics.find((d) => d.code === 'contested-figure');
    assert.ok(contested?.relatedInformation?.some((r) => r.message.includes('120')), 'the other figure is related');

    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '400', 1) });
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /Policy basis/);
    assert.match(text, /Reuters/);

    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('sources') && names.includes('The union'), names.join(', '));

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: bare.range, context: { diagnostics: [bare] } });
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred?.edit?.documentChanges);
    const fixed = applyEdits(DRAFT, (preferred.edit.documentChanges[0] as { edits: TextEdit[] }).edits);
    client.change(uri, { start: { line: 0, character: 0 }, end: positionOf(DRAFT, '', DRAFT.length) }, fixed);
    assert.ok(!(await client.pull(uri)).some((d: Diagnostic) => d.code === 'bare-source'), 'the fix removes the finding');
  });

  test('push client: diagnostics are published, for the document version', async () => {
    const client = await start(PUSH_CLIENT);
    const uri = pathToFileURL(join(dir, 'pushed.md')).href;
    const pushed = client.pushed(uri, 1);
    client.open(uri, DRAFT);
    const diagnostics = await pushed;
    assert.ok(diagnostics.some((d) => d.code === 'bare-source' && d.codeDescription?.href));
    assert.ok(diagnostics.some((d) => d.code === 'contested-figure' && (d.relatedInformation ?? []).length > 0));
  });
});
