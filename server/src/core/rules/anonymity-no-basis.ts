import { defineRule } from '../rule';
import { anonymousSources, insertFix, quoteWords, tk } from './common';

export default defineRule({
  meta: {
    id: 'anonymity-no-basis',
    family: 'anonymous-sourcing',
    title: 'Anonymous source with no basis of knowledge',
    description: 'Flags an anonymous source whose description gives affiliation and role but never says how they know ("with direct knowledge of the talks", "who attended the meeting", "who has seen the memo"). Descriptors that lack affiliation or role, or rest on proximity ("close to"), are reported by bare-source and vague-source instead.',
    defaultSeverity: 'information',
    fix: 'suggested',
    policy: ['AP', 'Reuters', 'NYT'],
    rationale: 'AP: the source must have "direct knowledge" of the information, and the story says so; Reuters: describe how the source knows; NYT: tell readers how the source is in a position to know.',
  },
  check(doc, _options, report) {
    for (const { source, mention } of anonymousSources(doc)) {
      const p = source.anonymous!;
      if (p.knowledge || p.proximity || !p.affiliation || !p.role) continue;
      const next = doc.text.slice(mention.end).match(/^["”’]?\s*(.)/)?.[1] ?? '';
      const closing = next === ',' || next === '.' || next === ';' || next === '' ? '' : ',';
      report({
        span: mention,
        message: `Anonymous source "${quoteWords(doc, mention)}" does not say how they know: add their basis of knowledge.`,
        fixes: [insertFix('Say how the source knows', mention.end, `, ${tk('how the source knows')}${closing}`)],
      });
    }
  },
});
