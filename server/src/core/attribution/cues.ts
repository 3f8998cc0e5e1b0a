import type { Lexicons } from '../lexicon';
import { RunSet } from '../lexicon/matcher';
import type { VerbEntry } from '../lexicon/verbs';
import type { Quote } from '../prose/quotes';
import type { Sentence } from '../prose/sentences';
import type { Span } from '../span';
import type { Cue } from './model';
import { AUXILIARIES, CONNECTIVES, WEEKDAYS } from './words';

/** An attribution as read off one sentence, before sources are classified and merged. */
export interface RawAttribution {
  cue: Cue;
  verb: VerbEntry | null;
  /** The words naming the source, or null when the subject is elided ("…, and added that"). */
  subject: Span | null;
  /** The subject is shared with the previous verb of the sentence ("said … and noted"). */
  elided: boolean;
  content: Span | null;
  /** For "citing X": the attribution (index within the sentence) this one relays through. */
  via: number | null;
}

/** Words that are nouns, not verbs, after these ("the claim", "on claim", "its report"). */
const NOUN_BEFORE = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'on', 'of',
  'in', 'for', 'with', 'by', 'about', 'no', 'any', 'some', 'such', 'new', 'false', 'latest', 'similar', 'earlier',
  'recent', 'first', 'initial', 'unfounded', 'baseless', 'whose', 'every', 'each', 'another', 'other', 'media', 'news',
  'press', 'police', 'annual', 'quarterly', 'official', 'bold', 'repeated', 'two', 'three', 'several', 'many', 'these',
  'into', 'from', 'against', 'amid', 'over', 'after', 'before', 'per', 'under', 'following', 'without',
]);

/** Passive or hearsay uses: "was told to leave", "is said to be" are not attributions. */
const PASSIVE_BEFORE = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', "it's", 'get', 'got']);

/** Phrases after a verb that precede its content: "said on Monday that", "told reporters". */
// The words between the preposition and the noun are a capturing group although no one reads it:
// V8 unrolls a small bounded repeat such as {0,3} without captures into copies, each followed by
// its own copy of the long alternation after it, and compiling that took 3-5 ms of every CLI run.
const AFTER_VERB_SKIP =
  /^(?:\s*,?\s*(?:on|late|early|last|this|in|at|during|earlier|later|over|via|through|to|during)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?([\w’'-]+\s+){0,3}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|night|morning|afternoon|evening|statement|interview|briefing|conference|news conference|press conference|call|speech|email|e-mail|letter|post|tweet|video|message|report|hearing|testimony|court|filing|release|appearance|remarks|reporters|Reuters|journalists|broadcast|podcast|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|Twitter|Facebook|Instagram|X|television|TV|radio|air|camera|stage|podcast|blog|website|show|program|programme|rally|speech)s?\b|\s+(?:today|yesterday|tonight|recently|previously|earlier|later|again|also|repeatedly|publicly|privately|separately|flatly|bluntly|simply|further)\b)+/i;

const PUT_AT = /\b(?:put|puts|putting|estimated|estimates|placed|places|pegged|pegs)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:at|as\s+high\s+as|as\s+low\s+as)\s+(?=[\w$£€¥])/gi;

/**
 * Words each cue pattern below cannot match without (as whole runs, case aside): sentences with
 * none of them skip the pattern.
 */
const PUT_AT_WORDS = new RunSet(['put', 'puts', 'putting', 'estimated', 'estimates', 'placed', 'places', 'pegged', 'pegs']);
const ACCORDING_WORDS = new RunSet(['according', 'citing', 'quoted', 'reported', 'cited']);
const STANCE_WORDS = new RunSet(
  'afraid concerned worried skeptical sceptical confident convinced hopeful optimistic pessimistic adamant doubtful wary unconvinced unsure nervous anxious alarmed outraged split divided express expressed expresses expressing'.split(' '),
);
const WITNESS_WORDS = new RunSet(['saw', 'counted', 'witnessed', 'observed', 'watched', 'heard']);
const STATEMENT_WORDS = new RunSet(['statement', 'interview', 'post', 'tweet', 'letter']);
const TALLY_WORDS = new RunSet(['tally', 'count', 'estimate', 'estimates', 'calculation', 'calculations', 'reckoning', 'figures', 'projection', 'projections', 'analysis']);

const STANCE =
  /\b(?:(?:is|are|was|were|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|grew|grow|have\s+been|has\s+been|had\s+been|became|become)\s+(?:\w+ly\s+)?(?:afraid|concerned|worried|skeptical|sceptical|confident|convinced|hopeful|optimistic|pessimistic|adamant|doubtful|wary|unconvinced|unsure|nervous|anxious|alarmed|outraged|split|divided)|express(?:ed|es|ing)?\s+(?:\w+\s+){0,2}?(?:concerns?|misgivings|doubts?|frustration|hopes?|optimism|skepticism|scepticism|reservations|outrage|anger|alarm|dismay|fears?))\b/gi;

const ANONYMITY_REQUEST = /^\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|anonymity|that\s+(?:his|her|their)\s+names?\s+(?:not|be\s+withheld))/i;

/** A participle clause about anonymity between a source and its verb: ", speaking on condition of anonymity, said". */
const ANONYMITY_PARTICIPLE = /^(?:speaking|talking|requesting|asking|declining|writing)\b/i;

const ADVERBIAL_PART =
  /^(?:in particular|for example|for instance|however|though|too|also|meanwhile|in turn|in fact|of course|as well|at least|in short|instead|moreover|furthermore|nonetheless|nevertheless|still|again|then|now|indeed|by contrast|in contrast|on the other hand|in response|in a statement|in an interview|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:especially|particularly|notably|including|like) [^,]{1,40})$/i;

