import type { SourcingModel } from '../attribution/model';
import type { Quote } from '../prose/quotes';
import type { Sentence } from '../prose/sentences';
import { defineRule } from '../rule';
import { isFurniture, isHeadline, tk } from './common';

export default defineRule({
  meta: {
    id: 'orphan-quote',
    family: 'attribution',
    title: 'Quotation without a speaker',
    description: 'Flags a direct quotation with no speaker in its sentence and none carried over from the paragraph ("he added", a continuing quote).',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['AP', 'Reuters'],
    rationale: 'AP and Reuters: every direct quotation is attributed, normally in the sentence where it appears or the one before it in the same paragraph.',
  },
  check(doc, _options, report) {
    for (const quote of doc.quotes) {
      if (quote.blockQuote || quote.depth > 0 || quote.continues >= 0) continue;
      const inner = doc.text.slice(quote.inner.start, quote.inner.end).trim();
      if (inner.split(/\s+/).length < 4) continue; // short fragments are scare-quote territory
      if (isFurniture(doc, quote.start) || isHeadline(doc, quote.start)) continue;
      if (doc.attributionCovering(quote)) continue;
      const s = doc.sentenceAt(quote.start);
      if (s && doc.attributionsIn(s.index).length > 0) continue;
      if (s && (introduced(doc, quote, s) || creditedAfter(doc, quote, s) || continuesSpeaker(doc, quote, s))) continue;
      if (s && (partial(doc, quote, s) || isTitle(inner))) continue;
      // Insert the attribution after the quotation: ‘“We will win,” [TK: who] said.’
      const closing = doc.text.slice(quote.inner.end, quote.end);
      const lastChar = doc.text[quote.inner.end - 1];
      const edits =
        quote.closed && lastChar === '.'
          ? [
              { start: quote.inner.end - 1, end: quote.inner.end, text: ',' },
              { start: quote.end, end: quote.end, text: ` ${tk('who')} said.` },
            ]
          : [{ start: quote.end, end: quote.end, text: `${closing ? '' : ''}, ${tk('who')} said` }];
      report({
        span: quote,
        message: `Quotation "${inner.length > 60 ? `${inner.slice(0, 59)}…` : inner}" has no speaker.`,
        fixes: [{ title: 'Attribute the quotation', safe: false, edits }],
      });
    }
  },
});

/**
 * A quotation introduced by a colon or a comma after a clause ("She told the rally: …",
 * "he wrote in a memo to staff, …"): the introducing clause names the speaker, even with a
 * verb the cue lexicon does not know.
 */
function introduced(doc: SourcingModel, quote: Quote, s: Sentence): boolean {
  const t = doc.prose.masked;
  let i = quote.start;
  while (i > 0 && /[ \t\n\r]/.test(t[i - 1])) i--;
  const mark = t[i - 1];
  if (mark === ':') return true;
  // A comma needs a clause before it in the same sentence: at least a subject and a verb.
  return mark === ',' && i - 1 > s.start && t.slice(s.start, i - 1).trim().split(/\s+/).length >= 2;
}

/**
 * The speaker follows the quotation: a tail cue opening the next sentence of the paragraph
 * (`"Is that all?" the senator asked.` is split after the question mark), or a dash credit
 * line ("— Ana Ruiz", "by Ana Ruiz", "[Harbour Ledger]").
 */
function creditedAfter(doc: SourcingModel, quote: Quote, s: Sentence): boolean {
  const t = doc.prose.masked;
  if (/^\s*,?\s*(?:[―—–-]{1,2}\s*@?\p{Lu}|by\s+\p{Lu}|\[\p{Lu})/u.test(t.slice(quote.end, quote.end + 8))) return true;
  // A speaker tag of any verb: `"Let me talk," the senator shot back`, `"…!" Ruiz wrote in an email`.
  if (/[,!?…—–-]$/.test(t.slice(quote.inner.start, quote.inner.end).trim()) && SPEAKER_TAG.test(t.slice(quote.end, quote.end + 60))) return true;
  if (t.slice(quote.end, s.end).trim().length > 1) return false;
  const next = doc.sentences[s.index + 1];
  if (!next || next.block !== s.block) return false;
  return doc.attributionsIn(next.index).some((a) => !a.carried && a.cue.start - next.start <= 48 && (a.source !== null || a.cue.kind === 'speech'));
}

const SPEAKER_TAG = /^\s*(?:he|she|they|I|we|(?:the\s+|a\s+|an\s+)?(?:[\p{L}.'’-]+\s+){0,4}?\p{Lu}[\p{L}.'’-]*|the\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s+(?:\p{Ll}{2,}(?:ed|s)|shot\s+back|went\s+on|wrote|said|told|spoke|sang|began)\b/u;

/**
 * A quotation that opens its paragraph straight after a paragraph closing on a speaker's
 * attributed quotation: readers take it as that speaker's next words.
 */
function continuesSpeaker(doc: SourcingModel, quote: Quote, s: Sentence): boolean {
  if (quote.start - s.start > 1) return false;
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.block !== s.block - 1 || !/["”’»]/.test(doc.prose.masked.slice(prev.start, prev.end))) return false;
  return doc.attributionsIn(prev.index).some((a) => a.source !== null || (a.cue.kind === 'speech' && !a.carried));
}

/**
 * A partial quotation woven into the writer's sentence ('The mayor vowed to "keep every
 * ferry running"'): it starts lower-case after words of the sentence, whose subject speaks.
 */
function partial(doc: SourcingModel, quote: Quote, s: Sentence): boolean {
  const t = doc.prose.masked;
  const inner = t.slice(quote.inner.start, quote.inner.end).replace(/^[\s.…[\]]+/, '');
  return /^\p{Ll}/u.test(inner) && t.slice(s.start, quote.start).trim().split(/\s+/).length >= 2;
}

const MINOR_WORD = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs\.?)$/i;

/** Title case throughout: the name of a work, a slogan or a headline, not speech. */
function isTitle(inner: string): boolean {
  const words = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 12 || /\b(?:I|I'm|I’m)\b/.test(inner)) return false;
  const major = words.filter((w) => !MINOR_WORD.test(w.replace(/^\W+|\W+$/g, '')));
  return major.length >= 2 && major.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}
