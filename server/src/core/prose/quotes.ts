import type { Span } from '../span';
import type { Block } from './prose';

export type QuoteMark = 'double' | 'single' | 'guillemet';

export interface Quote extends Span {
  /** The quoted words, without the marks. */
  inner: Span;
  mark: QuoteMark;
  /** 0 for an outermost quotation. */
  depth: number;
  block: number;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  /** Index of the quote this one continues (a multi-paragraph quotation), or -1. */
  continues: number;
  /** The whole block is quoted material (a Markdown block quote). */
  blockQuote: boolean;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrOpen = (c: string | undefined) => c === undefined || /[\s([{\-–—/“‘"'«]/.test(c);
const isSpaceOrClose = (c: string | undefined) => c === undefined || /[\s)\]}.,;:!?\-–—…”’"'»]/.test(c);

interface Open {
  at: number;
  /** Length of the opening mark ('' counts as one double mark of two characters). */
  width: number;
  mark: QuoteMark;
  char: string;
  continues: number;
}

/**
 * Finds quotations in each block of the masked text. Single marks are told apart from
 * apostrophes by context: between letters ("don't"), before a decade ("'90s") or after a
 * plural ("Jones'") they are apostrophes unless a single quotation is open and this one closes it.
 */
export function findQuotes(masked: string, blocks: readonly Block[]): Quote[] {
  const quotes: Quote[] = [];
  let carried: Open[] = [];
  const marks: number[] = [];
  for (const m of masked.matchAll(QUOTE_MARK)) marks.push(m.index!);
  let markAt = 0;
  let skipTo = 0;

  for (const block of blocks) {
    const stack: Open[] = [];
    // A quotation left open at the end of the previous paragraph continues when this one opens
    // with the same mark (the newsroom convention for multi-paragraph quotes).
    const firstNonSpace = firstCharAt(masked, block.start, block.end);
    const pending = carried;
    carried = [];

    // Jump from mark to mark (all found in one pass over the document): most text is letters.
    while (markAt < marks.length && marks[markAt] < block.start) markAt++;
    for (; markAt < marks.length && marks[markAt] < block.end; markAt++) {
      const i = marks[markAt];
      if (i < skipTo) continue;
      const c = masked[i];
      // Two apostrophes stand for a double quotation mark in some wire and archive copy.
      if (c === "'" && masked[i + 1] === "'") {
        handleDouble(i, i + 2);
        skipTo = i + 2;
        continue;
      }
      const prev = i > block.start ? masked[i - 1] : undefined;
      const next = i + 1 < block.end ? masked[i + 1] : undefined;
      const cont = () => {
        if (i !== firstNonSpace || pending.length === 0) return -1;
        const p = pending.find((o) => o.mark === markOf(c));
        return p ? p.continues : -1;
      };
      switch (c) {
        case '“':
        case '„':
        case '«':
          stack.push({ at: i, width: 1, mark: markOf(c), char: c, continues: cont() });
          break;
        case '”':
        case '»':
          closeTo(markOf(c), i);
          break;
        case '"':
          handleDouble(i, i + 1);
          break;
        case '‘':
        case "'":
        case '’': {
          const top = findOpen('single');
          const canOpen = c !== '’' && isSpaceOrOpen(prev) && next !== undefined && !/\s/.test(next) && !isElision(masked, i + 1);
          const canClose = c !== '‘' && top >= 0 && !isLetter(next) && prev !== undefined && !/\s/.test(prev);
          if (canClose) closeTo('single', i);
          else if (canOpen) stack.push({ at: i, width: 1, mark: 'single', char: c, continues: cont() });
          // Otherwise an apostrophe.
          break;
        }
      }
    }
    // Unclosed at the end of the paragraph: the quotation runs to the end of the block.
    stack.forEach((open, depth) => {
      const q = push(open, block.end, false, 1, depth);
      carried.push({ ...open, continues: q });
    });

    function handleDouble(at: number, markEnd: number) {
      const prev = at > block.start ? masked[at - 1] : undefined;
      const next = markEnd < block.end ? masked[markEnd] : undefined;
      const top = findOpen('double');
      const looksOpening = isSpaceOrOpen(prev) && next !== undefined && !isSpaceOrClose(next);
      const firstNonSpaceHere = at === firstNonSpace;
      const continues = firstNonSpaceHere && pending.length > 0 ? (pending.find((o) => o.mark === 'double')?.continues ?? -1) : -1;
      if (top >= 0 && looksOpening && prev !== undefined) {
        // An opener while one is open: the earlier quotation was never closed.
        while (stack.length > top) push(stack.pop()!, at, false);
        stack.push({ at, width: markEnd - at, mark: 'double', char: '"', continues });
      } else if (top >= 0) {
        closeTo('double', at, markEnd - at);
      } else if (prev !== undefined && /\d/.test(prev)) {
        // 5" screen: inches, not a quotation.
      } else {
        stack.push({ at, width: markEnd - at, mark: 'double', char: '"', continues });
      }
    }
    function findOpen(mark: QuoteMark): number {
      for (let k = stack.length - 1; k >= 0; k--) if (stack[k].mark === mark) return k;
      return -1;
    }
    function closeTo(mark: QuoteMark, at: number, width = 1) {
      const k = findOpen(mark);
      if (k < 0) return;
      // Anything opened inside and not closed ends here too.
      while (stack.length > k + 1) push(stack.pop()!, at, false);
      push(stack.pop()!, at + width, true, width);
    }
    function push(open: Open, end: number, closed: boolean, closeWidth = 1, depth = stack.length): number {
      quotes.push({
        start: open.at,
        end,
        inner: { start: open.at + open.width, end: closed ? end - closeWidth : end },
        mark: open.mark,
        depth,
        block: block.index,
        closed,
        continues: open.continues,
        blockQuote: false,
      });
      return quotes.length - 1;
    }
  }

  // Block quotes are quoted material as a whole.
  for (const block of blocks) {
    if (block.quoted) {
      quotes.push({ start: block.start, end: block.end, inner: { start: block.start, end: block.end }, mark: 'double', depth: 0, block: block.index, closed: true, continues: -1, blockQuote: true });
    }
  }
  // Sort by position; `continues` points into the sorted list.
  const order = quotes.map((q, i) => ({ q, i })).sort((a, b) => a.q.start - b.q.start || b.q.end - a.q.end);
  const newIndex = new Map(order.map(({ i }, k) => [i, k]));
  return order.map(({ q }) => ({ ...q, continues: q.continues >= 0 ? (newIndex.get(q.continues) ?? -1) : -1 }));
}

const QUOTE_MARK = /["“”'‘’«»„]/g;

function markOf(c: string): QuoteMark {
  if (c === '«' || c === '»') return 'guillemet';
  if (c === "'" || c === '‘' || c === '’') return 'single';
  return 'double';
}

function firstCharAt(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) return i;
  }
  return to;
}

/** 'em, 'til, 'n', '90s, 'cause: an apostrophe that starts a word. */
function isElision(text: string, at: number): boolean {
  return /^(?:\d\ds\b|\d0s\b|em\b|til\b|n'|n’|cause\b|tis\b|twas\b)/i.test(text.slice(at, at + 6));
}
