// One document in, one file report out: plain data in and out, so a run could be spread over
// threads or processes without changing it.
import { analyse, LineIndex, type AnalysisResult, type ConfigLayer } from '../core';
import { readDocument, type DocumentRead } from '../shared/read-document';
import { fixDocument, type FixMode } from './fix-files';
import { collectSecrets, sensitiveFindings } from './redact';
import { locateFindings, type FileReport, type SuppressionEntry } from './report';

export interface AnalysisTask {
  /** Position in the run, so results can be put back in order. */
  index: number;
  display: string;
  /** Absolute path to read; absent when the caller hands over the document itself (stdin). */
  path?: string;
  layers: ConfigLayer[];
  overrides: ConfigLayer[];
  quiet: boolean;
  /** Apply safe fixes: rewrite the file, or only describe the change as a diff. */
  fix?: FixMode;
  /** Collect what `--redact` must keep out of the output. */
  redact?: boolean;
  /** List the document's suppression comments (`--report-suppressions`). */
  suppressions?: boolean;
}

export interface AnalysisOutcome {
  index: number;
  report: FileReport;
  /** Lines for stderr (skipped files, unreadable files, front matter problems), without the prefix. */
  notes: string[];
  /** Something that makes the run exit 2 (unreadable file, bad front matter, internal error). */
  failed: boolean;
  /** `--fix-dry-run`: the unified diff of the safe fixes (empty when none apply). */
  diff?: string;
  /** `--fix`: safe fixes written to the file; `--fix-dry-run`: the fixes the diff makes. */
  fixed?: number;
  /** `--redact`: the texts to keep out of the output. */
  secrets?: string[];

}

export function analyseTask(task: AnalysisTask, document?: DocumentRead): AnalysisOutcome {
  const read = document ?? readDocument(task.path!);
  const { index, display } = task;
  if (read.kind === 'skipped') {
    return { index, report: { path: display, findings: [], skipped: read.reason }, notes: [`${display}: skipped: ${read.reason}`], failed: false };
  }
  if (read.kind === 'error') {
    return { index, report: { path: display, findings: [], error: read.reason }, notes: [`${display}: ${read.reason}`], failed: true };
  }
  try {
    const options = { format: read.format, config: task.layers, overrides: task.overrides };
    let result: AnalysisResult;
    let text = read.text;
    const extra: Partial<AnalysisOutcome> = {};
    const notes: string[] = [];
    if (task.fix && task.path) {
      const fixed = fixDocument(task.path, display, read, options, task.fix);
      result = fixed.result;
      text = fixed.text;
      if (task.fix === 'dry-run') extra.diff = fixed.diff;
      extra.fixed = fixed.applied;
      if (fixed.error) notes.push(`${display}: ${fixed.error}`);
    } else {
      result = analyse(read.text, { ...options, reuse: false });
    }
    const lines = new LineIndex(text);
    for (const problem of result.problems) {
      const message = problem.message.startsWith('front matter') ? problem.message : `front matter: ${problem.message}`;
      if (problem.start === undefined) {
        notes.push(`${display}: ${message}`);
        continue;
      }
      const { line, column } = lines.position(problem.start);
      notes.push(`${display}:${line}:${column}: ${message}`);
    }
    const findings = task.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    const report: FileReport = { path: display, findings: locateFindings(text, findings) };
    if (task.suppressions) {
      // An enable comment ends a suppression; it grants nothing to audit.
      report.suppressions = result.suppressions
        .filter((s) => s.kind !== 'enable')
        .map((s): SuppressionEntry => {
          const { line, column } = lines.position(s.start);
          return { line, column, kind: s.kind, rules: [...s.rules], reason: s.reason ? s.reason : null };
        });
    }
    if (task.redact) {
      extra.secrets = collectSecrets(result.model);
      const sensitive = sensitiveFindings(result.model, findings);
      report.findings.forEach((f, i) => (f.sensitive = sensitive[i]));
    }
    return { index, report, notes, failed: notes.length > 0, ...extra };
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return {
      index,
      report: { path: display, findings: [], error: 'internal error' },
      notes: [`${display}: internal error while checking: ${detail}`],
      failed: true,
    };
  }
}
