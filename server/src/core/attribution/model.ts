import type { Span } from '../span';
import type { ConfigProblem, DocumentFormat, ResolvedConfig } from '../types';
import type { Prose } from '../prose/prose';
import type { Sentence } from '../prose/sentences';
import type { Quote } from '../prose/quotes';
import type { Lexicons } from '../lexicon';

import { compileLexicons } from '../lexicon';
import { VERBS } from '../lexicon/verbs';
import { BOILERPLATE_REASON, QUANTITY_NOUNS } from '../lexicon/sources';
import { segmentMarkdown } from '../prose/markdown';
import { segmentPlainText } from '../prose/plaintext';
import { findQuotes } from '../prose/quotes';
import { splitSentencesReusing } from '../prose/sentences';
import { detach, itemAt, lastStartingAtOrBefore } from '../span';
import { readSentence, subjectRegion, type RawAttribution } from './cues';
import { findFigures, isConsequential } from './figures';
import { SentenceMemo } from './memo';
import { atSentenceStart, capitalisedWordsUsedMidSentence, readMention, UNIQUE_ROLES, type MentionReading } from './sources';
import { LineIndex } from '../span';
import { parseSuppressions, type Suppression } from '../suppressions';

export type CueKind =
  | 'speech' // said, told, added, wrote…
  | 'according-to'
  | 'citing'
  | 'statement' // "in a statement", "in an interview"
  | 'witness'; // "a Reuters reporter saw"

export interface Cue extends Span {
  text: string;
  /** Base form of the verb or phrase ("claim" for "claimed", "according to"). */
  lemma: string;
  kind: CueKind;
}

export type SourceClass =
  | 'named-person'
  | 'named-organisation'
  | 'document'
  | 'anonymous-person'
  | 'anonymous-group'
  | 'vague-authority'
  | 'outlet';

export const ANONYMOUS_CLASSES: ReadonlySet<SourceClass> = new Set(['anonymous-person', 'anonymous-group']);

export interface SourceMention extends Span {
  text: string;
  /** Head noun ("official", "sources", "Zaemsky"). */
  head: string;
  /** Id of the merged source this mention belongs to. */
  source: number;
  /** A pronoun or short back-reference ("he", "the official") resolved to an earlier mention. */
  reference: boolean;
}

/** What the copy tells the reader about an anonymous source (AP/Reuters/NYT checklists). */
export interface AnonymousProfile {
  /** Where the source works or what they belong to ("at the Defence Ministry", "Pentagon"). */
  affiliation: Span | null;
  /** A job or role noun ("official", "diplomat"); null for "source", "person", "insider". */
  role: string | null;
  /** How they know ("who attended the meeting", "with direct knowledge of"). */
  knowledge: Span | null;
  /** A proximity-only descriptor ("close to", "familiar with"): position, not knowledge. */
  proximity: Span | null;
  /** Why anonymity was granted; `boilerplate` for the bare "not authorized to speak" formula. */
  reason: { span: Span; boilerplate: boolean } | null;
  /** Number of people when the copy says ("two officials"); null when unknown. */
  count: number | null;
  /** The outlet whose report relayed this source ("the Journal reported, citing…"). */
  relayedBy: number | null;
}

export interface Source {
  id: number;
  class: SourceClass;
  /** The fullest description the copy gives, for the ledger. */
  label: string;
  mentions: SourceMention[];
  /** Indexes into `attributions`. */
  attributions: number[];
  anonymous: AnonymousProfile | null;
}

export interface Attribution {
  index: number;
  cue: Cue;
  source: SourceMention | null;
  /** What the source is credited with: the complement clause or the quotation. */
  content: Span | null;
  sentence: number;
  /** Inferred by carry-over from an earlier attribution in the paragraph. */
  carried: boolean;
}

export type FigureKind = 'count' | 'percent' | 'money' | 'multiplier' | 'vague';

export interface Figure extends Span {
  text: string;
  /** Normalised value; a range keeps its high end in `high`. Null for vague quantities. */
  value: number | null;
  high: number | null;
  approximate: boolean;
  kind: FigureKind;
  /** The noun the figure counts ("staff", "people"), lower-cased, when found. */
  noun: string | null;
  sentence: number;
  /** The attribution that covers the figure, if any. */
  attribution: number | null;
  inQuote: boolean;
  /** Dispute markers that bear on this figure (denied, overestimated, could not be verified…). */
  disputes: Span[];
  /** Another figure for the same quantity from a different source. */
  conflictsWith: number[];
}

