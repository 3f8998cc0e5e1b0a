// Spreads documents over worker threads when a run is big enough to pay for them. The main thread
// works through the same queue, so a run never waits on a worker that is still starting up for
// work the main thread could have done. Workers run the same bundle (bin.ts starts `runWorker`).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyseTask, type AnalysisOutcome, type AnalysisTask } from './analyse-file';

/** Below this much text, starting a worker (loading the bundle again) costs more than it saves. */
const MIN_BYTES_FOR_WORKERS = 512 * 1024;
const MIN_TASKS_FOR_WORKERS = 8;
/** Tasks handed to a worker at a time; one batch in hand and one queued keeps it busy. */
const BATCH = 4;
const WORKER_FLAG = 'onrecordAnalysisWorker';

export interface PoolOptions {
  /** The script a worker runs (the bundled CLI); without it everything runs on the main thread. */
  workerScript?: string;
  /** Threads to use, the main one included; 'auto' is the machine's parallelism, at most 4. */
  threads: number | 'auto';
  /** Called after each document, on the main thread (the progress bar). */
  onDone?: () => void;
}

export async function analyseAll(tasks: readonly AnalysisTask[], options: PoolOptions): Promise<AnalysisOutcome[]> {
  const threads = options.threads === 'auto' ? Math.min(availableParallelism(), 4) : options.threads;
  const workerCount = options.workerScript && threads > 1 && worthWorkers(tasks) ? Math.min(threads - 1, Math.floor(tasks.length / BATCH)) : 0;
  const done = options.onDone ?? (() => {});
  if (workerCount === 0) {
    return tasks.map((task) => {
      const outcome = analyseTask(task);
      done();
      return outcome;
    });
  }

  const outcomes: AnalysisOutcome[] = new Array(tasks.length);
  const queue = [...tasks];
  const pending = new Set<Promise<void>>();
  const workers: Worker[] = [];

  for (let w = 0; w < workerCount; w++) {
    const worker = new Worker(options.workerScript!, { workerData: { [WORKER_FLAG]: true } });
    workers.push(worker);
    const inHand = new Map<number, AnalysisTask>();
    const feed = () => {
      while (inHand.size < 2 * BATCH && queue.length > 0) {
        const batch = queue.splice(0, BATCH);
        for (const task of batch) inHand.set(task.index, task);
        worker.postMessage(batch);
      }
    };
    pending.add(
      new Promise<void>((resolve) => {
        const finish = () => {
          // Whatever a failed worker still held goes back to the main thread.
          for (const task of inHand.values()) {
            outcomes[task.index] = analyseTask(task);
            done();
          }
          inHand.clear();
          resolve();
        };
        worker.on('message', (outcome: AnalysisOutcome) => {
          outcomes[outcome.index] = outcome;
          inHand.delete(outcome.index);
          done();
          feed();
          if (inHand.size === 0 && queue.length === 0) resolve();
        });
        worker.on('error', finish);
        worker.on('exit', finish);
      }),
    );
    feed();
  }

  // The main thread takes one task at a time and lets worker messages in between.
  while (queue.length > 0) {
    const task = queue.shift()!;
    outcomes[task.index] = analyseTask(task);
    done();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);
  await Promise.all(workers.map((worker) => worker.terminate()));
  return outcomes;
}

function worthWorkers(tasks: readonly AnalysisTask[]): boolean {
  if (tasks.length < MIN_TASKS_FOR_WORKERS) return false;
  let bytes = 0;
  for (const task of tasks) {
    if (!task.path) return false;
    try {
      bytes += statSync(task.path).size;
    } catch {
      // The read will report it.
    }
    if (bytes >= MIN_BYTES_FOR_WORKERS) return true;
  }
  return false;
}

/** True in a thread started by `analyseAll`; bin.ts then serves tasks instead of running the CLI. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;
}

export function runWorker(): void {
  parentPort!.on('message', (batch: AnalysisTask[]) => {
    for (const task of batch) parentPort!.postMessage(analyseTask(task));
  });
}
