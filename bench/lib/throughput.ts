// In-process throughput of one linter over the benchmark drafts, run in a child process of its own
// so that no linter's heap or JIT state colours another's figures. Prints one JSON object.
//
//   node --import tsx bench/lib/throughput.ts TOOL '{"files":[...],"runs":7,"budgetMs":20000}'
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countWords } from '../corpus';
import { median } from './stats';

export interface ThroughputRequest {
  files: string[];
  /** Timed runs per file, at most. */
  runs: number;
  /** Stop adding runs for a file once this much time has gone into it (at least one run). */
  budgetMs: number;
  /** A small draft run a few times first, so every tool is measured warm. */
  warmup: string;
}

export interface StageTimes {
  parse: number;
  sentencesAndQuotes: number;
  attribution: number;
  rules: number;
}

export interface FileThroughput {
  file: string;
  words: number;
  runs: number;
  /** Median milliseconds for one whole pass over the file. */
  ms: number;
  wordsPerSecond: number;
  /** OnRecord only: median milliseconds per stage (attribution and rules by difference). */
  stages?: StageTimes;
}

type Lint = (text: string, file: string) => unknown | Promise<unknown>;

const BENCH = resolve(__dirname, '..');

/**
 * Drops what OnRecord keeps from one analysis to speed up the next one of an edited draft: parse
 * trees, lexicon matches, and the readings of sentences (repeated sentences within one draft are
 * still read once, as in any first check).
 */
async function forgetter(): Promise<() => void> {
  const { forgetParses } = await import('../../server/src/core/prose/markdown');
  const { forgetEarlierDocuments } = await import('../../server/src/core/lexicon/matcher');
  const { forgetSentenceMemos } = await import('../../server/src/core/attribution/memo');
  return () => {
    forgetParses();
    forgetEarlierDocuments();
    forgetSentenceMemos();
  };
}

/** Each tool as its own API documents it, with its English prose rules. */
async function linterFor(tool: string): Promise<Lint> {
  switch (tool) {
    case 'onrecord': {
      const { analyse } = await import('../../server/src/core');
      const forget = await forgetter();
      // Every pass starts from nothing: re-checking the same text would otherwise reuse the last
      // parse tree and lexicon matches, which is what the language server gains, not a first check.
      return (text) => {
        forget();
        return analyse(text, { format: 'markdown' });
      };
    }
    case 'write-good': {
      const writeGood = (await import('write-good')).default as (text: string) => unknown[];
      return (text) => writeGood(text);
    }
    case 'alex': {
      const alex = await import('alex');
      return (text) => alex.markdown(text);
    }
    case 'markdownlint': {
      const { lint } = await import('markdownlint/sync');
      return (text) => lint({ strings: { draft: text } });
    }
    case 'textlint': {
      const { createLinter, loadTextlintrc } = await import('textlint');
      const linter = createLinter({ descriptor: await loadTextlintrc({ configFilePath: resolve(BENCH, '.textlintrc.json'), node_modulesDir: resolve(BENCH, 'node_modules') }) });
      return (text, file) => linter.lintText(text, file);
    }
    case 'harper.js': {
      const { LocalLinter } = await import('harper.js');
      const { binary } = await import('harper.js/binary');
      const linter = new LocalLinter({ binary });
      await linter.setup();
      return (text) => linter.lint(text, { language: 'markdown' });
    }
    default:
      throw new Error(`unknown tool ${tool}`);
  }
}

/** Stage-by-stage passes per draft: at least the timed runs, up to this many within STAGE_BUDGET_MS. */
const STAGE_PASSES = 60;
const STAGE_BUDGET_MS = 5_000;

/** OnRecord's pipeline stage by stage, each timed on its own (see README, Performance). */
async function onRecordStages(): Promise<(text: string) => { parse: number; sentencesAndQuotes: number; model: number; total: number }> {
  const core = await import('../../server/src/core');
  const { segmentMarkdown } = await import('../../server/src/core/prose/markdown');
  const { findQuotes } = await import('../../server/src/core/prose/quotes');
  const { splitSentences } = await import('../../server/src/core/prose/sentences');
  const { buildModel } = await import('../../server/src/core/attribution/model');
  const { beginDocument } = await import('../../server/src/core/lexicon/matcher');
  const forget = await forgetter();
  const config = core.resolveConfig([], core.RULE_METAS);
  return (text) => {
    forget();
    let t = performance.now();
    const prose = segmentMarkdown(text);
    const parse = performance.now() - t;
    t = performance.now();
    splitSentences(prose.masked, prose.blocks, findQuotes(prose.masked, prose.blocks));
    const sentencesAndQuotes = performance.now() - t;
    forget();
    t = performance.now();
    beginDocument();
    buildModel(text, 'markdown', () => ({ config, problems: [] }));
    const model = performance.now() - t;
    forget();
    t = performance.now();
    core.analyse(text, { format: 'markdown' });
    const total = performance.now() - t;
    return { parse, sentencesAndQuotes, model, total };
  };
}

async function main(): Promise<void> {
  const tool = process.argv[2];
  const request = JSON.parse(process.argv[3]) as ThroughputRequest;
  const lint = await linterFor(tool);
  const stages = tool === 'onrecord' ? await onRecordStages() : null;
  const warm = readFileSync(request.warmup, 'utf8');
  for (let i = 0; i < 3; i++) await lint(warm, request.warmup);

  const results: FileThroughput[] = [];
  for (const file of request.files) {
    const text = readFileSync(file, 'utf8');
    const words = countWords(text);
    const times: number[] = [];
    const perStage: Array<ReturnType<Awaited<ReturnType<typeof onRecordStages>>>> = [];
    const began = performance.now();
    // One untimed pass on the file itself when it is quick, so its own code paths are warm too.
    let t = performance.now();
    await lint(text, file);
    if (performance.now() - t > request.budgetMs / 4) times.push(performance.now() - t);
    while (times.length < request.runs && (times.length === 0 || performance.now() - began < request.budgetMs)) {
      t = performance.now();
      await lint(text, file);
      times.push(performance.now() - t);
      if (stages) perStage.push(stages(text));
    }
    // The stages of a short draft take a few milliseconds each, where a busy machine's noise is
    // as large as a stage: more passes, within a few seconds.
    const stagesBegan = performance.now();
    while (stages && perStage.length < STAGE_PASSES && performance.now() - stagesBegan < STAGE_BUDGET_MS) perStage.push(stages(text));
    const ms = median(times);
    const result: FileThroughput = { file, words, runs: times.length, ms, wordsPerSecond: words / (ms / 1000) };
    if (stages && perStage.length > 0) {
      // Attribution and rules by difference within each pass (the model, then the whole analysis,
      // of the same text one after the other), then the median of those differences.
      result.stages = {
        parse: median(perStage.map((s) => s.parse)),
        sentencesAndQuotes: median(perStage.map((s) => s.sentencesAndQuotes)),
        attribution: Math.max(0, median(perStage.map((s) => s.model - s.parse - s.sentencesAndQuotes))),
        rules: Math.max(0, median(perStage.map((s) => s.total - s.model))),
      };
    }
    results.push(result);
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
