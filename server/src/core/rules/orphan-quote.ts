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
