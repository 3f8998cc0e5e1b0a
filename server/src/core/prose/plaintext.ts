import type { Block, Prose } from './prose';
import { Mask, findHtmlComments, recogniseFurniture } from './prose';

const TERMINAL = /[.!?:;]["”’')\]]*\s*$/;

/**
 * Hard-wrapped text (fixed-width lines, as in e-mail and PDF extractions) joins lines within a
 * paragraph; otherwise every line is a paragraph, as wire copy and most plain drafts are written.
 */
function isHardWrapped(lines: string[]): boolean {
  const nonEmpty = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  if (nonEmpty.length < 10) return false;
  let wrapped = 0;
  for (const l of nonEmpty) if (l.length >= 50 && l.length <= 110 && !TERMINAL.test(l)) wrapped++;
  return wrapped / nonEmpty.length >= 0.25;
}

export function segmentPlainText(text: string): Prose {
  const mask = new Mask(text);
  const comments = findHtmlComments(text);
  for (const c of comments) mask.blank(c.start, c.end);
  const masked0 = comments.length ? mask.toString() : text;

  const lineSpans: Array<{ start: number; end: number }> = [];
  let at = 0;
  while (at <= masked0.length) {
    let nl = masked0.indexOf('\n', at);
    if (nl < 0) nl = masked0.length;
    lineSpans.push({ start: at, end: nl });
    at = nl + 1;
  }
  const lines = lineSpans.map((s) => masked0.slice(s.start, s.end));
  const wrapped = isHardWrapped(lines);

  const blocks: Block[] = [];
  let current: { start: number; end: number } | null = null;
  const flush = () => {
    if (current) blocks.push({ index: blocks.length, kind: 'paragraph', quoted: false, start: current.start, end: current.end });
    current = null;
  };
  for (let i = 0; i < lineSpans.length; i++) {
    const line = lines[i];
    const trimmedStart = line.length - line.trimStart().length;
    const content = line.trim();
    if (content.length === 0) {
      flush();
      continue;
    }
    const start = lineSpans[i].start + trimmedStart;
    const end = lineSpans[i].start + line.trimEnd().length;
    if (current && wrapped && lines[i - 1].trim().length >= 45) {
      (current as { start: number; end: number }).end = end;
      continue;
    }
    flush();
    current = { start, end };
  }
  flush();
  const dateline = recogniseFurniture(text, blocks, mask, true);
  return { masked: mask.toString(), blocks, comments, frontMatter: null, dateline };
}
