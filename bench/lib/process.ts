// Whole-process measurements: wall time from spawn to exit, and peak resident memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './stats';

const PRELOAD = resolve(__dirname, 'maxrss.cjs');

export interface Command {
  /** Arguments after `node`. */
  args: string[];
  cwd: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Exit codes that are normal answers; by default 0 ("clean") and 1 ("found something"). */
  normalExit?: (status: number) => boolean;
}

export interface ProcessTimes {
  runs: number;
  /** Median wall-clock milliseconds. */
  ms: number;
  min: number;
  /** Peak resident set size of the measured runs (median), kB. */
  maxRssKb?: number;
  /** Set when the tool failed (exit code >= 2 or a signal): the figure is then not reported. */
  error?: string;
}

function failed(result: ReturnType<typeof spawnSync>, normalExit: (status: number) => boolean): string | undefined {
  if (result.error) return result.error.message;
  if (result.signal) return `killed by ${result.signal}`;
  if (result.status !== null && !normalExit(result.status)) return `exit ${result.status}: ${String(result.stderr).trim().split('\n').slice(-3).join(' ')}`;
  return undefined;
}

/**
 * Runs `node ARGS` `warmup` times untimed (file cache, not JIT: every run is a cold process), then
 * up to `runs` timed runs, fewer once `budgetMs` is spent. With `memory`, the timed runs also
 * record peak RSS through a preloaded script (which costs a little start-up time, so cold-start
 * figures are taken without it).
 */
export function timeProcess(command: Command, options: { runs: number; warmup: number; budgetMs: number; memory?: boolean; timeoutMs?: number }): ProcessTimes {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'));
  const rssFile = join(dir, 'rss');
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...command.env };
  const memoryEnv = { ...env, ONRECORD_BENCH_RSS_FILE: rssFile };
  const run = (memory: boolean) => {
    const args = memory ? ['--require', PRELOAD, ...command.args] : command.args;
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, {
      cwd: command.cwd,
      env: memory ? memoryEnv : env,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeoutMs ?? 600_000,
    });
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, error: failed(result, command.normalExit ?? ((status) => status <= 1)) };
  };
  try {
    for (let i = 0; i < options.warmup; i++) {
      const { error } = run(false);
      if (error) return { runs: 0, ms: Number.NaN, min: Number.NaN, error };
    }
    const times: number[] = [];
    const began = Date.now();
    while (times.length < options.runs && (times.length === 0 || Date.now() - began < options.budgetMs)) {
      const { ms, error } = run(options.memory ?? false);
      if (error) return { runs: times.length, ms: Number.NaN, min: Number.NaN, error };
      times.push(ms);
    }
    const out: ProcessTimes = { runs: times.length, ms: median(times), min: Math.min(...times) };
    if (options.memory) {
      const rss = readFileSync(rssFile, 'utf8').trim().split('\n').map(Number);
      out.maxRssKb = median(rss);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
