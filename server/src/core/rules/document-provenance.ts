import { endOfNounPhrase } from '../attribution/cues';
import { words, type Word } from '../attribution/words';
import { DOCUMENT_NOUNS } from '../lexicon/policy';
import { ORGANISATION_HEADS } from '../lexicon/sources';
import { defineRule } from '../rule';
import type { Span } from '../span';
import { insertFix, isFurniture, isHeadline, quoteWords, tk } from './common';

const DOCUMENTS = new Set<string>(DOCUMENT_NOUNS.filter((n) => !n.includes(' ')));
/** "a transit authority memo", "a police report": the issuer named by its kind. */
const ISSUERS = new Set<string>(ORGANISATION_HEADS);
const MONTH_OR_YEAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)$/;
const LEAKED = /(?<![\p{L}])leaked(?![\p{L}])/giu;
const STOP = /^(?:to|of|in|on|by|for|and|or|but|with|from|at|that|which|who|said|says|say|according|after|before|as|is|are|was|were|has|have|had|show|shows|showed|copy|copies)$/i;
const BACK_REFERENCE = /^(?:the|this|that|these|those|such|its|their|his|her)$/i;
const DETERMINER = /^(?:a|an|the|this|that|these|those|some|several|two|three|dozens|hundreds|thousands)$/i;
/** "a memo from the chief of staff", "emails between the aides": the author named after the noun. */
const AUTHOR_AFTER = /^,?\s+(?:from|by|between|of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\p{Lu}\p{Ll}]/u;
/** Access phrases that need the newsroom as their agent ("seen by Reuters"), not investigators. */
const NEEDS_OUTLET = new Set(['seen by', 'obtained by', 'reviewed by', 'viewed by', 'examined by', 'leaked to', 'provided to', 'shared with']);
const NEWSROOM = /^(?:the\s+|this\s+)?(?:newspaper|paper|news\s+agency|magazine|website|broadcaster|network|reporters?|journalists?|us|newsroom)\b/i;

