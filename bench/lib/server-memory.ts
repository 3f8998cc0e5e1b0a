// Peak memory of the bundled language server on a long document, driven over stdio the way an
// editor drives it (Neovim-style client: pushed diagnostics). The server process is a real one,
// so the figure includes everything an editor would pay for.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SERVER_ENVIRONMENT } from '../../server/src/shared/server-environment';

const PRELOAD = resolve(__dirname, 'maxrss.cjs');

export interface ServerMemory {
  maxRssKb: number;
  /** didOpen to the first pushed diagnostics. */
  openToDiagnosticsMs: number;
  edits: number;
  error?: string;
}

export async function measureServerMemory(serverScript: string, text: string, edits = 10): Promise<ServerMemory> {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'));
  const rssFile = join(dir, 'rss');
  // Started as the extension and the README's editor set-ups start it (server-environment.ts).
  const child = spawn(process.execPath, ['--require', PRELOAD, serverScript, '--stdio'], {
    env: { ...process.env, ...SERVER_ENVIRONMENT, ONRECORD_BENCH_RSS_FILE: rssFile },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));

  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const waiters: Array<{ test: (message: Record<string, unknown>) => boolean; done: () => void }> = [];
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const request = (method: string, params: unknown) =>
    new Promise<unknown>((done) => {
      const id = nextId++;
      pending.set(id, done);
      send({ id, method, params });
    });
  const notify = (method: string, params: unknown) => send({ method, params });
  const gone = exited.then((code) => {
    throw new Error(`server exited (${code}) before answering`);
  });
  const waitFor = (test: (message: Record<string, unknown>) => boolean) => Promise.race([new Promise<void>((done) => waiters.push({ test, done })), gone]);

  let buffer = Buffer.alloc(0);
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Record<string, unknown>;
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method !== undefined) {
        // A request from the server (configuration, registration…): answer it plainly.
        send({ id: message.id, result: message.method === 'workspace/configuration' ? ((message.params as { items: unknown[] }).items ?? []).map(() => null) : null });
      } else if (message.id !== undefined) {
        pending.get(message.id as number)?.(message.result);
        pending.delete(message.id as number);
      } else {
        for (let i = waiters.length - 1; i >= 0; i--) {
          if (waiters[i].test(message)) {
            waiters[i].done();
            waiters.splice(i, 1);
          }
        }
      }
    }
  });

  const uri = 'file:///bench/document-100k.md';
  const diagnosticsFor = (version: number) => (m: Record<string, unknown>) =>
    m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === uri && ((m.params as { version?: number }).version ?? version) === version;
  const timeout = setTimeout(() => child.kill(), 300_000);
  try {
    gone.catch(() => undefined);
    await request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    notify('initialized', {});
    let version = 1;
    const started = performance.now();
    const first = waitFor(diagnosticsFor(version));
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    await first;
    const openToDiagnosticsMs = performance.now() - started;
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i >= lines.length / 2 && l.length > 20);
    for (let i = 0; i < edits; i++) {
      version++;
      const at = { line, character: 10 };
      const range = i % 2 === 0 ? { start: at, end: at } : { start: at, end: { line, character: 11 } };
      const done = waitFor(diagnosticsFor(version));
      notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: i % 2 === 0 ? 'x' : '' }] });
      await done;
    }
    await Promise.race([request('shutdown', null), gone]);
    notify('exit', null);
    await exited;
    const maxRssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n')[0]);
    return { maxRssKb, openToDiagnosticsMs, edits };
  } catch (error) {
    child.kill();
    return { maxRssKb: Number.NaN, openToDiagnosticsMs: Number.NaN, edits: 0, error: `${error instanceof Error ? error.message : String(error)} ${stderr.slice(-300)}` };
  } finally {
    clearTimeout(timeout);
    rmSync(dir, { recursive: true, force: true });
  }
}
