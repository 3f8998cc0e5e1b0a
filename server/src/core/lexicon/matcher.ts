export interface PhraseMatch {
  start: number;
  end: number;
  /** The lexicon entry that matched, as written in the lexicon (lower case). */
  entry: string;
}

/**
 * Above about this much pattern source V8's regex engine stops optimising an alternation and a
 * pass drops from 140-220 MB/s to 25-35 MB/s (measured for issue 7), so bigger lexicons are split.
 */
const MAX_SOURCE = 16_000;
/**
 * From this length on a text is matched with the trie-factored patterns. Shorter texts use one
 * flat alternation per lexicon (longest phrase first), which matches the same spans: it is slower
 * per character but costs nothing to build, and a command line checking one article is over
 * before the factored patterns would have paid for their construction.
 */
const FACTOR_FROM = 32_768;
/** Texts shorter than this are matched on the spot and never evict a document from the cache. */
const SHORT_TEXT = 1_024;
/** Documents whose matches are kept: the original text and its masked copy, plus one spare. */
const CACHED_TEXTS = 3;

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

/** Bumped to stop re-scans from starting off earlier documents' matches. */
let reuse = 0;

/** The next analysis scans from nothing (benchmarks of a first check). */
export function forgetEarlierDocuments(): void {
  reuse++;
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
  private readonly keys: string[];
  private readonly inflect: boolean;
  private readonly flags: string;
  private flat: RegExp[] | null = null;
  private factored: RegExp[] | null = null;
  private factoredWordStart: RegExp[] | null = null;
  private readonly entries = new Map<string, string>();
  private cache: Array<{ text: string; matches: PhraseMatch[] }> = [];
  private cacheGeneration = -1;
  /** The documents of the last analysis that asked, to re-scan only around an edit. */
  private previous: Array<{ text: string; matches: PhraseMatch[] }> = [];
  private cacheReuse = -1;
  private previousReuse = -1;
  /** No match, with its lookahead and plural ending, reads more non-space characters than this. */
  private readonly reach: number;

  constructor(phrases: Iterable<string>, options: { inflect?: boolean; caseSensitive?: boolean } = {}) {
    const list = [...new Set([...phrases].map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean))];
    for (const p of list) this.entries.set(p.toLowerCase(), p.toLowerCase());
    this.flags = options.caseSensitive ? 'g' : 'gi';
    this.keys = options.caseSensitive ? list : [...new Set(list.map((p) => p.toLowerCase()))];
    this.inflect = options.inflect ?? false;
    this.reach = this.keys.reduce((n, k) => Math.max(n, k.length), 0) + 4;
  }

  /** The patterns for a text, built on first use. */
  private patternsFor(text: string): RegExp[] {
    const compile = (bodies: string[], start = '(?<![A-Za-z0-9])') => bodies.map((body) => new RegExp(`${start}${body}(?![A-Za-z0-9])`, this.flags));
    const factored = (list: string[]) => split(list, (l) => factor(l, this.inflect));
    if (text.length < FACTOR_FROM) return (this.flat ??= compile(split([...this.keys].sort((a, b) => b.length - a.length), (list) => alternation(list, this.inflect))));
    if (text.includes('_')) return (this.factored ??= compile(factored([...this.keys].sort())));
    // With no underscore in the text, "no letter or digit before" is exactly a word boundary before
    // a phrase that starts with a letter or digit, and V8 scans for \b about twice as fast as for a
    // lookbehind. Phrases that start otherwise keep the lookbehind, in a pattern of their own.
    return (this.factoredWordStart ??= (() => {
      const sorted = [...this.keys].sort();
      const wordInitial = sorted.filter((p) => /^[A-Za-z0-9]/.test(p));
      const other = sorted.filter((p) => !/^[A-Za-z0-9]/.test(p));
      return [...compile(factored(wordInitial), '\\b'), ...compile(factored(other))];
    })());
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
      if (this.cache.length > 0) {
        this.previous = this.cache;
        this.previousReuse = this.cacheReuse;
      }
      this.cache = [];
      this.cacheGeneration = generation;
      this.cacheReuse = reuse;
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
    const matches = this.rescan(text) ?? this.scan(text);
    this.cache.unshift({ text, matches });
    if (this.cache.length > CACHED_TEXTS) this.cache.pop();
    return matches;
  }

  private scan(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    this.scanFrom(text, 0, (m) => {
      out.push(m);
      return false;
    });
    return out;
  }

  /**
   * The matches of a text edited since the last analysis, from the old matches: those well before
   * the edit are kept, the scan restarts after the last of them and stops once it finds, after the
   * edit, a match the old scan found too (from there on both scans read the same characters).
   * Null when no earlier text shares most of this one.
   */
  private rescan(text: string): PhraseMatch[] | null {
    if (this.previousReuse !== reuse) return null;
    let old: { text: string; matches: PhraseMatch[] } | null = null;
    let prefix = 0;
    let suffix = 0;
    for (const candidate of this.previous) {
      const edit = editBetween(candidate.text, text);
      if (edit.prefix + edit.suffix > prefix + suffix) {
        old = candidate;
        prefix = edit.prefix;
        suffix = edit.suffix;
      }
    }
    if (!old || prefix + suffix < text.length / 2) return null;
    // An attempt at a position reads at most `reach` non-space characters (a space in a phrase
    // matches any run of whitespace), so matches found before `safe` never looked past the edit.
    let safe = prefix;
    for (let seen = 0; safe > 0 && seen < this.reach; ) {
      safe--;
      if (!/\s/.test(text[safe])) seen++;
    }
    const out: PhraseMatch[] = [];
    for (const m of old.matches) {
      if (m.end > safe) break;
      out.push({ start: m.start, end: m.end, entry: m.entry });
    }
    const delta = text.length - old.text.length;
    // A match whose lookbehind character is already in the common tail: the old scan read the same.
    const tail = text.length - suffix + 1;
    const oldMatches = old.matches;
    this.scanFrom(text, out.length > 0 ? out[out.length - 1].end : 0, (m) => {
      out.push(m);
      if (m.start < tail) return false;
      const i = firstStartingAt(oldMatches, m.start - delta);
      if (i < 0 || oldMatches[i].end !== m.end - delta) return false;
      for (let k = i + 1; k < oldMatches.length; k++) out.push({ start: oldMatches[k].start + delta, end: oldMatches[k].end + delta, entry: oldMatches[k].entry });
      return true;
    });
    return out;
  }

  /** Scans from `from`, leftmost-longest, handing each match over until `found` says stop. */
  private scanFrom(text: string, from: number, found: (match: PhraseMatch) => boolean): void {
    const patterns = this.patternsFor(text);
    if (patterns.length === 1) {
      const re = patterns[0];
      re.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) if (found({ start: m.index, end: m.index + m[0].length, entry: this.entryOf(m[0]) })) return;
      return;
    }
    // Several patterns behave as one: the leftmost match wins, the longest of those starting there,
    // and the next search starts where it ended. `next[i]` is pattern i's first match at or after
    // the search position, null once it has none left.
    const next = patterns.map((re) => {
      re.lastIndex = from;
      return re.exec(text);
    });
    for (;;) {
      let best = -1;
      for (let i = 0; i < next.length; i++) {
        const m = next[i];
        if (m && (best < 0 || m.index < next[best]!.index || (m.index === next[best]!.index && m[0].length > next[best]![0].length))) best = i;
      }
      if (best < 0) return;
      const match = next[best]!;
      const at = match.index + match[0].length;
      if (found({ start: match.index, end: at, entry: this.entryOf(match[0]) })) return;
      for (let i = 0; i < next.length; i++) {
        if (next[i] && next[i]!.index < at) {
          patterns[i].lastIndex = at;
          next[i] = patterns[i].exec(text);
        }
      }
    }
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