export interface SourcingModel {
  text: string;
  format: DocumentFormat;
  config: ResolvedConfig;
  /** Problems in the document's front matter configuration. */
  configProblems: ConfigProblem[];
  lexicons: Lexicons;
  prose: Prose;
  sentences: Sentence[];
  quotes: Quote[];
  attributions: Attribution[];
  sources: Source[];
  figures: Figure[];
  /** Every `onrecord-disable…` comment, for rules and for the audit. */
  suppressions: Suppression[];
  lines: LineIndex;
  /** The innermost quotation containing the offset. */
  quoteAt(offset: number): Quote | undefined;
  /** True when the span lies inside direct quotation (including block quotes). */
  inQuote(span: Span): boolean;
  sentenceAt(offset: number): Sentence | undefined;
  /** The attribution whose content or quotation covers the span, if any. */
  attributionCovering(span: Span): Attribution | undefined;
  /** Attributions read in a sentence (by sentence index), carried ones included. */
  attributionsIn(sentence: number): Attribution[];
  /** The source an attribution credits, after merging. */
  sourceOf(attribution: Attribution): Source | undefined;
  /** How the ledger reads a source description at `span` (memoised with its own readings). */
  readMention(span: Span): MentionReading;
  /** The subject of a verb starting at `at` in the sentence starting at `sentenceStart` (subjectRegion), memoised. */
  subjectBefore(sentenceStart: number, at: number): Span | null;
}

// ---------------------------------------------------------------------------
// Building the model

export type Configure = (prose: Prose) => { config: ResolvedConfig; problems: ConfigProblem[] };

const QUANTITY = new RegExp(`\\b(?:${QUANTITY_NOUNS.join('|')})\\b`, 'i');

export function buildModel(text: string, format: DocumentFormat, configure: Configure): SourcingModel {
  const prose = format === 'markdown' ? segmentMarkdown(text) : segmentPlainText(text);
  const { config, problems } = configure(prose);
  const lexicons = compileLexicons(config);
  const masked = prose.masked;
  const quotes = findQuotes(masked, prose.blocks);
  const sentences = splitSentencesReusing(masked, prose.blocks, quotes);
  const quoteParents = parentsOf(quotes);
  const ledger = new Ledger(masked, lexicons);
  const lines = new LineIndex(text);
  const attributions: Attribution[] = [];
  const bySentence: number[][] = sentences.map(() => []);

  // Quotes per sentence, found with one forward pass.
  const sentenceQuotes: Quote[][] = sentences.map(() => []);
  for (const q of quotes) {
    if (q.blockQuote) continue;
    const i = lastStartingAtOrBefore(sentences, q.start);
    for (let k = Math.max(0, i); k < sentences.length && sentences[k].start < q.end; k++) {
      if (sentences[k].end > q.start) sentenceQuotes[k].push(q);
    }
  }

  for (const sentence of sentences) {
    const block = prose.blocks[sentence.block];
    // Furniture, and block quotes (someone else's words, attributed by the copy around them).
    if (block.kind === 'byline' || block.kind === 'trailer' || block.quoted) continue;
    const raws = withoutNestedCues(readSentenceMemo(masked, sentence, quotes, lexicons, sentenceQuotes[sentence.index]));
    if (raws.length === 0) continue;
    const made: Attribution[] = [];
    for (const raw of raws) {
      let mention: SourceMention | null = null;
      if (raw.subject) mention = ledger.mention(raw.subject, sentence.block);
      // "A Ledger reporter saw": the paper's own witness is on the record.
      if (mention && raw.cue.kind === 'witness' && /^(?:reporter|correspondent|photographer|journalist)s?$/i.test(mention.head)) {
        const witness = ledger.sources[mention.source];
        if (witness.anonymous) {
          witness.class = 'named-organisation';
          witness.anonymous = null;
        }
      }
      else if (raw.elided && made.length > 0) mention = made[made.length - 1].source;
      const attribution: Attribution = {
        index: attributions.length,
        cue: raw.cue,
        source: mention,
        content: raw.content,
        sentence: sentence.index,
        carried: false,
      };
      if (raw.via !== null && made[raw.via]?.source && mention) {
        const relay = ledger.sources[made[raw.via].source!.source];
        const cited = ledger.sources[mention.source];
        if (relay.class === 'outlet' && cited.anonymous) cited.anonymous.relayedBy = relay.id;
      }
      made.push(attribution);
      attributions.push(attribution);
      bySentence[sentence.index].push(attribution.index);
      if (mention) ledger.sources[mention.source].attributions.push(attribution.index);
    }
  }

  // Carry-over: a quotation with no cue of its own, in a paragraph whose earlier sentence has an
  // attribution, belongs to that speaker; so does a quotation that continues across paragraphs.
  let lastInBlock: { block: number; attribution: Attribution } | null = null;
  for (const sentence of sentences) {
    const own = bySentence[sentence.index];
    if (own.length > 0) {
      // The sentence's last attribution with a source or a speech verb carries on.
      for (let k = own.length - 1; k >= 0; k--) {
        const a = attributions[own[k]];
        if (a.source || a.cue.kind === 'speech') {
          lastInBlock = { block: sentence.block, attribution: a };
          break;
        }
      }
      continue;
    }
    if (sentenceQuotes[sentence.index].length === 0) continue;
    const qs = sentenceQuotes[sentence.index].filter((q) => q.depth === 0);
    if (qs.length === 0) continue;
    const continued = qs.some((q) => q.continues >= 0);
    const carrier = lastInBlock && (lastInBlock.block === sentence.block || (continued && lastInBlock.block >= sentence.block - 1)) ? lastInBlock.attribution : null;
    if (!carrier) continue;
    for (const q of qs) {
      const a: Attribution = { index: attributions.length, cue: carrier.cue, source: carrier.source, content: { start: q.start, end: q.end }, sentence: sentence.index, carried: true };
      attributions.push(a);
      bySentence[sentence.index].push(a.index);
      if (a.source) ledger.sources[a.source.source].attributions.push(a.index);
    }
  }

  ledger.completeProfiles(sentences, bySentence, attributions);

  const model: SourcingModel = {
    text,
    format,
    config,
    configProblems: problems,
    lexicons,
    prose,
    sentences,
    quotes,
    attributions,
    sources: ledger.sources,
    figures: [],
    lines,
    suppressions: parseSuppressions(prose.comments, text, lines),
    quoteAt(offset) {
      // The containing quotation is the last one starting at or before the offset, or one of its
      // enclosing quotations: follow the parent chain, never a scan of the paragraph.
      let i = lastStartingAtOrBefore(quotes, offset);
      while (i >= 0 && quotes[i].end <= offset) i = quoteParents[i];
      return i >= 0 ? quotes[i] : undefined;
    },
    inQuote(span) {
      const q = model.quoteAt(span.start);
      return q !== undefined && span.end <= q.end;
    },
    sentenceAt(offset) {
      return itemAt(sentences, offset);
    },
    attributionCovering(span) {
      const s = itemAt(sentences, span.start);
      if (!s) return undefined;
      const here = bySentence[s.index];
      for (const i of here) {
        const a = attributions[i];
        if (a.content && a.content.start <= span.start && span.end <= a.content.end) return a;
      }
      for (const i of here) {
        const a = attributions[i];
        if (a.source && a.source.start <= span.start && span.end <= a.source.end) return a;
      }
      // A quotation in a sentence that has an attribution belongs to it.
      if (here.length > 0 && model.inQuote(span)) return attributions[here[0]];
      return undefined;
    },
    attributionsIn(sentence) {
      return (bySentence[sentence] ?? []).map((i) => attributions[i]);
    },
    sourceOf(attribution) {
      return attribution.source ? ledger.sources[attribution.source.source] : undefined;
    },
    // By content: rules ask in their own order, which would upset the ledger's look-ups by position.
    readMention: (span) => readMentionMemo(masked, span, lexicons, false),
    subjectBefore: (sentenceStart, at) => subjectBeforeMemo(masked, sentenceStart, at),
  };

  model.figures = collectFigures(model, bySentence);
  return model;
}

