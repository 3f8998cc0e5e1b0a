import { ALLEGATION_MARKERS, SO_CALLED_DOUBTED } from '../lexicon/judgement';
import { PhraseMatcher } from '../lexicon/matcher';
import { defineRule } from '../rule';
import { deleteWordFix, inWritersVoice, isFurniture, speechVerbNear } from './common';

/**
 * Who may allege: a charging or suing authority, or a court record (AP: "alleged" needs the
 * allegation's source; court reporting names the charging authority).
 */
const ALLEGERS = new PhraseMatcher([
  'police', 'prosecutor', 'prosecutors', 'prosecution', 'district attorney', 'attorney general',
  'authorities', 'investigators', 'indictment', 'indicted', 'charged', 'charges', 'charge sheet',
  'complaint', 'lawsuit', 'suit', 'court papers', 'court documents', 'court filing', 'court filings',
  'affidavit', 'warrant', 'grand jury', 'plaintiff', 'plaintiffs', 'regulator', 'regulators',
  'accused by', 'according to', 'alleges', 'alleged that', 'allege', 'allegation', 'allegations',
], { inflect: true });

const DOUBTED_NOUN = new RegExp(`^\\s+(?:${SO_CALLED_DOUBTED.join('|')})\\b`, 'i');

export default defineRule({
  meta: {
    id: 'doubt-marker',
    family: 'characterisation',
    title: 'Doubt marker in the writer\'s voice',
    description: 'Flags words by which the writer casts doubt without saying who doubts: self-styled, self-proclaimed, supposed(ly), purported(ly), ostensibly; "so-called" before quotation marks or a questioned noun ("so-called experts"); and "allegedly" when nobody in the paragraph alleges (police, prosecutors, a lawsuit, an attributed accuser). The literal "so-called" ("the so-called congestion charge") and "supposed to" are fine.',
    defaultSeverity: 'warning',
    genreSeverity: { opinion: 'off', analysis: 'information' },
    fix: 'suggested',
    policy: ['AP', 'Wikipedia'],
    rationale: 'AP Stylebook: use "so-called" only in its literal sense and identify who makes an allegation; Wikipedia MOS:DOUBT: "supposed", "purported", "alleged" and "so-called" imply the writer disbelieves the claim.',
  },
  check(doc, _options, report) {
    const masked = doc.prose.masked;
    for (const match of doc.lexicons.doubtMarkers.find(masked)) {
      if (!inWritersVoice(doc, match) || speechVerbNear(doc, match) || isFurniture(doc, match.start)) continue;
      const word = doc.text.slice(match.start, match.end);
      // "were supposed to arrive": obligation, not doubt.
      if (match.entry === 'supposed' && /^\s+to\b/i.test(masked.slice(match.end, match.end + 6))) continue;
      // The literal "so-called" names what something is commonly called: fine by AP.
      if ((match.entry === 'so-called' || match.entry === 'so called') && !/^\s*["“‘'«]/.test(doc.text.slice(match.end, match.end + 3)) && !DOUBTED_NOUN.test(masked.slice(match.end, match.end + 16))) continue;
      const sentence = doc.sentenceAt(match.start);
      if (ALLEGATION_MARKERS.has(match.entry) && sentence) {
        const block = doc.prose.blocks[sentence.block];
        const sourced = doc.attributionsIn(sentence.index).some((a) => a.source !== null);
        if (sourced || ALLEGERS.test(masked, block.start, block.end)) continue;
      }
      report({
        span: match,
        message: ALLEGATION_MARKERS.has(match.entry)
          ? `"${word}": say who alleges it (police, prosecutors, a lawsuit, a named accuser).`
          : `"${word}" casts doubt in the writer's voice: say who disputes the term, or drop the marker.`,
        fixes: [deleteWordFix(doc, match, `Delete "${word}"`)],
      });
    }
  },
});
