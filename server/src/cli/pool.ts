// Spreads a run's documents over worker threads when there are enough of them to pay for a
// thread (a bundle load, lexicon compilation and JIT warm-up each). Every thread, the main one
// included, takes the next document from one shared counter, so no thread waits on another and
// the main thread needs no messages to hand out work. Outcomes are put back in run order, so the
// output, exit code and notes are those of a single-threaded run.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { analyseTask, type AnalysisOutcome, type AnalysisTask } from './analyse-file';

/**
 * Below this many documents, or this much text, a worker costs more CPU than it saves in wall
 * time: it needs about 100 ms to start, and its first documents run on cold code.
 */
export const MIN_TASKS_FOR_WORKERS = 16;
export const MIN_BYTES_FOR_WORKERS = 256 * 1024;
/** More threads than this each pay the start-up cost for an ever smaller share of the run. */
const MAX_AUTO_THREADS = 4;
/**
 * A thread that analyses keeps about a second core busy with V8's own work (optimising compiles
 * and garbage collection): one thread on the 500-article folder used 7.1 s of CPU in 4.4 s of
 * wall time. So 'auto' counts two cores per thread, and a two-core machine keeps one thread,
 * where a worker made the folder slower (wall 5.3-6.1 s against 4.4-4.8 s, CPU 9.6 s against
 * 7.0 s: the worker's own start, warm-up and compiles, and sentence memos no longer shared).
 */
const CORES_PER_THREAD = 2;
const WORKER_FLAG = 'onrecordAnalysisWorker';
/**
 * Set in a worker's environment, so that a run on one thread (the one-article cold start) need
 * not load node:worker_threads to find out it is not a worker.
 */
export const WORKER_ENV = 'ONRECORD_ANALYSIS_WORKER';

function workerThreads(): typeof import('node:worker_threads') {
  return require('node:worker_threads') as typeof import('node:worker_threads');
}

interface WorkerInput {
  [WORKER_FLAG]: true;
  tasks: AnalysisTask[];
  /** One Int32: the index of the next task to take, shared by every thread. */
  next: SharedArrayBuffer;
}

interface WorkerMessage {
  outcome: AnalysisOutcome;
}

export interface PoolOptions {
  /** The script a worker runs (the CLI launcher); without it everything runs on the main thread. */
  workerScript?: string;
  /** Threads to use, the main one included; 'auto' follows the machine (at most 4). */
  threads: number | 'auto';
  /** Each task's size in bytes (0 when unknown), to judge whether workers would pay. */
  bytes: readonly number[];
  /** Called on the main thread after each of its documents, with how many have been started. */
  onProgress?: (started: number) => void;
}

/** How many threads a run of these tasks uses. */
export function threadsFor(tasks: readonly AnalysisTask[], options: PoolOptions): number {
  const wanted = options.threads === 'auto' ? autoThreads(availableParallelism()) : options.threads;
  if (!options.workerScript || wanted <= 1) return 1;
  // An explicit count is taken as asked; 'auto' keeps small runs on one thread.
  if (options.threads === 'auto' && !worthWorkers(tasks, options.bytes)) return 1;
  return Math.min(wanted, tasks.length);
}

export async function analyseAll(tasks: readonly AnalysisTask[], options: PoolOptions): Promise<AnalysisOutcome[]> {
  const threads = threadsFor(tasks, options);
  const outcomes: Array<AnalysisOutcome | undefined> = new Array(tasks.length);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const finished: Promise<void>[] = [];
  for (let w = 1; w < threads; w++) {
    let worker: Worker;
    try {
      const input: WorkerInput = { [WORKER_FLAG]: true, tasks: [...tasks], next };
      worker = new (workerThreads().Worker)(options.workerScript!, { workerData: input, env: { ...process.env, [WORKER_ENV]: '1' } });
    } catch {
      break;
    }
    finished.push(
      new Promise<void>((resolve) => {
        worker.on('message', (message: WorkerMessage) => {
          outcomes[message.outcome.index] = message.outcome;
        });
        // A worker that fails leaves its unfinished documents without an outcome; the main
        // thread analyses them below, so a crash costs time, never a file.
        worker.on('error', () => undefined);
        worker.on('exit', () => resolve());
      }),
    );
  }
  for (;;) {
    const i = Atomics.add(counter, 0, 1);
    if (i >= tasks.length) break;
    outcomes[i] = analyseTask(tasks[i]);
    options.onProgress?.(Math.min(Atomics.load(counter, 0), tasks.length));
  }
  await Promise.all(finished);
  return tasks.map((task, i) => outcomes[i] ?? analyseTask(task));
}

/** The threads 'auto' uses on a machine with this many cores. */
export function autoThreads(cores: number): number {
  return Math.max(1, Math.min(Math.floor(cores / CORES_PER_THREAD), MAX_AUTO_THREADS));
}

function worthWorkers(tasks: readonly AnalysisTask[], bytes: readonly number[]): boolean {
  return tasks.length >= MIN_TASKS_FOR_WORKERS && bytes.reduce((sum, size) => sum + size, 0) >= MIN_BYTES_FOR_WORKERS;
}

/** True in a thread started by `analyseAll`: it serves the run's tasks instead of running the CLI. */
export function isAnalysisWorker(): boolean {
  if (process.env[WORKER_ENV] !== '1') return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && (workerData as Partial<WorkerInput> | null)?.[WORKER_FLAG] === true;
}

/** The worker's whole life: take tasks from the shared counter until none are left, then end. */
export function runWorker(): void {
  const { workerData, parentPort } = workerThreads();
  const { tasks, next } = workerData as WorkerInput;
  const counter = new Int32Array(next);
  for (;;) {
    const i = Atomics.add(counter, 0, 1);
    if (i >= tasks.length) break;
    const message: WorkerMessage = { outcome: analyseTask(tasks[i]) };
    parentPort!.postMessage(message);
  }
}
