// Preloaded with `node --require` into every process the benchmark measures for memory: on exit it
// appends the process's peak resident set size (kB, worker threads included) to a file.
'use strict';
const file = process.env.ONRECORD_BENCH_RSS_FILE;
if (file && require('node:worker_threads').isMainThread) {
  process.on('exit', () => {
    require('node:fs').appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
