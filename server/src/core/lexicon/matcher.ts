export interface PhraseMatch {
  start: number;
  end: number;
  /** The lexicon entry that matched, as written in the lexicon (lower case). */
  entry: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * Above about this much pattern source V8's regex engine stops optimising an alternation and a
 * pass drops from 140-220 MB/s to 25-35 MB/s (measured for issue 7), so bigger lexicons are split.
 */
const MAX_SOURCE = 16_000;
/** Texts shorter than this are matched on the spot and never evict a document from the cache. */
const SHORT_TEXT = 1_024;
/** Documents whose matches are kept: the original text and its masked copy, plus one spare. */
const CACHED_TEXTS = 3;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
  /** The phrase that ends here may take a plural ending. */
  inflect: boolean;
}

const node = (): TrieNode => ({ children: new Map(), end: false, inflect: false });

/**
 * Cached matches belong to one analysis. Comparing a query with a cached document of another
 * analysis would compare them character by character (V8 hashes long strings by length only),
 * on every query, so a new analysis drops them all.
 */
let generation = 0;

/** Called when an analysis starts: matches cached for earlier documents are dropped. */
export function beginDocument(): void {
  generation++;
}

/**
 * A phrase list compiled once into a trie-factored alternation ("coup(?:\s+d'état)?" rather than
 * one alternative per phrase), so the engine dispatches on each character once instead of trying
 * every phrase at every position. Phrases are literal (a user lexicon can never make the linter
 * slow or throw); spaces match any run of whitespace; matching is case-insensitive and on word
 * boundaries; `inflect` lets the last word take a plural ending. At each position the longest
 * phrase wins, as it would in an alternation sorted longest first.
 */
export class PhraseMatcher {
  private readonly patterns: RegExp[];
  private readonly entries = new Map<string, string>();
  private cache: Array<{ text: string; matches: PhraseMatch[] }> = [];
  private cacheGeneration = -1;

  constructor(phrases: Iterable<string>, options: { inflect?: boolean; caseSensitive?: boolean } = {}) {
    const list = [...new Set([...phrases].map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean))];
    for (const p of list) this.entries.set(p.toLowerCase(), p.toLowerCase());
    const flags = options.caseSensitive ? 'g' : 'gi';
    const keys = options.caseSensitive ? list : [...new Set(list.map((p) => p.toLowerCase()))];
    this.patterns = split(keys.sort(), options.inflect ?? false).map((body) => new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, flags));
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Every match in the text, computed once per text: callers ask sentence by sentence, and a
   * regex started at a sentence would otherwise scan on to the next match, wherever it is. Rules
   * ask about both the text and its masked copy, so both stay cached.
   */
  private all(text: string): PhraseMatch[] {
    if (text.length < SHORT_TEXT) return this.scan(text);
    if (this.cacheGeneration !== generation) {
      this.cache = [];
      this.cacheGeneration = generation;
    }
    // Most recent first: a query usually repeats the last document asked about, the same string.
    for (let i = 0; i < this.cache.length; i++) {
      const hit = this.cache[i];
      if (hit.text !== text) continue;
      if (i > 0) {
        this.cache.splice(i, 1);
        this.cache.unshift(hit);
      }
      return hit.matches;
    }
    const matches = this.scan(text);
    this.cache.unshift({ text, matches });
    if (this.cache.length > CACHED_TEXTS) this.cache.pop();
    return matches;
  }

  private scan(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    if (this.patterns.length === 1) {
      const re = this.patterns[0];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, entry: this.entryOf(m[0]) });
      return out;
    }
    // Several patterns behave as one: the leftmost match wins, the longest of those starting there,
    // and the next search starts where it ended. `next[i]` is pattern i's first match at or after
    // the search position, null once it has none left.
    const next = this.patterns.map((re) => {
      re.lastIndex = 0;
      return re.exec(text);
    });
    for (;;) {
      let best = -1;
      for (let i = 0; i < next.length; i++) {
        const m = next[i];
        if (m && (best < 0 || m.index < next[best]!.index || (m.index === next[best]!.index && m[0].length > next[best]![0].length))) best = i;
      }
      if (best < 0) break;
      const found = next[best]!;
      const at = found.index + found[0].length;
      out.push({ start: found.index, end: at, entry: this.entryOf(found[0]) });
      for (let i = 0; i < next.length; i++) {
        if (next[i] && next[i]!.index < at) {
          this.patterns[i].lastIndex = at;
          next[i] = this.patterns[i].exec(text);
        }
      }
    }
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

/** Trie-factored pattern bodies for sorted phrases, each under MAX_SOURCE characters. */
function split(sorted: readonly string[], inflect: boolean): string[] {
  if (sorted.length === 0) return [];
  const body = factor(sorted, inflect);
  if (body.length <= MAX_SOURCE || sorted.length === 1) return [body];
  const half = sorted.length >> 1;
  return [...split(sorted.slice(0, half), inflect), ...split(sorted.slice(half), inflect)];
}

function factor(phrases: readonly string[], inflect: boolean): string {
  const root = node();
  for (const phrase of phrases) {
    let at = root;
    // A space stands for any run of whitespace; it is one step of the trie.
    for (const unit of phrase.match(/ |[^ ]/gu) ?? []) {
      let child = at.children.get(unit);
      if (!child) at.children.set(unit, (child = node()));
      at = child;
    }
    at.end = true;
    at.inflect = inflect && /[a-z]$/i.test(phrase);
  }
  return emit(root);
}

const PLURAL = "(?:s|es|'s|’s)?";

function emit(at: TrieNode): string {
  // Longer phrases first: every continuation is tried before the phrase that ends here.
  const alternatives: string[] = [];
  for (const [unit, child] of at.children) alternatives.push((unit === ' ' ? '\\s+' : escape(unit)) + emit(child));
  if (at.end) alternatives.push(at.inflect ? PLURAL : '');
  if (alternatives.length === 1) return alternatives[0];
  return `(?:${alternatives.join('|')})`;
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
