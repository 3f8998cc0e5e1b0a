// One finding per line, `file:line:col: severity rule message`, for grep, editors and the VS Code
// problem matcher (which parses exactly COMPACT_PATTERN).
import type { Severity } from '../../core';
import { printable } from './stylish';
import type { Formatter } from './types';

/** Severity words as problem matchers know them (VS Code: error, warning, info). */
export const COMPACT_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/**
 * Parses a compact line: 1 file, 2 line, 3 column, 4 severity, 5 rule, 6 message. The file is
 * matched lazily so a Windows drive letter ("C:\\drafts\\a.md") stays part of it.
 */
export const COMPACT_PATTERN = /^(.+?):(\d+):(\d+): (error|warning|info|hint) ([a-z0-9]+(?:-[a-z0-9]+)*) (.*)$/;

export const compact: Formatter = (report) => {
  const out: string[] = [];
  for (const file of report.files) {
    const path = printable(file.path);
    for (const f of file.findings) out.push(`${path}:${f.line}:${f.column}: ${COMPACT_SEVERITY[f.severity]} ${f.rule} ${printable(f.message)}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
};
