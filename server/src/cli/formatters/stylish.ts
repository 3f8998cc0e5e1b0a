// The default human format, after ESLint's: findings grouped by file, aligned columns, a summary.
import picocolors from 'picocolors';
import type { Severity } from '../../core';
import type { Formatter } from './types';

const LABELS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Messages quote the draft; control characters in it must not reach the terminal. */
export function printable(text: string): string {
  // Nearly every message has none: one search (which leaves lastIndex as it was) instead of two
  // replacements per line of output.
  if (text.search(CONTROL) < 0) return text;
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '\uFFFD');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const stylish: Formatter = (report, context) => {
  const c = picocolors.createColors(context.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, information: c.blue, hint: c.dim };
  const out: string[] = [];

  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((f) => ({
      at: `${f.line}:${f.column}`,
      severity: f.severity,
      message: printable(f.message),
      rule: f.rule,
      related: f.related.map((r) => `${r.line}:${r.column}  ${printable(r.message)}`),
    }));
    const atWidth = Math.max(...rows.map((r) => r.at.length));
    const severityWidth = Math.max(...rows.map((r) => LABELS[r.severity].length));
    const messageWidth = Math.max(...rows.map((r) => r.message.length));
    out.push(c.underline(file.path));
    for (const row of rows) {
      const label = LABELS[row.severity];
      out.push(
        `  ${c.dim(row.at.padEnd(atWidth))}  ${paint[row.severity](label)}${' '.repeat(severityWidth - label.length)}  ${row.message.padEnd(messageWidth)}  ${c.dim(row.rule)}`,
      );
      const indent = ' '.repeat(2 + atWidth + 2 + severityWidth + 2);
      for (const related of row.related) out.push(c.dim(`${indent}↳ ${related}`));
    }
    out.push('');
  }

  const { findings, errors, warnings, information, hints } = report.summary;
  if (findings === 0) return out.join('\n');
  const parts = [plural(errors, 'error', 'errors'), plural(warnings, 'warning', 'warnings'), `${information} info`];
  if (hints > 0) parts.push(plural(hints, 'hint', 'hints'));
  const line = `✖ ${plural(findings, 'problem', 'problems')} (${parts.join(', ')})`;
  out.push(errors > 0 ? c.bold(c.red(line)) : warnings > 0 ? c.bold(c.yellow(line)) : c.bold(line));
  return `${out.join('\n')}\n`;
};
