import { defineRule } from '../rule';
import { isFurniture, replaceFix, tk } from './common';

const NAMED = new Set(['named-person', 'named-organisation', 'outlet', 'document']);

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
    for (const sentence of doc.sentences) {
      for (const match of doc.lexicons.hiddenSourcePhrases.find(doc.prose.masked, sentence.start, sentence.end)) {
        if (doc.inQuote(match) || isFurniture(doc, match.start)) continue;
        // Satisfied when the sentence names who: an attribution to a named source or outlet.
        const previous = doc.sentences[sentence.index - 1];
        const scope = previous && previous.block === sentence.block ? [...doc.attributionsIn(previous.index), ...doc.attributionsIn(sentence.index)] : doc.attributionsIn(sentence.index);
        const named = scope.some((a) => a.source && NAMED.has(doc.sourceOf(a)!.class) && !(a.source.start <= match.start && match.end <= a.source.end));
        if (named) continue;
        const phrase = doc.text.slice(match.start, match.end);
        const replaceable = /^(?:according to|reportedly|reports?|media|local|press)/i.test(phrase);
        report({
          span: match,
          message: `"${phrase}" hides who reported or told this: name the source or outlet.`,
          fixes: replaceable ? [replaceFix('Name the source', match, `according to ${tk('source')}`)] : [],
        });
      }
    }
  },
});
