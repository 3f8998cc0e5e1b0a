// `onrecord sources FILE`: the sources ledger (core/ledger.ts) for people. Table for the
// terminal, JSON for tools, Markdown for a pull request comment, and a self-contained HTML page
// for an editor: the draft with its attributions highlighted, the ledger, and a chart of named
// against unnamed sources. The page loads nothing and runs no script.
import picocolors from 'picocolors';
import { GAP_LABELS, LineIndex, SOURCE_CLASS_LABELS, type LedgerSource, type SourcesLedger } from '../core';
import { printable } from './formatters/stylish';

export const SOURCES_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type SourcesFormat = (typeof SOURCES_FORMATS)[number];

export interface SourcesInput {
  path: string;
  text: string;
  ledger: SourcesLedger;
  version: string;
}

const CLASS_LABELS = SOURCE_CLASS_LABELS;

function missingText(source: LedgerSource): string {
  return source.missing.map((gap) => GAP_LABELS[gap]).join(', ');
}

function lineOf(lines: LineIndex, offset: number): number {
  return lines.position(offset).line;
}

function citedLines(source: LedgerSource, lines: LineIndex): string {
  const at = [...new Set([...source.mentions, ...source.citations].map((s) => lineOf(lines, s.start)))].sort((a, b) => a - b);
  return at.join(', ');
}

function summaryLine(ledger: SourcesLedger): string {
  const s = ledger.summary;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${plural(s.sources, 'source', 'sources')} · ${s.named} named · ${s.anonymous} unnamed · ${plural(s.figures, 'figure', 'figures')} · ${s.disputedFigures} disputed`;
}

export function renderSources(input: SourcesInput, format: SourcesFormat, color: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ tool: 'onrecord', version: input.version, path: input.path, ...input.ledger })}\n`;
    case 'markdown':
      return sourcesMarkdown(input);
    case 'html':
      return sourcesHtml(input);
    default:
      return sourcesTable(input, color);
  }
}

function sourcesTable(input: SourcesInput, color: boolean): string {
  const c = picocolors.createColors(color);
  const lines = new LineIndex(input.text);
  const rows = input.ledger.sources.map((s, i) => [
    String(i + 1),
    printable(s.label),
    CLASS_LABELS[s.class],
    String(s.citations.length),
    citedLines(s, lines),
    missingText(s) || '—',
  ]);
  const head = ['#', 'source', 'kind', 'cited', 'lines', 'missing'];
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const fmt = (cells: string[]) => cells.map((cell, k) => (k === cells.length - 1 ? cell : cell.padEnd(widths[k]))).join('  ').trimEnd();
  const out = [c.underline(input.path), c.bold(fmt(head))];
  input.ledger.sources.forEach((s, i) => {
    const line = fmt(rows[i]);
    out.push(s.anonymous ? c.yellow(line) : line);
  });
  if (input.ledger.figures.length > 0) {
    out.push('', c.bold('figures'));
    for (const f of input.ledger.figures) {
      const owner = f.source !== null ? (input.ledger.sources.find((s) => s.id === f.source)?.label ?? '?') : 'no source';
      out.push(`  ${lineOf(lines, f.start)}: ${printable(f.text)}${f.noun ? ` ${f.noun}` : ''} — ${printable(owner)}${f.disputed ? c.red(' (disputed)') : ''}`);
    }
  }
  out.push('', summaryLine(input.ledger));
  return `${out.join('\n')}\n`;
}

