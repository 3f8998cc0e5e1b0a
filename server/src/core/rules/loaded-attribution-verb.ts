import { neutralFor, VERBS, type VerbEntry } from '../lexicon/verbs';
import { defineRule } from '../rule';
import { isHeadline, matchCase, replaceFix } from './common';

export default defineRule({
  meta: {
    id: 'loaded-attribution-verb',
    family: 'characterisation',
    title: 'Loaded attribution verb',
    description: 'Flags attribution verbs that judge the statement: claimed, admitted, conceded, insisted, refuted (for "rejected"), slammed, blasted, boasted; and, at information level, verbs that vouch for it: revealed, pointed out, noted. Legal and technical senses are exempt (claim responsibility, admitted to hospital, denied bail).',
    defaultSeverity: 'warning',
    genreSeverity: { opinion: 'information', analysis: 'information' },
    fix: 'safe',
    policy: ['AP', 'Reuters', 'Wikipedia'],
    rationale: 'AP Stylebook: "said" is neutral and almost always right; Reuters: "claimed" implies disbelief and "refuted" means disproved; Wikipedia MOS:SAID lists both the doubting and the endorsing verbs.',
  },
  check(doc, _options, report) {
    const seen = new Set<number>();
    for (const attribution of doc.attributions) {
      const cue = attribution.cue;
      if (attribution.carried || cue.kind !== 'speech' || seen.has(cue.start)) continue;
      seen.add(cue.start);
      const form = doc.text.slice(cue.start, cue.end);
      const verb = VERB_BY_BASE.get(cue.lemma);
      if (!verb || verb.tone === 'neutral') continue;
      // Headlines are telegraphic: "depot blast kills two", "Style note:" are nouns. Only a verb
      // with its object ("Minister slams report") counts there, and its fix is never automatic.
      const headline = isHeadline(doc, cue.start);
      if (headline && !/^\s+(?:the|a|an|his|her|their|its|this|that|him|them|it|\p{Lu}|\p{Ll}+\s*$|\p{Ll}+\s+(?:over|as|for|on)\b)/u.test(doc.prose.masked.slice(cue.end, cue.end + 40))) continue;
      if (headline && /^\s*:/.test(doc.prose.masked.slice(cue.end, cue.end + 3))) continue;
      // A verb inside someone else's reported speech is theirs, not the writer's.
      const outer = doc.attributionsIn(attribution.sentence).some((a) => a !== attribution && a.cue.start !== cue.start && a.content && a.content.start <= cue.start && cue.end <= a.content.end);
      if (outer) continue;
      const replacement = neutralFor(verb, form.toLowerCase().replace(/\s+/g, ' '));
      const cased = matchCase(form, replacement);
      report({
        span: cue,
        severity: verb.tone === 'endorsing' ? 'information' : undefined,
        message:
          verb.tone === 'endorsing'
            ? `"${form}" vouches for what the source says: use "${cased}" unless the copy has established it.`
            : verb.base === 'refute'
              ? `"${form}" means disproved: use "${cased}" (or "denied") unless the copy shows the claim was disproved.`
              : `"${form}" casts doubt on the source: use "${cased}".`,
        fixes: [replaceFix(`Replace with "${cased}"`, cue, cased, !headline)],
      });
    }
  },
});

/** Each verb by its base form (the first entry where two share one), for the cue's lemma. */
const VERB_BY_BASE = new Map<string, VerbEntry>();
for (const verb of VERBS) if (!VERB_BY_BASE.has(verb.base)) VERB_BY_BASE.set(verb.base, verb);
