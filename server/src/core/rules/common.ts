import type { SourcingModel, Source, SourceMention } from '../attribution/model';
import type { PhraseMatch, PhraseMatcher } from '../lexicon/matcher';
import type { Sentence } from '../prose/sentences';
import type { Span } from '../span';
import type { Fix } from '../types';

/** The newsroom placeholder for missing material. */
export const tk = (what: string) => `[TK: ${what}]`;

/** Text the writer asserts: outside quotations and outside any attributed content. */
export function inWritersVoice(doc: SourcingModel, span: Span): boolean {
  if (doc.inQuote(span) || doc.attributionCovering(span) !== undefined) return false;
  // A sentence that reports speech is the speaker's framing, even outside the content clause.
  const s = doc.sentenceAt(span.start);
  if (!s) return true;
  if (framedAsOthers(doc, s)) return false;
  // Reported speech runs on past the sentence with the cue ("She said … It was a disaster."),
  // so a paragraph that reports someone's words is theirs unless the writer plainly steps in.
  return !reportingBlocks(doc).has(s.block);
}

/**
 * A sentence the copy frames as someone else's words or view, with no cue of its own: a
 * paragraph introduced by "In a speech last year, she said:" (her words, marks or not), or a
 * perspective opener ("To many, the plan is a sham"; "For Ilves, the vote was a disgrace"), or
 * a transcript turn under a speaker label ("SANTOS: Obviously…", "Q:", "A:").
 */
export function framedAsOthers(doc: SourcingModel, s: Sentence): boolean {
  // Asked of the same sentences by several rules, for each span in them: read once per sentence.
  let known = framedCache.get(doc);
  if (!known) framedCache.set(doc, (known = new Int8Array(doc.sentences.length)));
  if (known[s.index] === 0) {
    const block = doc.prose.blocks[s.block];
    const framed = introducedByColon(doc, s.block) || SPEAKER_LABEL.test(doc.prose.masked.slice(block.start, block.start + 30)) || PERSPECTIVE.test(doc.prose.masked.slice(s.start, Math.min(s.end, s.start + 60)));
    known[s.index] = framed ? 1 : -1;
  }
  return known[s.index] === 1;
}

/** By sentence index: 1 framed as others' words, -1 not, 0 not read yet. */
const framedCache = new WeakMap<SourcingModel, Int8Array>();

function introducedByColon(doc: SourcingModel, block: number): boolean {
  const prev = doc.prose.blocks[block - 1];
  if (!prev) return false;
  const colon = finalColon(doc.prose.masked, prev.start, prev.end);
  // The sentence the colon ends (trailing spaces, a Markdown line break, lie outside it).
  const last = colon < 0 ? undefined : doc.sentenceAt(colon);
  return last !== undefined && doc.attributionsIn(last.index).length > 0;
}

/**
 * Where text[from, to) ends in a colon and nothing but space after it, or -1: read from the end,
 * where /:\s*$/ would scan the whole paragraph.
 */
function finalColon(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/.test(text[i - 1])) i--;
  return i > from && text[i - 1] === ':' ? i - 1 : -1;
}

const SPEAKER_LABEL = /^\s*(?:\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)?|Q|A)\s*:\s/u;

