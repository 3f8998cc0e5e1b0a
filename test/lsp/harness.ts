// A scripted LSP client for protocol tests: the server in this process over two in-memory streams
// (`inMemoryServer`) or the bundled server over stdio (`spawnedServer`). Everything waits on
// messages, never on the clock.
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { createServer, type ServerOptions } from '../../server/src/lsp/server';
import { SourcesChangedNotification, type SourcesChangedParams } from '../../server/src/lsp/protocol';

/** What VS Code advertises, in the parts the server reads. */
export const PULL_CLIENT: ClientCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false }, synchronization: { didSave: true } },
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
    workspaceEdit: { documentChanges: true },
    workspaceFolders: true,
  },
  window: { showDocument: { support: true } },
};

/** An editor without pull diagnostics, configuration requests or dynamic registration (Neovim-like). */
export const PUSH_CLIENT: ClientCapabilities = { textDocument: { synchronization: { didSave: true } } };

export interface ClientOptions {
  capabilities: ClientCapabilities;
  /** What `workspace/configuration` answers for the `onrecord` section, per scope URI (or for all). */
  settings?: (scopeUri: string | undefined) => unknown;
  workspaceFolder?: string;
}

interface Waiter<T> {
  match: (value: T) => boolean;
  resolve: (value: T) => void;
}

/** Collects notifications of one kind and lets a test wait for one that matches. */
class Inbox<T> {
  readonly received: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(value: T): void {
    this.received.push(value);
    const ready = this.waiters.filter((w) => w.match(value));
    this.waiters = this.waiters.filter((w) => !w.match(value));
    for (const w of ready) w.resolve(value);
  }

  /** The next message that matches, counting from now. */
  next(match: (value: T) => boolean = () => true): Promise<T> {
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }
}

export class TestClient {
  readonly diagnostics = new Inbox<PublishDiagnosticsParams>();
  readonly sourcesChanged = new Inbox<SourcesChangedParams>();
  readonly shownDocuments: string[] = [];
  readonly registrations: string[] = [];
  readonly logs: string[] = [];
  /** `workspace/diagnostic/refresh` requests from the server. */
  readonly refreshes = new Inbox<null>();
  private versions = new Map<string, number>();

  constructor(
    readonly connection: ProtocolConnection,
    private readonly options: ClientOptions,
    private readonly stop: () => void,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.diagnostics.push(params));
    connection.onNotification(SourcesChangedNotification, (params) => this.sourcesChanged.push(params));
    connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    connection.onNotification('window/showMessage', (params: { message: string }) => this.logs.push(params.message));
    connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
      params.items.map((item) => (item.section === 'onrecord' ? (options.settings?.(item.scopeUri) ?? null) : null)),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
      this.registrations.push(...params.registrations.map((r) => r.method));
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes.push(null);
      return null;
    });
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onRequest('workspace/workspaceFolders', () => {
      const folder = options.workspaceFolder;
      return folder ? [{ uri: pathToFileURL(folder).href, name: 'drafts' }] : null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('window/showDocument', (params: { uri: string }) => {
      this.shownDocuments.push(params.uri);
      return { success: true };
    });
    connection.listen();
  }

  async initialize(): Promise<Record<string, unknown>> {
    const folder = this.options.workspaceFolder;
    const result = await this.connection.sendRequest('initialize', {
      processId: null,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'drafts' }] : null,
      capabilities: this.options.capabilities,
    });
    await this.connection.sendNotification('initialized', {});
    return (result as { capabilities: Record<string, unknown> }).capabilities;
  }

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces [start, end) (line/character positions) with `text`; returns the new version. */
  change(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  save(uri: string): void {
    void this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** Pushed diagnostics for `uri`, at `version` when given. */
  pushed(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.diagnostics.next((p) => p.uri === uri && (version === undefined || p.version === version)).then((p) => p.diagnostics);
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = (await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
    return report.items;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    this.connection.dispose();
    this.stop();
  }
}

/**
 * The server in this process, wired to the client by two in-memory streams. Tests want no waits
 * (debounce and announce delay 0) unless `server` says otherwise.
 */
export function inMemoryServer(options: ClientOptions, server: ServerOptions = { debounceMs: 0, announceDelayMs: 0 }): TestClient {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  createServer(serverConnection, server);
  serverConnection.listen();
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  return new TestClient(client, options, () => {
    serverConnection.dispose();
    up.end();
    down.end();
  });
}

/** The bundled server (`server/out/server.js`) in a child process over stdio. */
export function spawnedServer(serverJs: string, options: ClientOptions): { client: TestClient; child: ChildProcess } {
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new TestClient(connection, options, () => child.kill());
  return { client, child };
}

/** A position in `text` (UTF-16 line/character) for the first occurrence of `needle` (plus `delta`). */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const offset = at + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Applies LSP text edits (non-overlapping) to text. */
export function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}
