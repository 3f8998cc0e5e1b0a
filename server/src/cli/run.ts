// The CLI process (bundled to server/out/cli-main.js, which server/out/cli.js loads): streams,
// arguments and exit code. All behaviour lives in cli.ts. In a worker thread of a big run
// (pool.ts), the same bundle analyses documents instead.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { LARGE_DOCUMENT_BYTES } from '../shared/large-document';
import { main, type RunSize } from './cli';
import { isAnalysisWorker, runWorker } from './pool';

/** From this much text on, V8's optimising compiler pays for itself (bin.ts starts without it). */
const OPTIMISE_FROM_BYTES = 128 * 1024;

function tune({ total, largest }: RunSize): void {
  if (total >= OPTIMISE_FROM_BYTES) {
    setFlagsFromString('--max-opt=999');
    setFlagsFromString('--turbofan');
  }
  // The young generation stays at its initial size instead of doubling up to 16 MB per
  // semi-space, so a big document's short-lived garbage is collected sooner: peak RSS on the
  // 100,000-word document about 112 MB instead of 128 MB (issue 7). Only then: on many small
  // drafts the small young generation costs a scavenge per megabyte, a fifth of the run's CPU.
  if (largest >= LARGE_DOCUMENT_BYTES) setFlagsFromString('--semi-space-growth-factor=1');
}

function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

if (isAnalysisWorker()) {
  runWorker();
} else {
  // `onrecord check | head` closes the pipe early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  // exitCode rather than process.exit(), so output to a pipe is never cut short.
  void main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    // The launcher beside this bundle, so workers load it with the code cache too.
    workerScript: join(__dirname, 'cli.js'),
    beforeAnalysis: tune,
  }).then((code) => {
    process.exitCode = code;
  });
}
