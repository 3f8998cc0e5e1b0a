// Shared by the CLI tests: a scratch folder per test and a way to run the built CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const CLI = join(REPO, 'server', 'out', 'cli.js');

// Phrases the rules certainly flag (DESIGN section 4).
export const BARE = 'Sources said the plan was dropped.'; // bare-source, error
export const LOADED = 'The minister claimed the plan was dead.'; // loaded-attribution-verb, warning, safe fix
export const CLEAN = 'The library on Elm Street will open an hour later on Saturdays, Mayor Ann Ruiz said on Monday.';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const RUN_TIMEOUT_MS = 60_000;

/** A scratch root for one test file; `workspace` makes fresh folders under it. */
export class Scratch {
  readonly root: string;
  private counter = 0;

  constructor(prefix: string) {
    assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
    this.root = mkdtempSync(join(tmpdir(), `onrecord-${prefix}-`));
  }

  workspace(files: Record<string, string | Uint8Array>): string {
    const dir = join(this.root, `w${++this.counter}`);
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    return dir;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Runs the CLI in this process (`main` from cli.ts): the same code as the bundle, without a Node start-up per case. */
export async function runHere(args: string[], options: { cwd: string; input?: string | Uint8Array; env?: Record<string, string>; tty?: boolean }): Promise<Run> {
  const { main } = await import('../../server/src/cli/cli');
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty === true },
    readStdin: async () => (typeof options.input === 'string' ? Buffer.from(options.input) : (options.input ?? new Uint8Array())),
  });
  return { status, stdout, stderr };
}

/** Runs the bundled CLI (server/out/cli.js) in a child process. */
export function run(args: string[], options: { cwd: string; input?: string | Uint8Array; env?: Record<string, string> }): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    timeout: RUN_TIMEOUT_MS,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  });
  if (result.signal || (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    assert.fail(`onrecord ${args.join(' ')} did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
  }
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonFinding {
  rule: string;
  family: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes: { title: string; safe: boolean; edits: { start: number; end: number; text: string }[] }[];
}

export interface JsonReport {
  tool: string;
  version: string;
  files: { path: string; findings: JsonFinding[]; skipped?: string; error?: string }[];
  summary: { files: number; findings: number; errors: number; warnings: number; information: number; hints: number };
}

export async function runJson(args: string[], options: { cwd: string; input?: string | Uint8Array }): Promise<{ run: Run; report: JsonReport }> {
  const r = await runHere(['check', '--format', 'json', ...args], options);
  try {
    return { run: r, report: JSON.parse(r.stdout) as JsonReport };
  } catch {
    assert.fail(`stdout is not JSON (exit ${r.status}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}
