// `check --report-suppressions`: every `onrecord-disable…` comment with its reason, file and
// line, so a standards editor can audit the exceptions a desk has granted itself.
import picocolors from 'picocolors';
import { printable } from './formatters/stylish';
import type { FileReport } from './report';

export const SUPPRESSION_FORMATS = ['stylish', 'compact', 'json'] as const;
export type SuppressionFormat = (typeof SUPPRESSION_FORMATS)[number];

const NO_REASON = '(no reason given)';

function rulesText(rules: readonly string[]): string {
  return rules.length > 0 ? rules.join(', ') : 'all rules';
}

export function reportSuppressions(files: readonly FileReport[], format: SuppressionFormat, context: { color: boolean; version: string }): string {
  const withEntries = files.filter((f) => (f.suppressions?.length ?? 0) > 0);
  const all = withEntries.flatMap((f) => f.suppressions!.map((s) => ({ path: f.path, ...s })));
  const missing = all.filter((s) => s.reason === null).length;
  if (format === 'json') {
    return `${JSON.stringify({
      tool: 'onrecord',
      version: context.version,
      suppressions: all.map((s) => ({ path: s.path, line: s.line, column: s.column, kind: s.kind, rules: s.rules, reason: s.reason })),
      summary: { files: files.length, suppressions: all.length, withoutReason: missing },
    })}\n`;
  }
  if (format === 'compact') {
    return all
      .map((s) => `${printable(s.path)}:${s.line}:${s.column}: suppression onrecord-${s.kind} ${rulesText(s.rules)} -- ${printable(s.reason ?? NO_REASON)}\n`)
      .join('');
  }
  const c = picocolors.createColors(context.color);
  const out: string[] = [];
  for (const file of withEntries) {
    const rows = file.suppressions!.map((s) => ({ at: `${s.line}:${s.column}`, kind: `onrecord-${s.kind}`, rules: rulesText(s.rules), reason: s.reason }));
    const w = (pick: (r: (typeof rows)[number]) => string) => Math.max(...rows.map((r) => pick(r).length));
    const [atW, kindW, rulesW] = [w((r) => r.at), w((r) => r.kind), w((r) => r.rules)];
    out.push(c.underline(file.path));
    for (const r of rows) {
      const reason = r.reason === null ? c.yellow(NO_REASON) : printable(r.reason);
      out.push(`  ${c.dim(r.at.padEnd(atW))}  ${r.kind.padEnd(kindW)}  ${r.rules.padEnd(rulesW)}  ${reason}`);
    }
    out.push('');
  }
  const fileCount = withEntries.length;
  out.push(
    all.length === 0
      ? 'No suppressions.'
      : `${all.length} ${all.length === 1 ? 'suppression' : 'suppressions'} in ${fileCount} ${fileCount === 1 ? 'file' : 'files'}, ${missing} without a reason`,
  );
  return `${out.join('\n')}\n`;
}