const readingMemos = new WeakMap<Lexicons, SentenceMemo<RawAttribution[]>>();

// Objects spelled out rather than spread, here and below: spreads give each copy a slow shape.
// The spans of readings are plain start and end.
const movedSpan = (span: Span | null, delta: number): Span | null => span && { start: span.start + delta, end: span.end + delta };

const subjectMemo = new SentenceMemo<Span | null>(movedSpan);

/**
 * subjectRegion, memoised by what it reads: the sentence up to the verb's first character, and
 * the character before the sentence where there is one (whether there is one is the key's extra).
 */
function subjectBeforeMemo(masked: string, sentenceStart: number, at: number): Span | null {
  const from = Math.max(0, sentenceStart - 1);
  return subjectMemo.getAt(masked, from, Math.min(masked.length, at + 1), sentenceStart > from ? 'after|' : 'first|', sentenceStart, () => subjectRegion(masked, sentenceStart, at));
}

const shiftRaw = (raws: RawAttribution[], delta: number): RawAttribution[] =>
  raws.map((r) => ({
    cue: { start: r.cue.start + delta, end: r.cue.end + delta, text: r.cue.text, lemma: r.cue.lemma, kind: r.cue.kind },
    verb: r.verb,
    subject: movedSpan(r.subject, delta),
    elided: r.elided,
    content: movedSpan(r.content, delta),
    via: r.via,
  }));

// What a memo keeps must not hold on to the text it was read from (SentenceMemo.get).
const detachRaw = (raws: RawAttribution[]): void => {
  for (const r of raws) r.cue.text = detach(r.cue.text);
};

/**
 * readSentence, memoised: it reads the sentence, a few characters either side of it, and the
 * quotations that touch it, with the document's lexicons.
 */