const PERSPECTIVE = /^(?:(?:To|For)\s+(?:many|some|most|critics|supporters|opponents|(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})|In\s+(?:the\s+(?:eyes|view)\s+of\s+[^,]{1,40}|(?:his|her|their|\p{Lu}[\p{L}.-]*['’]s)\s+(?:eyes|view|telling)))\s*,/u;

const reportingCache = new WeakMap<SourcingModel, Set<number>>();

/** Blocks with at least one sourced attribution, computed once per document. */
export function reportingBlocks(doc: SourcingModel): Set<number> {
  let blocks = reportingCache.get(doc);
  if (!blocks) {
    blocks = new Set(doc.attributions.filter((a) => a.source !== null).map((a) => doc.sentences[a.sentence].block));
    reportingCache.set(doc, blocks);
  }
  return blocks;
}

/**
 * A sentence that talks about someone's words ("called it", "described as", "the ad's…").
 * With `before`, only words ahead of the span count: the framing verb precedes what it frames
 * ("painted Romney as out of touch"), while "The coup … urged non-interference" is the writer's.
 */
export function mentionsSpeech(doc: SourcingModel, span: Span, before = false): boolean {
  const s = doc.sentenceAt(span.start);
  if (!s) return false;
  const end = before ? span.start : s.end;
  const { masked } = doc.prose;
  if (doc.lexicons.communication.test(masked, s.start, end)) return true;
  // Any speech verb ahead of the words, even one we could not parse as a cue ("told reporters
  // at a rally the regime…"), makes them likely someone's account.
  // A self-designation ("declared himself 'interim president'") is the claim the marks doubt.
  return doc.lexicons.verbs
    .find(masked, s.start, end)
    .some((m) => !doc.lexicons.verbByForm.get(m.entry)?.stance && !/^\s+(?:himself|herself|itself|themselves)\b/i.test(masked.slice(m.end, m.end + 12)));
}

/** Blocks whose text is furniture, not copy. */
export function isFurniture(doc: SourcingModel, offset: number): boolean {
  const s = doc.sentenceAt(offset);
  if (!s) return true;
  const kind = doc.prose.blocks[s.block].kind;
  return kind === 'byline' || kind === 'trailer' || kind === 'caption';
}

export function isHeadline(doc: SourcingModel, offset: number): boolean {
  const s = doc.sentenceAt(offset);
  if (!s) return false;
  const kind = doc.prose.blocks[s.block].kind;
  return kind === 'headline' || kind === 'heading';
}

/**
 * A plain-text section heading: a short paragraph of its own with no closing punctuation
 * ("What residents say"). Markdown headings are already `heading` blocks.
 */
export function isSubheading(doc: SourcingModel, offset: number): boolean {
  const s = doc.sentenceAt(offset);
  if (!s) return false;
  const block = doc.prose.blocks[s.block];
  const text = doc.prose.masked.slice(block.start, block.end).trim();
  // The cheap tests first: most blocks are paragraphs that end in punctuation.
  return !/[.!?:;,"”’')\]]$/.test(text) && !/\n/.test(text) && text.split(/\s+/).length <= 8;
}

/** The offset just before a sentence's final punctuation and closing marks. */
export function beforeFinalPunctuation(doc: SourcingModel, offset: number): number {
  const s = doc.sentenceAt(offset);
  if (!s) return offset;
  let end = s.end;
  const t = doc.prose.masked;
  while (end > s.start && /["”’'»)\]]/.test(t[end - 1])) end--;
  if (end < s.end) return s.end; // a sentence closing on a quotation: insert after it
  while (end > s.start && /[.!?…]/.test(t[end - 1])) end--;
  return end;
}

export function sentenceEnd(doc: SourcingModel, offset: number): number {
  return doc.sentenceAt(offset)?.end ?? offset;
}

/** Anonymous sources with the mention that introduces them (the first that is not a back-reference). */
export function anonymousSources(doc: SourcingModel): readonly { source: Source; mention: SourceMention }[] {
  let found = anonymousCache.get(doc);
  if (!found) {
    found = [];
    for (const source of doc.sources) {
      if (source.class !== 'anonymous-person' && source.class !== 'anonymous-group') continue;
      // A headline or heading cannot carry a reason or a description: the body's mention counts.
      const body = source.mentions.filter((m) => !isHeadline(doc, m.start));
      const mention = body.find((m) => !m.reference) ?? body[0];
      if (mention) found.push({ source, mention });
    }
    anonymousCache.set(doc, found);
  }
  return found;
}

/** Six rules ask for the anonymous sources; they are worked out once per document. */
const anonymousCache = new WeakMap<SourcingModel, { source: Source; mention: SourceMention }[]>();

export interface AnonymousMentions {
  /** Every mention of an anonymous person or group, by start (ties by source id). */
  mentions: readonly { mention: SourceMention; source: Source }[];
  starts: readonly number[];
  /** The longest mention's length: one containing an offset starts at most this far before it. */
  longest: number;
}

/** The mentions of anonymous sources in document order, once per document. */
export function anonymousMentions(doc: SourcingModel): AnonymousMentions {
  let found = mentionsCache.get(doc);
  if (!found) {
    const mentions = doc.sources
      .filter((s) => s.class === 'anonymous-person' || s.class === 'anonymous-group')
      .flatMap((source) => source.mentions.map((mention) => ({ mention, source })))
      .sort((a, b) => a.mention.start - b.mention.start || a.source.id - b.source.id);
    found = { mentions, starts: mentions.map((m) => m.mention.start), longest: mentions.reduce((n, m) => Math.max(n, m.mention.end - m.mention.start), 0) };
    mentionsCache.set(doc, found);
  }
  return found;
}

const mentionsCache = new WeakMap<SourcingModel, AnonymousMentions>();

export function quoteWords(doc: SourcingModel, span: Span, max = 80): string {
  const text = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function replaceFix(title: string, span: Span, text: string, safe = false): Fix {
  return { title, safe, edits: [{ start: span.start, end: span.end, text }] };
}

export function insertFix(title: string, at: number, text: string, safe = false): Fix {
  return { title, safe, edits: [{ start: at, end: at, text }] };
}

/** Generic source words: "sources", "a person", "insiders". */
export const GENERIC_HEAD = /^(?:sources?|persons?|people|insiders?|individuals?|someone|somebody|contacts?|informants?|whistleblower)$/i;
export const UNNAMED_MODIFIER = /\b(?:unnamed|anonymous|unidentified)\b/i;

/** The replacement with the original's initial capital ("Claimed" → "Said"). */
export function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Deletes a word or aside and mends what is around it: ", of course," loses one comma,
 * "Clearly, the plan…" becomes "The plan…", and "the so-called plan" loses one space.
 */
export function deleteWordFix(doc: SourcingModel, span: Span, title: string, safe = false): Fix {
  const text = doc.text;
  const sentence = doc.sentenceAt(span.start);
  const initial = sentence !== undefined && /^[\s"“‘'(]*$/.test(text.slice(sentence.start, span.start));
  const after = /^,?[ \t]*/.exec(text.slice(span.end))![0];
  if (initial) {
    // "Clearly, the plan failed." → "The plan failed."
    const next = text.slice(span.end + after.length, span.end + after.length + 2);
    const upper = next.length > 0 ? next[0].toUpperCase() : '';
    const edits = [{ start: span.start, end: span.end + after.length + (upper ? 1 : 0), text: upper }];
    return { title, safe, edits };
  }
  const before = /[ \t]*,?[ \t]*$/.exec(text.slice(Math.max(0, span.start - 4), span.start))![0];
  const commaBefore = before.includes(',');
  const commaAfter = after.startsWith(',');
  // ", of course," → "": keep the clause punctuation that was there before the aside.
  if (commaBefore && commaAfter) return { title, safe, edits: [{ start: span.start - before.length, end: span.end + 1, text: '' }] };
  if (commaBefore) return { title, safe, edits: [{ start: span.start - before.length, end: span.end, text: '' }] };
  if (/^[ \t]/.test(after)) return { title, safe, edits: [{ start: span.start, end: span.end + after.length, text: '' }] };
  return { title, safe, edits: [{ start: span.start - before.length, end: span.end, text: '' }] };
}

/**
 * A speech verb in the sentence (with `before`, only ahead of the span), not counting nouns
 * ("the suspect", "a report") or the span's own words: someone else's account is likely near.
 */
export function speechVerbNear(doc: SourcingModel, span: Span, before = false): boolean {
  const s = doc.sentenceAt(span.start);
  if (!s) return false;
  const { masked } = doc.prose;
  return doc.lexicons.verbs
    .find(masked, s.start, before ? span.start : s.end)
    .some(
      (m) =>
        (m.end <= span.start || m.start >= span.end) &&
        !doc.lexicons.verbByForm.get(m.entry)?.stance &&
        !/\b(?:the|a|an|this|that|his|her|their|its|our|my|whose)\s+$/i.test(masked.slice(Math.max(s.start, m.start - 8), m.start)),
    );
}

/**
 * The sentences a lexicon matches in, each with its matches that lie wholly inside it, in order:
 * what `matcher.find(masked, sentence.start, sentence.end)` gives sentence by sentence, from one
 * walk over the draft's matches instead of a search and a list for every sentence of it.
 */
export function matchesBySentence(doc: SourcingModel, matcher: PhraseMatcher): Array<{ sentence: Sentence; matches: PhraseMatch[] }> {
  const { sentences } = doc;
  const out: Array<{ sentence: Sentence; matches: PhraseMatch[] }> = [];
  let s = 0;
  for (const match of matcher.find(doc.prose.masked)) {
    // Sentences are in order and apart: the only one that can hold the match is the first that
    // ends after it starts.
    while (s < sentences.length && sentences[s].end <= match.start) s++;
    if (s === sentences.length) break;
    const sentence = sentences[s];
    if (match.start < sentence.start || match.end > sentence.end) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.sentence === sentence) last.matches.push(match);
    else out.push({ sentence, matches: [match] });
  }
  return out;
}
