// The `onrecord` command line: argument parsing and the check and rules commands. Everything the
// process gives (arguments, folder, streams, environment) comes in through `CliEnvironment`, so
// the whole CLI runs in memory in tests and `bin.ts` is three lines.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyse, buildLedger, PRESET_NAMES, RULE_METAS, STAGES, type ConfigLayer, type RuleMeta, type SeverityOrOff, type Stage } from '../core';
import { CONFIG_FILE_NAMES, ConfigResolver, ignoredByConfig, type ConfigFile, type ConfigFileProblem, type DocumentConfig } from '../shared/config-files';
import { decodeDocument, formatForPath, ioReason, MAX_DOCUMENT_BYTES, readDocument, type DocumentRead } from '../shared/read-document';
import { analyseTask, type AnalysisTask } from './analyse-file';
import { applyBaseline, buildBaseline, fingerprintFile, readBaseline, serialiseBaseline } from './baseline';
import { collectFiles, type DraftFile } from './files';
import { FORMAT_NAMES, FORMATTERS } from './formatters';
import { CHECK_HELP, INIT_HELP, MAIN_HELP, RULES_HELP, SOURCES_HELP } from './help';
import { INIT_FILE_NAME, initConfigText } from './init';
import { analyseAll } from './pool';
import { startProgress } from './progress';
import { collectSecrets, redactFile, redactLedger } from './redact';
import { summarise, type CheckReport, type FileReport } from './report';
import { renderSources, SOURCES_FORMATS, type SourcesFormat } from './sources-report';
import { reportSuppressions, SUPPRESSION_FORMATS, type SuppressionFormat } from './suppressions-report';
import { RULES_FORMATS, rulesJson, rulesMarkdownTable, rulesTextTable, type RulesFormat } from './rules-table';
import { VERSION } from './version';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliEnvironment {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutputStream;
  stderr: OutputStream;
  readStdin(): Promise<Uint8Array>;
  /** The script an analysis worker thread runs (the CLI launcher); absent: one thread only. */
  workerScript?: string;
  /**
   * Called once before analysis with the size of what is to be analysed, so the process can tune
   * the JavaScript engine for a short or a long run (run.ts).
   */
  beforeAnalysis?: (size: RunSize) => void;
}

export interface RunSize {
  /** Bytes of all the documents. */
  total: number;
  /** Bytes of the biggest one. */
  largest: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** A mistake in how the command was called: reported on stderr with exit code 2. */
class UsageError extends Error {}

const SEVERITY_WORDS: Record<string, SeverityOrOff> = {
  off: 'off',
  hint: 'hint',
  info: 'information',
  information: 'information',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
};

/** Runs one command line and resolves to the exit code. Never throws for user mistakes. */
export async function main(argv: readonly string[], env: CliEnvironment): Promise<number> {
  const say = (text: string) => env.stderr.write(`onrecord: ${text}\n`);
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
        env.stdout.write(MAIN_HELP);
        return EXIT_OK;
      case '-v':
      case '--version':
        env.stdout.write(`${VERSION}\n`);
        return EXIT_OK;
      case 'help': {
        const topics: Record<string, string> = { check: CHECK_HELP, rules: RULES_HELP, sources: SOURCES_HELP, init: INIT_HELP };
        env.stdout.write(topics[rest[0] ?? ''] ?? MAIN_HELP);
        return EXIT_OK;
      }
      case 'check':
        return await check(rest, env);
      case 'rules':
        return rules(rest, env);
      case 'sources':
        return sources(rest, env);
      case 'init':
        return init(rest, env);
      default:
        throw new UsageError(
          command.startsWith('-')
            ? `unknown option ${command} (run "onrecord --help")`
            : `unknown command "${command}" (commands: check, sources, rules, init, help; to lint it, run "onrecord check ${command}")`,
        );
    }
  } catch (error) {
    if (error instanceof UsageError) {
      say(error.message);
      return EXIT_ERROR;
    }
    say(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT_ERROR;
  }
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T, command: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = /'([^']+)'/.exec(message)?.[1] ?? message;
      throw new UsageError(`unknown option ${name} (run "onrecord ${command} --help")`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`${message.replace(/^Option '([^']+?)(?: <value>)?' argument missing$/, 'option $1 needs a value').replace(/\.$/, '')}`);
    }
    throw new UsageError(message);
  }
}

function useColor(stream: OutputStream, env: CliEnvironment, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.env.NO_COLOR !== undefined && env.env.NO_COLOR !== '') return false;
  if (env.env.FORCE_COLOR !== undefined && env.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.env.TERM !== 'dumb';
}