function readSentenceMemo(masked: string, sentence: Sentence, quotes: readonly Quote[], lexicons: Lexicons, sentenceQuotes: readonly Quote[]): RawAttribution[] {
  let memo = readingMemos.get(lexicons);
  if (!memo) readingMemos.set(lexicons, (memo = new SentenceMemo(shiftRaw, { detachValue: detachRaw })));
  const S = sentence.start;
  const length = sentence.end - S;
  const extra =
    sentenceQuotes.length === 0
      ? (LENGTH_KEYS[length] ??= `${length}|`)
      : `${length}|${sentenceQuotes.map((q) => `${q.start - S},${q.end - S},${q.inner.start - S},${q.inner.end - S}`).join(';')}`;
  return memo.getAt(masked, Math.max(0, S - 1), Math.min(masked.length, sentence.end + 48), extra, S, () => readSentence({ masked, sentence, quotes, lexicons }, sentenceQuotes));
}

/** The memo key of a sentence with no quotation, by its length: made once, not on every keystroke. */
const LENGTH_KEYS: string[] = [];

/** A reading with the mention's text normalised for exact-description merging: both read the span alone. */
type MemoReading = MentionReading & { normalised: string };

const mentionMemos = new WeakMap<Lexicons, SentenceMemo<MemoReading>>();

const shiftReading = (r: MemoReading, delta: number): MemoReading => ({
  class: r.class,
  head: r.head,
  headSpan: { start: r.headSpan.start + delta, end: r.headSpan.end + delta },
  reference: r.reference,
  plural: r.plural,
  count: r.count,
  affiliation: movedSpan(r.affiliation, delta),
  proximity: movedSpan(r.proximity, delta),
  knowledge: movedSpan(r.knowledge, delta),
  role: r.role,
  name: r.name,
  normalised: r.normalised,
});

const detachReading = (r: MemoReading): void => {
  r.head = detach(r.head);
  r.normalised = detach(r.normalised);
  if (r.role !== null) r.role = detach(r.role);
  if (r.name !== null) r.name = detach(r.name);
};

/**
 * readMention, memoised. It reads the span, one character either side, whether the span opens
 * a sentence, and, for each capitalised word, whether the text also uses it mid-sentence (a
 * proper name rather than a sentence opener).
 */
function readMentionMemo(masked: string, span: Span, lexicons: Lexicons, byPosition = true): MemoReading {
  let memo = mentionMemos.get(lexicons);
  if (!memo) mentionMemos.set(lexicons, (memo = new SentenceMemo(shiftReading, { detachValue: detachReading })));
  const inner = masked.slice(span.start, span.end);
  const names = capitalisedWordsUsedMidSentence(masked, inner);
  // The stretch read is the span and a character either side where there is one; which sides
  // have one is part of the key, with the rest of what the reading depends on.
  const from = Math.max(0, span.start - 1);
  const to = Math.min(masked.length, span.end + 1);
  const shape = (span.start - from) * 4 + (to - span.end) * 2 + (atSentenceStart(masked, span.start) ? 1 : 0);
  const extra = names === '' ? SHAPE_KEYS[shape] : `${shape}|${names}`;
  const read = () => ({ ...readMention(masked, span, lexicons), normalised: normalisedMention(inner) });
  return byPosition ? memo.getAt(masked, from, to, extra, span.start, read) : memo.getByContent(masked, from, to, extra, span.start, read);
}

/** The keys of the eight shapes of mention with no proper name in it, made once. */
const SHAPE_KEYS = Array.from({ length: 8 }, (_, shape) => `${shape}|`);