function markdownCell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`<>[\]])/g, '\\$1').trim();
}

function sourcesMarkdown(input: SourcesInput): string {
  const lines = new LineIndex(input.text);
  const out = [`## Sources in \`${input.path.replace(/`/g, "'")}\``, '', summaryLine(input.ledger), ''];
  out.push('| # | Source | Kind | Cited | Lines | Missing |', '| ---: | --- | --- | ---: | --- | --- |');
  input.ledger.sources.forEach((s, i) => {
    out.push(`| ${i + 1} | ${markdownCell(s.label)} | ${CLASS_LABELS[s.class]} | ${s.citations.length} | ${citedLines(s, lines)} | ${markdownCell(missingText(s)) || '—'} |`);
  });
  if (input.ledger.figures.length > 0) {
    out.push('', '| Line | Figure | Source | Disputed |', '| ---: | --- | --- | --- |');
    for (const f of input.ledger.figures) {
      const owner = f.source !== null ? (input.ledger.sources.find((s) => s.id === f.source)?.label ?? '?') : '—';
      out.push(`| ${lineOf(lines, f.start)} | ${markdownCell(`${f.text}${f.noun ? ` ${f.noun}` : ''}`)} | ${markdownCell(owner)} | ${f.disputed ? 'yes' : ''} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// HTML

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

interface Mark {
  start: number;
  end: number;
  /** CSS classes this span adds. */
  classes: string[];
  source: number;
}

/** The draft as HTML: every segment between span boundaries carries the classes of the spans over it, so marks never nest. */
export function highlightDraft(text: string, ledger: SourcesLedger): string {
  const marks: Mark[] = [];
  for (const s of ledger.sources) {
    const kind = s.anonymous ? 'unnamed' : 'named';
    for (const c of s.citations) marks.push({ start: c.start, end: c.end, classes: ['cite', `cite-${kind}`], source: s.id });
    for (const m of s.mentions) marks.push({ start: m.start, end: m.end, classes: ['source', kind], source: s.id });
  }
  for (const f of ledger.figures) marks.push({ start: f.start, end: f.end, classes: ['figure', ...(f.disputed ? ['disputed'] : [])], source: -1 });
  const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length).sort((a, b) => a.start - b.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // One sweep: marks enter when the segment reaches their start and leave after their end.
  let active: Mark[] = [];
  let next = 0;
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (active.some((m) => m.end <= from)) active = active.filter((m) => m.end > from);
    while (next < valid.length && valid[next].start <= from) active.push(valid[next++]);
    const piece = escapeHtml(text.slice(from, to));
    if (active.length === 0) {
      html += piece;
      continue;
    }
    const classes = [...new Set(active.flatMap((m) => m.classes))].sort();
    const mention = active.find((m) => m.classes.includes('source')) ?? active.find((m) => m.source >= 0);
    const data = mention && mention.source >= 0 ? ` data-source="${mention.source}"` : '';
    html += `<mark class="${classes.join(' ')}"${data}>${piece}</mark>`;
  }
  return html;
}

/** Two bars, named and unnamed, as inline SVG with its numbers written out for screen readers. */
export function sourcesChart(ledger: SourcesLedger): string {
  const { named, anonymous } = ledger.summary;
  const max = Math.max(named, anonymous, 1);
  const width = 320;
  const bar = (n: number) => Math.round((n / max) * (width - 150));
  const rows = [
    { label: 'Named', n: named, cls: 'bar-named', y: 10 },
    { label: 'Unnamed', n: anonymous, cls: 'bar-unnamed', y: 50 },
  ];
  const parts = rows.map(
    (r) =>
      `<text x="0" y="${r.y + 19}" class="bar-label">${r.label}</text>` +
      `<rect x="90" y="${r.y}" width="${Math.max(bar(r.n), 2)}" height="28" rx="3" class="${r.cls}" data-count="${r.n}"/>` +
      `<text x="${98 + Math.max(bar(r.n), 2)}" y="${r.y + 19}" class="bar-value">${r.n}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="${width}" height="90" viewBox="0 0 ${width} 90" aria-labelledby="chart-title">` +
    `<title id="chart-title">${named} named and ${anonymous} unnamed sources</title>${parts.join('')}</svg>`
  );
}

const CSS = `
:root { color-scheme: light; --named: #2f7d32; --unnamed: #b45309; --ink: #1f2328; --muted: #59636e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #f6f8fa; }
header { padding: 16px 28px; background: #fff; border-bottom: 1px solid #d0d7de; }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 4px 0 0; color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 20px; padding: 20px 28px; }
section { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 16px 20px; }
h2 { font-size: 16px; margin: 0 0 12px; }
.draft { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.6; }
mark { background: none; color: inherit; }
mark.cite-named { background: #e6f4ea; }
mark.cite-unnamed { background: #fff4e5; }
mark.source.named { background: #b7e1c1; border-bottom: 2px solid var(--named); font-weight: 600; }
mark.source.unnamed { background: #fed7aa; border-bottom: 2px solid var(--unnamed); font-weight: 600; }
mark.figure { outline: 1px dotted #57606a; }
mark.figure.disputed { outline: 2px solid #cf222e; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #eaeef2; }
th { color: var(--muted); font-weight: 600; }
tr.unnamed td:first-child { border-left: 4px solid var(--unnamed); }
tr.named td:first-child { border-left: 4px solid var(--named); }
.missing { color: #cf222e; }
.legend span { display: inline-block; margin-right: 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin-right: 4px; }
.chart .bar-named, .swatch.named { fill: var(--named); background: var(--named); }
.chart .bar-unnamed, .swatch.unnamed { fill: var(--unnamed); background: var(--unnamed); }
.chart text { font-size: 13px; fill: var(--ink); }
footer { padding: 0 28px 20px; color: var(--muted); font-size: 13px; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
`;

function sourcesHtml(input: SourcesInput): string {
  const { ledger } = input;
  const lines = new LineIndex(input.text);
  const rows = ledger.sources
    .map((s, i) => {
      const kind = s.anonymous ? 'unnamed' : 'named';
      const missing = missingText(s);
      return (
        `<tr class="ledger-row ${kind}" data-source="${s.id}"><td>${i + 1}</td><td class="label">${escapeHtml(s.label)}</td>` +
        `<td>${escapeHtml(CLASS_LABELS[s.class])}</td><td>${s.citations.length}</td><td>${escapeHtml(citedLines(s, lines))}</td>` +
        `<td class="missing">${escapeHtml(missing)}</td></tr>`
      );
    })
    .join('\n');
  const figures = ledger.figures
    .map((f) => {
      const owner = f.source !== null ? (ledger.sources.find((s) => s.id === f.source)?.label ?? '?') : '';
      return `<tr class="figure-row${f.disputed ? ' disputed' : ''}"><td>${lineOf(lines, f.start)}</td><td>${escapeHtml(f.text)}${f.noun ? ` ${escapeHtml(f.noun)}` : ''}</td><td>${owner ? escapeHtml(owner) : '<span class="missing">no source</span>'}</td><td>${f.disputed ? 'disputed' : ''}</td></tr>`;
    })
    .join('\n');
  const title = `Sources in ${input.path}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="onrecord ${escapeHtml(input.version)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p id="summary">${escapeHtml(summaryLine(ledger))}</p></header>
<main>
<section aria-labelledby="draft-h"><h2 id="draft-h">Draft</h2>
<p class="legend"><span><span class="swatch named"></span>named source</span><span><span class="swatch unnamed"></span>unnamed source</span></p>
<div class="draft" id="draft">${highlightDraft(input.text, ledger)}</div>
</section>
<div>
<section aria-labelledby="chart-h"><h2 id="chart-h">Named and unnamed sources</h2>
${sourcesChart(ledger)}
</section>
<section aria-labelledby="ledger-h" style="margin-top:20px"><h2 id="ledger-h">Ledger</h2>
<table id="ledger"><thead><tr><th>#</th><th>Source</th><th>Kind</th><th>Cited</th><th>Lines</th><th>Missing</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>
${
  ledger.figures.length > 0
    ? `<section aria-labelledby="figures-h" style="margin-top:20px"><h2 id="figures-h">Figures</h2>
<table id="figures"><thead><tr><th>Line</th><th>Figure</th><th>Source</th><th></th></tr></thead>
<tbody>
${figures}
</tbody></table>
</section>`
    : ''
}
</div>
</main>
<footer>Generated by onrecord ${escapeHtml(input.version)}. Unnamed sources are anonymous people and groups and vague authorities ("critics", "experts").</footer>
</body>
</html>
`;
}
