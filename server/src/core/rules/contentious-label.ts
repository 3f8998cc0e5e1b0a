import { defineRule } from '../rule';
import type { Fix } from '../types';
import { inWritersVoice, isFurniture, matchCase, matchesBySentence, mentionsSpeech, replaceFix, tk } from './common';

/** "which the EU designates as a terrorist organisation", "listed as a terrorist group". */
const DESIGNATION = /\b(?:designat\w*|proscribed|listed\s+as|blacklisted|ruled\s+(?:it\s+)?(?:a|an)|convicted|found\s+guilty|court\s+found|tribunal\s+found)\b/i;

export default defineRule({
  meta: {
    id: 'contentious-label',
    family: 'characterisation',
    title: 'Contentious label in the writer\'s voice',
    description: 'Flags value-laden labels the copy adopts as its own: terrorist, regime, coup, thug, extremist, puppet, propaganda, massacre, genocide, "democratically elected", "illegitimate"… Generic and proper-name uses ("counter-terrorism police", "Terrorism Act", "tax regime"), quotations, attributed statements and explicit designations are fine.',
    defaultSeverity: 'warning',
    genreSeverity: { opinion: 'off', analysis: 'information' },
    fix: 'suggested',
    policy: ['BBC', 'Reuters', 'AP', 'Wikipedia'],
    rationale: 'BBC: "terrorist" and similar words are used in attribution, not in our own voice; Reuters: "one man\'s terrorist is another man\'s freedom fighter"; AP: legal terms such as genocide and massacre need a finding; Wikipedia MOS:LABEL.',
    options: {
      includeLoaded: { type: 'boolean', default: true, description: 'Also report loaded characterisations ("controversial", "draconian", "bizarre") at information level.' },
    },
  },
  check(doc, options, report) {
    const masked = doc.prose.masked;
    for (const { sentence, matches } of matchesBySentence(doc, doc.lexicons.labels)) {
      for (const match of matches) {
        const entry = doc.lexicons.labelByTerm.get(match.entry);
        if (!entry) continue;
        if (entry.kind === 'loaded' && !options.includeLoaded) continue;
        if (!inWritersVoice(doc, match) || mentionsSpeech(doc, match, true) || isFurniture(doc, match.start)) continue;
        const word = doc.text.slice(match.start, match.end);
        // Proper names mid-sentence: "Terrorism Act", "Counter Terrorism Command".
        if (/^\p{Lu}/u.test(word) && match.start > sentence.start && !/[.!?:]\s*$/.test(masked.slice(sentence.start, match.start))) {
          if (!/^(?:Regime|Coup)$/.test(word) || /\p{Lu}/u.test(masked.slice(match.end + 1, match.end + 2))) continue;
        }
        const before = masked.slice(Math.max(sentence.start, match.start - 30), match.start).toLowerCase();
        const after = masked.slice(match.end, Math.min(sentence.end, match.end + 25)).toLowerCase();
        if (entry.exemptBefore?.some((w) => exemptBefore(w).test(before))) continue;
        if (entry.exemptAfter?.some((w) => exemptAfter(w).test(after))) continue;
        if (/(?:counter|anti)-?$/.test(before)) continue;
        if (DESIGNATION.test(masked.slice(sentence.start, sentence.end))) continue;
        const fixes: Fix[] = [];
        if (entry.neutral) fixes.push(replaceFix(`Use the neutral term "${entry.neutral}"`, match, matchCase(word, entry.neutral)));
        // "a coup" → "what [TK: who] called a coup"; only where an article introduces the label.
        const article = /\b(an?)\s+$/i.exec(masked.slice(Math.max(sentence.start, match.start - 4), match.start));
        if (article) {
          const from = match.start - article[0].length;
          fixes.push(replaceFix('Attribute the label', { start: from, end: match.end }, `what ${tk('who')} called ${doc.text.slice(from, match.end)}`));
        }
        report({
          span: match,
          severity: entry.kind === 'loaded' ? 'information' : undefined,
          message:
            entry.kind === 'legal'
              ? `"${word}" is a legal finding stated in the writer's voice: attribute it or cite the finding.`
              : entry.kind === 'loaded'
                ? `"${word}" characterises in the writer's voice: attribute it or describe what happened.`
                : `Label "${word}" in the writer's voice: attribute it${entry.neutral ? ` or use a neutral term ("${entry.neutral}")` : ''}.`,
          fixes,
        });
      }
    }
  },
});

/**
 * The patterns of a label's exempting words, made once each: made afresh for each label in the
 * draft, they were two thirds of this rule's time. Keyed by their source; the words come from
 * the lexicon, so the map stays small.
 */
const exemptPatterns = new Map<string, RegExp>();

function pattern(source: string): RegExp {
  let made = exemptPatterns.get(source);
  if (!made) exemptPatterns.set(source, (made = new RegExp(source)));
  return made;
}

const exemptBefore = (w: string) => pattern(`\\b${w.replace(/[-]/g, '\\-')}[\\s-]*$`);
const exemptAfter = (w: string) => pattern(`^[\\s-]*${w}\\b`);
