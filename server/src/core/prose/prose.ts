import type { Span } from '../span';

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'headline'
  | 'byline'
  | 'caption'
  | 'trailer' // agency trailer: (Reporting by …; Editing by …)
  | 'list-item'
  | 'table-cell';

/** A unit of prose the reporter wrote: a paragraph, heading, list item, table cell. */
export interface Block extends Span {
  index: number;
  kind: BlockKind;
  /** Inside a Markdown block quote: the whole block is quoted material. */
  quoted: boolean;
}

export interface HtmlComment extends Span {
  body: string;
  bodyStart: number;
}

export interface FrontMatter extends Span {
  data: unknown;
  /** A YAML error, reported but never fatal. */
  error: string | null;
}

export interface Prose {
  /**
   * The original text with everything that is not prose (code, HTML, URLs, link destinations,
   * Markdown marks, front matter, datelines) replaced by spaces. Same length as the original,
   * so every offset found in it is an offset in the document.
   */
  masked: string;
  blocks: Block[];
  comments: HtmlComment[];
  frontMatter: FrontMatter | null;
  /** "MOSCOW (Sputnik):" or "WASHINGTON, Aug 29 (Reuters) -", when the story opens with one. */
  dateline: Span | null;
}

/** Collects ranges to blank out of a text, keeping line breaks and length. */
export class Mask {
  private ranges: Array<[number, number]> = [];

  constructor(private readonly text: string) {}

  blank(from: number, to: number): void {
    if (to > from) this.ranges.push([from, to]);
  }

  toString(): string {
    if (this.ranges.length === 0) return this.text;
    this.ranges.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [from, to] of this.ranges) {
      if (to <= at) continue;
      const start = Math.max(from, at);
      out += this.text.slice(at, start) + this.text.slice(start, to).replace(/[^\r\n]/g, ' ');
      at = to;
    }
    return out + this.text.slice(at);
  }
}

const HTML_COMMENT = /<!--([^]*?)-->/g;

export function findHtmlComments(text: string, within: Span = { start: 0, end: text.length }): HtmlComment[] {
  const out: HtmlComment[] = [];
  HTML_COMMENT.lastIndex = within.start;
  let m: RegExpExecArray | null;
  while ((m = HTML_COMMENT.exec(text)) && m.index < within.end) {
    out.push({ start: m.index, end: m.index + m[0].length, body: m[1], bodyStart: m.index + 4 });
  }
  return out;
}

// News furniture. A dateline opens the first paragraph of a story: a capitalised place, an
// optional date, an optional agency in brackets, then a dash or colon.
const DATELINE =
  /^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}(?:,[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?(?:[ \t]+\d{1,2})?)?(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:[-–—:]|\(\w+\)[ \t]*[-–—])[ \t]+(?=\S)/;
const BYLINE = /^[ \t]*(?:By|BY)[ \t]+[A-Z][\w.'’-]*(?:[ \t,]+(?:and[ \t]+)?[A-Z][\w.'’-]*){0,6}[ \t]*$/;
const TRAILER = /^[ \t]*\(?[ \t]*(?:(?:Additional[ \t]+)?[Rr]eporting|Writing|Editing|Compiled)[ \t]+by\b[^\n]*$/;
const CAPTION = /^[ \t]*(?:Caption|Photo|PHOTO|Picture|Image|FILE PHOTO)[ \t]*[:-]/;

/** Marks headline, byline, captions and trailers, and finds and masks the dateline. */
export function recogniseFurniture(text: string, blocks: Block[], mask: Mask, allowPlainHeadline: boolean): Span | null {
  let dateline: Span | null = null;
  let sawBody = false;
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    if (block.kind === 'paragraph') {
      // A line in capitals is a heading in plain-text copy ("WHAT'S BREWING.").
      if (body.length < 200 && /\p{Lu}{3}/u.test(body) && !/\p{Ll}/u.test(body)) block.kind = 'heading';
      else if (BYLINE.test(body)) block.kind = 'byline';
      else if (TRAILER.test(body)) block.kind = 'trailer';
      else if (CAPTION.test(body)) block.kind = 'caption';
      else if (/^Headline:/i.test(body)) {
        block.kind = 'headline';
        mask.blank(block.start, block.start + body.indexOf(':') + 1);
      }
    }
    if (!sawBody && block.kind === 'paragraph' && !block.quoted) {
      if (allowPlainHeadline && block.index === 0 && blocks.length > 1 && isHeadlineLike(body)) {
        block.kind = 'headline';
        continue;
      }
      sawBody = true;
      const m = DATELINE.exec(body);
      if (m && /[A-Z]{3}/.test(m[0])) {
        dateline = { start: block.start, end: block.start + m[0].length };
        mask.blank(dateline.start, dateline.end);
      }
    }
  }
  return dateline;
}

/**
 * A plain-text story opens with its headline: one short line. Headlines may end in a full stop
 * or a semicolon in archive copy, so length decides: wire ledes run 25 words and more.
 */
function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || /\n/.test(t)) return false;
  const words = t.split(/\s+/).length;
  const sentenceEnds = (t.match(/[.!?](?=\s|$)/g) ?? []).length;
  return (words < 20 && sentenceEnds <= 1) || (t.length < 160 && !/[.!?]["”’)]?$/.test(t));
}
