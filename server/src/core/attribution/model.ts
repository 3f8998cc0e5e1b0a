import type { Span } from '../span';
import type { ConfigProblem, DocumentFormat, ResolvedConfig } from '../types';
import type { Prose } from '../prose/markdown';
import type { Sentence } from '../prose/sentences';
import type { Quote } from '../prose/quotes';
import type { Lexicons } from '../lexicon';

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
  /** The innermost quotation containing the offset. */
  quoteAt(offset: number): Quote | undefined;
  /** True when the span lies inside direct quotation (including block quotes). */
  inQuote(span: Span): boolean;
  sentenceAt(offset: number): Sentence | undefined;
  /** The attribution whose content or quotation covers the span, if any. */
  attributionCovering(span: Span): Attribution | undefined;
  /** The source an attribution credits, after merging. */
  sourceOf(attribution: Attribution): Source | undefined;
}
