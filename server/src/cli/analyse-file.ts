// One document in, one file report out. Runs on the main thread or in a worker (pool.ts), so its
// input and output are plain data that survive structured cloning.
import { analyse, LineIndex, type ConfigLayer } from '../core';
import { readDocument, type DocumentRead } from '../shared/read-document';
import { locateFindings, type FileReport } from './report';

export interface AnalysisTask {
  /** Position in the run, so results can be put back in order. */
  index: number;
  display: string;
  /** Absolute path to read; absent when the caller hands over the document itself (stdin). */
  path?: string;
  layers: ConfigLayer[];
  overrides: ConfigLayer[];
  quiet: boolean;
}

export interface AnalysisOutcome {
  index: number;
  report: FileReport;
  /** Lines for stderr (skipped files, unreadable files, front matter problems), without the prefix. */
  notes: string[];
  /** Something that makes the run exit 2 (unreadable file, bad front matter, internal error). */
  failed: boolean;
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
    const result = analyse(read.text, { format: read.format, config: task.layers, overrides: task.overrides });
    const notes = result.problems.map((problem) => {
      const message = problem.message.startsWith('front matter') ? problem.message : `front matter: ${problem.message}`;
      if (problem.start === undefined) return `${display}: ${message}`;
      const { line, column } = new LineIndex(read.text).position(problem.start);
      return `${display}:${line}:${column}: ${message}`;
    });
    const findings = task.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    return { index, report: { path: display, findings: locateFindings(read.text, findings) }, notes, failed: notes.length > 0 };
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