const TAIL_END = /^\s*(?:[.!?;]|,|$|\s*["”’»)])/;

export interface SentenceContext {
  masked: string;
  sentence: Sentence;
  quotes: readonly Quote[];
  lexicons: Lexicons;
}

function quoteContaining(quotes: readonly Quote[], at: number): Quote | undefined {
  let found: Quote | undefined;
  for (const q of quotes) {
    if (q.start > at) break;
    if (!q.blockQuote && q.start < at && at < q.end) found = q;
  }
  return found;
}

function prevWord(text: string, at: number, floor: number): { word: string; start: number } | null {
  let i = at;
  while (i > floor && /\s/.test(text[i - 1])) i--;
  const end = i;
  while (i > floor && /[\p{L}\p{N}'’-]/u.test(text[i - 1])) i--;
  return end > i ? { word: text.slice(i, end), start: i } : null;
}

function nextNonSpace(text: string, at: number, ceil: number): number {
  let i = at;
  while (i < ceil && /\s/.test(text[i])) i++;
  return i;
}

/** Finds every attribution cue of a sentence with its subject region and content. */
export function readSentence(ctx: SentenceContext, sentenceQuotes: readonly Quote[]): RawAttribution[] {
  const { masked, sentence, lexicons } = ctx;
  const out: RawAttribution[] = [];
  const S = sentence.start;
  const E = sentence.end;

  // according to X / citing X
  const ACCORDING = /\b(?:according\s+to|citing|quoted\s+(?:by|in)|as\s+(?:reported|cited|quoted)\s+(?:by|in))\s+/gi;
  // "By the election board's tally", "by the agency's count": a possessive tally is a source.
  const TALLY = /\b(?:by|on|under)\s+((?:the\s+)?(?:[\p{L}.&-]+\s+){0,4}?[\p{L}.&-]+(?:'s|’s|s'|s’))\s+(?:own\s+)?(?:latest\s+|preliminary\s+|unofficial\s+|official\s+)?(?:tally|count|estimate|estimates|calculations?|reckoning|figures|projections?|analysis)\b/giu;
  for (const m of TALLY_WORDS.within(masked, S, E) ? matchesIn(TALLY, masked, S, E) : []) {
    if (quoteContaining(sentenceQuotes, m.index)) continue;
    const subjectStart = m.index + m[0].search(/\s/) + 1;
    const possessive = /(?:'s|’s|s'|s’)(?=\s)/.exec(m[0]);
    const subjectEnd = possessive ? m.index + possessive.index : subjectStart;
    const cue: Cue = { start: m.index, end: m.index + m[0].length, text: m[0], lemma: 'according to', kind: 'according-to' };
    const before = trimSpan(masked, S, m.index);
    const after = trimSpan(masked, skipPunct(masked, cue.end, E), E);
    const content = before.end - before.start >= after.end - after.start ? before : after;
    out.push({ cue, verb: null, subject: subjectEnd > subjectStart ? { start: subjectStart, end: subjectEnd } : null, elided: false, content, via: null });
  }
  for (const m of ACCORDING_WORDS.within(masked, S, E) ? matchesIn(ACCORDING, masked, S, E) : []) {
    if (quoteContaining(sentenceQuotes, m.index)) continue;
    const lemma = /^citing/i.test(m[0]) ? 'citing' : 'according to';
    const npStart = m.index + m[0].length;
    let npEnd = endOfNounPhrase(masked, npStart, E, sentenceQuotes);
    let subjectStart = npStart;
    const quoted = sentenceQuotes.find((q) => q.start === npStart);
    if (quoted) {
      // citing “a person close to the ministry,”: the descriptor is the quoted words.
      subjectStart = quoted.inner.start;
      npEnd = quoted.inner.end;
      while (npEnd > subjectStart && /[\s,.;:]/.test(masked[npEnd - 1])) npEnd--;
    }
    const cue: Cue = { start: m.index, end: m.index + m[0].trimEnd().length, text: m[0].trim(), lemma, kind: lemma === 'citing' ? 'citing' : 'according-to' };
    // The content is the clause the phrase hangs on: the rest of the sentence around it.
    const before = trimSpan(masked, S, m.index);
    const after = trimSpan(masked, skipPunct(masked, quoted ? quoted.end : npEnd, E), E);
    const content = before.end - before.start >= after.end - after.start ? before : after;
    out.push({ cue, verb: null, subject: npEnd > subjectStart ? { start: subjectStart, end: npEnd } : null, elided: false, content, via: null });
  }

  for (const match of lexicons.verbs.find(masked, S, E)) {
    const form = masked.slice(match.start, match.end).toLowerCase().replace(/\s+/g, ' ');
    const verb = lexicons.verbByForm.get(form);
    if (!verb) continue;
    if (quoteContaining(sentenceQuotes, match.start)) continue;
    const prev = prevWord(masked, match.start, S);
    const prevLower = prev?.word.toLowerCase();
    if (prevLower && PASSIVE_BEFORE.has(prevLower) && !/ing$/.test(form.split(' ')[0])) continue; // "was told", "is said to"; not "are urging"
    // "has been widely derided": a passive with an adverb between is still no speech verb.
    if (prev && /ly$/i.test(prev.word) && !/ing$/.test(form.split(' ')[0]) && PASSIVE_BEFORE.has(prevWord(masked, prev.start, S)?.word.toLowerCase() ?? '')) continue;
    if (prevLower === 'to' && verb.base !== 'say') continue; // "declined to comment", "refused to confirm"
    if (verb.base === 'say' && /^\s+to\s+(?:be|have)\b/i.test(masked.slice(match.end, match.end + 12))) continue; // "said to be"
    // After a determiner or preposition a verb form is a noun or gerund: "a recount", "reasons for worry".
    if (prevLower && /^(?:a|an|the|this|these|those|its|his|her|their|our|my|your|for|of|in|on|with|by|about|from|into|amid|after|before|without|over|despite|behind|false|baseless|unfounded|unsubstantiated|dubious|repeated|frequent)$/.test(prevLower)) continue;
    const nounLike = /^(?:supports?|wants?|debates?|favou?rs?|considers?|calls?|worry|worries|fears?|hopes?|doubts?|demands?|echoes|claims?|reports?|notes?|estimates?|comments?|questions?|answers?|replies|reply|posts?|tweets?|statements?|promises?|pledges?|vows?|shows?|finds?|signals?|counter|object|briefs?|reviews?|forecasts?|projects?|boasts?|rants?|admits?|warns?|says?|tells?|states?|concerns?|blasts?|slams?|hammers?|rails?)$/.test(form);
    // "voiced support for", "broad support among": the noun, not the verb.
    if (nounLike && (/^\s+(?:for|of|from|among|in|on|to)\b/i.test(masked.slice(match.end, match.end + 8)) || (prevLower && /(?:ed|ing)$/.test(prevLower) && !/^(?:indeed|need)$/.test(prevLower)))) continue;
    const clauseAfter = /^\s+(?:[\w’'-]+\s+){1,6}?(?:is|was|were|are|had|has|have|would|will|could|did|does|do|should|might|can|counted|made|took|gave|never|always)\b/i.test(masked.slice(match.end, E));
    if (nounLike && verb.strict && !/^\s*,?\s*(?:that\b|["“‘'«:])/.test(masked.slice(match.end, match.end + 8)) && !(prev && /^(?:he|she|they|it|we|i|who|which)$/i.test(prev.word)) && !(prev && /^\p{Lu}/u.test(prev.word) && prev.start > S && clauseAfter)) continue;
    if (prevLower && NOUN_BEFORE.has(prevLower) && !/^\s*,?\s*(?:that\b|["“‘'«:])/.test(masked.slice(match.end, match.end + 8)) && /^(?:claims?|reports?|notes?|estimates?|comments?|questions?|answers?|replies|reply|posts?|tweets?|promises?|pledges?|vows?|shows?|finds?|signals?|counter|object|briefs?|reviews?|forecasts?|projects?|boasts?|rants?|admits?|warns?|states?|concerns?)$/.test(form)) continue;
    // After a possessive the form is a noun: "Editor's note:", "the senator's claims".
    if (prev && /^\p{L}+(?:'s|’s)$/u.test(prev.word) && !/^(?:it|he|she|that|what|there|here|who|where|let)['’]s$/i.test(prev.word)) continue;
    // "a pollster who supported the governor": backing someone in a relative clause describes
    // the person; it reports no statement.
    if (verb.stance && /\b(?:who|which|that)\s+(?:\w+\s+){0,2}$/i.test(masked.slice(Math.max(S, match.start - 24), match.start))) continue;
    // "asked not to be named": the reason for anonymity, not something the source said.
    if ((verb.base === 'ask' || verb.base === 'request') && ANONYMITY_REQUEST.test(masked.slice(match.end, match.end + 40))) continue;
    if (prevLower && /^(?:that|having|needless|so)$/.test(prevLower) && verb.base === 'say') {
      if (prevLower !== 'that' || /^[\s,]*$/.test(masked.slice(match.end, match.end + 1))) continue;
    }

    // Where the content starts: after "that", a colon, a quotation, or the rest of the clause.
    let after = match.end;
    const skip = AFTER_VERB_SKIP.exec(masked.slice(after, Math.min(E, after + 80)));
    if (skip) after += skip[0].length;
    let objectSkipped = false;
    if (verb.base === 'tell' || verb.base === 'inform' || verb.base === 'brief') {
      // told reporters / told Reuters / told a news conference
      const obj = /^\s*(?:(?:the|a|an|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:reporters|journalists|Reuters|AP|CNN|BBC|Sputnik|him|her|them|us|me|lawmakers|parliament|Congress|supporters|the\s+\w+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\b/.exec(masked.slice(after, Math.min(E, after + 60)));
      if (obj) {
        after += obj[0].length;
        objectSkipped = true;
      }
      const more = AFTER_VERB_SKIP.exec(masked.slice(after, Math.min(E, after + 80)));
      if (more) after += more[0].length;
    }
    const rest = masked.slice(after, Math.min(E + 2, after + 40));
    const thatM = /^\s*,?\s*(?:that|how|why|whether|what|when)\b/i.exec(rest);
    const colonOrQuote = /^\s*(?::|,?\s*["“‘'«])/.exec(rest);
    const citingNext = /^\s*,\s*(?:citing|according\s+to|quoting)\b/i.exec(rest);
    // `"…," someone muttered in the crowd`: a verb just after a quotation's closing comma is its tail.
    const afterQuotation = /[,!?…]\s*["”’»]\s*(?!(?:and|or|but|then|while|as|so|yet|nor|before|after|when|because)\s)(?:[\p{L}.'’-]+\s+){1,4}$/iu.test(masked.slice(Math.max(S, match.start - 60), match.start));
    const tail = afterQuotation || TAIL_END.test(rest) || /^\s*(?:on|in|at|last|this|late|early)\s+[^,.;]{0,30}[.;!?]?\s*$/i.test(masked.slice(after, E)) || after >= E;
    const prevChar = masked.slice(Math.max(S, match.start - 3), match.start).trimEnd().slice(-1);
    // A participle after a comma (", revealing a tendency") continues the clause; it is no inversion.
    const inverted = (prevChar === ',' && !/ing$/.test(form)) || /["”’»]/.test(prevChar);

    // "insisted criminals were pouring in": a clause without "that".
    // "urged Congress to act", "called on allies to", "called the plan a disaster".
    const objectInfinitive =
      (/^(?:urge|ask|call|warn|demand|accuse|criticise|criticize|praise|echo|question|dispute|reject|dismiss|welcome|applaud|condemn|denounce|disparage|contradict|doubt|fear|expect)$/.test(verb.base) &&
        /^\s+(?:on\s+|for\s+)?(?:[\w’'.-]+\s+){0,4}?(?:to\s+\w+|a\s+\w+|an\s+\w+|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+|its\s+\w+|\p{Lu})/u.test(masked.slice(after, E))) ||
      // "worried about the deal", "complained over delays"
      (/^(?:worry|complain|fear|wonder|argue|speculate|joke|muse)$/.test(verb.base) && /^\s+(?:about|over)\s/i.test(masked.slice(after, E))) ||
      // "described the showdown as ominous", "called it a disaster"
      (/^(?:describe|call|portray|characterise|characterize|label|brand|dub|term|dismiss|denounce|praise|hail|cite)$/.test(verb.base) && /^\s+(?:[\w’'.-]+\s+){1,6}?(?:as\s|a\s|an\s)/i.test(masked.slice(after, E)));
    const pastClause = /^\s+(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:[\w’'-]+\s+){0,3}?\w+ed\b/i.test(masked.slice(after, E));
    const bareClause = (verb.tone !== 'neutral' || /^(?:believe|think|worry|fear|hope|expect|doubt|feel|agree|disagree|argue|insist|suggest|warn|predict|acknowledge|complain|explain|recall|reply|respond|answer|confirm|deny|announce|testify|signal|indicate|hint|imply|speculate|contend|maintain|conclude|concede|declare|promise|vow|pledge|emphasise|emphasize|stress|reiterate)$/.test(verb.base)) && /^\s+(?:(?!to\b|on\b|upon\b|in\b|for\b|of\b|about\b|with\b)[\w’'-]+\s+){1,6}?(?:is|was|were|are|had|has|have|would|will|could|did|does|do|should|might|can)\b/i.test(masked.slice(after, E));
    if (verb.strict && !thatM && !colonOrQuote && !citingNext && !tail && !inverted && !objectSkipped && !bareClause && !(pastClause && verb.tone !== 'neutral') && !objectInfinitive && verb.base !== 'show' && verb.base !== 'find') {
      // "reported earnings", "added 200 jobs", "noted author", "claimed the nomination": not speech.
      continue;
    }
    if (verb.base === 'admit' && /^\s+(?:to\s+(?:hospital|the\s+hospital|a\s+hospital)|into|through|until|as\s+(?:a\s+)?(?:refugees?|immigrants?|students?|members?))/i.test(masked.slice(match.end, match.end + 30))) continue;
    // An admission in court ("the counts to which she admitted", "admitted the charges") is the legal sense.
    if (verb.base === 'admit' && (/\bto\s+which\s+(?:\S+\s+){1,5}$/i.test(masked.slice(Math.max(S, match.start - 40), match.start)) || /^\s+(?:to\s+)?(?:the\s+)?(?:charges?|counts?|guilt|wrongdoing|offen[cs]es?|crimes?)\b/i.test(masked.slice(match.end, match.end + 24)))) continue;
    // "they aren't admitted until vetted": entry, not a confession.
    if (verb.base === 'admit' && prevLower && /^(?:not|aren't|isn't|wasn't|weren't|aren’t|isn’t|wasn’t|weren’t|be|been|being)$/.test(prevLower)) continue;
    if (verb.base === 'claim' && /^\s+(?:responsibility|credit|victory|the\s+(?:title|seat|prize|lives|life)|lives|asylum|benefits|a\s+seat)/i.test(rest)) continue;
    if (verb.base === 'deny' && /^\s+(?:bail|entry|access|permission|a\s+visa|visas|service|the\s+request|him|her|them)\b/i.test(rest)) continue;
    if (verb.base === 'show' || verb.base === 'find') {
      // "the poll found 90 percent…": findings of a document; otherwise only with a that-clause.
      const subjectWords = masked.slice(Math.max(S, match.start - 40), match.start);
      if (!thatM && !colonOrQuote && !/\b(?:poll|survey|study|report|data|analysis|census|audit|review|research|investigation|tally|count|figures|estimates?)s?\s+(?:\w+\s+)?$/i.test(subjectWords)) continue;
    }
    if (verb.base === 'hammer' && /^\s+out\b/i.test(rest)) continue;

    const cue: Cue = { start: match.start, end: match.end, text: masked.slice(match.start, match.end), lemma: verb.base, kind: 'speech' };
    const contentStartAfter = thatM ? after + thatM[0].length : after;

    // Inverted: `"…," said Zaemsky.` / `…, said a spokesman.`
    if (inverted && !thatM && !colonOrQuote) {
      const npStart = nextNonSpace(masked, match.end, E);
      const npEnd = endOfNounPhrase(masked, npStart, E, sentenceQuotes);
      const subjectBefore = subjectRegion(masked, S, match.start);
      // After the comma, "said" followed by a noun phrase that closes the sentence (or an
      // appositive) names the speaker: "…, said an official at the district."
      const closesSentence =
        (/^[\s,.;!?"”’)]*$/.test(masked.slice(npEnd, E)) || /^\s*,/.test(masked.slice(npEnd, npEnd + 2))) &&
        !/\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)\b/i.test(masked.slice(npStart, npEnd));
      const beforeIsClause = subjectBefore !== null && subjectBefore.end - subjectBefore.start > 0 && masked[match.start - 1] !== '"' && /[,]\s*$/.test(masked.slice(S, match.start));
      if (npEnd > npStart && (subjectBefore === null || subjectBefore.end - subjectBefore.start === 0 || (beforeIsClause && closesSentence)) && /^\s*[\p{Lu}a-z]/u.test(masked.slice(npStart, npStart + 2))) {
        const content = contentBefore(masked, S, match.start, sentenceQuotes);
        out.push({ cue, verb, subject: { start: npStart, end: npEnd }, elided: false, content, via: null });
        continue;
      }
    }

    const subject = subjectRegion(masked, S, match.start);
    // "If members reject the offer": a condition, not anyone's statement.
    if (subject && /\b(?:if|unless|whether)\s+$/i.test(masked.slice(Math.max(S, subject.start - 10), subject.start))) continue;
    // "while members consider the offer": a stance in a time clause is an event, not a view.
    if (subject && verb.stance && /\b(?:while|when|until|as|before|after|once)\s+$/i.test(masked.slice(Math.max(S, subject.start - 10), subject.start))) continue;
    const elided = subject === null;
    let content: Span | null;
    if (tail && !thatM && !colonOrQuote) content = contentBefore(masked, S, subject ? subject.start : match.start, sentenceQuotes);
    else content = trimSpan(masked, skipPunct(masked, contentStartAfter, E), E);
    if (content && content.end <= content.start) content = null;
    out.push({ cue, verb, subject, elided, content, via: null });
  }

  // Estimates: "Police put the crowd at 3,000", "organisers put turnout at about 12,000".
  for (const m of PUT_AT_WORDS.within(masked, S, E) ? matchesIn(PUT_AT, masked, S, E) : []) {
    if (quoteContaining(sentenceQuotes, m.index)) continue;
    const verbEnd = m.index + m[0].search(/\s/);
    const cue: Cue = { start: m.index, end: verbEnd, text: masked.slice(m.index, verbEnd), lemma: 'estimate', kind: 'speech' };
    const subject = subjectRegion(masked, S, m.index);
    if (!subject) continue;
    out.push({ cue, verb: null, subject, elided: false, content: trimSpan(masked, cue.end, E), via: null });
  }

  // Stances: "many Democrats are afraid that…", "voters have expressed misgivings": the opinion
  // is attributed to the group even without a speech verb (weasel territory when the group is vague).
  for (const m of STANCE_WORDS.within(masked, S, E) ? matchesIn(STANCE, masked, S, E) : []) {
    if (quoteContaining(sentenceQuotes, m.index)) continue;
    if (out.some((a) => a.cue.start <= m.index && m.index < a.cue.end + 2)) continue;
    const cue: Cue = { start: m.index, end: m.index + m[0].length, text: m[0], lemma: 'believe', kind: 'speech' };
    const subject = subjectRegion(masked, S, m.index);
    if (!subject) continue;
    out.push({ cue, verb: null, subject, elided: false, content: trimSpan(masked, cue.end, E), via: null });
  }

  // Witness cues: "a Reuters reporter saw", "witnesses said" is a speech cue already.
  const WITNESS = /\b(?:reporter|correspondent|photographer|witness|journalist)s?\s+(?:saw|counted|witnessed|observed|watched|heard)\b/gi;
  for (const m of WITNESS_WORDS.within(masked, S, E) ? matchesIn(WITNESS, masked, S, E) : []) {
    const verbAt = m.index + m[0].search(/\s\S+$/) + 1;
    const cue: Cue = { start: verbAt, end: m.index + m[0].length, text: m[0].slice(verbAt - m.index), lemma: 'see', kind: 'witness' };
    const subject = subjectRegion(masked, S, verbAt);
    out.push({ cue, verb: null, subject, elided: false, content: trimSpan(masked, cue.end, E), via: null });
  }

  // "In a statement, the ministry …" with no verb we know: the statement is the cue.
  if (out.length === 0 && STATEMENT_WORDS.within(masked, S, E)) {
    const st = /\b(?:in|in\s+a|in\s+an|in\s+its|in\s+his|in\s+her|in\s+their)\s+(?:written\s+|joint\s+|emailed\s+|e-mailed\s+|brief\s+)?(?:statement|interview|post|tweet|letter)\b/i.exec(masked.slice(S, E));
    if (st) {
      const at = S + st.index;
      out.push({ cue: { start: at, end: at + st[0].length, text: st[0], lemma: 'statement', kind: 'statement' }, verb: null, subject: null, elided: true, content: trimSpan(masked, S, E), via: null });
    }
  }

  out.sort((a, b) => a.cue.start - b.cue.start);
  // "Three shop owners said they opposed the plan": the second verb's subject stops at the first.
  for (let i = 1; i < out.length; i++) {
    const subject = out[i].subject;
    if (!subject) continue;
    for (let j = 0; j < i; j++) {
      const cue = out[j].cue;
      if (cue.start >= subject.start && cue.end <= subject.end) {
        const rest = masked.slice(cue.end, subject.end).replace(/^\s*(?:that\s+)?/i, '');
        const start = subject.end - rest.length;
        out[i].subject = rest.trim().length > 0 ? { start, end: subject.end } : null;
        out[i].elided = out[i].subject === null;
      }
    }
  }
  // "X reported, citing Y": the citing attribution relays through the speech attribution before it.
  for (let i = 0; i < out.length; i++) {
    if (out[i].cue.kind !== 'citing') continue;
    for (let j = i - 1; j >= 0; j--) {
      if (out[j].cue.kind === 'speech') {
        out[i].via = j;
        if (out[j].content && out[i].content && out[j].content!.start > out[i].cue.start) out[i].content = out[j].content;
        break;
      }
    }
  }
  return out;
}

/**
 * Matches of a global pattern in text[from, to), with offsets into text. An exec loop rather than
 * matchAll, which clones the pattern on every call (twice a sentence for some cues).
 */
function matchesIn(re: RegExp, text: string, from: number, to: number): { index: number; 0: string }[] {
  const out: { index: number; 0: string }[] = [];
  const body = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    out.push({ index: from + m.index, 0: m[0] });
    // An empty match would be found again: step over it (a whole surrogate pair in Unicode mode).
    if (m[0] === '') re.lastIndex += re.unicode && (body.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

function skipPunct(text: string, at: number, ceil: number): number {
  let i = at;
  while (i < ceil && /[\s,:;—–-]/.test(text[i])) i++;
  return i;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:.!?—–-]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The content of a tail attribution: the quotation or clause before the subject. */
function contentBefore(text: string, sentenceStart: number, subjectStart: number, quotes: readonly Quote[]): Span | null {
  const span = trimSpan(text, sentenceStart, subjectStart);
  if (span.end <= span.start) {
    // The quotation may sit in the previous sentence ("“…,” she said." split by the splitter).
    const q = [...quotes].reverse().find((x) => x.end <= subjectStart + 1);
    return q ? { start: q.start, end: q.end } : null;
  }
  return span;
}

/**
 * The words before a verb that can name its subject: back to the clause boundary, then the
 * comma part nearest the verb (merging an appositive or relative clause with its head).
 * Returns null when the subject is elided ("…, and noted that").
 */
export function subjectRegion(text: string, sentenceStart: number, verbStart: number): Span | null {
  // Skip auxiliaries and adverbs between subject and verb.
  let end = verbStart;
  for (;;) {
    const w = prevWord(text, end, sentenceStart);
    if (!w) break;
    const lw = w.word.toLowerCase();
    if (AUXILIARIES.has(lw) || /^\w+ly$/.test(lw) && lw !== 'only' && !/^(?:family|ally|italy|sally|holly|kelly|emily)$/.test(lw)) {
      end = w.start;
      continue;
    }
    break;
  }
  while (end > sentenceStart && /\s/.test(text[end - 1])) end--;

  // Back to the clause boundary.
  let start = end;
  let depth = 0;
  while (start > sentenceStart) {
    const c = text[start - 1];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (c === ';' || c === ':' || c === '—' || c === '–' || c === '"' || c === '“' || c === '”' || c === '«' || c === '»' || c === '?' || c === '!' || c === '.' && /\s/.test(text[start] ?? ' ') && !/\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|[A-Z])\.$/.test(text.slice(Math.max(sentenceStart, start - 5), start)))) break;
    else if (depth === 0 && (c === '’' || c === "'") && /[\s,]/.test(text[start] ?? ' ') && !/[sS]$/.test(text.slice(start - 2, start - 1))) break;
    start--;
  }
  const region = text.slice(start, end);
  const parts = region.split(',');
  // Choose the comma part next to the verb; merge relative clauses and appositives with their head.
  let k = parts.length - 1;
  while (k > 0 && parts[k].trim() === '') k--;
  // Skip parenthetical adverbials next to the verb: "Some Democrats, however, question…".
  while (k > 0 && ADVERBIAL_PART.test(parts[k].trim())) k--;
  let chosen = k;
  const first = parts[k].trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const trailingComma = parts.length > 1 && parts[parts.length - 1].trim() === '';
  if (k > 0 && trailingComma && /^(?:all|both|each|most|many|some|among)\s/i.test(parts[k].trim()) && !/^\s*(?:on|in|at|by|for|after|before|during|with|from)\s/i.test(parts[k - 1])) k--;
  if (k > 0 && trailingComma && ANONYMITY_PARTICIPLE.test(first)) {
    // The participle clause is about the source, not the source: name the part before it.
    k--;
    chosen = k;
    if (k > 0 && /^(?:who|which|whose|whom)$/.test(parts[k].trim().split(/\s+/)[0]?.toLowerCase() ?? '')) chosen = k - 1;
  } else if (k > 0 && trailingComma && /^(?:who|which|whose|whom)$/.test(first)) chosen = k - 1;
  else if (k > 0 && trailingComma && /^\s*(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]+\s*$/u.test(parts[k - 1]) && !/\b(?:On|In|At|By|For|After|Before|Earlier|Later|Last|This|The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(parts[k - 1])) chosen = k - 1; // "John Smith, a spokesman for X, said"
  else if (k > 0 && /^\p{Lu}/u.test(parts[k].trim()) && /\b(?:spokesman|spokeswoman|spokesperson|official|minister|director|head|chief|adviser|advisor|lawyer|attorney|secretary)\s*$/i.test(parts[k - 1])) chosen = k - 1; // "The ministry's spokesman, Ivan Petrov, said"
  let offset = start + parts.slice(0, chosen).reduce((n, p) => n + p.length + 1, 0);
  // A subordinate clause opener before the subject: "… because officials said". Only the head
  // part is cut: a merged relative clause ("who spoke … because the talks were private") stays.
  let head = parts[chosen];
  const SUBORDINATE = /\b(?:that|because|while|whereas|although|though|when|if|unless|until|where|but)\s+/gi;
  let cut = -1;
  for (let sm = SUBORDINATE.exec(head); sm; sm = SUBORDINATE.exec(head)) cut = sm.index + sm[0].length;
  if (cut > 0 && cut < head.length) {
    offset += cut;
    head = head.slice(cut);
  }
  for (;;) {
    const lead = /^\s*([\p{L}]+)\b\s*/u.exec(head);
    if (!lead || !CONNECTIVES.has(lead[1].toLowerCase())) break;
    offset += lead[0].length;
    head = head.slice(lead[0].length);
  }
  // A leading time phrase without a comma: "On Sunday the ministry said".
  const time = /^\s*(?:on|late|early|last|this)\s+(\S+)\s+/i.exec(head);
  if (time && WEEKDAYS.test(time[1])) {
    offset += time[0].length;
    head = head.slice(time[0].length);
  }
  const lead = head.length - head.trimStart().length;
  offset += lead;
  head = head.trimStart();
  // "A week ago in a radio interview she": a pronoun just before the verb is the whole subject.
  const pronoun = /(?:^|\s)(he|she|they|we|I)\s*$/.exec(head);
  // Not after another verb ("told reporters he was…"): that pronoun opens the first verb's content.
  if (pronoun && chosen === k && head.trim().split(/\s+/).length > 1 && !/\b(?:who|which|that)\s+\S+\s*$/i.test(head) && !/\b(?:said|says|say|told|tells|tell|added|adds|asked|wrote|writes|argued|argues|claimed|claims|noted|notes|insisted|warned|explained|thinks|thought|believes|believed)\b/i.test(head)) {
    const at = head.length - pronoun[0].trimStart().length;
    offset += at;
    head = head.slice(at);
  }
  // Cap a run-on head at its last twelve words; appended relative clauses are kept whole.
  const ws = head.trimEnd().split(/\s+/);
  if (ws.length > 12) {
    const kept = ws.slice(-12).join(' ');
    const cutAt = head.lastIndexOf(kept);
    if (cutAt > 0) {
      offset += cutAt;
      head = head.slice(cutAt);
    }
  }
  let partText = [head, ...parts.slice(chosen + 1, k + 1)].join(',').trimEnd();
  // Start on a word or an opening quote, never on an emoji or a stray mark before it.
  const firstWord = partText.search(/[\p{L}\p{N}"“‘'«]/u);
  if (firstWord < 0) return null;
  offset += firstWord;
  partText = partText.slice(firstWord);
  return { start: offset, end: offset + partText.length };
}

/** A noun phrase after "according to", "citing" or an inverted verb: up to the next comma or stop. */
export function endOfNounPhrase(text: string, start: number, ceil: number, quotes: readonly Quote[]): number {
  let i = start;
  const q = quotes.find((x) => x.start === start);
  if (q) return Math.min(q.end, ceil);
  while (i < ceil) {
    const c = text[i];
    if (c === ',' || c === ';' || c === ':' || c === '(' || c === '—' || c === '–' || c === '"' || c === '“' || c === '”') break;
    if (c === '.' && (i + 1 >= ceil || /\s/.test(text[i + 1])) && !/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|[A-Z])$/.test(text.slice(Math.max(start, i - 3), i))) break;
    if (/^\s(?:that|who said|as saying|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in a statement|in an interview|last week|on condition)\b/i.test(text.slice(i, i + 24))) break;
    i++;
  }
  while (i > start && /\s/.test(text[i - 1])) i--;
  return i;
}
