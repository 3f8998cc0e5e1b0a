import { SUPERLATIVE_ADJECTIVES } from '../lexicon/judgement';
import { RunSet } from '../lexicon/matcher';
import { defineRule } from '../rule';
import { beforeFinalPunctuation, inWritersVoice, insertFix, isFurniture, mentionsSpeech, tk } from './common';

const ADJECTIVES = SUPERLATIVE_ADJECTIVES.join('|');
/**
 * Superlatives that carry their own claim of comparison: "the worst since 1998", "the hottest
 * year on record", "the largest protest in decades", "for the first time since 2009".
 */
const COMPARISON = new RegExp(
  `\\b(?:(?:${ADJECTIVES})\\b[^.;:!?]{0,40}?\\b(?:since\\s+(?:\\d{4}|the\\s+\\d{4}s|records\\s+began|(?:the\\s+)?(?:end\\s+of\\s+)?(?:world\\s+war|the\\s+war|the\\s+depression|the\\s+great\\s+depression|the\\s+financial\\s+crisis))|on\\s+record|in\\s+(?:a\\s+)?(?:decades?|generations?|(?:a\\s+)?century|history|living\\s+memory))|first\\s+time\\s+since\\s+(?:\\d{4}|records\\s+began))`,
  'iy',
);
/**
 * The words a comparison starts with. Letters only, like the runs of the word index: the
 * pattern's \b on both sides of its first word makes that word a whole run of it.
 */
const COMPARISON_WORDS = new RunSet([...SUPERLATIVE_ADJECTIVES, 'first']);
/** Where a comparison is a fact the reader can check in the copy itself (a sports table). */
const SELF_EVIDENT = /\b(?:personal best|season's best|season best|career[- ]high|career[- ]best)\b/i;

export default defineRule({
  meta: {
    id: 'unattributed-superlative',
    family: 'numbers',
    title: 'Unattributed record or superlative',
    description: 'Flags "record", "unprecedented", "highest ever", "all-time high" and "the worst since 1998" style comparisons in the writer\'s voice with no source. Satisfied when an attribution covers the claim.',
    defaultSeverity: 'information',
    genreSeverity: { opinion: 'off' },
    fix: 'suggested',
    policy: ['AP', 'Reuters', 'Wikipedia'],
    rationale: 'AP and Reuters: records, firsts and "worst since" claims are checkable facts that need a source the reader can weigh (statistics office, league, weather service); Wikipedia MOS:PUFFERY.',
  },
  check(doc, _options, report) {
    const masked = doc.prose.masked;
    const spans = doc.lexicons.superlatives.find(masked).map((m) => ({ start: m.start, end: m.end }));
    // Tried only where one of its first words starts, as a scan of the whole text would find
    // them: in order, each after the last match. A whole-text scan was 2% of a keystroke.
    let after = 0;
    for (const at of COMPARISON_WORDS.startsOf(masked)) {
      if (at < after) continue;
      COMPARISON.lastIndex = at;
      const m = COMPARISON.exec(masked);
      if (m) {
        spans.push({ start: at, end: at + m[0].length });
        after = at + m[0].length;
      }
    }
    spans.sort((a, b) => a.start - b.start);
    let reportedSentence = -1;
    for (const span of spans) {
      const sentence = doc.sentenceAt(span.start);
      if (!sentence || sentence.index === reportedSentence || span.end > sentence.end) continue;
      if (!inWritersVoice(doc, span) || isFurniture(doc, span.start) || mentionsSpeech(doc, span)) continue;
      if (SELF_EVIDENT.test(masked.slice(sentence.start, sentence.end))) continue;
      reportedSentence = sentence.index;
      const words = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ');
      report({
        span,
        message: `"${words}" is a record claim in the writer's voice: say whose figures show it.`,
        fixes: [insertFix('Attribute the record', beforeFinalPunctuation(doc, span.start), `, according to ${tk('source')}`)],
      });
    }
  },
});
