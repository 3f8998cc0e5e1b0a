import { defineRule } from '../rule';
import { anonymousSources, insertFix, quoteWords, sentenceEnd, tk } from './common';

export default defineRule({
  meta: {
    id: 'unverified-relay',
    family: 'anonymous-sourcing',
    title: 'Relayed anonymous report without a verification note',
    description: 'Flags a claim relayed from another outlet\'s anonymous sourcing ("the Journal reported, citing a person close to…") when the story never says whether it could be independently verified.',
    defaultSeverity: 'information',
    fix: 'suggested',
    policy: ['Reuters', 'AP'],
    rationale: 'Reuters: when relaying another organisation\'s report, attribute it and say whether Reuters could verify it; AP: material from other outlets\' anonymous sources must be identified as such.',
  },
  check(doc, _options, report) {
    const verified = doc.lexicons.verificationPhrases.test(doc.prose.masked);
    if (verified) return;
    for (const { source, mention } of anonymousSources(doc)) {
      const relay = source.anonymous!.relayedBy;
      if (relay === null) continue;
      const outlet = doc.sources[relay];
      const outletMention = outlet.mentions[0];
      report({
        span: mention,
        message: `${outlet.label} relays unnamed source "${quoteWords(doc, mention)}"; the story does not say whether the report could be independently verified.`,
        related: outletMention ? [{ start: outletMention.start, end: outletMention.end, message: `the outlet relaying the source: ${outlet.label}` }] : [],
        fixes: [insertFix('Add a verification note', sentenceEnd(doc, mention.start), ` ${tk('outlet')} could not independently verify the report.`)],
      });
    }
  },
});
