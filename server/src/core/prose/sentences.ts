import { SentenceMemo } from '../attribution/memo';
import type { Span } from '../span';
import type { Block } from './prose';
import type { Quote } from './quotes';

export interface Sentence extends Span {
  index: number;
  block: number;
}

/** Words that end in a full stop without ending a sentence (titles, months, states, Latin). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms messrs dr prof sen sens rep reps gov govs lt gen col maj capt cpl sgt pvt adm cmdr atty supt rev hon pres ' +
    'sr jr st mt ft no nos vs v approx etc e.g i.e cf al inc corp co ltd llc plc bros dept est fig figs vol ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo ' +
    'a.m p.m u.s u.n u.k e.u d.c'
  ).split(' '),
);

const BOUNDARY = /[.!?…]+["”’'»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\d])/gu;

export function splitSentences(masked: string, blocks: readonly Block[], quotes: readonly Quote[]): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  for (const block of blocks) {
    q = firstQuoteEndingAfter(quotes, q, block.start);
    pushSentences(sentences, block, blockSentences(masked, block, quotes, q));
  }
  return sentences;
}

/**
 * The same, for a draft analysed again and again as it is edited (the model's own pass): a
 * block's sentences are a function of its text and the quotations in it, so a block the edit
 * did not touch takes the bounds found last time instead of being split again.
 */
export function splitSentencesReusing(masked: string, blocks: readonly Block[], quotes: readonly Quote[]): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  for (const block of blocks) {
    q = firstQuoteEndingAfter(quotes, q, block.start);
    const B = block.start;
    let extra = '';
    for (let i = q; i < quotes.length && quotes[i].start < block.end; i++) {
      const quote = quotes[i];
      if (!quote.blockQuote && quote.end > B) extra += `${quote.start - B},${quote.end - B},${quote.closed ? 1 : 0};`;
    }
    pushSentences(sentences, block, boundsMemo.getAt(masked, B, block.end, extra, B, () => blockSentences(masked, block, quotes, q)));
  }
  return sentences;
}

const boundsMemo = new SentenceMemo<Int32Array>((bounds, delta) => bounds.map((at) => at + delta));

/**
 * Quotations before `from` ending at or before `at` cannot hold a boundary at `at` or after:
 * the index of the first one that may, walking on from `from`.
 */
function firstQuoteEndingAfter(quotes: readonly Quote[], from: number, at: number): number {
  let q = from;
  while (q < quotes.length && quotes[q].end <= at) q++;
  return q;
}

/** A block's sentences as start and end pairs; `q` as firstQuoteEndingAfter gives for its start. */
function blockSentences(masked: string, block: Block, quotes: readonly Quote[], q: number): Int32Array {
  const bounds: number[] = [];
  const text = masked.slice(block.start, block.end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    const cut = m.index + m[0].length;
    if (m[0][0] === '.' && !m[0].startsWith('..') && isAbbreviation(text, m.index)) continue;
    const at = block.start + cut;
    // Never split inside a quotation that goes on after this point.
    q = firstQuoteEndingAfter(quotes, q, at);
    if (insideQuote(quotes, q, at)) continue;
    pushTrimmed(bounds, masked, block.start + from, at);
    from = cut;
  }
  pushTrimmed(bounds, masked, block.start + from, block.end);
  return Int32Array.from(bounds);
}

function pushSentences(out: Sentence[], block: Block, bounds: Int32Array): void {
  for (let k = 0; k < bounds.length; k += 2) out.push({ start: bounds[k], end: bounds[k + 1], index: out.length, block: block.index });
}

function insideQuote(quotes: readonly Quote[], from: number, at: number): boolean {
  for (let i = from; i < quotes.length && quotes[i].start < at; i++) {
    const quote = quotes[i];
    if (!quote.blockQuote && quote.start < at && at < quote.end - (quote.closed ? 1 : 0)) return true;
  }
  return false;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, D.C
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(bounds: number[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) bounds.push(start, end);
}