/** A mention's text as exact-description merging compares it: lower case, no quotation marks, spaces collapsed. */
function normalisedMention(text: string): string {
  return text.toLowerCase().replace(/["“”‘’']/g, '').replace(/\s+/g, ' ').trim();
}

type FoundFigure = ReturnType<typeof findFigures>[number];
const moveFigure = (f: FoundFigure, delta: number, sentence: number): FoundFigure => ({
  start: f.start + delta,
  end: f.end + delta,
  text: f.text,
  value: f.value,
  high: f.high,
  approximate: f.approximate,
  kind: f.kind,
  noun: f.noun,
  sentence,
});
const figureMemo = new SentenceMemo<FoundFigure[]>(
  (figures, delta) => figures.map((f) => moveFigure(f, delta, f.sentence)),
  {
    detachValue: (figures) => {
      for (const f of figures) {
        f.text = detach(f.text);
        if (f.noun !== null) f.noun = detach(f.noun);
      }
    },
  },
);

/** findFigures, memoised: it reads only the sentence. The sentence index is the caller's. */
function findFiguresMemo(masked: string, sentence: Sentence): FoundFigure[] {
  const found = figureMemo.getAt(masked, sentence.start, sentence.end, '', sentence.start, () => findFigures(masked, sentence));
  return found.every((f) => f.sentence === sentence.index) ? found : found.map((f) => (f.sentence === sentence.index ? f : moveFigure(f, 0, sentence.index)));
}

function lastWord(words: string): string {
  const parts = words.split(/\s+/);
  return parts[parts.length - 1];
}

/**
 * Drops cues that sit inside another attribution's source description: in "said an official
 * who asked not to be named", "asked" belongs to the description, not to a second speaker.
 */
function withoutNestedCues(raws: RawAttribution[]): RawAttribution[] {
  // Most sentences have no cue or one: nothing can nest.
  if (raws.length < 2) return raws;
  const nested = (raw: RawAttribution) =>
    raws.some((other) => other !== raw && other.subject !== null && other.subject.start <= raw.cue.start && raw.cue.end <= other.subject.end);
  if (!raws.some(nested)) return raws;
  const index = new Map<number, number>();
  const kept: RawAttribution[] = [];
  raws.forEach((raw, i) => {
    if (nested(raw)) return;
    index.set(i, kept.length);
    kept.push(raw);
  });
  return kept.map((raw) => (raw.via === null ? raw : { ...raw, via: index.get(raw.via) ?? null }));
}

const STANCE_LEMMAS = new Set(VERBS.filter((v) => v.stance).map((v) => v.base));

function collectFigures(model: SourcingModel, bySentence: number[][]): Figure[] {
  const { prose, sentences, lexicons } = model;
  const masked = prose.masked;
  const figures: Figure[] = [];
  for (const sentence of sentences) {
    const block = prose.blocks[sentence.block];
    if (block.kind === 'byline' || block.kind === 'trailer' || block.kind === 'table-cell') continue;
    const found = findFiguresMemo(masked, sentence);
    if (found.length === 0) continue;
    // A stance ("Republicans want a 10 percent cut") is not a source for the figure.
    const reporting = bySentence[sentence.index].find((i) => !STANCE_LEMMAS.has(model.attributions[i].cue.lemma)) ?? null;
    for (const f of found) {
      const covering = model.attributionCovering(f);
      const attribution = covering && !STANCE_LEMMAS.has(covering.cue.lemma) ? covering.index : reporting;
      // Spelled out rather than spread: one object shape for every figure keeps this loop fast.
      figures.push({
        start: f.start,
        end: f.end,
        text: f.text,
        value: f.value,
        high: f.high,
        approximate: f.approximate,
        kind: f.kind,
        noun: f.noun,
        sentence: f.sentence,
        attribution,
        inQuote: model.inQuote(f),
        disputes: [],
        conflictsWith: [],
      });
    }
  }
  // "from about 1,000 … to a few dozen": a figure with no noun shares its neighbour's.
  for (let i = 1; i < figures.length; i++) {
    const b = figures[i];
    if (b.noun) continue;
    for (let j = i - 1; j >= 0 && figures[j].sentence === b.sentence; j--) {
      const a = figures[j];
      if (b.start - a.end > 80 || !/\b(?:to|or|and|versus|vs)\b/i.test(masked.slice(a.end, b.start))) break;
      if (isConsequential(a)) {
        b.noun = a.noun;
        break;
      }
    }
  }
  // Dispute markers: in the figure's sentence, or in a sentence that names the quantity
  // ("overestimated the numbers of staff") elsewhere in the story.
  const disputeSentences: Array<{ sentence: Sentence; marker: Span; body: string; quantity: boolean }> = [];
  for (const sentence of sentences) {
    const marker = lexicons.disputeMarkers.first(masked, sentence.start, sentence.end);
    if (!marker) continue;
    const body = masked.slice(sentence.start, sentence.end).toLowerCase();
    disputeSentences.push({ sentence, marker, body, quantity: QUANTITY.test(body) });
  }
  const nounPatterns = new Map<string, RegExp>();
  const nounPattern = (noun: string) => {
    let re = nounPatterns.get(noun);
    if (!re) nounPatterns.set(noun, (re = new RegExp(`\\b${noun.replace(/s$/, '')}`, 'i')));
    return re;
  };
  // Disputes bear on figures nearby: the same story section, not the whole archive document.
  const WINDOW = 40;
  let firstDispute = 0;
  const disputeAt = new Map<number, Span>();
  for (const d of disputeSentences) disputeAt.set(d.sentence.index, d.marker);
  for (const figure of figures) {
    if (figure.kind === 'multiplier') continue;
    // Only a figure whose noun a dispute can name looks beyond its own sentence.
    if (figure.noun === null || !isConsequential(figure)) {
      const own = disputeAt.get(figure.sentence);
      if (own) figure.disputes.push(own);
      continue;
    }
    while (firstDispute < disputeSentences.length && disputeSentences[firstDispute].sentence.index < figure.sentence - WINDOW) firstDispute++;
    const pattern = nounPattern(figure.noun);
    const block = model.sentences[figure.sentence].block;
    for (let d = firstDispute; d < disputeSentences.length && disputeSentences[d].sentence.index <= figure.sentence + WINDOW; d++) {
      const { sentence, marker, body, quantity } = disputeSentences[d];
      const same = sentence.index === figure.sentence;
      // "overestimated the number of our specialists": a quantity noun in the dispute names a
      // figure of the story; the figure's own noun in it makes the link certain.
      const names = quantity && (Math.abs(sentence.block - block) <= 3 || pattern.test(body));
      if (same || names) figure.disputes.push(marker);
    }
  }
  // Conflicting figures: the same counted noun, different values, different sources.
  // Grouped by noun, in document order, so each figure meets only its own kind's later figures.
  const byNoun = new Map<string, number[]>();
  figures.forEach((f, i) => {
    if (f.noun) (byNoun.get(f.noun) ?? byNoun.set(f.noun, []).get(f.noun)!).push(i);
  });
  const rank = new Map<number, number>();
  for (const list of byNoun.values()) list.forEach((i, k) => rank.set(i, k));
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i];
    if (!a.noun || a.value === null || !isConsequential(a)) continue;
    const same = byNoun.get(a.noun)!;
    for (let k = rank.get(i)! + 1; k < same.length && figures[same[k]].sentence - a.sentence <= 40; k++) {
      const j = same[k];
      const b = figures[j];
      if (b.value === null || countLike(b.kind) !== countLike(a.kind)) continue;
      if (b.value === a.value) continue;
      const sa = a.attribution !== null ? model.attributions[a.attribution].source?.source : undefined;
      const sb = b.attribution !== null ? model.attributions[b.attribution].source?.source : undefined;
      const disputed = a.disputes.length > 0 || b.disputes.length > 0;
      // Different owners for the same quantity, or one the story itself disputes.
      if (!disputed && (sa === undefined || sb === undefined || sa === sb)) continue;
      if (a.sentence === b.sentence && /\bfrom\b[^.]*\bto\b/i.test(masked.slice(a.start, b.end))) {
        // "cut from about 1,000 to a few dozen": a change over time, not a conflict, unless disputed.
        if (a.disputes.length === 0 && b.disputes.length === 0) continue;
      }
      a.conflictsWith.push(j);
      b.conflictsWith.push(i);
    }
  }
  return figures;
}

