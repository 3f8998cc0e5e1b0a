import type { SourcingModel } from '../attribution/model';
import { defineRule } from '../rule';
import { isFurniture, isSubheading, matchesBySentence, quoteWords, replaceFix, tk } from './common';

const PRONOUN = /^(?:they|them|we)$/i;

export default defineRule({
  meta: {
    id: 'weasel-attribution',
    family: 'anonymous-sourcing',
    title: 'Weasel attribution',
    description: 'Flags unnamed groups and vague authorities used as sources ("critics say", "experts believe", "observers note", "many believe") and agentless attributions ("it is believed", "is widely seen as", "studies show"). Satisfied when a named instance, a count with a description, or a citation or link follows.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['Wikipedia', 'NPR', 'WaPo'],
    rationale: 'Wikipedia\'s "unsupported attributions" (MOS:WEASEL), NPR and the Washington Post: an opinion needs an owner the reader can weigh; "critics say" lets the writer speak through nobody.',
  },
  check(doc, _options, report) {
    const reported = new Set<number>();
    const reportedFor = new Map<number, Set<number>>();
    for (const source of doc.sources) {
      if (source.class !== 'vague-authority') continue;
      for (const mention of source.mentions) {
        // Pronouns ("they say") repeat the vague group; "the researchers" points back to someone specific.
        if ((mention.reference && !PRONOUN.test(mention.text)) || /^(?:the|these|those|this)\s/i.test(mention.text)) continue;
        if (doc.inQuote(mention) || isFurniture(doc, mention.start) || isSubheading(doc, mention.start)) continue;
        const s = doc.sentenceAt(mention.start);
        // One finding per group and sentence: "Democrats want …, and Republicans want …" is two.
        if (!s || reportedFor.get(s.index)?.has(source.id) || hasCitation(doc, s.index)) continue;
        // "Critics, including shop owner Bea Lorne, say": a named instance satisfies the rule.
        if (/^,?\s*(?:including|such\s+as|among\s+them|like|led\s+by)\s+(?:[\p{Ll}-]+\s+){0,4}\p{Lu}/u.test(doc.prose.masked.slice(mention.end, mention.end + 80))) continue;
        reported.add(s.index);
        (reportedFor.get(s.index) ?? reportedFor.set(s.index, new Set()).get(s.index)!).add(source.id);
        report({
          span: mention,
          message: `"${quoteWords(doc, mention)}" is an unnamed group standing in for a source: name at least one, or say how many and who they are.`,
          fixes: [replaceFix('Name who says so', mention, tk('who'))],
        });
      }
    }
    for (const { sentence, matches } of matchesBySentence(doc, doc.lexicons.weaselPhrases)) {
      if (reported.has(sentence.index) || hasCitation(doc, sentence.index)) continue;
      for (const match of matches) {
        if (doc.inQuote(match) || isFurniture(doc, match.start) || doc.attributionCovering(match)) continue;
        reported.add(sentence.index);
        const phrase = doc.text.slice(match.start, match.end);
        const rewrite = passiveRewrite(phrase);
        report({
          span: match,
          message: `"${phrase}" attributes to nobody: say who believes or shows it.`,
          fixes: rewrite ? [replaceFix('Name who says so', match, rewrite)] : [],
        });
        break;
      }
    }
  },
});

/** A link, or a named source attributed in this or the next sentence, satisfies the rule. */
function hasCitation(doc: SourcingModel, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (doc.format === 'markdown' && /\]\(/.test(doc.text.slice(s.start, s.end))) return true;
  const next = doc.sentences[sentence + 1];
  const named = (i: number) => doc.attributionsIn(i).some((a) => a.source && doc.sourceOf(a)!.class === 'named-person');
  return named(sentence) || (next !== undefined && next.block === s.block && named(next.index));
}

const PRESENT: Record<string, string> = { believed: 'believes', thought: 'thinks', said: 'says', claimed: 'claims', alleged: 'alleges', feared: 'fears', accepted: 'accepts', known: 'knows', suggested: 'suggests' };

/** "It is believed" → "[TK: who] believes"; "studies show" → "[TK: which studies] show". */
function passiveRewrite(phrase: string): string | null {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ');
  const itIs = /^it (?:is|has been) (?:widely |generally |often )?(believed|thought|said|claimed|alleged|feared|accepted|known|suggested)$/.exec(lower);
  if (itIs) return `${tk('who')} ${PRESENT[itIs[1]]}`;
  const studies = /^(studies|research) (show|shows|have shown|has shown)$/.exec(lower);
  if (studies) return `${tk(`which ${studies[1]}`)} ${studies[2]}`;
  const seen = /^(is|are|was|were) widely (seen|regarded|viewed|considered)( as)?$/.exec(lower);
  if (seen) return `${seen[1]} ${seen[2]} by ${tk('who')}${seen[3] ?? ''}`;
  const crowd = /^(?:many|some|most)(?: people)? (say|believe|argue|think)$/.exec(lower);
  if (crowd) return `${tk('who')} ${crowd[1]}`;
  return null;
}
