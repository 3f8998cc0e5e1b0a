// Regenerates the files that come from rule metadata. Run with `npm run generate`;
// test/generated.test.ts fails when a committed copy is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAMILIES, RULE_METAS, type RuleMeta } from '../server/src/core/index';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

const FIX_LABEL: Record<RuleMeta['fix'], string> = { none: '—', safe: 'safe', suggested: 'suggested' };

/** Table cells are one line and must not open a new column. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The README rules table, grouped by family in catalogue order, registry order within a family. */
export function renderRulesTable(metas: readonly RuleMeta[]): string {
  const ordered = [...metas].sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family));
  const rows = ordered.map((meta) =>
    [
      `[\`${meta.id}\`](server/src/core/rules/${meta.id}.md)`,
      meta.family,
      meta.defaultSeverity,
      FIX_LABEL[meta.fix],
      cell(meta.description),
    ].join(' | '),
  );
  return [
    '| Rule | Family | Default (edit stage) | Fix | What it flags |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** Replaces whatever lies between the rules markers with the regenerated table. */
export function updateReadme(readmeText: string, metas: readonly RuleMeta[]): string {
  const start = readmeText.indexOf(RULES_START);
  const end = readmeText.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${RULES_START} followed by ${RULES_END}`);
  const before = readmeText.slice(0, start + RULES_START.length);
  const after = readmeText.slice(end);
  return `${before}\n\n${renderRulesTable(metas)}\n\n${after}`;
}

export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = readFileSync(README_PATH, 'utf8');
  const next = updateReadme(current, RULE_METAS);
  if (next === current) {
    console.log('README.md rules table is up to date');
  } else {
    writeFileSync(README_PATH, next);
    console.log(`README.md rules table regenerated (${RULE_METAS.length} rules)`);
  }
}
