/** A half-open range [start, end) in UTF-16 code units of the original document text. */
export interface Span {
  start: number;
  end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Index of the last item whose start is <= offset, or -1. Items must be sorted by start. */
export function lastStartingAtOrBefore<T extends Span>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The item of a sorted, non-overlapping list that contains offset, if any. */
export function itemAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  const i = lastStartingAtOrBefore(items, offset);
  return i >= 0 && offset < items[i].end ? items[i] : undefined;
}

/** 1-based line and column (UTF-16 units) of every offset, computed once per document. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/**
 * The length of the common head of two texts. Compared a block at a time, shrinking near the
 * first difference: string equality runs at memory speed, a character loop ten times slower, and
 * the language server compares a draft with its last version on every keystroke.
 */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let size = 4096; size > 1; size >>= 2) while (i + size <= n && a.slice(i, i + size) === b.slice(i, i + size)) i += size;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the common tail of two texts, not overlapping a common head of `prefix` characters. */
export function commonSuffixLength(a: string, b: string, prefix = 0): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  for (let size = 4096; size > 1; size >>= 2) while (i + size <= n && a.slice(a.length - i - size, a.length - i) === b.slice(b.length - i - size, b.length - i)) i += size;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** The index of the first of ascending values[lo, hi) that is at least `value` (hi if none). */
export function firstAtLeast(values: ArrayLike<number>, value: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A copy of a string that does not keep the string it was cut from alive. V8 makes a slice of 13
 * or more characters a view into its parent, so a line kept as a cache key would keep the whole
 * draft it came from, one draft per keystroke on a long document. The concatenation is flattened
 * into a new string before it is sliced, so the result's parent is only as long as the copy.
 */
export function detach(text: string): string {
  return (' ' + text).slice(1);
}

/** FNV-1a, 32 bits: the hash of the lexicon word table and of the sentence memos' keys. */
export const FNV_SEED = 2166136261 | 0;
export const FNV_PRIME = 16777619;

/** FNV-1a over text[from, to), continuing from h. */
export function fnv1a(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
