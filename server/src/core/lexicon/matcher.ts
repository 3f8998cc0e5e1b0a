export interface PhraseMatch {
  start: number;
  end: number;
  /** The lexicon entry that matched, as written in the lexicon (lower case). */
  entry: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A phrase list compiled once into one alternation. Phrases are literal (a user lexicon can
 * never make the linter slow or throw); spaces match any run of whitespace; matching is
 * case-insensitive and on word boundaries; `inflect` lets the last word take a plural ending.
 */
export class PhraseMatcher {
  private readonly re: RegExp | null;
  private readonly entries = new Map<string, string>();

  constructor(phrases: Iterable<string>, options: { inflect?: boolean; caseSensitive?: boolean } = {}) {
    const list = [...new Set([...phrases].map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean))];
    for (const p of list) this.entries.set(p.toLowerCase(), p.toLowerCase());
    list.sort((a, b) => b.length - a.length);
    const plural = options.inflect ? "(?:s|es|'s|’s)?" : '';
    const body = list.map((p) => escape(p).replace(/ /g, '\\s+') + (options.inflect && /[a-z]$/i.test(p) ? plural : '')).join('|');
    this.re = list.length ? new RegExp(`(?<![A-Za-z0-9])(?:${body})(?![A-Za-z0-9])`, options.caseSensitive ? 'g' : 'gi') : null;
  }

  get size(): number {
    return this.entries.size;
  }

  private lastText: string | null = null;
  private lastMatches: PhraseMatch[] = [];

  /**
   * Every match in the text, computed once per text: callers ask sentence by sentence, and a
   * regex started at a sentence would otherwise scan on to the next match, wherever it is.
   */
  private all(text: string): PhraseMatch[] {
    if (this.lastText === text) return this.lastMatches;
    const out: PhraseMatch[] = [];
    if (this.re) {
      this.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = this.re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, entry: this.entryOf(m[0]) });
    }
    this.lastText = text;
    this.lastMatches = out;
    return out;
  }

  /** All matches in text[from, to). */
  find(text: string, from = 0, to = text.length): PhraseMatch[] {
    const all = this.all(text);
    const out: PhraseMatch[] = [];
    for (let i = lowerBound(all, from); i < all.length && all[i].start < to; i++) if (all[i].end <= to) out.push(all[i]);
    return out;
  }

  /** True when some phrase occurs in text[from, to). */
  test(text: string, from = 0, to = text.length): boolean {
    return this.first(text, from, to) !== null;
  }

  first(text: string, from = 0, to = text.length): PhraseMatch | null {
    const all = this.all(text);
    for (let i = lowerBound(all, from); i < all.length && all[i].start < to; i++) if (all[i].end <= to) return all[i];
    return null;
  }

  private entryOf(matched: string): string {
    const key = matched.toLowerCase().replace(/\s+/g, ' ');
    return this.entries.get(key) ?? this.entries.get(key.replace(/(?:'s|’s|es|s)$/, '')) ?? this.entries.get(key.replace(/s$/, '')) ?? key;
  }
}

function lowerBound(matches: readonly PhraseMatch[], offset: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