export default defineRule({
  meta: {
    id: 'document-provenance',
    family: 'attribution',
    title: 'Document without provenance',
    description: 'Flags a document the story relies on ("a memo seen by the Ledger", "documents obtained by", "leaked emails") when neither its sentence nor the next says who produced it, when, or how it was authenticated.',
    defaultSeverity: 'information',
    fix: 'suggested',
    policy: ['AP'],
    rationale: 'AP: stories based on documents tell readers what the documents are, who produced them, when, and how the news organisation obtained and authenticated them.',
  },
  check(doc, _options, report) {
    const { masked } = doc.prose;
    const { policy } = doc.lexicons;
    const seen = new Set<number>();
    const consider = (document: Span, noun: Word, cited: Span) => {
      if (seen.has(noun.start) || doc.inQuote(cited) || isHeadline(doc, noun.start) || isFurniture(doc, noun.start)) return;
      seen.add(noun.start);
      const sentence = doc.sentenceAt(noun.start);
      if (!sentence) return;
      const np = words(masked, document.start, noun.end);
      // "the letter", "one such memo": a document introduced earlier, with its provenance there.
      if (np.some((w) => BACK_REFERENCE.test(w.text))) return;
      // "In an email provided to the Ledger, the officer said": the email is the speaker's.
      if (/\bin\s*$/i.test(masked.slice(Math.max(sentence.start, document.start - 4), document.start)) && doc.attributionsIn(sentence.index).some((a) => a.source !== null)) return;
      // Who or when in the noun phrase itself: "a Pentagon memo", "the ministry's report", "a March 3 letter".
      const modifiers = np.slice(0, -1).filter((w) => !DETERMINER.test(w.text) && !/^leaked$/i.test(w.text));
      const firstWord = words(masked, sentence.start, sentence.end)[0];
      if (modifiers.some((w) => (/^\p{Lu}/u.test(w.text) && w.start !== firstWord?.start) || /(?:'s|’s|s'|s’)$/.test(w.text) || MONTH_OR_YEAR.test(w.text) || ISSUERS.has(w.text.toLowerCase()))) return;
      if (AUTHOR_AFTER.test(masked.slice(noun.end, noun.end + 40))) return;
      const next = doc.sentences[sentence.index + 1];
      const to = next && next.block === sentence.block ? next.end : sentence.end;
      if (policy.provenance.test(masked, sentence.start, to)) return;
      report({
        span: cited,
        message: `"${quoteWords(doc, cited)}" does not say who produced the document, when, or how it was authenticated.`,
        fixes: [insertFix('Add the document\'s provenance', cited.end, ` ${tk('who wrote it, when, and how it was authenticated')}`)],
      });
    };

    // "a memo seen by the Ledger", "documents obtained by The Harbour Gazette"
    for (const access of policy.documentAccess.find(masked)) {
      const sentence = doc.sentenceAt(access.start);
      if (!sentence) continue;
      const before = words(masked, sentence.start, access.start).slice(-8);
      const k = findLastIndex(before, (w) => DOCUMENTS.has(w.text.toLowerCase()));
      if (k < 0) continue;
      // Only adjectives and a comma between the noun and the access phrase ("a memo, seen by").
      const gap = masked.slice(before[k].end, access.start);
      if (!/^,?\s*$/.test(gap)) continue;
      const agent = agentAfter(masked, access.end, endOfNounPhrase(masked, access.end, sentence.end, doc.quotes));
      if (!agent) continue;
      if (NEEDS_OUTLET.has(access.entry) && !NEWSROOM.test(masked.slice(agent.start, agent.end)) && doc.readMention(agent).class !== 'outlet') continue;
      const from = phraseStart(masked, before, k);
      consider({ start: before[from].start, end: before[k].end }, before[k], { start: before[from].start, end: agent.end });
    }

    // "leaked documents", "a leaked internal memo": found by one scan, read word by word only there.
    for (const m of masked.matchAll(LEAKED)) {
      const sentence = doc.sentenceAt(m.index!);
      if (!sentence) continue;
      const ws = words(masked, Math.max(sentence.start, m.index! - 80), Math.min(sentence.end, m.index! + 80));
      const i = ws.findIndex((w) => w.start === m.index);
      if (i < 0) continue;
      for (let j = i + 1; j <= i + 3 && j < ws.length; j++) {
        if (DOCUMENTS.has(ws[j].text.toLowerCase())) {
          const start = ws[phraseStart(masked, ws, i)].start;
          consider({ start, end: ws[j].end }, ws[j], { start, end: ws[j].end });
          break;
        }
        if (!/^[\p{Ll}-]+$/u.test(ws[j].text)) break;
      }
    }
  },
});

/** The agent after "seen by": a newsroom noun, or "the" and a run of capitalised words. */
function agentAfter(text: string, from: number, ceil: number): Span | null {
  const ws = words(text, from, ceil);
  if (ws.length === 0) return null;
  const newsroom = NEWSROOM.exec(text.slice(ws[0].start, ceil));
  if (newsroom) return { start: ws[0].start, end: ws[0].start + newsroom[0].length };
  let i = /^(?:the|this)$/i.test(ws[0].text) ? 1 : 0;
  const first = i;
  while (i < ws.length && /^\p{Lu}/u.test(ws[i].text)) i++;
  if (i === first) return null;
  return { start: ws[0].start, end: ws[i - 1].end };
}

/** Start of the noun phrase ending at words[k]: back over modifiers, to a determiner or a function word. */
function phraseStart(text: string, ws: readonly Word[], k: number): number {
  let from = k;
  while (from > 0 && k - from < 6) {
    const w = ws[from - 1];
    if (/[,;:.()"“”]/.test(text.slice(w.end, ws[from].start)) || STOP.test(w.text) || DOCUMENTS.has(w.text.toLowerCase())) break;
    from--;
    if (DETERMINER.test(w.text) || BACK_REFERENCE.test(w.text)) break;
  }
  return from;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
