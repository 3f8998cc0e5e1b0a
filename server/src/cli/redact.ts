// `--redact`: CI logs are public more often than drafts are, so a run can promise that no output
// format echoes who the unnamed sources are or what anyone is quoted as saying. Redaction happens
// once, on the findings, before any formatter sees them; formatters never redact on their own.
//
// What counts as secret comes from the sourcing model (in the thread that analysed the file):
// every mention, label and descriptor clause of an unnamed source, and the words inside every
// quotation. Then, in each message, fix, related note, snippet and suppression reason:
// - a quoted passage ("…") is replaced when it overlaps a secret, and always in findings whose
//   flagged words lie on an unnamed source's mention or inside a quotation;
// - any other occurrence of a secret is replaced too.
import { isUnnamed, type SourcingModel } from '../core';
import type { SourcesLedger } from '../core';
import type { FileReport, LocatedFinding } from './report';

export const REDACTED = '[redacted]';

/** Shorter secrets are not searched for outside quoted passages ("he", "they"). */
const MIN_BARE_SECRET = 4;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The texts `--redact` keeps out of the output, whitespace-normalised, longest first. */
export function collectSecrets(model: SourcingModel): string[] {
  const found = new Set<string>();
  const add = (start: number, end: number) => {
    const text = flat(model.text.slice(start, end));
    if (text) found.add(text);
  };
  for (const source of model.sources) {
    if (!isUnnamed(source.class)) continue;
    if (source.label) found.add(flat(source.label));
    for (const m of source.mentions) if (!m.reference) add(m.start, m.end);
    const p = source.anonymous;
    if (p) for (const span of [p.affiliation, p.knowledge, p.proximity, p.reason?.span]) if (span) add(span.start, span.end);
  }
  for (const quote of model.quotes) add(quote.inner.start, quote.inner.end);
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** For each finding, whether its span touches an unnamed source's mention or a quotation. */
export function sensitiveFindings(model: SourcingModel, findings: readonly { start: number; end: number }[]): boolean[] {
  const spans: { start: number; end: number }[] = [];
  for (const source of model.sources) if (isUnnamed(source.class)) spans.push(...source.mentions);
  spans.push(...model.quotes);
  const touches = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start === a.end ? b.start <= a.start && a.start <= b.end : a.start < b.end && b.start < a.end;
  return findings.map((f) => spans.some((s) => touches(f, s)));
}

// Straight and curly double quotes, and the single curly pair: how messages quote the draft.
const QUOTED = /"([^"\n]*)"|“([^”\n]*)”|‘([^’\n]*)’/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Redactor {
  private readonly bare: RegExp | null;
  private readonly lowered: string[];

  constructor(secrets: readonly string[]) {
    this.lowered = secrets.map((s) => s.toLowerCase());
    const long = secrets.filter((s) => s.length >= MIN_BARE_SECRET);
    // Whitespace in a secret matches any run of whitespace in the output (messages re-flow it).
    this.bare = long.length > 0 ? new RegExp(long.map((s) => escapeRegExp(s).replace(/ /g, '\\s+')).join('|'), 'gi') : null;
  }

  /** Whether quoted words from a message overlap a secret. */
  private overlaps(words: string): boolean {
    const w = flat(words.replace(/…$/, '')).toLowerCase();
    if (!w) return false;
    const severalWords = w.includes(' ');
    return this.lowered.some((s) => s.includes(w) ? s === w || severalWords || w.length >= 12 : w.includes(s) && s.length >= 2);
  }

  /** Replaces quoted passages that overlap a secret (all of them when `allQuoted`), then bare secrets. */
  text(text: string, allQuoted = false): string {
    let out = text.replace(QUOTED, (whole: string, a?: string, b?: string, c?: string) => {
      const words = a ?? b ?? c ?? '';
      if (!allQuoted && !this.overlaps(words)) return whole;
      const open = whole[0];
      const close = whole[whole.length - 1];
      return `${open}${REDACTED}${close}`;
    });
    if (this.bare) out = out.replace(this.bare, REDACTED);
    return out;
  }

  /** The flagged words themselves: withheld whole when they touch a secret. */
  snippet(snippet: string, sensitive: boolean): string {
    if (sensitive || this.overlaps(snippet)) return REDACTED;
    return this.text(snippet);
  }

  finding(f: LocatedFinding, sensitive: boolean): LocatedFinding {
    return {
      ...f,
      message: this.text(f.message, sensitive),
      snippet: this.snippet(f.snippet, sensitive),
      fixes: f.fixes.map((fix) => ({ ...fix, title: this.text(fix.title, sensitive), edits: fix.edits.map((e) => ({ ...e, text: this.text(e.text) })) })),
      related: f.related.map((r) => ({ ...r, message: this.text(r.message, sensitive) })),
    };
  }
}

/** The file's report with every secret replaced; the one place `--redact` acts. */
export function redactFile(file: FileReport, secrets: readonly string[]): FileReport {
  const redactor = new Redactor(secrets);
  return {
    ...file,
    findings: file.findings.map((f) => {
      const { sensitive, ...rest } = f;
      return redactor.finding(rest, sensitive ?? true);
    }),
    ...(file.suppressions
      ? { suppressions: file.suppressions.map((s) => ({ ...s, reason: s.reason === null ? null : redactor.text(s.reason) })) }
      : {}),
  };
}

/**
 * `sources --redact`: the ledger with every secret replaced in every text it carries (labels,
 * citations, descriptors, figure owners). Counts, classes, lines and what the copy leaves out
 * about each source stay, so a public log still shows how the story is sourced.
 */
export function redactLedger(ledger: SourcesLedger, secrets: readonly string[]): SourcesLedger {
  const redactor = new Redactor(secrets);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return redactor.text(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(ledger) as SourcesLedger;
}
