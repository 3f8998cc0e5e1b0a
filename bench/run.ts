// `npm run bench`: OnRecord's speed and memory beside peer prose linters, on the same generated
// drafts, in the same run, on this machine. Prints tables (terminal and Markdown) and writes
// bench/results/latest.json. Figures only mean something as ratios within one run.
//
//   npm run bench                      everything (about 15 minutes on 2 cores, most of it peers)
//   npm run bench -- --quick           fewer runs, no slow peers on the folder or the 100k document
//   npm run bench -- --only core,cli,server,peers
//   npm run bench -- --save-reference  also keeps this run as bench/results/reference.json
//   npm run bench -- --readme          also puts this run's tables in README.md (Performance)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countWords, generateCorpus, FOLDER_ARTICLES } from './corpus';
import { timeProcess, type Command, type ProcessTimes } from './lib/process';
import { measureServerMemory, type ServerMemory } from './lib/server-memory';
import { grouped, mb, ms, ratio } from './lib/stats';
import type { FileThroughput } from './lib/throughput';

const BENCH = __dirname;
const ROOT = resolve(BENCH, '..');
const CORPUS = join(BENCH, '.corpus');
const RESULTS = join(BENCH, 'results');
const BIN = (path: string) => join(BENCH, 'node_modules', path);

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'save-reference': { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
  },
});
const quick = flags.quick ?? false;
const sections = new Set((flags.only ?? 'core,cli,server,peers').split(',').map((s) => s.trim()));
const withPeers = sections.has('peers');

const PEERS = ['write-good', 'markdownlint', 'alex', 'harper.js', 'textlint'] as const;
type Tool = 'onrecord' | (typeof PEERS)[number];
const TOOLS: Tool[] = ['onrecord', ...(withPeers ? PEERS : [])];
/** Peers that take minutes on the folder and the 100k document; --quick leaves them out there. */
const SLOW = new Set<Tool>(['alex', 'harper.js', 'textlint']);

const NAMES: Record<Tool, string> = {
  onrecord: 'OnRecord',
  'write-good': 'write-good',
  markdownlint: 'markdownlint-cli2',
  alex: 'alex',
  'harper.js': 'harper.js',
  textlint: 'textlint + write-good + alex',
};

// ---------------------------------------------------------------------------
// Corpus

interface Inputs {
  article: string;
  draft: string;
  document: string;
  folder: string;
  folderFiles: string[];
  words: Record<'article' | 'draft' | 'document' | 'folder', number>;
}

