import type { Source, SourcingModel } from '../attribution/model';
import { defineRule } from '../rule';
import { firstAtLeast, type Span } from '../span';
import { anonymousMentions, anonymousSources, insertFix, quoteWords } from './common';

export default defineRule({
  meta: {
    id: 'declined-comment-anonymous',
    family: 'anonymous-sourcing',
    title: 'Anonymous source also said to have declined comment',
    description: 'Flags "declined to comment" (or "did not respond to a request for comment") said of a source the story quotes anonymously, or of an organisation whose unnamed insider the story quotes. "Declined to comment on the record", "publicly" or "on whether…" is precise and passes.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['AP'],
    rationale: 'AP: do not say a person declined comment when that person is already quoted anonymously; it misleads readers about where the information came from.',
  },
  check(doc, _options, report) {
    const { masked } = doc.prose;
    const { policy } = doc.lexicons;
    const anonymous = anonymousSources(doc);
    if (anonymous.length === 0) return;
    const ownSource = mentionsContaining(doc, anonymous);
    // An unnamed insider counts when the copy says anonymity was granted: "an Acme official said
    // in its promotional video" is an on-record voice the story did not name.
    const grantedAnonymity = (source: Source) =>
      source.anonymous!.reason !== null ||
      source.mentions.some((m) => {
        const s = doc.sentenceAt(m.start);
        return s !== undefined && doc.lexicons.anonymityPhrases.test(masked, s.start, s.end);
      });
    // "acme" as a word of a longer text: one pattern per name, however many refusals use it.
    const patterns = new Map<string, RegExp>();
    const wordWithin = (words: string) => {
      let pattern = patterns.get(words);
      if (!pattern) patterns.set(words, (pattern = new RegExp(`(?<![\\p{L}])${escape(words)}(?![\\p{L}])`, 'u')));
      return pattern;
    };
    // Each anonymous source's affiliation, once per source rather than once per refusal: null when
    // it has none or the copy does not say anonymity was granted.
    const insiders = new Map<Source, { where: string; within: RegExp | null } | null>();
    const insiderOf = (source: Source) => {
      let known = insiders.get(source);
      if (known === undefined) {
        const affiliation = source.anonymous!.affiliation;
        if (!affiliation || !grantedAnonymity(source)) known = null;
        else {
          const where = masked.slice(affiliation.start, affiliation.end).toLowerCase().replace(/(?:'s|’s)(?![\p{L}])/gu, '').replace(/^(?:the|a|an)\s+/, '').trim();
          known = { where, within: where.length >= 4 ? wordWithin(where) : null };
        }
        insiders.set(source, known);
      }
      return known;
    };
    for (const declined of policy.declined.find(masked)) {
      if (doc.inQuote(declined)) continue;
      const sentence = doc.sentenceAt(declined.start);
      if (!sentence) continue;
      // Precise wording passes: "declined to comment publicly", "… on whether the talks …".
      const after = /^[^,.;:()]*/.exec(masked.slice(declined.end, sentence.end))![0];
      if (policy.declinedQualifiers.test(masked, declined.end, declined.end + Math.min(after.length, 30))) continue;
      const onTheRecordBefore = /\b(?:publicly|officially|on the record)\s*$/i.test(masked.slice(Math.max(sentence.start, declined.start - 20), declined.start));
      if (onTheRecordBefore) continue;

      // The refusal sits inside the anonymous source's own description ("an official, who
      // declined to comment, said").
      const own = ownSource(declined);
      const subject = own ? null : doc.subjectBefore(sentence.start, declined.start);
      const reading = subject ? doc.readMention(subject) : null;
      let person: Source | undefined = own;
      // "The official declined to comment": a definite back-reference to an anonymous source.
      if (!person && reading && reading.reference === 'definite' && (reading.class === 'anonymous-person' || reading.class === 'anonymous-group')) {
        const head = singular(reading.head);
        person = anonymous.find(({ source, mention }) => mention.start < declined.start && source.mentions.some((m) => singular(m.head) === head))?.source;
      }
      const comment = /comment$/i.test(declined.entry) && !/\b(?:respond|return|reached)\b/.test(declined.entry);
      const fixes = comment ? [insertFix('Say the refusal was on the record only', declined.end, ' on the record')] : [];
      if (person) {
        const mention = person.mentions[0];
        report({
          span: declined,
          message: `"${quoteWords(doc, declined)}" is said of "${quoteWords(doc, mention)}", a source the story uses anonymously: say the source declined to comment on the record, or drop the line.`,
          related: [{ start: mention.start, end: mention.end, message: 'the anonymous source' }],
          fixes,
        });
        continue;
      }
      // "The ministry declined to comment" while "a ministry official" speaks anonymously.
      // A two-word company name reads like a person's ("Harlow Motors"): it must then be the
      // insider's affiliation word for word.
      if (!reading || !subject || (reading.class !== 'named-organisation' && reading.class !== 'named-person')) continue;
      const org = (reading.name ?? reading.head).replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
      if (org.length < 3) continue;
      const within = wordWithin(org);
      const speaker = masked.slice(subject.start, subject.end).toLowerCase();
      const insider = anonymous.find(({ source }) => {
        const known = insiderOf(source);
        if (!known) return false;
        if (reading.class !== 'named-organisation') return known.where === org;
        // "The Pentagon" and "a Pentagon official"; "a Pentagon spokesman" and "a Pentagon official".
        return within.test(known.where) || (known.within !== null && known.within.test(speaker));
      });
      if (!insider) continue;
      report({
        span: declined,
        severity: 'information',
        message: `"${quoteWords(doc, subject)}" ${quoteWords(doc, declined)}, yet the story quotes "${quoteWords(doc, insider.mention)}" anonymously: say the refusal was on the record only.`,
        related: [{ start: insider.mention.start, end: insider.mention.end, message: 'the anonymous insider' }],
        fixes,
      });
    }
  },
});

/**
 * The first of the anonymous sources (in source order) with a mention that contains a span.
 * Mentions are short, so only those starting the longest one's length or less before the span
 * are looked at.
 */
function mentionsContaining(doc: SourcingModel, anonymous: readonly { source: Source }[]): (span: Span) => Source | undefined {
  const { mentions, starts, longest } = anonymousMentions(doc);
  const listed = new Set(anonymous.map(({ source }) => source));
  return (span) => {
    let best: Source | undefined;
    for (let i = firstAtLeast(starts, span.start + 1) - 1; i >= 0 && mentions[i].mention.start >= span.start - longest; i--) {
      const { mention, source } = mentions[i];
      if (span.end <= mention.end && listed.has(source) && (!best || source.id < best.id)) best = source;
    }
    return best;
  };
}

function singular(noun: string): string {
  const n = noun.toLowerCase();
  if (n === 'people') return 'person';
  return n.endsWith('s') && !n.endsWith('ss') ? n.slice(0, -1) : n;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
