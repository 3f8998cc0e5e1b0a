import type { Span } from '../span';

/**
 * Results of per-sentence work, keyed by the sentence's own text (and whatever else the work
 * reads), stored relative to the sentence start. Typing changes one sentence, so re-analysing a
 * draft re-reads that sentence and shifts the stored results of all the others. Bounded: the
 * map is dropped whole when full, which costs one cold analysis.
 */
export class SentenceMemo<T> {
  private readonly entries = new Map<string, { base: number; value: T }>();

  constructor(
    private readonly shift: (value: T, delta: number) => T,
    private readonly limit = 20_000,
  ) {
    memos.add(new WeakRef(this as SentenceMemo<unknown>));
  }

  clear(): void {
    this.entries.clear();
  }

  get(key: string, base: number, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit) return hit.base === base ? hit.value : this.shift(hit.value, base - hit.base);
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, { base, value });
    return value;
  }
}

const memos = new Set<WeakRef<SentenceMemo<unknown>>>();

/** Empties every memo: the next analysis reads every sentence afresh (benchmarks of a first check). */
export function forgetSentenceMemos(): void {
  for (const ref of memos) {
    const memo = ref.deref();
    if (memo) memo.clear();
    else memos.delete(ref);
  }
}

export function shiftSpan<S extends Span>(span: S, delta: number): S;
export function shiftSpan<S extends Span>(span: S | null, delta: number): S | null;
export function shiftSpan<S extends Span>(span: S | null, delta: number): S | null {
  return span === null ? null : { ...span, start: span.start + delta, end: span.end + delta };
}