function writeCorpus(): Inputs {
  rmSync(CORPUS, { recursive: true, force: true });
  const files = generateCorpus();
  for (const file of files) {
    const path = join(CORPUS, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const words = (p: string) => countWords(files.find((f) => f.path === p)!.text);
  const folderFiles = files.filter((f) => f.path.startsWith('folder/'));
  return {
    article: join(CORPUS, 'article-1k.md'),
    draft: join(CORPUS, 'draft-10k.md'),
    document: join(CORPUS, 'document-100k.md'),
    folder: join(CORPUS, 'folder'),
    folderFiles: folderFiles.map((f) => join(CORPUS, f.path)),
    words: {
      article: words('article-1k.md'),
      draft: words('draft-10k.md'),
      document: words('document-100k.md'),
      folder: folderFiles.reduce((n, f) => n + countWords(f.text), 0),
    },
  };
}

// ---------------------------------------------------------------------------
// Commands: each tool's own command line, with its English prose rules.

function cliCommand(tool: Tool, target: 'file' | 'folder', input: string, inputs: Inputs): Command {
  switch (tool) {
    case 'onrecord':
      // What `npx onrecord` runs: the package's bin, which loads the bundle (with its code cache,
      // written by the warm-up run as by a user's first run).
      return { args: [join(ROOT, 'server/bin/onrecord.js'), 'check', input], cwd: CORPUS };
    case 'write-good':
      // Its exit code is the number of suggestions.
      return { args: [BIN('write-good/bin/write-good.js'), ...(target === 'folder' ? inputs.folderFiles : [input])], cwd: CORPUS, normalExit: () => true };
    case 'markdownlint':
      // Globs are relative to the working folder; no config there, so the default rules run.
      return { args: [BIN('markdownlint-cli2/markdownlint-cli2-bin.mjs'), target === 'folder' ? 'folder/*.md' : relative(CORPUS, input)], cwd: CORPUS };
    case 'alex':
      return { args: [BIN('alex/cli.js'), input], cwd: CORPUS };
    case 'harper.js':
      return { args: [join(BENCH, 'harper-cli.mjs'), input], cwd: CORPUS };
    case 'textlint':
      return { args: [BIN('textlint/bin/textlint.js'), '--config', join(BENCH, '.textlintrc.json'), input], cwd: BENCH };
  }
}

// ---------------------------------------------------------------------------
// Measurements

function build(): void {
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the OnRecord build failed');
}

function throughput(tool: Tool, inputs: Inputs): FileThroughput[] | { error: string } {
  const files = quick && SLOW.has(tool) ? [inputs.article, inputs.draft] : [inputs.article, inputs.draft, inputs.document];
  const request = { files, runs: quick ? 5 : tool === 'onrecord' ? 11 : 7, budgetMs: quick ? 8_000 : 30_000, warmup: inputs.folderFiles[0] };
  // Bundled as the product ships (scripts/run-bundled.mjs), not through tsx's slower transform.
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/run-bundled.mjs'), join(BENCH, 'lib/throughput.ts'), tool, JSON.stringify(request)], {
    cwd: BENCH,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 30 * 60_000,
  });
  if (result.status !== 0) return { error: (result.stderr || result.error?.message || `exit ${result.status}`).trim().split('\n').slice(0, 3).join(' ') };
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as FileThroughput[];
}

interface LspLatency {
  draftWords: number | null;
  edits: number | null;
  pull: { median: number; p95: number } | null;
  push: { median: number; p95: number } | null;
  /** CPU milliseconds over the same intervals, when the script reports them. */
  pullCpu: { median: number; p95: number } | null;
  pushCpu: { median: number; p95: number } | null;
  analyseAlone: { median: number; p95: number } | null;
  source: string;
  error?: string;
}

/**
 * Keystroke-to-diagnostics latency comes from the language server's own benchmark
 * (`npm run bench:lsp`, scripts/bench-lsp.ts): an in-process server, 200 single-character edits
 * in the middle of a 10,000-word draft. It is run as it is and its report read.
 */
function lspLatency(): LspLatency {
  const script = join(ROOT, 'scripts/bench-lsp.ts');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/run-bundled.mjs'), script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, EDITS: '200' }, timeout: 20 * 60_000 });
  const source = relative(ROOT, script);
  if (result.status !== 0) return { draftWords: null, edits: null, pull: null, push: null, pullCpu: null, pushCpu: null, analyseAlone: null, source, error: (result.stderr || result.error?.message || '').trim().split('\n').slice(-3).join(' ') };
  const out = result.stdout;
  const figure = (label: RegExp) => {
    const m = new RegExp(`${label.source}[^\\n]*?median\\s+([\\d.]+)\\s*ms[^\\n]*?p95\\s+([\\d.]+)\\s*ms`, 'm').exec(out);
    return m ? { median: Number(m[1]), p95: Number(m[2]) } : null;
  };
  const draft = /Draft: (\d+) words[^;]*; (\d+) single-character edits/.exec(out);
  return {
    draftWords: draft ? Number(draft[1]) : null,
    edits: draft ? Number(draft[2]) : null,
    pull: figure(/keystroke → pulled diagnostics/),
    push: figure(/keystroke → pushed diagnostics/),
    pullCpu: figure(/CPU, keystroke to pulled/),
    pushCpu: figure(/CPU, keystroke to pushed/),
    analyseAlone: figure(/^analyse\(\) alone/m),
    source,
  };
}

