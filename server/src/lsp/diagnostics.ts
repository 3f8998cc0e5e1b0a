// The adapter: core findings (offsets) to LSP diagnostics (ranges), carrying their fixes as data.
// No analysis happens here.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem, Finding, Fix, Severity, TextEdit as OffsetEdit } from '../core';
import { ruleDocUrl } from './rule-docs';

export const DIAGNOSTIC_SOURCE = 'onrecord';
/** `code` of diagnostics about configuration rather than sourcing. */
export const CONFIG_PROBLEM_CODE = 'config';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What a diagnostic carries for code actions. Offsets are into the document version named here;
 * code actions refuse to edit any other version. The suppression comment is placed by the code
 * action, from `start` and that version's text: spelled out here it was an eighth of every pulled
 * report, sent on each keystroke for an action seldom taken.
 */
export interface DiagnosticData {
  rule: string;
  /** The document version the offsets belong to; null for a file that was not open. */
  version: number | null;
  /** Where the finding starts: "ignore here" comments out the rule on the line above it. */
  start: number;
  fixes: Fix[];
}

export function toDiagnostic(document: TextDocument, finding: Finding, version: number | null): Diagnostic {
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const data: DiagnosticData = { rule: finding.rule, version, start: finding.start, fixes: finding.fixes };
  const diagnostic: Diagnostic = {
    range: range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri: document.uri, range: range(related.start, related.end) },
      message: related.message,
    }));
  }
  return diagnostic;
}

/**
 * `<!-- onrecord-disable-next-line RULE -- [TK: reason] -->` on the line above the finding. When
 * that line belongs to the same paragraph the comment goes at its end, so the paragraph is not
 * split in two (which would change how the copy around it is read).
 */
export function suppressionEdit(text: string, rule: string, offset: number): OffsetEdit {
  const comment = `<!-- onrecord-disable-next-line ${rule} -- [TK: reason] -->`;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (lineStart === 0) return { start: 0, end: 0, text: `${comment}${lineEnding(text)}` };
  const previousEnd = text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
  const previous = text.slice(previousStart, previousEnd).trim();
  // After a blank line, a fence, a rule or front matter delimiter, the comment takes its own line.
  if (previous === '' || /^(?:```|~~~)|^[-=*_\s]+$/.test(previous)) return { start: lineStart, end: lineStart, text: `${comment}${lineEnding(text)}` };
  return { start: previousEnd, end: previousEnd, text: ` ${comment}` };
}

function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** A guard for `data` coming back from a client, which may have dropped or mangled it. */
export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<DiagnosticData>;
  return (
    typeof data.rule === 'string' &&
    (data.version === null || typeof data.version === 'number') &&
    Number.isInteger(data.start) &&
    data.start! >= 0 &&
    Array.isArray(data.fixes) &&
    data.fixes.every(isFix)
  );
}

function isFix(value: unknown): value is Fix {
  const fix = value as Partial<Fix> | null;
  return typeof fix === 'object' && fix !== null && typeof fix.title === 'string' && typeof fix.safe === 'boolean' && Array.isArray(fix.edits) && fix.edits.every(isEdit);
}

function isEdit(value: unknown): value is OffsetEdit {
  const edit = value as Partial<OffsetEdit> | null;
  return typeof edit === 'object' && edit !== null && Number.isInteger(edit.start) && Number.isInteger(edit.end) && typeof edit.text === 'string';
}

/** Problems in a config file or in a draft's front matter, as diagnostics on that file. */
export function problemDiagnostics(document: TextDocument, problems: readonly ConfigProblem[], prefix = ''): Diagnostic[] {
  return problems.map((problem) => {
    const start = problem.start ?? 0;
    const end = problem.end ?? (problem.start === undefined ? 0 : start + 1);
    return {
      range: { start: document.positionAt(start), end: document.positionAt(end) },
      severity: DiagnosticSeverity.Error,
      code: CONFIG_PROBLEM_CODE,
      source: DIAGNOSTIC_SOURCE,
      message: `${prefix}${problem.message}`,
    };
  });
}
