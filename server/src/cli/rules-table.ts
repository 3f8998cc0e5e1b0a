// `onrecord rules`: the rule catalogue rendered from rule metadata, the single source (STYLE 7).
// The README generator reuses `rulesMarkdownTable`.
import picocolors from 'picocolors';
import { FAMILIES, type RuleMeta } from '../core';

export type RulesFormat = 'table' | 'json' | 'markdown';
export const RULES_FORMATS: readonly RulesFormat[] = ['table', 'json', 'markdown'];

const FIX_LABELS: Record<RuleMeta['fix'], string> = { none: '—', safe: 'safe', suggested: 'suggested' };

/** Catalogue order: by family as DESIGN lists them, registry order within a family. */
export function inCatalogueOrder(metas: readonly RuleMeta[]): RuleMeta[] {
  return [...metas].sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family));
}

/** Table cells are one line and must not open a new column. */
function markdownCell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

export interface MarkdownTableOptions {
  /** Link each rule id to its doc (for example `(id) => \`server/src/core/rules/${id}.md\``). */
  docLink?: (id: string) => string;
}

/**
 * A GFM table: Rule | Family | Default | Fix | What it flags (the rule's description), one row
 * per rule in catalogue order. No trailing newline, so it drops into a template as it is.
 */
export function rulesMarkdownTable(metas: readonly RuleMeta[], options: MarkdownTableOptions = {}): string {
  const lines = ['| Rule | Family | Default | Fix | What it flags |', '| --- | --- | --- | --- | --- |'];
  for (const meta of inCatalogueOrder(metas)) {
    const id = options.docLink ? `[\`${meta.id}\`](${options.docLink(meta.id)})` : `\`${meta.id}\``;
    lines.push(`| ${id} | ${meta.family} | ${meta.defaultSeverity} | ${FIX_LABELS[meta.fix]} | ${markdownCell(meta.description)} |`);
  }
  return lines.join('\n');
}

/** Aligned plain-text table for the terminal. */
export function rulesTextTable(metas: readonly RuleMeta[], color: boolean): string {
  const c = picocolors.createColors(color);
  const header = ['Rule', 'Family', 'Default', 'Fix', 'Title'];
  const rows = inCatalogueOrder(metas).map((m) => [m.id, m.family, m.defaultSeverity, m.fix === 'none' ? '' : m.fix, m.title.replace(/\s+/g, ' ')]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const lines = [c.bold(render(header)), ...rows.map(render)];
  return `${lines.join('\n')}\n`;
}

/** The metadata as JSON, with the tool and version like `check --format json`. */
export function rulesJson(metas: readonly RuleMeta[], version: string): string {
  return `${JSON.stringify({ tool: 'onrecord', version, rules: inCatalogueOrder(metas) }, null, 2)}\n`;
}
