import { defineRule } from '../rule';
import type { SourcingModel } from '../attribution/model';
import type { Span } from '../span';
import type { Fix } from '../types';
import { beforeFinalPunctuation, isFurniture, matchesBySentence, replaceFix, tk } from './common';

const NAMED = new Set(['named-person', 'named-organisation', 'outlet']);

export default defineRule({
  meta: {
    id: 'hidden-source',
    family: 'anonymous-sourcing',
    title: 'Hidden source',
    description: 'Flags "has learned", "it is understood", "reportedly", "according to reports" and "media reports said" when the sentence never says who reported or told it. Satisfied when the sentence names the source.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['BBC', 'Reuters', 'AP'],
    rationale: 'BBC Editorial Guidelines: be clear about the source of information; Reuters and AP: credit other outlets\' reports by name, and never let "reportedly" stand in for a source.',
  },
  check(doc, _options, report) {
    for (const { sentence, matches } of matchesBySentence(doc, doc.lexicons.hiddenSourcePhrases)) {
      for (const match of matches) {
        if (doc.inQuote(match) || isFurniture(doc, match.start)) continue;
        // Satisfied when the sentence names who: an attribution to a named source or outlet.
        const previous = doc.sentences[sentence.index - 1];
        const scope = previous && previous.block === sentence.block ? [...doc.attributionsIn(previous.index), ...doc.attributionsIn(sentence.index)] : doc.attributionsIn(sentence.index);
        const learned = /^(?:has|have)\s+learn/i.test(doc.prose.masked.slice(match.start, match.end));
        // "The Post has learned" names who learned it. "Reportedly", "it is understood" and
        // "according to reports" need a named reporter of the claim: an outlet or a named source
        // credited through "according to", not the person the sentence is about.
        const named = scope.some((a) => {
          if (!a.source || (match.start <= a.source.start && a.source.end <= match.end)) return false;
          const source = doc.sourceOf(a)!;
          // A document counts when it is credited to someone named: "reports in the Harbour Gazette".
          const credited = source.class === 'document' && /\b(?:in|by|from|of)\s+(?:the\s+)?\p{Lu}/u.test(source.label);
          if (!(NAMED.has(source.class) || credited) || !/\p{Lu}/u.test(source.label)) return false;
          if (credited) return true;
          return learned || source.class === 'outlet' || a.cue.kind === 'according-to' || a.cue.kind === 'citing';
        });
        if (named) continue;
        const phrase = doc.text.slice(match.start, match.end);
        report({
          span: match,
          message: `"${phrase}" hides who reported or told this: name the source or outlet.`,
          fixes: fixFor(doc, match, phrase),
        });
      }
    }
  },
});

/** "reportedly" is dropped and the sentence credited; "according to reports" names the source. */
function fixFor(doc: SourcingModel, match: Span, phrase: string): Fix[] {
  if (/^reportedly$/i.test(phrase)) {
    let end = match.end;
    while (end < doc.text.length && doc.text[end] === ' ') end++;
    const at = beforeFinalPunctuation(doc, match.start);
    return [
      {
        title: 'Name the source',
        safe: false,
        edits: [
          { start: match.start, end, text: '' },
          { start: at, end: at, text: `, according to ${tk('source')}` },
        ],
      },
    ];
  }
  if (/^according to/i.test(phrase)) return [replaceFix('Name the source', match, `according to ${tk('source')}`)];
  if (/^(?:media reports|reports|press reports|local media|local reports|media)\s+(?:said|say|reported|suggest|suggested)/i.test(phrase)) {
    return [replaceFix('Name the outlet', match, `${tk('outlet')} ${phrase.split(/\s+/).pop()}`)];
  }
  return [];
}