/** Sources, merged as mentions come in. */
class Ledger {
  readonly sources: Source[] = [];
  /** By source id: the reading of the mention that created it. */
  private readonly readings: MentionReading[] = [];
  private recent: Array<{ source: number; block: number }> = [];
  /**
   * The sources of `recent`, each once, latest mention first, as a linked list over source ids:
   * merging judges each recent source once, and walking `recent` to find them was most of its time.
   */
  private newest = -1;
  private readonly older: number[] = [];
  private readonly newer: number[] = [];
  /** Index in `recent` of each source's latest mention. */
  private readonly latest: number[] = [];
  /** Normalised mention texts by source id, for exact-description merging. */
  private readonly texts: Array<Set<string>> = [];

  constructor(
    private readonly masked: string,
    private readonly lexicons: Lexicons,
  ) {}

  mention(span: Span, block: number): SourceMention | null {
    const reading = readMentionMemo(this.masked, span, this.lexicons);
    let id: number | null = null;
    if (reading.reference !== 'pronoun' && reading.class === 'other') return null;
    const text = this.masked.slice(span.start, span.end);
    const normalised = reading.normalised;
    if (reading.reference === 'pronoun') id = this.resolvePronoun(reading, block);
    else id = this.merge(reading, span, normalised);
    if (id === null) return null;
    const mention: SourceMention = {
      start: span.start,
      end: span.end,
      text,
      head: reading.head,
      source: id,
      reference: reading.reference === 'pronoun' || (reading.reference === 'definite' && this.sources[id].mentions.length > 0),
    };
    this.sources[id].mentions.push(mention);
    (this.texts[id] ??= new Set()).add(normalised);
    this.recent.push({ source: id, block });
    this.touch(id);
    if (!mention.reference && mention.text.length > this.sources[id].label.length) this.sources[id].label = mention.text.replace(/^["“‘']|["”’']$/g, '').trim();
    return mention;
  }

  private resolvePronoun(reading: MentionReading, block: number): number | null {
    const head = reading.head.toLowerCase();
    const wanted: SourceClass[] =
      head === 'it'
        ? ['named-organisation', 'outlet', 'document']
        : reading.plural
          ? ['anonymous-group', 'vague-authority', 'named-organisation', 'outlet']
          : ['named-person', 'anonymous-person'];
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - 300); i--) {
      const r = this.recent[i];
      if (r.block < block - 2) break;
      if (wanted.includes(this.sources[r.source].class)) return r.source;
    }
    return null;
  }

  /** By source id, filled in as merging first needs them. */
  private readonly names: Array<{ lower: string; bare: string[]; last: string }> = [];

