import { currentAnalysis, editBetween } from '../lexicon/matcher';
import { detach, fnv1a, FNV_PRIME, FNV_SEED } from '../span';

/** Off for one-off checks (AnalyseOptions.reuse): each look-up then computes its value. */
let enabled = true;

/** Turns every memo on or off for the analysis that is starting. */
export function useSentenceMemos(on: boolean): void {
  enabled = on;
}

/**
 * Results of per-sentence work, keyed by the sentence's own text (and whatever else the work
 * reads), stored relative to the sentence start. Typing changes one sentence, so re-analysing a
 * draft re-reads that sentence and shifts the stored results of all the others. Bounded: the
 * map is dropped whole when full, which costs one cold analysis.
 */
export class SentenceMemo<T> {
  /**
   * Entries by a hash of what they were read from, chained; each keeps that text (detached) to
   * be compared with the next one. A lookup hashes the stretch where it lies in the draft: no key
   * string is made and flattened per sentence, which was 5% of a pass over a long draft, and as
   * much again in garbage collection.
   */
  private readonly entries = new Map<number, Entry<T>>();
  private size = 0;

  constructor(
    private readonly shift: (value: T, delta: number) => T,
    options: {
      /** Entries kept before the memo starts again. */
      limit?: number;
      /** Detaches (span.ts) the strings of a value just computed, in place; the value is the memo's own. */
      detachValue?: (value: T) => void;
    } = {},
  ) {
    this.limit = options.limit ?? 20_000;
    this.detachValue = options.detachValue ?? (() => undefined);
    memos.add(new WeakRef(this as SentenceMemo<unknown>));
  }

  private readonly limit: number;
  private readonly detachValue: (value: T) => void;

  clear(): void {
    this.entries.clear();
    this.size = 0;
    this.carry = newCarry(-1, null, null);
  }

  /** Drops the values by position of the analysis before the current one (see endSentenceMemos). */
  forgetLast(): void {
    this.carry.last = null;
  }

  /**
   * Like `get`, for work that reads only text[from, to) of a text (plus `extra`, which the caller
   * makes small). Where the last analysis's text is unchanged around that stretch (typing changes
   * one place), the value stored there by position is taken without hashing the stretch: the
   * language server re-analyses the whole draft on every keystroke.
   */
  getAt(text: string, from: number, to: number, extra: string, base: number, compute: () => T): T {
    if (!enabled) return compute();
    const analysis = currentAnalysis();
    if (this.carry.analysis !== analysis) {
      const previous = this.carry.text === null ? null : this.carry;
      if (previous) previous.last = null;
      this.carry = newCarry(analysis, text, previous);
    }
    // One text per analysis; another one (a caller's own sentence, say) is looked up by content.
    const carry = this.carry;
    if (carry.text !== text) return this.lookup(text, from, to, extra, base, compute);
    const last = carry.last;
    let value: T | undefined;
    if (last && last.text !== null && last.analysis === analysis - 1) {
      const { prefix, suffix } = editBetween(last.text, text);
      const delta = text.length - last.text.length;
      const shift = to <= prefix ? 0 : from >= text.length - suffix ? delta : null;
      if (shift !== null) {
        const i = stored(last, base - shift);
        if (i >= 0 && last.froms[i] === from - shift && last.tos[i] === to - shift && last.extras[i] === extra) value = shift === 0 ? last.values[i] : this.shift(last.values[i], shift);
      }
    }
    value ??= this.lookup(text, from, to, extra, base, compute);
    carry.bases.push(base);
    carry.froms.push(from);
    carry.tos.push(to);
    carry.extras.push(extra);
    carry.values.push(value);
    return value;
  }

  /** This analysis's values by position, and the last analysis's. */
  private carry: Carry<T> = newCarry(-1, null, null);

  /** The value for `key` (all the work reads), computed when no entry has it. */
  get(key: string, base: number, compute: () => T): T {
    return this.lookup(key, 0, key.length, '', base, compute);
  }

  /** Like `getAt`, by content only: for callers that go through a draft in an order of their own. */
  getByContent(text: string, from: number, to: number, extra: string, base: number, compute: () => T): T {
    return this.lookup(text, from, to, extra, base, compute);
  }

  /** The value for text[from, to) with `extra`, computed when no entry has it. */
  private lookup(text: string, from: number, to: number, extra: string, base: number, compute: () => T): T {
    if (!enabled) return compute();
    // extra, a "|", then the stretch.
    const h = fnv1a(Math.imul(fnv1a(FNV_SEED, extra, 0, extra.length) ^ 0x7c, FNV_PRIME), text, from, to);
    const first = this.entries.get(h);
    for (let e = first; e !== undefined; e = e.next) {
      if (e.text.length === to - from && e.extra === extra && text.startsWith(e.text, from)) return e.base === base ? e.value : this.shift(e.value, base - e.base);
    }
    const value = compute();
    // Kept beyond this analysis: neither the key (a slice of the text) nor a string of the value
    // may keep the text alive. Without this, typing in the 100,000-word document kept each
    // keystroke's 600 KB masked text: the heap grew 28 → 65 MB over 60 keystrokes.
    this.detachValue(value);
    if (this.size >= this.limit) {
      this.entries.clear();
      this.size = 0;
    }
    const chain = this.size === 0 ? undefined : first;
    this.entries.set(h, { text: detach(text.slice(from, to)), extra: detach(extra), base, value, next: chain });
    this.size++;
    return value;
  }
}

interface Entry<T> {
  text: string;
  extra: string;
  base: number;
  value: T;
  /** Another entry with the same hash. */
  next: Entry<T> | undefined;
}

/**
 * An analysis's values by position, in the order they were asked for (by place in the draft,
 * as callers go through it), as parallel arrays: a map and an object per value were a third of
 * what a keystroke's look-ups cost.
 */
interface Carry<T> {
  analysis: number;
  text: string | null;
  bases: number[];
  froms: number[];
  tos: number[];
  extras: string[];
  values: T[];
  /** Where the last search in `bases` ended: the next one starts there. */
  cursor: number;
  last: Carry<T> | null;
}

function newCarry<T>(analysis: number, text: string | null, last: Carry<T> | null): Carry<T> {
  return { analysis, text, bases: [], froms: [], tos: [], extras: [], values: [], cursor: 0, last };
}

/**
 * The index of the value stored at `base`, or -1. Values are asked for in much the same order
 * from one analysis to the next, so the search walks on from where the last one ended; where
 * the order differs it may miss a value, which is then looked up by content.
 */
function stored<T>(carry: Carry<T>, base: number): number {
  const { bases } = carry;
  if (bases.length === 0) return -1;
  let i = Math.min(carry.cursor, bases.length - 1);
  while (i + 1 < bases.length && bases[i] < base) i++;
  while (i > 0 && bases[i] > base) i--;
  carry.cursor = i;
  return bases[i] === base ? i : -1;
}

const memos = new Set<WeakRef<SentenceMemo<unknown>>>();

/**
 * Called when an analysis is over: each memo's values by position from the analysis before it
 * served only that analysis (the next one starts from this one's), so they go now.
 */
export function endSentenceMemos(): void {
  for (const ref of memos) {
    const memo = ref.deref();
    if (memo) memo.forgetLast();
    else memos.delete(ref);
  }
}

/** Empties every memo: the next analysis reads every sentence afresh (benchmarks of a first check). */
export function forgetSentenceMemos(): void {
  for (const ref of memos) {
    const memo = ref.deref();
    if (memo) memo.clear();
    else memos.delete(ref);
  }
}
