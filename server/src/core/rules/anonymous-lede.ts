import { ANONYMOUS_CLASSES, type Attribution } from '../attribution/model';
import { defineRule } from '../rule';
import { isFurniture, isHeadline, quoteWords } from './common';

/** Heads that mark a confidential source in news copy (AP, NYT: "officials", "a source"). */
const CONFIDENTIAL_HEADS = new Set([
  'source', 'sources', 'insider', 'insiders', 'official', 'officials', 'aide', 'aides', 'adviser', 'advisers',
  'advisor', 'advisors', 'diplomat', 'diplomats', 'staffer', 'staffers', 'operative', 'operatives',
  'confidant', 'confidants', 'strategist', 'strategists',
]);

export default defineRule({
  meta: {
    id: 'anonymous-lede',
    family: 'anonymous-sourcing',
    title: 'Anonymous source in the lede or first quotation',
    description: 'Flags a story whose first paragraph rests on an anonymous source (its first attribution credits one) while the story has on-record sources, or whose first direct quotation is given to an anonymous source while a named speaker is quoted later.',
    defaultSeverity: 'information',
    fix: 'none',
    policy: ['WaPo', 'NYT'],
    rationale: 'Washington Post and NYT standards: anonymous sources should not carry the lede or the first quotation of a story when it can be avoided; lead with what is on the record.',
  },
  check(doc, _options, report) {
    const { blocks } = doc.prose;
    // Headline, headings, byline, captions and trailers have their own block kinds; a dateline is masked.
    const lede = blocks.find((b) => b.kind === 'paragraph' && !b.quoted && /\p{L}/u.test(doc.prose.masked.slice(b.start, b.end)));
    if (!lede) return;
    // Only sources the copy plainly keeps anonymous: "sources", "a person familiar with…", an
    // unnamed official or aide, or anyone granted anonymity. An unnamed judge or "a factory
    // executive" quoted from a public event is unnamed, not a confidential source.
    const anonymous = (a: Attribution) => {
      const source = doc.sourceOf(a);
      if (!source || !ANONYMOUS_CLASSES.has(source.class) || !source.anonymous) return false;
      const profile = source.anonymous;
      if (profile.reason || profile.proximity || profile.relayedBy !== null) return true;
      return source.mentions.some((m) => CONFIDENTIAL_HEADS.has(m.head.toLowerCase()));
    };
    const reported = new Set<number>();
    // "When it can be avoided": only when the story has on-record material it could lead with.
    const onRecord = (a: Attribution) => {
      const cls = doc.sourceOf(a)?.class;
      return cls === 'named-person' || cls === 'named-organisation' || cls === 'document';
    };

    // The lede: its first attribution with a source.
    const first = doc.attributions.find((a) => a.source !== null && !a.carried && doc.sentences[a.sentence].block === lede.index);
    // "The tax official who first raised the alarm…": a definite description in a lede points at someone
    // the story identifies, not at a confidential source.
    const definite = (text: string) => /^(?:the|this|that)\s/i.test(text);
    if (first && anonymous(first) && !definite(first.source!.text) && doc.attributions.some((a) => a.index !== first.index && onRecord(a))) {
      const mention = first.source!;
      reported.add(mention.source);
      report({
        span: mention,
        message: `The lede rests on anonymous source "${quoteWords(doc, mention)}": lead with what is on the record where you can, and bring the anonymous account in below.`,
      });
    }

    // The first direct quotation of the story: a full quotation, not a quoted word or two.
    for (const quote of doc.quotes) {
      if (quote.blockQuote || quote.depth > 0 || quote.continues >= 0) continue;
      if (isHeadline(doc, quote.start) || isFurniture(doc, quote.start)) continue;
      if (doc.text.slice(quote.inner.start, quote.inner.end).trim().split(/\s+/).length < 4) continue;
      const attribution = doc.attributionCovering(quote);
      if (!attribution || !attribution.source) break;
      const later = doc.quotes.some((q) => q.start > quote.end && q.depth === 0 && !q.blockQuote && (() => {
        const a = doc.attributionCovering(q);
        return a !== undefined && onRecord(a) && (a.source?.reference === false || doc.sourceOf(a)?.class !== 'document');
      })());
      if (anonymous(attribution) && later && !definite(doc.sourceOf(attribution)!.label) && !reported.has(attribution.source.source)) {
        const mention = attribution.source;
        report({
          span: mention,
          message: `The story's first quotation is given to anonymous source "${quoteWords(doc, mention)}": open the quotes with a named speaker where you can.`,
          related: [{ start: quote.start, end: quote.end, message: 'the first quotation' }],
        });
      }
      break;
    }
  },
});
