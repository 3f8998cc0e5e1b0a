import { defineRule } from '../rule';
import { deleteWordFix, inWritersVoice, isFurniture, isHeadline, speechVerbNear } from './common';

/** Manner uses that are not comment: "spoke clearly", "clearly visible", "clearly marked". */
const MANNER_AFTER = /^\s+(?:visible|audible|legible|marked|labell?ed|signposted|defined|written|stated|identified|seen|heard|displayed|printed|lit|separated|explained|laid out)\b/i;
const MANNER_BEFORE = /\b(?:\w+ed|speak|speaks|spoke|spoken|see|sees|saw|seen|hear|hears|heard|think|thinks|explain|explains|write|writes|wrote|written|show|shows|shown|read|reads|state|states|communicate|communicates|more|most|less|very|so|too|as|quite|fairly)\s+$/i;
/** "a change of course", "in the course of", "a matter of course": the noun, not the aside. */
const COURSE_NOUN = /\b(?:change|changes|changed|changing|matter|reversal|shift|alter|altered|altering|plot|plotted|golf|par|off|main|first|second|third|set|stay|stayed|staying|steer|steered|chart|charted)\s+$/i;

export default defineRule({
  meta: {
    id: 'editorialising',
    family: 'characterisation',
    title: 'Editorialising in the writer\'s voice',
    description: 'Flags sentence adverbs and asides that tell the reader what to think of a fact: clearly, obviously, of course, notably, ironically, tellingly, unfortunately, needless to say, it should be noted… Manner uses ("spoke clearly", "clearly marked") are fine. Off for opinion and analysis pieces (genre).',
    defaultSeverity: 'information',
    genreSeverity: { opinion: 'off', analysis: 'off' },
    fix: 'safe',
    policy: ['Wikipedia', 'BBC', 'Reuters'],
    rationale: 'Wikipedia MOS:EDITORIALIZING: words such as "notably", "clearly" and "of course" insert the writer\'s opinion; BBC Editorial Guidelines (impartiality) and the Reuters Handbook: let the facts speak, without value-laden asides.',
  },
  check(doc, _options, report) {
    const masked = doc.prose.masked;
    for (const match of doc.lexicons.editorialAdverbs.find(masked)) {
      if (!inWritersVoice(doc, match) || speechVerbNear(doc, match, true) || isFurniture(doc, match.start) || isHeadline(doc, match.start)) continue;
      const before = masked.slice(Math.max(0, match.start - 24), match.start);
      const after = masked.slice(match.end, match.end + 24);
      if (match.entry === 'clearly' && (MANNER_AFTER.test(after) || MANNER_BEFORE.test(before))) continue;
      if (match.entry === 'of course' && COURSE_NOUN.test(before)) continue;
      const words = doc.text.slice(match.start, match.end);
      report({
        span: match,
        message: `"${words}" tells the reader what to think: let the facts and the sources say it.`,
        fixes: [deleteWordFix(doc, match, `Delete "${words}"`, true)],
      });
    }
  },
});
