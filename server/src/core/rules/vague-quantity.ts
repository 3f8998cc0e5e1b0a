import { defineRule } from '../rule';
import { unsourcedFigures } from './unattributed-figure';
import { inWritersVoice, isFurniture, matchesBySentence, replaceFix, tk } from './common';

export default defineRule({
  meta: {
    id: 'vague-quantity',
    family: 'numbers',
    title: 'Vague quantity',
    description: 'Flags "several dozen", "a few dozen", "scores of", "the vast majority", "countless" and similar standing in for a knowable count in the writer\'s voice. Attributed or quoted uses are fine.',
    defaultSeverity: 'information',
    genreSeverity: { opinion: 'off', feature: 'hint' },
    fix: 'suggested',
    policy: ['AP', 'Reuters'],
    rationale: 'AP and Reuters: give the number when it can be had; a vague quantity in the writer\'s voice hides whether anyone counted.',
  },
  check(doc, _options, report) {
    for (const { matches } of matchesBySentence(doc, doc.lexicons.vagueQuantities)) {
      for (const match of matches) {
        if (!inWritersVoice(doc, match) || isFurniture(doc, match.start)) continue;
        // A consequential vague count with no owner gets unattributed-figure's warning instead.
        if (unsourcedFigures(doc).some((f) => f.start < match.end && match.start < f.end)) continue;
        const phrase = doc.text.slice(match.start, match.end);
        report({
          span: match,
          message: `"${phrase}" stands in for a count: give the number, or say who estimated it.`,
          fixes: [replaceFix('Give the exact number', match, tk('exact number'))],
        });
      }
    }
  },
});