// ---------------------------------------------------------------------------

interface Results {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string; loadBefore: number[]; loadAfter?: number[]; freeMemoryGb: number };
  corpus: Inputs['words'] & { folderFiles: number };
  versions: Record<string, string>;
  throughput: Partial<Record<Tool, FileThroughput[] | { error: string }>>;
  cli: {
    nodeBaseline?: ProcessTimes;
    coldStart: Partial<Record<Tool, ProcessTimes>>;
    /** OnRecord's first run, before its code cache exists (ONRECORD_NO_CODE_CACHE=1). */
    coldStartNoCodeCache?: ProcessTimes;
    folder: Partial<Record<Tool, ProcessTimes>>;
    document: Partial<Record<Tool, ProcessTimes>>;
  };
  server: { latency?: LspLatency; memory?: ServerMemory };
  bars: Array<{ bar: string; target: string; measured: string; holds: boolean | null }>;
}

function versions(): Record<string, string> {
  const out: Record<string, string> = {};
  const read = (name: string, path: string) => {
    try {
      out[name] = (require(path) as { version: string }).version;
    } catch {
      out[name] = 'not installed';
    }
  };
  read('onrecord', join(ROOT, 'package.json'));
  read('write-good', BIN('write-good/package.json'));
  read('markdownlint-cli2', BIN('markdownlint-cli2/package.json'));
  read('markdownlint', BIN('markdownlint/package.json'));
  read('alex', BIN('alex/package.json'));
  read('harper.js', BIN('harper.js/package.json'));
  read('textlint', BIN('textlint/package.json'));
  read('textlint-rule-write-good', BIN('textlint-rule-write-good/package.json'));
  read('textlint-rule-alex', BIN('textlint-rule-alex/package.json'));
  return out;
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function main(): Promise<void> {
  log('Building OnRecord and writing the corpus…');
  build();
  const inputs = writeCorpus();
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      freeMemoryGb: Math.round(freemem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadBefore: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    corpus: { ...inputs.words, folderFiles: FOLDER_ARTICLES },
    versions: versions(),
    throughput: {},
    cli: { coldStart: {}, folder: {}, document: {} },
    server: {},
    bars: [],
  };

  if (sections.has('core')) {
    for (const tool of TOOLS) {
      log(`Throughput in process: ${NAMES[tool]}…`);
      results.throughput[tool] = throughput(tool, inputs);
    }
  }

  if (sections.has('cli')) {
    const runs = quick ? 5 : 15;
    log('Cold start: node -e 0…');
    results.cli.nodeBaseline = timeProcess({ args: ['-e', '0'], cwd: CORPUS }, { runs, warmup: 2, budgetMs: 60_000 });
    results.cli.nodeBaseline.maxRssKb = timeProcess({ args: ['-e', '0'], cwd: CORPUS }, { runs: 3, warmup: 0, budgetMs: 10_000, memory: true }).maxRssKb;
    for (const tool of TOOLS) {
      log(`Cold start, one article: ${NAMES[tool]}…`);
      const slowTool = tool === 'harper.js' || tool === 'textlint';
      results.cli.coldStart[tool] = timeProcess(cliCommand(tool, 'file', inputs.article, inputs), { runs: slowTool ? Math.min(runs, 5) : runs, warmup: 1, budgetMs: 60_000 });
    }
    // The figure above is with the V8 code cache that the first run writes; this is that first run.
    log('Cold start, one article: OnRecord without its code cache…');
    const first = cliCommand('onrecord', 'file', inputs.article, inputs);
    results.cli.coldStartNoCodeCache = timeProcess({ ...first, env: { ONRECORD_NO_CODE_CACHE: '1' } }, { runs, warmup: 1, budgetMs: 60_000 });
    for (const tool of TOOLS) {
      if (quick && SLOW.has(tool)) continue;
      log(`The ${FOLDER_ARTICLES}-article folder: ${NAMES[tool]}…`);
      results.cli.folder[tool] = timeProcess(cliCommand(tool, 'folder', inputs.folder, inputs), { runs: tool === 'onrecord' ? (quick ? 3 : 7) : 3, warmup: tool === 'onrecord' ? 1 : 0, budgetMs: tool === 'onrecord' ? 60_000 : 1 });
    }
    for (const tool of TOOLS) {
      if (quick && SLOW.has(tool)) continue;
      log(`The 100,000-word document (time and peak memory): ${NAMES[tool]}…`);
      results.cli.document[tool] = timeProcess(cliCommand(tool, 'file', inputs.document, inputs), { runs: tool === 'onrecord' ? (quick ? 3 : 5) : 3, warmup: tool === 'onrecord' ? 1 : 0, budgetMs: tool === 'onrecord' ? 60_000 : 1, memory: true });
    }
  }

  if (sections.has('server')) {
    log('Language server: keystroke-to-diagnostics latency (npm run bench:lsp)…');
    results.server.latency = lspLatency();
    log('Language server: peak memory on the 100,000-word document…');
    results.server.memory = await measureServerMemory(join(ROOT, 'server/out/server.js'), readFileSync(inputs.document, 'utf8'));
  }

  results.machine.loadAfter = loadavg().map((l) => Math.round(l * 100) / 100);
  results.bars = bars(results);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = report(results);
  writeFileSync(join(RESULTS, 'latest.md'), markdown);
  if (flags['save-reference']) copyFileSync(join(RESULTS, 'latest.json'), join(RESULTS, 'reference.json'));
  if (flags.readme) updateReadme(markdown);
  process.stdout.write(markdown);
  log(`\nWrote ${relative(ROOT, join(RESULTS, 'latest.json'))} and latest.md.`);
}

// ---------------------------------------------------------------------------
// Report

const SIZES = [
  ['article', '1k article'],
  ['draft', '10k draft'],
  ['document', '100k document'],
] as const;

function fileResult(results: Results, tool: Tool, size: 'article' | 'draft' | 'document'): FileThroughput | undefined {
  const r = results.throughput[tool];
  if (!r || 'error' in r) return undefined;
  const name = size === 'article' ? 'article-1k.md' : size === 'draft' ? 'draft-10k.md' : 'document-100k.md';
  return r.find((f) => f.file.endsWith(name));
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A figure with OnRecord's figure over it in brackets, or why it is missing. */
function cell(value: number | undefined, format: (v: number) => string, onrecord: number | undefined, tool: Tool, error?: string): string {
  if (error) return `not run: ${error.slice(0, 80)}`;
  if (value === undefined || !Number.isFinite(value)) return '–';
  return tool === 'onrecord' || onrecord === undefined ? format(value) : `${format(value)} (${ratio(onrecord, value)})`;
}

function report(results: Results): string {
  const out: string[] = [];
  const m = results.machine;
  out.push(`## OnRecord benchmark, ${results.date.slice(0, 16).replace('T', ' ')} UTC`, '');
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; load average ${m.loadBefore.join(' / ')} before, ${m.loadAfter?.join(' / ')} after.`);
  out.push(`Corpus (generated, seed 2026): article ${grouped(results.corpus.article)} words, draft ${grouped(results.corpus.draft)}, document ${grouped(results.corpus.document)}, folder of ${results.corpus.folderFiles} articles with ${grouped(results.corpus.folder)} words.`);
  out.push('Ratios in brackets are OnRecord/peer: above 1 OnRecord is faster for throughput; below 1 OnRecord takes less time or memory.', '');

  if (Object.keys(results.throughput).length > 0) {
    out.push('### Throughput in process, words per second (warm, median)', '');
    const rows = TOOLS.filter((t) => results.throughput[t]).map((tool) => {
      const r = results.throughput[tool]!;
      const error = 'error' in r ? r.error : undefined;
      return [
        NAMES[tool],
        ...SIZES.map(([size]) => {
          const own = fileResult(results, tool, size);
          if (!own && !error) return 'not run (--quick)';
          return cell(own?.wordsPerSecond, (v) => grouped(v), fileResult(results, 'onrecord', size)?.wordsPerSecond, tool, error);
        }),
      ];
    });
    out.push(table(['tool', ...SIZES.map(([, label]) => label)], rows), '');
    const own = SIZES.map(([size]) => fileResult(results, 'onrecord', size));
    if (own.every((f) => f?.stages)) {
      out.push('OnRecord by stage, median milliseconds per pass (attribution = model − parse − sentences and quotes, rules = analyse − model, each within a pass):', '');
      const stage = (name: string, key: keyof NonNullable<FileThroughput['stages']>) => [name, ...own.map((f) => `${ms(f!.stages![key])} (${Math.round((100 * f!.stages![key]) / f!.ms)}%)`)];
      out.push(
        table(
          ['stage', ...SIZES.map(([, label]) => label)],
          [stage('parse (Markdown, masking)', 'parse'), stage('sentences and quotes', 'sentencesAndQuotes'), stage('attribution (model)', 'attribution'), stage('rules', 'rules'), ['whole analysis', ...own.map((f) => ms(f!.ms))]],
        ),
        '',
      );
    }
  }

  if (results.cli.nodeBaseline) {
    out.push('### Command line, wall time per process (median) and peak memory', '');
    const base = results.cli.nodeBaseline;
    const own = { cold: results.cli.coldStart.onrecord, folder: results.cli.folder.onrecord, doc: results.cli.document.onrecord };
    const rows = [['`node -e 0`', ms(base.ms), '', '', base.maxRssKb ? mb(base.maxRssKb) : '–']];
    for (const tool of TOOLS) {
      const cold = results.cli.coldStart[tool];
      const folder = results.cli.folder[tool];
      const doc = results.cli.document[tool];
      rows.push([
        NAMES[tool],
        cold ? cell(cold.ms, ms, own.cold?.ms, tool, cold.error) : 'not run (--quick)',
        folder ? cell(folder.ms, ms, own.folder?.ms, tool, folder.error) : 'not run (--quick)',
        doc ? cell(doc.ms, ms, own.doc?.ms, tool, doc.error) : 'not run (--quick)',
        doc ? cell(doc.maxRssKb, mb, own.doc?.maxRssKb, tool, doc.error) : '–',
      ]);
    }
    out.push(table(['tool', 'one 1k article (cold start)', `${results.corpus.folderFiles}-article folder`, '100k document', 'peak RSS, 100k document'], rows), '');
    if (own.cold) out.push(`OnRecord's cold start is ${(own.cold.ms / base.ms).toFixed(2)} × \`node -e 0\` (${ms(own.cold.ms)} against ${ms(base.ms)}).`, '');
    const first = results.cli.coldStartNoCodeCache;
    if (first && !first.error) out.push(`That is with the V8 code cache the CLI writes on its first run; the first run itself takes ${ms(first.ms)} (${(first.ms / base.ms).toFixed(2)} ×).`, '');
  }

  const s = results.server;
  if (s.latency || s.memory) {
    out.push('### Language server', '');
    const rows: string[][] = [];
    const l = s.latency;
    if (l?.error) rows.push(['keystroke to diagnostics', `not run: ${l.error.slice(0, 120)}`]);
    else if (l) {
      const draft = `${l.draftWords ? grouped(l.draftWords) : '?'}-word draft, ${l.edits ?? '?'} edits in the middle`;
      if (l.pull) rows.push([`keystroke → pulled diagnostics (${draft})`, `median ${ms(l.pull.median)}, p95 ${ms(l.pull.p95)}`]);
      if (l.push) rows.push([`keystroke → pushed diagnostics, debounce 0 (${draft})`, `median ${ms(l.push.median)}, p95 ${ms(l.push.p95)}`]);
      if (l.pullCpu) rows.push(['CPU time of the same pulled keystrokes (client and server)', `median ${ms(l.pullCpu.median)}, p95 ${ms(l.pullCpu.p95)}`]);
      if (l.analyseAlone) rows.push(['analyse() alone on the same edits (no protocol)', `median ${ms(l.analyseAlone.median)}, p95 ${ms(l.analyseAlone.p95)}`]);
    }
    if (s.memory?.error) rows.push(['peak RSS, 100k document', `not run: ${s.memory.error.slice(0, 120)}`]);
    else if (s.memory) {
      rows.push([`peak RSS, 100k document open and ${s.memory.edits} edits (stdio server)`, mb(s.memory.maxRssKb)]);
      rows.push(['open → first diagnostics, 100k document', ms(s.memory.openToDiagnosticsMs)]);
    }
    out.push(table(['measure', 'OnRecord'], rows), '');
    if (l && !l.error) out.push(`Latency from \`npm run bench:lsp\` (${l.source}); none of the peers ships a language server that runs here.`, '');
  }

  if (results.bars.length > 0) {
    out.push('### Bars (issue 7)', '');
    out.push(table(['bar', 'target', 'measured', 'holds'], results.bars.map((b) => [b.bar, b.target, b.measured, b.holds === null ? 'not measured' : b.holds ? 'yes' : '**no**'])), '');
  }
  return `${out.join('\n')}\n`;
}

const README_START = '<!-- bench:start (npm run bench -- --readme rewrites this part) -->';
const README_END = '<!-- bench:end -->';

/** Replaces the tables between the markers in README.md's Performance section. */
function updateReadme(markdown: string): void {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) {
    log('README.md has no benchmark markers; left as it is.');
    return;
  }
  // The run's own heading becomes a sentence: the section has its heading already.
  const body = markdown.replace(/^## OnRecord benchmark, (.*)\n/, 'Run of $1.\n');
  writeFileSync(path, `${readme.slice(0, start + README_START.length)}\n\n${body.trim()}\n\n${readme.slice(end)}`);
  log('Updated the Performance tables in README.md.');
}

function bars(results: Results): Results['bars'] {
  const out: Results['bars'] = [];
  const doc = fileResult(results, 'onrecord', 'document');
  if (doc) out.push({ bar: 'core throughput, 100k document (warm)', target: '≥ 500,000 words/s', measured: `${grouped(doc.wordsPerSecond)} words/s`, holds: doc.wordsPerSecond >= 500_000 });
  const l = results.server.latency;
  const lat = l?.pull ?? l?.push;
  if (lat) {
    out.push({ bar: 'keystroke → diagnostics, 10k draft, median', target: '≤ 10 ms', measured: ms(lat.median), holds: lat.median <= 10 });
    out.push({ bar: 'keystroke → diagnostics, 10k draft, p95', target: '≤ 25 ms', measured: ms(lat.p95), holds: lat.p95 <= 25 });
  }
  const base = results.cli.nodeBaseline;
  const cold = results.cli.coldStart.onrecord;
  if (base && cold && !cold.error) out.push({ bar: 'CLI cold start, one article', target: `≤ 1.6 × node -e 0 (${ms(1.6 * base.ms)})`, measured: `${ms(cold.ms)} (${(cold.ms / base.ms).toFixed(2)} ×)`, holds: cold.ms <= 1.6 * base.ms });
  const folder = results.cli.folder.onrecord;
  if (folder && !folder.error) out.push({ bar: `${results.corpus.folderFiles}-article folder, wall`, target: '≤ 2 s', measured: ms(folder.ms), holds: folder.ms <= 2000 });
  const docCli = results.cli.document.onrecord;
  if (docCli?.maxRssKb) out.push({ bar: 'CLI peak RSS, 100k document', target: '≤ 120 MB', measured: mb(docCli.maxRssKb), holds: docCli.maxRssKb <= 120 * 1024 });
  const server = results.server.memory;
  if (server && !server.error) out.push({ bar: 'server peak RSS, 100k document', target: '≤ 120 MB', measured: mb(server.maxRssKb), holds: server.maxRssKb <= 120 * 1024 });
  return out;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
