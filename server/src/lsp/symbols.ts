// The sources ledger at the protocol's edge: ranges instead of offsets, as document symbols, and
// the one-line summary of the code lens.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { GAP_LABELS, SOURCE_CLASS_LABELS, type LedgerSpan, type LedgerText, type SourcesLedger } from '../core';
import type { Ledger, RangedText, SourceClassName, SourceEntry, SourcesSummary } from './protocol';

export function toWireLedger(document: TextDocument, ledger: SourcesLedger): Ledger {
  const range = (span: LedgerSpan) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const ranged = (t: LedgerText): RangedText => ({ range: range(t), text: t.text });
  return {
    sources: ledger.sources.map((source) => ({
      id: source.id,
      label: source.label,
      class: source.class,
      anonymous: source.anonymous,
      missing: source.missing,
      anonymity: source.anonymity && {
        affiliation: source.anonymity.affiliation && ranged(source.anonymity.affiliation),
        role: source.anonymity.role,
        knowledge: source.anonymity.knowledge && ranged(source.anonymity.knowledge),
        proximity: source.anonymity.proximity && ranged(source.anonymity.proximity),
        reason: source.anonymity.reason && { ...ranged(source.anonymity.reason), boilerplate: source.anonymity.reason.boilerplate },
        count: source.anonymity.count,
        relayedBy: source.anonymity.relayedBy,
      },
      mentions: source.mentions.map(ranged),
      citations: source.citations.map((c) => ({ range: range(c), text: c.text, cue: c.cue, carried: c.carried })),
    })),
    figures: ledger.figures.map((f) => ({ range: range(f), text: f.text, value: f.value, noun: f.noun, source: f.source, disputed: f.disputed })),
  };
}

const CLASS_NAMES = SOURCE_CLASS_LABELS;

/** Icons in the outline: people, institutions, papers; unnamed sources stand out as variables. */
const CLASS_KINDS: Record<SourceClassName, SymbolKind> = {
  'named-person': SymbolKind.Constant,
  'named-organisation': SymbolKind.Module,
  document: SymbolKind.File,
  'anonymous-person': SymbolKind.Variable,
  'anonymous-group': SymbolKind.Variable,
  'vague-authority': SymbolKind.Null,
  outlet: SymbolKind.Namespace,
};

export function sourceDetail(source: Pick<SourceEntry, 'class' | 'missing'>): string {
  const missing = source.missing.map((gap) => GAP_LABELS[gap]);
  return missing.length > 0 ? `${CLASS_NAMES[source.class]}; missing: ${missing.join(', ')}` : CLASS_NAMES[source.class];
}

/** Each source a symbol, each citation of it a child, in order of first mention. */
export function documentSymbols(document: TextDocument, ledger: SourcesLedger): DocumentSymbol[] {
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  return ledger.sources.map((source) => {
    const spans: LedgerSpan[] = [...source.mentions, ...source.citations];
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    const first = source.mentions[0] ?? source.citations[0];
    return {
      name: source.label || '(unnamed)',
      detail: sourceDetail(source),
      kind: CLASS_KINDS[source.class],
      range: range(start, end),
      selectionRange: range(first.start, first.end),
      children: source.citations.map((citation) => ({
        name: `${citation.cue}: ${citation.text || '…'}`,
        detail: citation.carried ? 'continuing quotation' : undefined,
        kind: SymbolKind.String,
        range: range(citation.start, citation.end),
        selectionRange: range(citation.start, citation.end),
      })),
    };
  });
}

/** "7 sources · 2 anonymous · 1 figure disputed" */
export function summaryTitle(summary: SourcesSummary): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [plural(summary.sources, 'source', 'sources'), `${summary.anonymous} anonymous`, `${plural(summary.disputedFigures, 'figure', 'figures')} disputed`].join(' · ');
}