// ---------------------------------------------------------------------------
// onrecord rules

function rules(args: readonly string[], env: CliEnvironment): number {
  const { values, positionals } = parse(
    args,
    { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } },
    'rules',
  );
  if (values.help) {
    env.stdout.write(RULES_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`rules takes no arguments (got "${positionals[0]}")`);
  const format = (values.format ?? 'table') as RulesFormat;
  if (!RULES_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" for rules (formats: ${RULES_FORMATS.join(', ')})`);
  const color = useColor(env.stdout, env, values['no-color'] ? false : values.color);
  const text =
    format === 'json' ? rulesJson(RULE_METAS, VERSION) : format === 'markdown' ? `${rulesMarkdownTable(RULE_METAS)}\n` : rulesTextTable(RULE_METAS, color);
  env.stdout.write(text);
  return EXIT_OK;
}

// ---------------------------------------------------------------------------
// onrecord check

const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  stage: { type: 'string' },
  preset: { type: 'string' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  redact: { type: 'boolean' },
  'report-suppressions': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface CheckOptions {
  format: string;
  output?: string;
  overrides: ConfigLayer[];
  config: { mode: 'discover' } | { mode: 'file'; path: string } | { mode: 'none' };
  maxWarnings: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  color?: boolean;
  paths: string[];
  fix?: 'write' | 'dry-run';
  baseline?: string;
  writeBaseline?: string;
  redact: boolean;
  reportSuppressions: boolean;
  /** Threads for analysis, the main one included. */
  jobs: number | 'auto';
}

function checkOptions(args: readonly string[]): CheckOptions | 'help' {
  const { values, positionals } = parse(args, CHECK_OPTIONS, 'check');
  if (values.help) return 'help';

  const format = values.format ?? 'stylish';
  if (!FORMATTERS[format]) throw new UsageError(`unknown format "${format}" (formats: ${FORMAT_NAMES.join(', ')})`);

  const override: ConfigLayer = {};
  if (values.preset !== undefined) {
    const name = values.preset.includes(':') ? values.preset : `onrecord:${values.preset}`;
    if (!(PRESET_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`unknown preset "${values.preset}" (presets: ${PRESET_NAMES.map((p) => p.replace(/^onrecord:/, '')).join(', ')})`);
    }
    override.extends = [name];
  }
  if (values.stage !== undefined) {
    if (!STAGES.includes(values.stage as Stage)) throw new UsageError(`unknown stage "${values.stage}" (stages: ${STAGES.join(', ')})`);
    override.stage = values.stage as Stage;
  }
  for (const setting of values.rule ?? []) {
    const eq = setting.indexOf('=');
    if (eq <= 0) throw new UsageError(`--rule needs ID=SEVERITY (got "${setting}")`);
    const id = setting.slice(0, eq).trim();
    const word = setting.slice(eq + 1).trim().toLowerCase();
    if (!RULE_METAS.some((m: RuleMeta) => m.id === id)) throw new UsageError(`unknown rule "${id}" in --rule (run "onrecord rules" for the list)`);
    const severity = SEVERITY_WORDS[word];
    if (!severity) throw new UsageError(`unknown severity "${word}" for rule "${id}" (severities: off, hint, info, warning, error)`);
    (override.rules ??= {})[id] = severity;
  }

  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  const config: CheckOptions['config'] =
    values.config !== undefined ? { mode: 'file', path: values.config } : values['no-config'] ? { mode: 'none' } : { mode: 'discover' };

  let maxWarnings = Number.POSITIVE_INFINITY;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'].trim();
    // -1 means no limit, as in ESLint.
    if (raw === '-1') maxWarnings = Number.POSITIVE_INFINITY;
    else if (/^\d+$/.test(raw)) maxWarnings = Number(raw);
    else throw new UsageError(`--max-warnings needs a whole number (got "${values['max-warnings']}")`);
  }

  if (values.stdin && positionals.length > 0) throw new UsageError('--stdin reads one draft from standard input; give no paths with it');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename only makes sense with --stdin');

  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined;
  if (fix && values.stdin) throw new UsageError(`--${fix === 'write' ? 'fix' : 'fix-dry-run'} works on files; it cannot be used with --stdin`);
  // A diff shows the draft itself, which is exactly what --redact promises to keep out.
  if (fix === 'dry-run' && values.redact) throw new UsageError('--fix-dry-run prints the draft text as a diff, so it cannot be used with --redact');
  if (values.baseline !== undefined && values['write-baseline'] !== undefined) throw new UsageError('--baseline and --write-baseline cannot be used together');
  if (values['write-baseline'] !== undefined && fix) throw new UsageError('--write-baseline records findings as they are; run --fix first, then write the baseline');
  if (values['report-suppressions']) {
    if (!(SUPPRESSION_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--report-suppressions prints in ${SUPPRESSION_FORMATS.join(', ')} (got "${format}")`);
    }
    if (fix || values['write-baseline'] !== undefined) throw new UsageError('--report-suppressions is an audit: it cannot be combined with --fix or --write-baseline');
  }

  let jobs: CheckOptions['jobs'] = 'auto';
  if (values.jobs !== undefined && values.jobs.trim() !== 'auto') {
    const raw = values.jobs.trim();
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`--jobs needs a whole number of at least 1, or auto (got "${values.jobs}")`);
    jobs = Number(raw);
  }

  return {
    format,
    output: values.output,
    overrides: Object.keys(override).length > 0 ? [override] : [],
    config,
    maxWarnings,
    quiet: values.quiet === true,
    stdin: values.stdin === true,
    stdinFilename: values['stdin-filename'],
    color: values['no-color'] ? false : values.color,
    paths: positionals,
    fix,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    redact: values.redact === true,
    reportSuppressions: values['report-suppressions'] === true,
    jobs,
  };
}

/** One document to check, however it arrived. */
interface Job {
  display: string;
  /** Where config discovery starts and the path `ignore` globs are matched against. */
  absolute: string;
  explicit: boolean;
  /** For stdin: the document is already in memory. Files are read by the thread analysing them. */
  read?: () => DocumentRead;
  /** For stdin: its size. */
  bytes?: number;
}

async function check(args: readonly string[], env: CliEnvironment): Promise<number> {
  const options = checkOptions(args);
  if (options === 'help') {
    env.stdout.write(CHECK_HELP);
    return EXIT_OK;
  }
  const say = (text: string) => env.stderr.write(`onrecord: ${text}\n`);
  let failed = false;

  // 1. What to check.
  let jobs: Job[];
  if (options.stdin) {
    const bytes = await env.readStdin();
    const name = options.stdinFilename;
    const read = (): DocumentRead =>
      bytes.length > MAX_DOCUMENT_BYTES
        ? { kind: 'skipped', reason: 'too large to check (more than 10 MB)' }
        : decodeDocument(bytes, name ? formatForPath(name) : 'plaintext');
    jobs = [{ display: name ?? '<stdin>', absolute: resolve(env.cwd, name ?? 'stdin'), explicit: true, read, bytes: bytes.length }];
  } else {
    const collected = collectFiles(options.paths, env.cwd);
    if (collected.errors.length > 0) {
      for (const e of collected.errors) say(`${e.path}: ${e.message}`);
      return EXIT_ERROR;
    }
    for (const note of collected.notes) say(note);
    jobs = collected.files.map((file: DraftFile) => ({ display: file.display, absolute: file.absolute, explicit: file.explicit }));
  }

  // 2. Configuration for each, and its problems, before any analysis: a broken config must not
  // produce a report that looks like a verdict.
  const resolver = new ConfigResolver(RULE_METAS);
  const none: DocumentConfig = { files: [], layers: [] };
  const fixed = options.config.mode === 'file' ? resolver.loadFile(resolve(env.cwd, options.config.path)) : undefined;
  const configFor = (job: Job): DocumentConfig =>
    fixed ? { files: [fixed], layers: [fixed.layer] } : options.config.mode === 'none' ? none : resolver.forDocument(job.absolute);
  const broken = new Set<ConfigFile>();
  if (fixed && fixed.problems.length > 0) broken.add(fixed);
  const planned: { job: Job; config: DocumentConfig }[] = [];
  for (const job of jobs) {
    const config = configFor(job);
    for (const file of config.files) if (file.problems.length > 0) broken.add(file);
    const ignoredBy = ignoredByConfig(config, job.absolute);
    if (ignoredBy) {
      if (job.explicit) say(`${job.display}: ignored by the "ignore" setting of ${displayPath(ignoredBy.path, env.cwd)}`);
      continue;
    }
    planned.push({ job, config });
  }
  if (broken.size > 0) {
    for (const file of broken) for (const problem of file.problems) say(locatedProblem(problem, env.cwd));
    return EXIT_ERROR;
  }
  let baseline;
  if (options.baseline !== undefined) {
    try {
      baseline = readBaseline(resolve(env.cwd, options.baseline));
    } catch (error) {
      say(`${options.baseline}: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_ERROR;
    }
  }

  // 3. Analysis: each file is read once, by the thread that analyses it.
  const tasks: AnalysisTask[] = planned.map(({ job, config }, index) => ({
    index,
    display: job.display,
    path: job.read ? undefined : job.absolute,
    layers: config.layers,
    overrides: options.overrides,
    quiet: options.quiet,
    ...(options.fix ? { fix: options.fix } : {}),
    ...(options.redact ? { redact: true } : {}),
    ...(options.reportSuppressions ? { suppressions: true } : {}),
  }));
  // Standard input is one document, already in memory; files may be spread over threads.
  const stdinDocument = planned.find(({ job }) => job.read)?.job.read;
  const bytes = planned.map(({ job }) => (job.bytes !== undefined ? job.bytes : fileSize(job.absolute)));
  env.beforeAnalysis?.({ total: bytes.reduce((sum, size) => sum + size, 0), largest: bytes.reduce((most, size) => Math.max(most, size), 0) });
  const progress = startProgress(env.stderr, tasks.length, env.env);
  const outcomes = stdinDocument
    ? [analyseTask(tasks[0], stdinDocument())]
    : await analyseAll(tasks, { workerScript: env.workerScript, threads: options.jobs, bytes, onProgress: (started) => progress.update(started) });
  progress.stop();
  let reports: FileReport[] = [];
  const diffs: string[] = [];
  let fixedFindings = 0;
  let fixedFiles = 0;
  // Fingerprints (a hash per finding) only matter to baselines and SARIF.
  const fingerprints = options.baseline !== undefined || options.writeBaseline !== undefined || options.format === 'sarif';
  for (const outcome of outcomes) {
    for (const note of outcome.notes) say(note);
    if (outcome.failed) failed = true;
    if (fingerprints) fingerprintFile(outcome.report);
    reports.push(outcome.report);
    if (outcome.diff) diffs.push(outcome.diff);
    if (outcome.fixed) {
      fixedFindings += outcome.fixed;
      fixedFiles++;
    }
  }
  if (options.fix && fixedFiles > 0) {
    const what = `${fixedFindings} ${fixedFindings === 1 ? 'problem' : 'problems'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}`;
    say(options.fix === 'write' ? `fixed ${what}` : `the diff fixes ${what}; run with --fix to apply it`);
  }

  // 4. Baseline: record today's findings, or hide the ones recorded.
  if (options.writeBaseline !== undefined) {
    const data = buildBaseline(reports, env.cwd, options.writeBaseline);
    const count = Object.values(data.files).reduce((n, entries) => n + entries.length, 0);
    try {
      writeReportFile(resolve(env.cwd, options.writeBaseline), serialiseBaseline(data));
    } catch (error) {
      say(`${options.writeBaseline}: cannot write the baseline: ${ioReason(error)}`);
      return EXIT_ERROR;
    }
    const files = Object.keys(data.files).length;
    say(`wrote ${count} ${count === 1 ? 'finding' : 'findings'} in ${files} ${files === 1 ? 'file' : 'files'} to ${options.writeBaseline}`);
    return failed ? EXIT_ERROR : EXIT_OK;
  }
  if (baseline) {
    const known = applyBaseline(reports, baseline, env.cwd, options.baseline!);
    if (known > 0 && !options.quiet) say(`${known} known ${known === 1 ? 'finding' : 'findings'} in ${options.baseline} not reported`);
  }

  // 5. Redaction, in one place, before any formatter sees the findings.
  if (options.redact) reports = reports.map((file, i) => redactFile(file, outcomes[i].secrets ?? []));

  // 6. Report and verdict.
  const report: CheckReport = { files: reports, summary: summarise(reports) };
  const toFile = options.output !== undefined;
  const color = toFile ? options.color === true : useColor(env.stdout, env, options.color);
  const context = { color, version: VERSION, cwd: env.cwd };
  const text = options.reportSuppressions
    ? reportSuppressions(reports, options.format as SuppressionFormat, context)
    : FORMATTERS[options.format](report, context);
  if (toFile) {
    try {
      writeReportFile(resolve(env.cwd, options.output!), text);
    } catch (error) {
      say(`${options.output}: cannot write the report: ${ioReason(error)}`);
      return EXIT_ERROR;
    }
  }
  // --fix-dry-run: stdout is the diff, a patch `git apply` or `patch -p1` takes as it is.
  if (options.fix === 'dry-run') env.stdout.write(diffs.join(''));
  else if (!toFile && text) env.stdout.write(text);

  if (failed) return EXIT_ERROR;
  if (options.reportSuppressions) return EXIT_OK;
  const { errors, warnings } = report.summary;
  if (errors > 0) return EXIT_FINDINGS;
  if (warnings > options.maxWarnings) {
    say(`${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

// ---------------------------------------------------------------------------
// onrecord sources

function sources(args: readonly string[], env: CliEnvironment): number {
  const { values, positionals } = parse(
    args,
    {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      'no-config': { type: 'boolean' },
      redact: { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'sources',
  );
  if (values.help) {
    env.stdout.write(SOURCES_HELP);
    return EXIT_OK;
  }
  const format = (values.format ?? 'table') as SourcesFormat;
  if (!SOURCES_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" for sources (formats: ${SOURCES_FORMATS.join(', ')})`);
  if (positionals.length !== 1) throw new UsageError(`sources takes one draft (got ${positionals.length}); run "onrecord sources --help"`);
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  // The page shows the draft itself, which is exactly what --redact promises to keep out.
  if (values.redact && format === 'html') throw new UsageError('--format html shows the draft itself, so it cannot be used with --redact');
  const say = (text: string) => env.stderr.write(`onrecord: ${text}\n`);
  const given = positionals[0];
  const absolute = resolve(env.cwd, given);

  const resolver = new ConfigResolver(RULE_METAS);
  const config: DocumentConfig =
    values.config !== undefined
      ? (() => {
          const file = resolver.loadFile(resolve(env.cwd, values.config));
          return { files: [file], layers: [file.layer] };
        })()
      : values['no-config']
        ? { files: [], layers: [] }
        : resolver.forDocument(absolute);
  const problems = config.files.flatMap((file) => file.problems);
  if (problems.length > 0) {
    for (const problem of problems) say(locatedProblem(problem, env.cwd));
    return EXIT_ERROR;
  }
  const read = readDocument(absolute);
  if (read.kind !== 'text') {
    say(`${given}: ${read.reason}`);
    return EXIT_ERROR;
  }
  env.beforeAnalysis?.({ total: read.text.length, largest: read.text.length });
  const result = analyse(read.text, { format: read.format, config: config.layers, reuse: false });
  const toFile = values.output !== undefined;
  const color = toFile ? false : useColor(env.stdout, env, values['no-color'] ? false : values.color);
  const ledger = values.redact ? redactLedger(buildLedger(result.model), collectSecrets(result.model)) : buildLedger(result.model);
  const text = renderSources({ path: given, text: read.text, ledger, version: VERSION }, format, color);
  if (toFile) {
    try {
      writeReportFile(resolve(env.cwd, values.output!), text);
    } catch (error) {
      say(`${values.output}: cannot write the report: ${ioReason(error)}`);
      return EXIT_ERROR;
    }
  } else {
    env.stdout.write(text);
  }
  return EXIT_OK;
}

// ---------------------------------------------------------------------------
// onrecord init

function init(args: readonly string[], env: CliEnvironment): number {
  const { values, positionals } = parse(args, { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'init');
  if (values.help) {
    env.stdout.write(INIT_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError('init takes at most one folder');
  const folder = resolve(env.cwd, positionals[0] ?? '.');
  const target = join(folder, INIT_FILE_NAME);
  const existing = CONFIG_FILE_NAMES.map((name) => join(folder, name)).find((path) => existsSync(path));
  if (existing && !values.force) {
    env.stderr.write(`onrecord: ${displayPath(existing, env.cwd)} already exists; not overwritten (use --force to replace it)\n`);
    return EXIT_ERROR;
  }
  try {
    writeFileSync(target, initConfigText());
  } catch (error) {
    env.stderr.write(`onrecord: ${displayPath(target, env.cwd)}: cannot write: ${ioReason(error)}\n`);
    return EXIT_ERROR;
  }
  env.stdout.write(`wrote ${displayPath(target, env.cwd)}\n`);
  return EXIT_OK;
}

/** A file's size in bytes; 0 when it cannot be read (the analysis reports why). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Reports and baselines may go to a folder that does not exist yet (`reports/onrecord.sarif`). */
function writeReportFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Config files are named relative to the current folder when inside it, else absolutely. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}

function locatedProblem(problem: ConfigFileProblem, cwd: string): string {
  const where = problem.line !== undefined ? `:${problem.line}:${problem.column}` : '';
  return `${displayPath(problem.file, cwd)}${where}: ${problem.message}`;
}
