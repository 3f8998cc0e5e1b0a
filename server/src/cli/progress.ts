// A progress bar on stderr for long runs, only when a person is watching: stderr is a terminal
// and there are enough files for the wait to be noticed. Never in CI logs or pipes.
import type { OutputStream } from './cli';

/** Fewer files than this finish before a bar would be worth drawing. */
export const PROGRESS_MIN_FILES = 20;

export interface Progress {
  /** How many files have been started (on any thread). */
  update(started: number): void;
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

export function startProgress(stream: OutputStream, total: number, env: Readonly<Record<string, string | undefined>>): Progress {
  if (stream.isTTY !== true || total <= PROGRESS_MIN_FILES || env.TERM === 'dumb' || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false')) {
    return NONE;
  }
  // Loaded only when a bar is drawn: a module fewer to load on every other run.
  const { SingleBar } = require('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar({
    stream: stream as unknown as NodeJS.WritableStream,
    format: 'onrecord {bar} {value}/{total} files',
    barsize: 30,
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591',
    hideCursor: true,
    clearOnComplete: true,
    // Redraw from inside update() too: analysis keeps the event loop busy, so the timer seldom runs.
    synchronousUpdate: true,
    fps: 10,
    noTTYOutput: false,
  });
  bar.start(total, 0);
  return {
    update(started) {
      bar.update(started);
    },
    stop() {
      bar.stop();
    },
  };
}
