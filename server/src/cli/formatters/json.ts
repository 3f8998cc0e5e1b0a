// The JSON contract of DESIGN section 7; evaluation tools consume it, so keys are exactly these.
import type { Formatter } from './types';

export const json: Formatter = (report, context) => {
  const out = {
    tool: 'onrecord',
    version: context.version,
    files: report.files.map((file) => ({
      path: file.path,
      findings: file.findings.map((f) => ({
        rule: f.rule,
        family: f.family,
        severity: f.severity,
        message: f.message,
        start: f.start,
        end: f.end,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        fixes: f.fixes.map((fix) => ({
          title: fix.title,
          safe: fix.safe,
          edits: fix.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })),
        })),
      })),
      // Only on files that were not analysed, so a consumer can tell them from clean ones.
      ...(file.skipped !== undefined ? { skipped: file.skipped } : {}),
      ...(file.error !== undefined ? { error: file.error } : {}),
    })),
    summary: report.summary,
  };
  return `${JSON.stringify(out)}\n`;
};
