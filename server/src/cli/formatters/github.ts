// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Severity } from '../../core';
import { posixRelative } from './paths';
import type { Formatter } from './types';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** The message part: the runner decodes %25, %0D and %0A. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also end at ',' and the properties at '::'. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (report, context) => {
  const out: string[] = [];
  for (const file of report.files) {
    const path = escapeProperty(posixRelative(file.path, context.cwd));
    for (const f of file.findings) {
      const props = [
        `file=${path}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`onrecord ${f.rule}`)}`,
      ].join(',');
      out.push(`::${COMMANDS[f.severity]} ${props}::${escapeData(f.message)}`);
    }
    if (file.error !== undefined) out.push(`::error file=${path},title=onrecord::${escapeData(`cannot check this file: ${file.error}`)}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
};
