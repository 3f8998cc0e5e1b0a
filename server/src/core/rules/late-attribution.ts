import type { Attribution } from '../attribution/model';
import type { Quote } from '../prose/quotes';
import { splitSentences } from '../prose/sentences';
import { words } from '../attribution/words';
import { defineRule } from '../rule';
import type { Span } from '../span';
import type { Fix } from '../types';
import { isFurniture, isHeadline } from './common';

export default defineRule({
  meta: {
    id: 'late-attribution',
    family: 'attribution',
    title: 'Attribution after the last sentence of a multi-sentence quote',
    description: 'Flags a direct quotation of three or more sentences (the number is an option) that opens its sentence and is attributed only after its last sentence ("First. Second. Third," she said.), when the reader has not met the speaker in the sentence before.',
    defaultSeverity: 'information',
    fix: 'suggested',
    policy: ['Reuters', 'AP'],
    rationale: 'Reuters Handbook and AP: in a quotation of more than one sentence, put the attribution after the first sentence so the reader knows at once who is speaking.',
    options: {
      minSentences: { type: 'number', default: 3, minimum: 2, description: 'Fewest sentences in the quotation before a late attribution is reported.' },
      minWords: { type: 'number', default: 20, minimum: 0, description: 'Fewest words in the quotation before a late attribution is reported.' },
    },
  },
  check(doc, options, report) {
    const { masked } = doc.prose;
    const min = Math.max(2, Number(options.minSentences) || 2);
    for (const quote of doc.quotes) {
      if (quote.blockQuote || quote.depth > 0 || !quote.closed || quote.continues >= 0) continue;
      if (isHeadline(doc, quote.start) || isFurniture(doc, quote.start)) continue;
      const sentence = doc.sentenceAt(quote.start);
      if (!sentence || masked.slice(sentence.start, quote.start).trim() !== '') continue;
      // The quotation's own attribution, after it: '"…," she said.'
      const own = doc.attributionsIn(sentence.index).find((a) => !a.carried && a.cue.start >= quote.end && (a.content === null || (a.content.start <= quote.start && quote.end <= a.content.end)));
      if (!own || doc.attributionsIn(sentence.index).some((a) => !a.carried && a.cue.end <= quote.start)) continue;
      const inner = innerSentences(masked, quote);
      if (inner.length < min) continue;
      // A short quotation is read in one breath; the reader waits a long one out.
      const length = words(masked, quote.inner.start, quote.inner.end).length;
      if (length < Number(options.minWords ?? 0)) continue;
      // The speaker is already in view: the sentence before, same paragraph, credits the same source.
      const previous = doc.sentences[sentence.index - 1];
      // The speaker of the paragraph before ends it and opens this one: the reader is following them.
      if (previous && previous.block !== sentence.block && own.source && doc.attributionsIn(previous.index).some((a) => a.source?.source === own.source!.source)) continue;
      // A pronoun ("she said") after a sentence that reports someone also continues that speaker.
      if (previous && previous.block === sentence.block) {
        const before = doc.attributionsIn(previous.index);
        if (own.source && before.some((a) => a.source?.source === own.source!.source)) continue;
        if ((!own.source || own.source.reference) && before.length > 0) continue;
      }
      report({
        span: { start: quote.start, end: inner[0].end },
        message: `Quotation of ${inner.length} sentences (${length} words) is attributed only after the last one: name the speaker after the first sentence.`,
        related: [{ start: own.cue.start, end: own.cue.end, message: 'the attribution' }],
        fixes: moveAttribution(doc.text, quote, inner[0], sentence, own),
      });
    }
  },
});

/** The sentences inside a quotation, by the core's own sentence splitter. */
function innerSentences(masked: string, quote: Quote): Span[] {
  const block = { index: 0, kind: 'paragraph' as const, quoted: false, start: quote.inner.start, end: quote.inner.end };
  return splitSentences(masked, [block], []).filter((s) => /[\p{L}\p{N}]/u.test(masked.slice(s.start, s.end)));
}

/**
 * '"S1. S2," she said.' → '"S1," she said. "S2."' when the words after the quotation are only
 * the attribution and the full stop.
 */
function moveAttribution(text: string, quote: Quote, first: Span, sentence: Span, own: Attribution): Fix[] {
  const tail = text.slice(quote.end, sentence.end);
  const simple = /^(\s+)([^,;:"“”'‘’()—–]{1,60}?)\.$/.exec(tail);
  if (!simple || !(own.cue.start >= quote.end && own.cue.end <= sentence.end)) return [];
  if (simple[2].trim().split(/\s+/).length > 6) return [];
  const open = text.slice(quote.start, quote.inner.start);
  const close = text.slice(quote.inner.end, quote.end);
  const last = text[quote.inner.end - 1];
  // The first sentence's own stop: a full stop becomes a comma; ? and ! stay.
  let stop = first.end - 1;
  while (stop > first.start && /["”’'»)\]\s]/.test(text[stop])) stop--;
  const mark = text[stop];
  if (!/[.!?]/.test(mark) || !/[,.!?]/.test(last)) return [];
  const rest = text.slice(first.end, quote.inner.end).trimStart();
  if (rest.length === 0) return [];
  const restStart = quote.inner.end - rest.length;
  return [
    {
      title: 'Attribute after the first sentence',
      safe: false,
      edits: [
        { start: stop, end: restStart, text: `${mark === '.' ? ',' : mark}${close} ${simple[2].trim()}. ${open}` },
        { start: quote.inner.end - 1, end: sentence.end, text: `${last === ',' ? '.' : last}${close}` },
      ],
    },
  ];
}