  /** A source's name lower-cased, as words without possessives, and its last word: once per source. */
  private nameOf(id: number): { lower: string; bare: string[]; last: string } {
    let found = this.names[id];
    if (!found) {
      const lower = (this.readings[id].name ?? '').toLowerCase();
      found = { lower, bare: lower.replace(/(?:'s|’s)(?=\s|$)/g, '').split(/\s+/), last: lastWord(lower) };
      this.names[id] = found;
    }
    return found;
  }

  /** Moves a source to the head of the newest-first list: it was just mentioned. */
  private touch(id: number): void {
    this.latest[id] = this.recent.length - 1;
    if (this.newest === id) return;
    if (this.older[id] !== undefined) {
      // Already listed: unlink it (it is not the head, so it has a newer neighbour).
      const older = this.older[id];
      const newer = this.newer[id];
      this.older[newer] = older;
      if (older !== -1) this.newer[older] = newer;
    }
    this.older[id] = this.newest;
    this.newer[id] = -1;
    if (this.newest !== -1) this.newer[this.newest] = id;
    this.newest = id;
  }

  /** `text` is the mention's text, normalised. */
  private merge(reading: MentionReading, span: Span, text: string): number {
    const cls = reading.class as SourceClass;
    const name = reading.name?.toLowerCase() ?? null;
    // Look back over the latest mentions only: a source comes back within a story section, and an
    // unbounded scan would make a long document quadratic.
    // A source mentioned many times recently is judged once, in the order of latest mention: the
    // checks depend on it alone.
    const oldest = this.recent.length - 300;
    // What the loop compares the reading by, worked out once rather than per source it passes.
    const head = reading.head.toLowerCase();
    const singular = singularOf(reading.head);
    const nameLast = cls === 'named-person' && name ? lastWord(name) : null;
    const surname = reading.reference === 'surname';
    const definite = reading.reference === 'definite';
    for (let id = this.newest; id !== -1 && this.latest[id] >= oldest; id = this.older[id]) {
      // Most sources passed are of another class: that is settled before anything else is read.
      const sourceClass = this.sources[id].class;
      if (surname && (sourceClass === 'named-person' || sourceClass === 'named-organisation')) {
        if (name && this.nameOf(id).bare.includes(name)) return id;
        continue;
      }
      if (sourceClass !== cls && !(definite && sameFamily(sourceClass, cls))) continue;
      const prior = this.readings[id];
      if (cls === 'named-person' && name && prior.name) {
        if (nameLast === this.nameOf(id).last) return id;
        continue;
      }
      if (cls === 'outlet') {
        if (sameOutlet(name ?? head, (prior.name ?? prior.head).toLowerCase()) || definite) return id;
        continue;
      }
      if (cls === 'named-organisation' && name && prior.name) {
        const pn = this.nameOf(id).lower;
        if (pn === name || pn.includes(name) || name.includes(pn) || (definite && pn.includes(head))) return id;
        continue;
      }
      if (definite) {
        // "the two people" is not "three people familiar with…".
        if (reading.count !== null && prior.count !== null && reading.count !== prior.count) continue;
        if (sourceClass === cls || singularOf(prior.head) === singular) return id;
        continue;
      }
      if (this.texts[id]?.has(text)) return id;
      if (cls === 'vague-authority' && prior.head.toLowerCase() === head) return id;
    }
    // "the judges", "the inspectors" with no unnamed group before them: the story's own
    // identified body (the court, the inspection team), not a new anonymous source.
    if (reading.reference === 'definite' && cls === 'anonymous-group' && reading.count === null && /^the\s+\S+$/i.test(this.masked.slice(span.start, span.end).trim()) && !/^(?:officials|sources|people|aides|advisers|insiders)$/i.test(reading.head)) {
      return this.create(reading, span, 'named-organisation');
    }
    if (reading.reference === 'definite' && cls === 'anonymous-person' && UNIQUE_ROLES.has(reading.head.toLowerCase())) {
      // "the minister" with no unnamed minister before it is the office holder the story names.
      const role = new RegExp(`\\b${reading.head}\\b`, 'i');
      for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - 300); i--) {
        const s = this.sources[this.recent[i].source];
        if (s.class === 'named-person' && role.test(s.label)) return s.id;
      }
      return this.create(reading, span, 'named-person');
    }
    return this.create(reading, span, cls);
  }

  private create(reading: MentionReading, span: Span, cls: SourceClass): number {
    const id = this.sources.length;
    const anonymous = cls === 'anonymous-person' || cls === 'anonymous-group' || cls === 'vague-authority';
    this.sources.push({
      id,
      class: cls,
      label: this.masked.slice(span.start, span.end).replace(/^["“‘']|["”’']$/g, '').trim(),
      mentions: [],
      attributions: [],
      anonymous: anonymous
        ? { affiliation: reading.affiliation, role: reading.role, knowledge: reading.knowledge, proximity: reading.proximity, reason: null, count: reading.count, relayedBy: null }
        : null,
    });
    this.readings[id] = reading;
    return id;
  }

  /** Reasons and knowledge found in the sentences around each anonymous source's mentions. */
  completeProfiles(sentences: readonly Sentence[], bySentence: readonly number[][], attributions: readonly Attribution[]): void {
    for (const source of this.sources) {
      const profile = source.anonymous;
      if (!profile) continue;
      const window = new Set<number>();
      for (const mention of source.mentions) {
        const s = itemAt(sentences, mention.start);
        if (!s) continue;
        window.add(s.index);
        const next = sentences[s.index + 1];
        if (next && next.block === s.block) window.add(next.index);
        // Co-referring sentences of the paragraph: those with an attribution to this source.
        for (let k = s.index - 1; k >= Math.max(0, s.index - 8) && sentences[k].block === s.block; k--) if (bySentence[k].some((i) => attributions[i].source?.source === source.id)) window.add(k);
      }
      let boilerplate: Span | null = null;
      let explicit = false;
      for (const idx of [...window].sort((a, b) => a - b)) {
        const s = sentences[idx];
        const m = this.masked;
        if (this.lexicons.anonymityPhrases.test(m, s.start, s.end)) explicit = true;
        // A reason is a phrase of the lexicon, or a "because …" clause after an anonymity phrase.
        const found = [...this.lexicons.reasonPhrases.find(m, s.start, s.end)];
        const granted = this.lexicons.anonymityPhrases.first(m, s.start, s.end);
        if (granted) {
          const because = /\b(?:because|since|as)\s+[^.;]{3,}/i.exec(m.slice(granted.end, s.end));
          if (because && because.index < 12) found.push({ start: granted.end + because.index, end: granted.end + because.index + because[0].length, entry: 'because' });
        }
        for (const match of found.sort((a, b) => a.start - b.start)) {
          const phrase = m.slice(match.start, match.end);
          if (!BOILERPLATE_REASON.test(phrase)) {
            profile.reason = { span: { start: match.start, end: match.end }, boilerplate: false };
            break;
          }
          boilerplate ??= { start: match.start, end: match.end };
        }
        if (profile.reason) break;
        if (!profile.knowledge) {
          const first = source.mentions[0];
          const k = this.lexicons.knowledgePhrases.first(m, Math.max(s.start, first && s.start <= first.start && first.start < s.end ? first.start : s.start), s.end);
          if (k) profile.knowledge = { start: k.start, end: k.end };
        }
      }
      if (!profile.reason && boilerplate) profile.reason = { span: boilerplate, boilerplate: true };
      // "Pentagon officials said", "Caltrans officials": a named institution speaking through its
      // staff is on the record unless the copy makes the anonymity explicit ("state officials"
      // and "administration officials" name no institution).
      const institution = profile.affiliation && /\p{Lu}/u.test(this.masked.slice(profile.affiliation.start, profile.affiliation.end));
      if (source.class === 'anonymous-group' && institution && !profile.reason && !explicit && !profile.proximity && profile.role && !ENTOURAGE.test(profile.role)) {
        source.class = 'named-organisation';
        source.anonymous = null;
      }
    }
  }
}

/**
 * A person's circle ("the mayor's aides", "his advisers") and an institution's rank and file ("Lincoln
 * High teachers") are not the institution speaking on the record.
 */
const ENTOURAGE = /^(?:aide|adviser|advisor|ally|associate|friend|confidant|operative|surrogate|strategist|staffer|loyalist|lieutenant|backer|insider|teacher|student|parent|worker|employee|nurse|volunteer|resident)$/;

/** For each quotation (sorted by start), the index of the quotation enclosing it, or -1. */
function parentsOf(quotes: readonly Quote[]): number[] {
  const parents: number[] = [];
  const stack: number[] = [];
  quotes.forEach((q, i) => {
    while (stack.length > 0 && quotes[stack[stack.length - 1]].end <= q.start) stack.pop();
    parents.push(stack.length > 0 && q.end <= quotes[stack[stack.length - 1]].end ? stack[stack.length - 1] : -1);
    stack.push(i);
  });
  return parents;
}

function countLike(kind: FigureKind): string {
  return kind === 'vague' ? 'count' : kind;
}

function sameFamily(a: SourceClass, b: SourceClass): boolean {
  const anon = (c: SourceClass) => c === 'anonymous-person' || c === 'anonymous-group';
  return a === b || (anon(a) && anon(b));
}

function singularOf(noun: string): string {
  const n = noun.toLowerCase();
  if (n === 'people') return 'person';
  return n.endsWith('s') && !n.endsWith('ss') ? n.slice(0, -1) : n;
}

function sameOutlet(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/^the\s+/, '').trim();
  const x = strip(a);
  const y = strip(b);
  if (x === y) return true;
  const initials = (s: string) => s.split(/\s+/).map((w) => w[0]).join('');
  if (!x.includes(' ') && x === initials(y)) return true;
  if (!y.includes(' ') && y === initials(x)) return true;
  const lastX = x.split(/\s+/).pop()!;
  const lastY = y.split(/\s+/).pop()!;
  return lastX === lastY && lastX.length > 3;
}
