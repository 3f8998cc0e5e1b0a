import { defineRule } from '../rule';
import { anonymousSources, GENERIC_HEAD, quoteWords, replaceFix, tk, UNNAMED_MODIFIER } from './common';

export default defineRule({
  meta: {
    id: 'bare-source',
    family: 'anonymous-sourcing',
    title: 'Bare anonymous source',
    description: 'Flags "sources said", "a source told", "according to sources" and "insiders": an unnamed source the copy does not describe at all. Satisfied when the description gives the source\'s affiliation and role.',
    defaultSeverity: 'error',
    fix: 'suggested',
    policy: ['AP', 'Reuters', 'NYT'],
    rationale: 'AP: describe an anonymous source as precisely as possible without identifying them; Reuters: "sources said" is never enough, say where the source works and what they do.',
  },
  check(doc, _options, report) {
    for (const { source, mention } of anonymousSources(doc)) {
      const profile = source.anonymous!;
      if (!GENERIC_HEAD.test(mention.head) || profile.affiliation || profile.role || profile.proximity || UNNAMED_MODIFIER.test(mention.text)) continue;
      report({
        span: mention,
        message: `Bare source "${quoteWords(doc, mention)}": say where the source works and what they do (affiliation and role).`,
        fixes: [replaceFix('Describe the source: role and organisation', mention, `${tk('role')} at ${tk('organisation')}`)],
      });
    }
  },
});
