import { defineRule } from '../rule';
import { anonymousSources, GENERIC_HEAD, quoteWords, replaceFix, tk, UNNAMED_MODIFIER } from './common';

const PROXIMITY = /\b(?:familiar\s+with|close\s+to|briefed\s+on)\b/i;

export default defineRule({
  meta: {
    id: 'vague-source',
    family: 'anonymous-sourcing',
    title: 'Vague anonymous source',
    description: 'Flags descriptors that place a source near the story without saying who they are or how they know: "a person close to X", "people familiar with the matter", "an unnamed source", bare "officials said". Satisfied when the description gives affiliation, role and a knowledge basis.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['AP', 'Reuters', 'NYT', 'NPR'],
    rationale: 'AP and Reuters: tell the reader the source\'s affiliation, position and how they know; "close to" and "familiar with" describe proximity, not knowledge.',
  },
  check(doc, _options, report) {
    for (const { source, mention } of anonymousSources(doc)) {
      const p = source.anonymous!;
      const bare = GENERIC_HEAD.test(mention.head) && !p.affiliation && !p.role && !p.proximity && !UNNAMED_MODIFIER.test(mention.text);
      if (bare) continue; // bare-source reports it
      const missing: string[] = [];
      if (!p.affiliation) missing.push('affiliation');
      if (!p.role) missing.push('role');
      if (p.proximity && !p.knowledge) missing.push('how they know (proximity is not knowledge)');
      if (missing.length === 0) continue;
      if (p.affiliation && p.role && !p.proximity) continue;
      // The first mention, and every later one that repeats the proximity-only descriptor
      // ("…, said the two people familiar with the talks"): each is a claim resting on it.
      const repeats = p.proximity && !p.knowledge ? source.mentions.filter((m) => m !== mention && m.start > mention.start && PROXIMITY.test(m.text) && !doc.inQuote(m)) : [];
      for (const m of [mention, ...repeats]) {
        report({
          span: m,
          message: `Vague source "${quoteWords(doc, m)}": missing ${missing.join(', ')}.`,
          fixes: [
            replaceFix(
              'Rewrite the descriptor with role, organisation and knowledge basis',
              m,
              `${p.count && p.count > 1 ? `${p.count} ` : 'a '}${tk('role')} at ${tk('organisation')} ${tk('how they know')}`,
            ),
          ],
        });
      }
    }
  },
});
