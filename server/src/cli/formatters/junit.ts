// JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines). One
// testsuite per file; one failing testcase per finding (as ESLint's junit formatter does), or
// one passing testcase for a clean file so the file still shows up as checked.
import { COMPACT_SEVERITY } from './compact';
import type { Formatter } from './types';

/**
 * Escapes text for XML attributes and content, dropping what XML 1.0 cannot carry at all
 * (control characters other than tab and newlines, lone surrogates, U+FFFE and U+FFFF).
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

export const junit: Formatter = (report) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const file of report.files) {
    const name = xmlEscape(file.path);
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    let skipped = 0;
    if (file.error !== undefined) {
      suiteErrors++;
      cases.push(`    <testcase classname="${name}" name="${name}" time="0">\n      <error message="${xmlEscape(file.error)}"/>\n    </testcase>`);
    } else if (file.skipped !== undefined) {
      skipped++;
      cases.push(`    <testcase classname="${name}" name="${name}" time="0">\n      <skipped message="${xmlEscape(file.skipped)}"/>\n    </testcase>`);
    } else if (file.findings.length === 0) {
      cases.push(`    <testcase classname="${name}" name="${name}" time="0"/>`);
    }
    for (const f of file.findings) {
      suiteFailures++;
      const where = `${f.line}:${f.column}`;
      const severity = COMPACT_SEVERITY[f.severity];
      const body = xmlEscape(`${severity} at ${file.path}:${where}\n${f.message}\nrule: ${f.rule} (${f.family})`);
      cases.push(
        `    <testcase classname="${name}" name="${xmlEscape(`${where} ${f.rule}`)}" time="0">\n` +
          `      <failure message="${xmlEscape(f.message)}" type="${severity}">${body}</failure>\n` +
          `    </testcase>`,
      );
    }
    const count = cases.length;
    tests += count;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${name}" tests="${count}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="${skipped}" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const head = `<testsuites name="onrecord" tests="${tests}" failures="${failures}" errors="${errors}" time="0">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}${suites.length > 0 ? '\n' : ''}</testsuites>\n`;
};
