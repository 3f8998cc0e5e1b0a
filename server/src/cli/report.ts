// The results of a `check` run, with lines and columns added: what every formatter receives.
// Offsets stay the truth (DESIGN section 7); lines and columns are computed here, at the edge.
import { LineIndex, type Finding, type Fix, type RelatedLocation, type Severity, type TextEdit } from '../core';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like the offsets. */
  column: number;
  endLine: number;
  endColumn: number;
}

export type LocatedRelated = RelatedLocation & Position;
export type LocatedEdit = TextEdit & Position;
export interface LocatedFix extends Fix {
  edits: LocatedEdit[];
}

export interface LocatedFinding extends Position {
  rule: string;
  family: Finding['family'];
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: LocatedFix[];
  related: LocatedRelated[];
  /** The flagged text as written (for SARIF snippets and baseline fingerprints). */
  snippet: string;
  /** Stable identity across runs when lines move (baseline.ts); set on the main thread. */
  fingerprint?: string;
  /** `--redact`: the finding points at an unnamed source or into a quotation. */
  sensitive?: boolean;
}

/** An `onrecord-disable…` comment, for `--report-suppressions`. */
export interface SuppressionEntry {
  line: number;
  column: number;
  kind: string;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason: string | null;
}

export interface FileReport {
  /** Exactly as given on the command line, or the given folder joined with the file under it. */
  path: string;
  findings: LocatedFinding[];
  /** Why the file was not analysed (binary, too large); not an error. */
  skipped?: string;
  /** Why the file could not be read (invalid UTF-8, I/O); makes the run exit 2. */
  error?: string;
  /** Only when asked for (`--report-suppressions`). */
  suppressions?: SuppressionEntry[];
}

export interface Summary {
  files: number;
  findings: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

export interface CheckReport {
  files: FileReport[];
  summary: Summary;
}

/** Adds 1-based lines and columns to findings, computed from one line index per document. */
export function locateFindings(text: string, findings: readonly Finding[]): LocatedFinding[] {
  if (findings.length === 0) return [];
  const lines = new LineIndex(text);
  const locate = (start: number, end: number): Position => {
    const from = lines.position(start);
    const to = lines.position(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  return findings.map((f) => ({
    rule: f.rule,
    family: f.family,
    severity: f.severity,
    message: f.message,
    start: f.start,
    end: f.end,
    ...locate(f.start, f.end),
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, ...locate(e.start, e.end) })) })),
    related: (f.related ?? []).map((r) => ({ ...r, ...locate(r.start, r.end) })),
    snippet: text.slice(f.start, f.end),
  }));
}

export function summarise(files: readonly FileReport[]): Summary {
  const summary: Summary = { files: files.length, findings: 0, errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const file of files) {
    for (const finding of file.findings) {
      summary.findings++;
      switch (finding.severity) {
        case 'error':
          summary.errors++;
          break;
        case 'warning':
          summary.warnings++;
          break;
        case 'information':
          summary.information++;
          break;
        case 'hint':
          summary.hints++;
          break;
      }
    }
  }
  return summary;
}
