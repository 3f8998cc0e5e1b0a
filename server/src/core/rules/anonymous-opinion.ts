import { ANONYMOUS_CLASSES, type Attribution, type Source } from '../attribution/model';
import { OPINION_CUE_LEMMAS } from '../lexicon/judgement';
import { defineRule } from '../rule';
import type { RelatedLocation } from '../types';
import { quoteWords } from './common';

/**
 * Groups that are sources in the anonymity sense (people who told the reporter something), as
 * opposed to groups named by their stance ("critics", "supporters", "Democratic leaders"), whose
 * opinions are the story and which weasel-attribution checks.
 */
const SOURCE_GROUP_HEAD = /^(?:sources|officials|aides|insiders|advisers|advisors|staffers|staff|diplomats|operatives|strategists|people|persons|individuals|employees|officers|executives|bankers|investigators|members)$/i;

type Use = 'pejorative quote' | 'direct quote' | 'opinion' | 'speculation';

/** The worst use first: it decides the severity and the message. */
const RANK: Record<Use, number> = { 'pejorative quote': 0, 'direct quote': 1, opinion: 2, speculation: 3 };

export default defineRule({
  meta: {
    id: 'anonymous-opinion',
    family: 'anonymous-sourcing',
    title: 'Anonymous source used for opinion or a direct quote',
    description: 'Flags an anonymous source credited with opinion, speculation, praise or a pejorative ("believes", "probably", "incompetent"), or given a direct quotation of four words or more. A pejorative in an anonymous direct quote is an error. Factual information from an anonymous source is what the other anonymous-sourcing rules check.',
    defaultSeverity: 'warning',
    fix: 'none',
    policy: ['AP', 'Reuters', 'NYT', 'NPR', 'WaPo'],
    rationale: 'AP: anonymous material must be "information, not opinion or speculation"; NYT: anonymity is not granted for speculation or pejorative comments; Washington Post and NPR: avoid anonymous quotations and never let an unnamed source attack someone.',
  },
  check(doc, _options, report) {
    const masked = doc.prose.masked;
    const bySource = new Map<number, { use: Use; attribution: Attribution; related: RelatedLocation[] }>();
    // Per source, not per attribution: a group the copy cites throughout has hundreds of mentions.
    const namedAsSources = new Map<Source, boolean>();
    const namedAsSource = (source: Source) => {
      let named = namedAsSources.get(source);
      if (named === undefined) namedAsSources.set(source, (named = source.mentions.some((m) => SOURCE_GROUP_HEAD.test(m.head) && !m.reference)));
      return named;
    };
    for (const a of doc.attributions) {
      const source = doc.sourceOf(a);
      if (!source || !ANONYMOUS_CLASSES.has(source.class) || !a.content) continue;
      if (source.class === 'anonymous-group' && !namedAsSource(source)) continue;
      // A pronoun may resolve to the wrong person; only what the copy pins on the source counts.
      if (a.source?.reference && /^(?:he|she|they|him|her|them)$/i.test(a.source.head)) continue;
      const { start, end } = a.content;
      const quote = doc.quoteAt(start);
      const direct = quote !== undefined && quote.depth === 0 && start >= quote.start && end <= quote.end + 1;
      const pejorative = doc.lexicons.pejoratives.test(masked, start, end) || doc.lexicons.labels.test(masked, start, end);
      let use: Use | null = null;
      if (direct && masked.slice(start, end).trim().split(/\s+/).length >= 4) use = pejorative ? 'pejorative quote' : 'direct quote';
      else if (pejorative || OPINION_CUE_LEMMAS.has(a.cue.lemma)) use = 'opinion';
      else if (doc.lexicons.speculation.test(masked, start, end)) use = 'speculation';
      if (!use) continue;
      const related: RelatedLocation = { start, end, message: `${use} credited to the anonymous source` };
      const seen = bySource.get(source.id);
      if (!seen) bySource.set(source.id, { use, attribution: a, related: [related] });
      else {
        seen.related.push(related);
        if (RANK[use] < RANK[seen.use]) seen.use = use;
      }
    }
    for (const [id, { use, attribution, related }] of bySource) {
      const source = doc.sources[id];
      const mention = source.mentions.find((m) => !m.reference) ?? attribution.source ?? source.mentions[0];
      const who = quoteWords(doc, mention);
      const what =
        use === 'pejorative quote'
          ? 'a pejorative direct quote'
          : use === 'direct quote'
            ? 'a direct quote'
            : use === 'opinion'
              ? 'opinion or characterisation'
              : 'speculation';
      report({
        span: mention,
        severity: use === 'pejorative quote' ? 'error' : undefined,
        message: `Anonymous source "${who}" is given ${what}: anonymity is for information the source is in a position to know, not for ${use === 'speculation' ? 'guesses' : 'judgements or quotes'}.`,
        related,
      });
    }
  },
});
