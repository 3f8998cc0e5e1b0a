// The sources ledger: the sourcing model reduced to plain, serialisable data for people (the
// editor's Sources view and document symbols, the CLI's `sources` report). Pure; offsets only.
import { ANONYMOUS_CLASSES, type Attribution, type Figure, type Source, type SourceClass, type SourcingModel } from './attribution/model';
import { isConsequential } from './attribution/figures';

/**
 * What the copy does not tell the reader about an unnamed source, after the AP, Reuters and NYT
 * checklists: why anonymity was granted, how the source knows, where they sit, what they do.
 */
export type LedgerGap = 'reason' | 'knowledge' | 'affiliation' | 'role';

export const GAP_LABELS: Record<LedgerGap, string> = {
  reason: 'reason for anonymity',
  knowledge: 'how the source knows',
  affiliation: 'affiliation',
  role: 'role',
};

/** How each source class reads in the ledger (the CLI report and the editor's symbols). */
export const SOURCE_CLASS_LABELS: Record<SourceClass, string> = {
  'named-person': 'named person',
  'named-organisation': 'named organisation',
  document: 'document',
  'anonymous-person': 'anonymous person',
  'anonymous-group': 'anonymous group',
  'vague-authority': 'vague authority',
  outlet: 'news outlet',
};

export interface LedgerSpan {
  start: number;
  end: number;
}

export interface LedgerText extends LedgerSpan {
  text: string;
}

/** One place where the copy credits a source with something. */
export interface LedgerCitation extends LedgerSpan {
  /** The words the source is credited with (the quotation or complement clause), else the sentence. */
  text: string;
  /** The attribution cue as written ("said", "according to"). */
  cue: string;
  /** Inferred from an earlier attribution in the paragraph (a continuing quotation). */
  carried: boolean;
}

export interface LedgerAnonymity {
  affiliation: LedgerText | null;
  role: string | null;
  knowledge: LedgerText | null;
  /** "close to", "familiar with": position, not knowledge. */
  proximity: LedgerText | null;
  reason: (LedgerText & { boilerplate: boolean }) | null;
  count: number | null;
  /** Id of the outlet that relayed the source, when the copy says. */
  relayedBy: number | null;
}

export interface LedgerSource {
  id: number;
  label: string;
  class: SourceClass;
  /** Unnamed: anonymous people and groups, and vague authorities ("critics", "experts"). */
  anonymous: boolean;
  /** Empty for named sources; for unnamed ones, what the copy leaves out. */
  missing: LedgerGap[];
  /** Details the copy gives about an unnamed source; null for named ones. */
  anonymity: LedgerAnonymity | null;
  mentions: LedgerText[];
  citations: LedgerCitation[];
}

export interface LedgerFigure extends LedgerSpan {
  text: string;
  value: number | null;
  noun: string | null;
  /** The source the figure is credited to, if any. */
  source: number | null;
  disputed: boolean;
}

export interface LedgerSummary {
  sources: number;
  named: number;
  anonymous: number;
  figures: number;
  disputedFigures: number;
}

export interface SourcesLedger {
  sources: LedgerSource[];
  figures: LedgerFigure[];
  summary: LedgerSummary;
}

const CITED_TEXT_LIMIT = 160;

/** Turns a document's sourcing model into its sources ledger. */
export function buildLedger(model: SourcingModel): SourcesLedger {
  const slice = (s: LedgerSpan): LedgerText => ({ start: s.start, end: s.end, text: model.text.slice(s.start, s.end) });
  const sources = model.sources
    .filter((source) => source.mentions.length > 0)
    .map((source) => ledgerSource(model, source, slice))
    .sort((a, b) => firstStart(a) - firstStart(b));
  const figures = model.figures.map((figure) => ledgerFigure(model, figure));
  const anonymous = sources.filter((s) => s.anonymous).length;
  return {
    sources,
    figures,
    summary: {
      sources: sources.length,
      named: sources.length - anonymous,
      anonymous,
      figures: figures.length,
      disputedFigures: figures.filter((f) => f.disputed).length,
    },
  };
}

/** Unnamed to the reader, whatever the kind of source. */
export function isUnnamed(cls: SourceClass): boolean {
  return ANONYMOUS_CLASSES.has(cls) || cls === 'vague-authority';
}

function ledgerSource(model: SourcingModel, source: Source, slice: (s: LedgerSpan) => LedgerText): LedgerSource {
  const profile = source.anonymous;
  const anonymous = isUnnamed(source.class);
  const missing: LedgerGap[] = [];
  let anonymity: LedgerAnonymity | null = null;
  if (profile) {
    // A boilerplate reason ("not authorized to speak") does not say why this source needed anonymity.
    if (!profile.reason || profile.reason.boilerplate) missing.push('reason');
    if (!profile.knowledge) missing.push('knowledge');
    if (!profile.affiliation) missing.push('affiliation');
    if (!profile.role) missing.push('role');
    anonymity = {
      affiliation: profile.affiliation && slice(profile.affiliation),
      role: profile.role,
      knowledge: profile.knowledge && slice(profile.knowledge),
      proximity: profile.proximity && slice(profile.proximity),
      reason: profile.reason && { ...slice(profile.reason.span), boilerplate: profile.reason.boilerplate },
      count: profile.count,
      relayedBy: profile.relayedBy,
    };
  }
  return {
    id: source.id,
    label: source.label,
    class: source.class,
    anonymous,
    missing,
    anonymity,
    mentions: source.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    citations: source.attributions.map((index) => citation(model, model.attributions[index])).sort((a, b) => a.start - b.start),
  };
}

function citation(model: SourcingModel, attribution: Attribution): LedgerCitation {
  const parts: LedgerSpan[] = [attribution.cue];
  if (attribution.source && !attribution.carried) parts.push(attribution.source);
  if (attribution.content) parts.push(attribution.content);
  const start = Math.min(...parts.map((p) => p.start));
  const end = Math.max(...parts.map((p) => p.end));
  const said = attribution.content ?? model.sentences[attribution.sentence] ?? { start, end };
  return { start, end, text: shorten(model.text.slice(said.start, said.end)), cue: attribution.cue.text, carried: attribution.carried };
}

function ledgerFigure(model: SourcingModel, figure: Figure): LedgerFigure {
  const attribution = figure.attribution !== null ? model.attributions[figure.attribution] : undefined;
  return {
    start: figure.start,
    end: figure.end,
    text: figure.text,
    value: figure.value,
    noun: figure.noun,
    source: attribution?.source?.source ?? null,
    // The same test as contested-figure: a conflict, or a dispute near a figure that matters.
    disputed: figure.conflictsWith.length > 0 || (figure.disputes.length > 0 && isConsequential(figure)),
  };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= CITED_TEXT_LIMIT ? flat : `${flat.slice(0, CITED_TEXT_LIMIT - 1).trimEnd()}…`;
}

function firstStart(source: LedgerSource): number {
  return source.mentions[0]?.start ?? source.citations[0]?.start ?? 0;
}