/** Pattern bodies for the phrases, each under MAX_SOURCE characters (halves keep the order). */
function split(phrases: readonly string[], body: (list: readonly string[]) => string): string[] {
  if (phrases.length === 0) return [];
  const source = body(phrases);
  if (source.length <= MAX_SOURCE || phrases.length === 1) return [source];
  const half = phrases.length >> 1;
  return [...split(phrases.slice(0, half), body), ...split(phrases.slice(half), body)];
}

/** One alternative per phrase, longest first. */
function alternation(phrases: readonly string[], inflect: boolean): string {
  const body = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/ /g, '\\s+') + (inflect && /[a-z]$/i.test(p) ? PLURAL : '')).join('|');
  return `(?:${body})`;
}

/**
 * The alternation for sorted phrases, factored on shared prefixes. Works on ranges of the sorted
 * list rather than building trie nodes: it runs once per lexicon at start-up, where every
 * allocation counts against the command line's cold start.
 */
function factor(phrases: readonly string[], inflect: boolean): string {
  return emit(phrases, 0, phrases.length, 0, inflect);
}

const PLURAL = "(?:s|es|'s|’s)?";
const SPECIAL = '.*+?^${}()|[]\\/-';

/** phrases[lo, hi) share their first `depth` characters. */
function emit(phrases: readonly string[], lo: number, hi: number, depth: number, inflect: boolean): string {
  let i = lo;
  // Sorted, so a phrase that ends here comes first (the list has no duplicates).
  const ends = phrases[i].length === depth;
  if (ends) i++;
  // Longer phrases first: every continuation is tried before the phrase that ends here.
  const alternatives: string[] = [];
  while (i < hi) {
    const c = phrases[i][depth];
    let j = i + 1;
    while (j < hi && phrases[j][depth] === c) j++;
    // A space stands for any run of whitespace.
    const unit = c === ' ' ? '\\s+' : SPECIAL.includes(c) ? `\\${c}` : c;
    alternatives.push(unit + emit(phrases, i, j, depth + 1, inflect));
    i = j;
  }
  if (ends) alternatives.push(inflect && /[a-z]$/i.test(phrases[lo]) ? PLURAL : '');
  if (alternatives.length === 1) return alternatives[0];
  return `(?:${alternatives.join('|')})`;
}

/** Index of the match starting exactly at `offset`, or -1. */
function firstStartingAt(matches: readonly PhraseMatch[], offset: number): number {
  const i = lowerBound(matches, offset);
  return i < matches.length && matches[i].start === offset ? i : -1;
}

/**
 * The common head and tail of two texts (not overlapping), computed once per pair and analysis:
 * every lexicon asks about the same two documents.
 */
let edits: Array<{ before: string; after: string; prefix: number; suffix: number }> = [];
let editsGeneration = -1;

function editBetween(before: string, after: string): { prefix: number; suffix: number } {
  if (editsGeneration !== generation) {
    edits = [];
    editsGeneration = generation;
  }
  for (const e of edits) if (e.after === after && e.before === before) return e;
  const n = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < n && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const e = { before, after, prefix, suffix };
  edits.push(e);
  return e;
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
