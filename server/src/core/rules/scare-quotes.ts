import { defineRule } from '../rule';
import type { Fix } from '../types';
import type { SourcingModel } from '../attribution/model';
import type { Span } from '../span';
import { framedAsOthers, isFurniture, isHeadline, mentionsSpeech, replaceFix, reportingBlocks, tk } from './common';

/** Quotation of a term as a term, or of a title: not a scare quote. */
const TERM_AS_TERM = /\b(?:word|words|term|terms|phrase|phrases|slogan|motto|hashtag|label|nickname|name|named|titled|entitled|called|dubbed|known\s+as|headlined|read|reads|reading|marked|spelled|spelt|so-called|the\s+letters?|stands\s+for|means|meaning|translated\s+as|banner|sign|signs|placard|placards)(?:\s+as(?:\s+(?:a|an|the))?)?\s*,?\s*$/i;

const ADJECTIVE = /^\p{Ll}[\p{L}-]*(?:ous|ful|ive|able|ible|ic|ical|less|ish|ant|ent|ary|ory|ed|ing|ly)$/u;

const NAMED_THING = /^\s+(?:symbol|emblem|logo|tax|rule|program|programme|bill|act|law|provision|clause|doctrine|label|slogan|nickname|term|hashtag|initiative|loophole|exemption|visa|designation)s?\b/i;

export default defineRule({
  meta: {
    id: 'scare-quotes',
    family: 'characterisation',
    title: 'Scare quotes',
    description: 'Flags a quoted fragment of one to three words in the writer\'s voice that no attribution covers ("proclaiming himself \'interim president\'"): the marks signal doubt without saying whose. Partial quotes that an attribution covers, terms quoted as terms ("the word \'x\'") and titles are fine.',
    defaultSeverity: 'information',
    genreSeverity: { opinion: 'information', analysis: 'information' },
    fix: 'suggested',
    policy: ['AP', 'Reuters', 'Guardian'],
    rationale: 'AP Stylebook ("quotation marks"): do not use them to cast doubt; Reuters and the Guardian style guide: scare quotes editorialise, so attribute the words or drop the marks.',
  },
  check(doc, _options, report) {
    const masked = doc.prose.masked;
    const quotesPerBlock = new Map<number, number>();
    for (const q of doc.quotes) if (!q.blockQuote && q.depth === 0) quotesPerBlock.set(q.block, (quotesPerBlock.get(q.block) ?? 0) + 1);
    for (const quote of doc.quotes) {
      if (quote.blockQuote || !quote.closed || quote.continues >= 0) continue;
      const inner = doc.text.slice(quote.inner.start, quote.inner.end).trim();
      const words = inner.split(/\s+/).filter(Boolean);
      // A fragment that carries the sentence's punctuation inside its marks ("…called it 'racist,'")
      // is a partial quotation lifted from speech; so is a lone evaluative adjective ("'predatory'").
      if (words.length === 0 || words.length > 3 || /[.!?,;:]$/.test(inner) || inner.length > 40) continue;
      if (words.length === 1 && ADJECTIVE.test(inner) && !doc.lexicons.labels.test(masked, quote.inner.start, quote.inner.end)) continue;
      if (isFurniture(doc, quote.start) || isHeadline(doc, quote.start)) continue;
      // Nested inside another quotation: the speaker's own marks.
      if (quote.depth > 0 || (doc.quoteAt(quote.start - 1)?.end ?? 0) >= quote.end) continue;
      if (!writerSentence(doc, quote) || doc.attributionCovering(quote) || mentionsSpeech(doc, quote)) continue;
      // Several quotations in one paragraph are a speaker's words strung through the narration
      // ("…for being a 'failed candidate.' Then he turned to 'little' Marco Rubio.").
      if ((quotesPerBlock.get(quote.block) ?? 0) > 1) continue;
      const before = masked.slice(Math.max(0, quote.start - 30), quote.start);
      if (TERM_AS_TERM.test(before)) continue;
      // A quoted name used before the thing it names ("the 'sea star' emblem", "the 'fast track' rule").
      if (NAMED_THING.test(masked.slice(quote.end, quote.end + 20))) continue;
      // Titles of works and names: every word capitalised.
      // Minor words and symbols do not count ("Fox & Friends", "Teamsters for Trump").
      const major = words.filter((w) => !/^(?:&|\+|of|and|the|for|a|an|in|on|to|at|by|with|para|de|la|y|vs\.?)$/i.test(w));
      if (major.length > 0 && major.every((w) => /^[\p{Lu}\d]/u.test(w)) && !/^(?:[A-Z]+)$/.test(inner)) continue;
      const label = doc.lexicons.labels.test(masked, quote.inner.start, quote.inner.end);
      const fixes: Fix[] = [
        {
          title: 'Remove the quotation marks',
          safe: false,
          edits: [
            { start: quote.start, end: quote.inner.start, text: '' },
            { start: quote.inner.end, end: quote.end, text: '' },
          ],
        },
        replaceFix('Attribute the words', quote, `what ${tk('who')} called ${doc.text.slice(quote.start, quote.end)}`),
      ];
      report({
        span: quote,
        severity: label ? 'warning' : undefined,
        message: `Scare quotes around "${inner}": say who uses the term, or drop the marks.`,
        fixes,
      });
    }
  },
});

/** No sentence of the quotation's paragraph reports speech. */
function writerSentence(doc: SourcingModel, span: Span): boolean {
  const s = doc.sentenceAt(span.start);
  return !s || (!reportingBlocks(doc).has(s.block) && !framedAsOthers(doc, s));
}
