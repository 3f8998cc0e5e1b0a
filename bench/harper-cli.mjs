#!/usr/bin/env node
// harper.js ships no command line: this is the smallest one that lints files the way its own
// examples do (the full WebAssembly binary, Markdown, default English rules), for the benchmark.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';

const files = [];
const collect = (path) => {
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) collect(join(path, name));
  else if (/\.(md|markdown|txt)$/.test(path)) files.push(path);
};
for (const arg of process.argv.slice(2)) collect(arg);

const linter = new LocalLinter({ binary });
await linter.setup();
let total = 0;
for (const file of files) {
  const lints = await linter.lint(readFileSync(file, 'utf8'), { language: file.endsWith('.txt') ? 'plaintext' : 'markdown' });
  total += lints.length;
  for (const lint of lints) process.stdout.write(`${file}: ${lint.message()}\n`);
}
process.stdout.write(`${total} problems in ${files.length} files\n`);
process.exitCode = total > 0 ? 1 : 0;
