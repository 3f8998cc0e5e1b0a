import { isConsequential } from '../attribution/figures';
import type { Figure, SourcingModel } from '../attribution/model';
import { defineRule } from '../rule';
import { beforeFinalPunctuation, insertFix, isFurniture, isHeadline, mentionsSpeech, tk } from './common';

export default defineRule({
  meta: {
    id: 'unattributed-figure',
    family: 'numbers',
    title: 'Figure with no owner',
    description: 'Flags a consequential figure (casualties, crowds, troops, staff, money, votes, percentages…) stated in the writer\'s voice with no attribution in its sentence. Dates, ages, times, addresses and page numbers are exempt.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['AP', 'Reuters', 'BBC'],
    rationale: 'AP and Reuters: numbers that are estimates or claims (death tolls, crowd sizes, costs) must say whose figure they are; BBC: be clear about the source of statistics.',
    options: {
      includeHeadlines: { type: 'boolean', default: false, description: 'Also check headlines and headings, where attribution is usually in the body.' },
    },
  },
  check(doc, options, report) {
    for (const figure of unsourcedFigures(doc, options.includeHeadlines === true)) {
      report({
        span: figure,
        message: `Figure "${figure.text}"${figure.noun ? ` (${figure.noun})` : ''} has no source: say whose number it is.`,
        fixes: [insertFix('Attribute the figure', beforeFinalPunctuation(doc, figure.start), `, according to ${tk('source')}`)],
      });
    }
  },
});

const cache = new WeakMap<SourcingModel, Map<boolean, Figure[]>>();

/**
 * The consequential figures the writer states with no owner. vague-quantity reads this too, so
 * that "several dozen residents" gets this rule's warning and not a second, milder finding.
 */
export function unsourcedFigures(doc: SourcingModel, includeHeadlines = false): Figure[] {
  let byOption = cache.get(doc);
  if (!byOption) cache.set(doc, (byOption = new Map()));
  const known = byOption.get(includeHeadlines);
  if (known) return known;
  const found: Figure[] = [];
  doc.figures.forEach((figure, index) => {
    if (figure.attribution !== null || figure.inQuote || !(isConsequential(figure) || countsElidedNoun(doc, index))) return;
    if (isFurniture(doc, figure.start) || (!includeHeadlines && isHeadline(doc, figure.start))) return;
    if (smallExactCount(doc, figure)) return;
    if (figure.disputes.length > 0 || figure.conflictsWith.length > 0) return; // contested-figure reports it
    if (nearbyAttribution(doc, figure.sentence) || (figure.kind === 'percent' && nearbyPoll(doc, figure.sentence))) return;
    // Any reporting or proposing word ("reported earnings of", "pledged to create") makes the
    // sentence somebody's account even when no cue parses: precision first.
    if (mentionsSpeech(doc, figure)) return;
    // "reportedly", "according to reports": sourced, if vaguely; hidden-source asks who.
    if (HEARSAY.test(doc.prose.masked.slice(doc.sentences[figure.sentence].start, doc.sentences[figure.sentence].end))) return;
    found.push(figure);
  });
  byOption.set(includeHeadlines, found);
  return found;
}

/**
 * Reported speech often runs on into the next sentence without a cue of its own ("The mayor
 * said the plan was sound. It would cost $4 million."): a figure next to an attributed sentence
 * of the same paragraph is treated as covered.
 */
function nearbyAttribution(doc: SourcingModel, index: number): boolean {
  const here = doc.sentences[index];
  for (const k of [index - 1, index + 1]) {
    const s = doc.sentences[k];
    if (s && s.block === here.block && doc.attributionsIn(k).some((a) => a.source !== null)) return true;
  }
  return false;
}

/** Harm counts stay news however small ("two soldiers were killed"). */
const HARM = /^(?:dead|killed|injured|wounded|hurt|casualties|deaths|victims|bodies|fatalities|civilians|hostages|detainees|prisoners|arrested|detained|missing|displaced|evacuated)$/;

/**
 * A count of one to nine spelled out ("the two countries", "five delegates"): AP spells out
 * small exact counts, which a reporter observes rather than estimates; only harm counts need a source.
 */
function smallExactCount(doc: SourcingModel, figure: Figure): boolean {
  if (figure.kind !== 'count' || figure.value === null || figure.value >= 10 || /\d/.test(figure.text)) return false;
  if (figure.noun !== null && HARM.test(figure.noun)) return false;
  return !HARM_NEAR.test(doc.prose.masked.slice(figure.end, figure.end + 40));
}

const HARM_NEAR = /^\s+(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)?\s*(?:killed|dead|died|injured|wounded|hurt|arrested|detained|missing|kidnapped|abducted)\b/i;

const HEARSAY = /\b(?:reportedly|allegedly|according\s+to\s+(?:media\s+|news\s+|press\s+)?reports)\b/i;

/** Percentages in a paragraph that reports a poll or survey belong to it. */
const POLL = /\b(?:poll|polls|polling|survey|surveys|surveyed|respondents|exit polls?)\b/i;
function nearbyPoll(doc: SourcingModel, index: number): boolean {
  const here = doc.sentences[index];
  const from = doc.prose.blocks[Math.max(0, here.block - 1)].start;
  return POLL.test(doc.prose.masked.slice(from, doc.prose.blocks[here.block].end));
}

/**
 * A bare count whose noun the copy has just given ("Some 412 delegates were at stake. She won at
 * least 230."): it counts the same thing as the nearest earlier figure of the paragraph or the
 * one before, when that figure is consequential.
 */
function countsElidedNoun(doc: SourcingModel, index: number): boolean {
  const figure = doc.figures[index];
  if (figure.kind !== 'count' || figure.noun !== null || figure.value === null) return false;
  // A margin in points ("a 9 point lead") is a measure of its own.
  if (/^\s*[-–]?\s*(?:points?|percentage|pts?)\b/i.test(doc.prose.masked.slice(figure.end, figure.end + 14))) return false;
  const block = doc.sentences[figure.sentence].block;
  for (let j = index - 1; j >= 0; j--) {
    const earlier = doc.figures[j];
    if (doc.sentences[earlier.sentence].block < block - 1) return false;
    if (earlier.noun !== null) return isConsequential(earlier) && earlier.kind === 'count';
  }
  return false;
}
