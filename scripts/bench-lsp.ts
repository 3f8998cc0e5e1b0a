// Keystroke-to-diagnostics latency of the language server, in process (`npm run bench:lsp`).
// A generated ~10,000-word news draft (the benchmark's own generator) is opened; then 200 single-character edits in the middle
// of it, each timed from the `didChange` to the diagnostics for that version: pulled (what VS Code
// does: it asks right after the change) and pushed (Neovim and others; measured with the debounce
// at 0 so the figure is the server's work, not the wait). Also the bare `analyse()` time.
// Reports median and p95. Not a test: timings depend on the machine. Last, `analyse()` alone on the
// same edits, in the same (by then warm) process: what the protocol adds is the difference.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateDraft } from '../bench/corpus';
import { analyse } from '../server/src/core';
import { DEFAULT_DEBOUNCE_MS } from '../server/src/lsp/server';
import { inMemoryServer, PULL_CLIENT, PUSH_CLIENT, type TestClient } from '../test/lsp/harness';

const EDITS = Number(process.env.EDITS ?? 200);
const WARMUP = 10;
const URI = 'file:///bench/long-draft.md';

function stats(samples: number[]): { median: number; p95: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

/** Inserts a character in the middle of a prose line, then deletes it: the draft stays the same. */
function editAt(text: string, i: number): { position: { line: number; character: number }; insert: boolean } {
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (lines[line].length < 40 || /^[#|>`-]/.test(lines[line])) line++;
  return { position: { line, character: 30 }, insert: i % 2 === 0 };
}

interface Samples {
  /** Wall-clock milliseconds from the change to the diagnostics. */
  wall: number[];
  /** CPU milliseconds this process spent meanwhile (client and server): what a quiet machine would take. */
  cpu: number[];
}

async function measure(mode: 'pull' | 'push', text: string): Promise<Samples> {
  // Debounce 0 so the pushed figure is the server's work; the sources announcement keeps its
  // production delay (it waits for typing to pause, so it is not part of a keystroke's latency).
  const client: TestClient = inMemoryServer({ capabilities: mode === 'pull' ? PULL_CLIENT : PUSH_CLIENT }, { debounceMs: 0 });
  await client.initialize();
  const opened = client.pushed(URI, 1);
  client.open(URI, text);
  if (mode === 'pull') await client.pull(URI);
  else await opened;
  const samples: Samples = { wall: [], cpu: [] };
  for (let i = 0; i < EDITS + WARMUP; i++) {
    const { position, insert } = editAt(text, i);
    const range = insert ? { start: position, end: position } : { start: position, end: { line: position.line, character: position.character + 1 } };
    const version = client.version(URI) + 1;
    const pushed = mode === 'push' ? client.pushed(URI, version) : undefined;
    const cpu = process.cpuUsage();
    const started = performance.now();
    client.change(URI, range, insert ? 'x' : '');
    if (mode === 'pull') await client.pull(URI);
    else await pushed;
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (i >= WARMUP) {
      samples.wall.push(wall);
      samples.cpu.push((used.user + used.system) / 1000);
    }
  }
  await client.shutdown();
  return samples;
}

/** The core alone on the same edits: the text as the server holds it after each one. */
function measureCore(text: string): Samples {
  const lines = text.split('\n');
  const core: Samples = { wall: [], cpu: [] };
  for (let i = 0; i < EDITS + WARMUP; i++) {
    const { position, insert } = editAt(text, i);
    let at = position.character;
    for (let line = 0; line < position.line; line++) at += lines[line].length + 1;
    const edited = insert ? `${text.slice(0, at)}x${text.slice(at)}` : text;
    const cpu = process.cpuUsage();
    const started = performance.now();
    analyse(edited, { format: 'markdown' });
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (i >= WARMUP) {
      core.wall.push(wall);
      core.cpu.push((used.user + used.system) / 1000);
    }
  }
  return core;
}

async function main(): Promise<void> {
  const text = generateDraft({ seed: 11, words: 10_000 });
  const words = text.split(/\s+/).filter(Boolean).length;
  // The process warms up first (the code the analysis runs gets compiled and optimised), so
  // that no figure below pays for it: each then takes its own few warm-up edits.
  measureCore(text);
  const pull = await measure('pull', text);
  const push = await measure('push', text);
  const core = measureCore(text);
  const row = (name: string, s: ReturnType<typeof stats>) => `${name.padEnd(44)} median ${s.median.toFixed(1).padStart(6)} ms   p95 ${s.p95.toFixed(1).padStart(6)} ms   mean ${s.mean.toFixed(1).padStart(6)} ms`;
  process.stdout.write(
    [
      `Draft: ${words} words, ${text.length} characters; ${EDITS} single-character edits in the middle.`,
      row('keystroke → pulled diagnostics', stats(pull.wall)),
      row('keystroke → pushed diagnostics (debounce 0)', stats(push.wall)),
      `Pushed diagnostics also wait the debounce (${DEFAULT_DEBOUNCE_MS} ms of quiet) in normal use.`,
      row('analyse() alone, the same edits', stats(core.wall)),
      `CPU time in this process over the same intervals (less sensitive to a busy machine; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}):`,
      row('  CPU, keystroke to pulled', stats(pull.cpu)),
      row('  CPU, keystroke to pushed', stats(push.cpu)),
      row('  CPU, analyse() alone', stats(core.cpu)),
      '',
    ].join('\n'),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
