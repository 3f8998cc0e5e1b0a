import { commonPrefixLength, commonSuffixLength, detach, firstAtLeast, FNV_PRIME, FNV_SEED } from '../span';
/** Read-only: a match found before an edit is handed out again by the re-scans after it. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  /** The lexicon entry that matched, as written in the lexicon (lower case). */
  readonly entry: string;
}

/**
 * Above about this much pattern source V8's regex engine stops optimising an alternation and a
 * pass drops from 140-220 MB/s to 25-35 MB/s (measured for issue 7), so bigger lexicons are split.
 */
const MAX_SOURCE = 16_000;
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

/** The analysis under way (a number that changes with each one). */
export function currentAnalysis(): number {
  return generation;
}

/** Called when an analysis starts: matches cached for earlier documents are dropped. */
export function beginDocument(): void {
  generation++;
}

/** Every matcher, to let go of what it kept for re-scans once an analysis is over. */
const matchers = new Set<WeakRef<PhraseMatcher>>();
/** Every RunSet, likewise. */
const runSets = new Set<WeakRef<RunSet>>();

/**
 * Called when an analysis is over: what was kept from the analysis before it, only to re-scan
 * and re-index around an edit, is dropped now rather than when the next analysis starts. Between
 * analyses only the last one's matches and indexes stay (on a long draft, megabytes less).
 */
export function endDocument(): void {
  previousRunIndexes = [];
  edits = [];
  for (const ref of matchers) {
    const matcher = ref.deref();
    if (matcher) matcher.endOfAnalysis();
    else matchers.delete(ref);
  }
  for (const ref of runSets) {
    const set = ref.deref();
    if (set) set.forget();
    else runSets.delete(ref);
  }
}

/** Bumped to stop re-scans from starting off earlier documents' matches. */
let reuse = 0;

/** The next analysis scans from nothing (benchmarks of a first check). */
export function forgetEarlierDocuments(): void {
  reuse++;
}

/**
 * A phrase list matched the way one alternation would match it: phrases are literal (a user
 * lexicon can never make the linter slow or throw); spaces match any run of whitespace; matching
 * is case-insensitive and on word boundaries; `inflect` lets the last word take a plural ending.
 * At each position the longest phrase wins, as it would in an alternation sorted longest first,
 * and the next search starts where a match ended.
 *
 * Phrases that start with a letter or digit (nearly all of them) are looked up, not searched
 * for: a text is cut once into its runs of letters and digits, indexed by run, and a phrase can
 * only start where its first run does, so each lexicon tries its trie at those few places. Thirty
 * lexicons then cost one pass over the draft rather than thirty regex scans of it. The rest
 * (a phrase opening with an apostrophe, say) go to a regex alternation.
 */
export class PhraseMatcher {
  private readonly keys: string[];
  /**
   * Where the phrases that start with a letter or digit can start: the runs of letters and digits
   * a phrase opens with (lower case, with the plural forms a one-run phrase can take), each with
   * the runs that can follow it (null: any, as some phrase is that one run alone), and the phrases
   * that open so, as a trie built the first time a text has that opening. A draft has a few of the
   * openings: building every trie up front was a tenth of a one-article CLI run.
   */
  private readonly openings: Array<{ first: string; seconds: string[] | null; phrases: string[]; trie: TrieNode | null }>;
  private readonly caseSensitive: boolean;
  private readonly inflect: boolean;
  private readonly flags: string;
  private patterns: RegExp[] | null = null;
  private readonly entries = new Map<string, string>();
  private cache: Array<{ text: string; matches: PhraseMatch[] }> = [];
  private cacheGeneration = -1;
  /** The documents of the last analysis that asked, to re-scan only around an edit. */
  private previous: Array<{ text: string; matches: PhraseMatch[] }> = [];
  private cacheReuse = -1;
  private previousReuse = -1;
  /** The analysis `previous` comes from. */
  private previousGeneration = -1;
  /** No match, with its lookahead and plural ending, reads more non-space characters than this. */
  private readonly reach: number;

  constructor(phrases: Iterable<string>, options: { inflect?: boolean; caseSensitive?: boolean } = {}) {
    const list = [...new Set([...phrases].map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean))];
    for (const p of list) this.entries.set(p.toLowerCase(), p.toLowerCase());
    this.flags = options.caseSensitive ? 'g' : 'gi';
    this.caseSensitive = options.caseSensitive ?? false;
    const keys = options.caseSensitive ? list : [...new Set(list.map((p) => p.toLowerCase()))];
    this.inflect = options.inflect ?? false;
    this.reach = keys.reduce((n, k) => Math.max(n, k.length), 0) + 4;
    const wordInitial = keys.filter((k) => isAlnum(k.charCodeAt(0))).sort();
    this.keys = keys.filter((k) => !isAlnum(k.charCodeAt(0)));
    const openings = new Map<string, { seconds: Set<string> | null; phrases: string[] }>();
    for (const key of wordInitial) {
      const plural = this.inflect && /[a-z]$/i.test(key);
      // A match's text has the phrase's runs of letters and digits, in order (letters and digits
      // match only letters and digits), but for a plural ending on the last run.
      const runs = key.toLowerCase().match(/[a-z0-9]+/g)!;
      const forms = (run: string, last: boolean) => (last && plural ? [run, `${run}s`, `${run}es`] : [run]);
      for (const first of forms(runs[0], runs.length === 1)) {
        let opening = openings.get(first);
        if (opening === undefined) openings.set(first, (opening = { seconds: new Set(), phrases: [] }));
        opening.phrases.push(key);
        if (runs.length === 1) opening.seconds = null;
        else if (opening.seconds !== null) for (const second of forms(runs[1], runs.length === 2)) opening.seconds.add(second);
      }
    }
    this.openings = [...openings].map(([first, { seconds, phrases }]) => ({ first, seconds: seconds && [...seconds], phrases, trie: null }));
    matchers.add(new WeakRef(this));
  }

  /**
   * Drops the matches kept from the analysis before the current one (see endDocument), and those
   * of an older analysis when this one did not ask: a lexicon that only memoised readings use
   * kept an old draft's text and matches alive (600 KB and more on a long draft), and a re-scan
   * only ever starts from the analysis just before.
   */
  endOfAnalysis(): void {
    this.previous = [];
    if (this.cacheGeneration !== generation) this.cache = [];
  }

  /**
   * The regexes for the phrases that do not start with a letter or digit (few, if any), built on
   * first use: one alternation, longest phrase first, split where it grows too big to optimise.
   */
  private patternsFor(): RegExp[] {
    return (this.patterns ??= split([...this.keys].sort((a, b) => b.length - a.length), (list) => alternation(list, this.inflect)).map(
      (body) => new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, this.flags),
    ));
  }

  private openingWords: { epoch: number; firsts: Int32Array; seconds: Array<Int32Array | null>; byId: Map<number, number> } | null = null;

  /**
   * The word ids of `openings`, interned once per word table (a draft need not have the words):
   * looking each up by its text, for every document, was 6.5% of the CPU profile of a
   * 500-article folder (1.7% since). `byId` gives the opening of an id.
   */
  private openingIds(): { firsts: Int32Array; seconds: Array<Int32Array | null>; byId: Map<number, number> } {
    if (this.openingWords?.epoch !== wordsEpoch) {
      const firsts = Int32Array.from(this.openings, ({ first }) => internedId(first));
      this.openingWords = {
        epoch: wordsEpoch,
        firsts,
        seconds: this.openings.map(({ seconds }) => seconds && Int32Array.from(seconds, internedId)),
        byId: new Map(Array.from(firsts, (id, o) => [id, o])),
      };
    }
    return this.openingWords;
  }

  /** The trie of the phrases with the o-th opening, built on first use. */
  private trieOf(o: number): TrieNode {
    const opening = this.openings[o];
    if (opening.trie) return opening.trie;
    const root = newNode();
    for (const key of opening.phrases) {
      let node = root;
      for (let i = 0; i < key.length; i++) {
        const unit = key[i] === ' ' ? SPACE : this.caseSensitive ? key.charCodeAt(i) : canon(key.charCodeAt(i));
        let k = node.units.indexOf(unit);
        if (k < 0) {
          k = node.units.push(unit) - 1;
          node.next.push(newNode());
        }
        node = node.next[k];
      }
      node.ends = true;
      node.plural = this.inflect && /[a-z]$/i.test(key);
    }
    return (opening.trie = root);
  }

  /**
   * The runs (their k in the text's run index) starting in text[from, to) where a phrase can
   * start, in order.
   */
  private candidates(index: RunIndex, text: string, from: number, to: number): ArrayLike<number> {
    // The runs starting in [from, to): a re-scan after an edit needs no earlier place, and stops
    // soon after the edit, so it asks for the places ahead a stretch at a time.
    const firstRun = firstAtLeast(index.starts, from);
    const endRun = to >= text.length ? index.starts.length : firstAtLeast(index.starts, to);
    const found: number[] = [];
    const { firsts, seconds, byId: openingOf } = this.openingIds();
    const whole = firstRun === 0 && endRun === index.starts.length;
    if (!whole || endRun - firstRun < firsts.length) {
      // A stretch of the text (a re-scan after an edit, bounded), or fewer runs than openings:
      // each run is looked up instead of each opening being searched for in the text's
      // occurrences, which only a whole scan builds, and the places come out in order.
      for (let k = firstRun; k < endRun; k++) {
        const o = openingOf.get(index.runs[k]);
        if (o === undefined) continue;
        const next = seconds[o];
        if (next === null || next.includes(index.runs[k + 1])) found.push(k);
      }
      return found;
    }
    let lists = 0;
    const { byId, groupOf, groupStart } = occurrencesIn(index);
    for (let o = 0; o < firsts.length; o++) {
      const g = groupOf.get(firsts[o]);
      if (g === undefined) continue;
      const end = groupStart[g + 1];
      let i = firstRun > 0 ? firstAtLeast(byId, firstRun, groupStart[g], end) : groupStart[g];
      if (i === end || byId[i] >= endRun) continue;
      lists++;
      const next = seconds[o];
      if (next === null) {
        for (; i < end && byId[i] < endRun; i++) found.push(byId[i]);
        continue;
      }
      for (; i < end && byId[i] < endRun; i++) if (next.includes(index.runs[byId[i] + 1])) found.push(byId[i]);
    }
    return lists > 1 ? Int32Array.from(found).sort() : found;
  }

  /** The end of the phrase the trie matches at `at` (as an alternation of the phrases would), or -1. */
  private matchAt(text: string, node: TrieNode, at: number): number {
    const n = text.length;
    for (let k = 0; k < node.units.length; k++) {
      const unit = node.units[k];
      if (at >= n) break;
      const c = text.charCodeAt(at);
      if (unit === SPACE) {
        if (!isSpace(c)) continue;
        let j = at + 1;
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        const end = this.matchAt(text, node.next[k], j);
        if (end >= 0) return end;
      } else if ((this.caseSensitive ? c : canon(c)) === unit) {
        const end = this.matchAt(text, node.next[k], at + 1);
        if (end >= 0) return end;
      }
    }
    if (!node.ends) return -1;
    if (node.plural) {
      for (const ending of PLURAL_ENDINGS) {
        if (at + ending.length > n) continue;
        let i = 0;
        while (i < ending.length && (this.caseSensitive ? text.charCodeAt(at + i) : canon(text.charCodeAt(at + i))) === (this.caseSensitive ? ending.charCodeAt(i) : canon(ending.charCodeAt(i)))) i++;
        if (i === ending.length && (at + i >= n || !isAlnum(text.charCodeAt(at + i)))) return at + i;
      }
    }
    return at >= n || !isAlnum(text.charCodeAt(at)) ? at : -1;
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
        this.previousGeneration = this.cacheGeneration;
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
   * the edit are kept, and the scan restarts after the last of them. It stops where it would search
   * on from a place in the common tail that the old scan also searched from (outside an old match):
   * from there on both scans read the same characters and find the same matches. A lexicon with
   * few matches would otherwise scan on to its next one, often far down the draft.
   * Null when no earlier text shares most of this one.
   */
  private rescan(text: string): PhraseMatch[] | null {
    // Only the analysis just before: an older text is not the one being edited, and telling two
    // long texts of equal length apart costs a comparison up to their first difference.
    if (this.previousReuse !== reuse || this.previousGeneration !== generation - 1) return null;
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
      out.push(m);
    }
    const delta = text.length - old.text.length;
    // A match whose lookbehind character is already in the common tail: the old scan read the same.
    const tail = text.length - suffix + 1;
    const oldMatches = old.matches;
    const takeOld = (from: number) => {
      for (let k = from; k < oldMatches.length; k++) out.push({ start: oldMatches[k].start + delta, end: oldMatches[k].end + delta, entry: oldMatches[k].entry });
    };
    const collect = (m: PhraseMatch) => {
      out.push(m);
      if (m.start < tail) return false;
      const i = firstStartingAt(oldMatches, m.start - delta);
      if (i < 0 || oldMatches[i].end !== m.end - delta) return false;
      takeOld(i + 1);
      return true;
    };
    // The old scan found nothing between the last kept match and the next old one, and attempts
    // there before `safe` read what they read then: the scan starts at the nearer of the two.
    const kept = out.length;
    const resume = Math.max(kept > 0 ? out[kept - 1].end : 0, Math.min(safe, kept < oldMatches.length ? oldMatches[kept].start : safe));
    let bound = tail;
    let stopped = this.scanFrom(text, resume, collect, bound);
    while (stopped >= 0) {
      // No match starts between where the scan stood and the bound: its next one is the first
      // from the bound on. Where that place lies between two old matches, the old scan's next
      // match from it is the old match after it. Inside an old match the old scan never searched
      // from there, but it did from that match's end: the scan goes on to there.
      const from = Math.max(stopped, bound);
      const next = lowerBound(oldMatches, from - delta);
      if (next === 0 || oldMatches[next - 1].end <= from - delta) {
        takeOld(next);
        break;
      }
      bound = oldMatches[next - 1].end + delta;
      stopped = this.scanFrom(text, from, collect, bound);
    }
    return out;
  }

  /**
   * Scans from `from`, leftmost-longest, handing each match over until `found` says stop. With
   * `until`, the scan also stops before a match starting there or later, and returns the place it
   * would have searched on from; otherwise, and after `found` says stop, it returns -1.
   */
  private scanFrom(text: string, from: number, found: (match: PhraseMatch) => boolean, until = Infinity): number {
    // Each source of matches says where its next match at or after a position is: the trie at the
    // candidate places, and each regex. They behave as one alternation: the leftmost match wins,
    // the longest of those starting there, and the next search starts where it ended.
    // The trie's candidate places come a stretch at a time: a whole scan asks for all of them, a
    // re-scan (which usually stops a few matches past the edit) for a growing stretch ahead.
    // A bounded scan needs no place past its bound.
    let stretch = from === 0 ? text.length : Math.max(1, Math.min(RESCAN_STRETCH, until - from));
    let reached = Math.min(text.length, from + stretch);
    const index = this.openings.length > 0 ? runsOf(text) : null;
    let places: ArrayLike<number> = index ? this.candidates(index, text, from, reached) : [];
    let c = 0;
    // The opening of each candidate run, looked up once per scan (runsOf, above, is the only
    // place the word table can start again).
    const openingOf = this.openingIds().byId;
    const trieFrom = (pos: number): { start: number; end: number } | null => {
      if (!index) return null;
      for (;;) {
        while (c < places.length && index.starts[places[c]] < pos) c++;
        for (; c < places.length; c++) {
          const start = index.starts[places[c]];
          if (start >= until) return null;
          const end = this.matchAt(text, this.trieOf(openingOf.get(index.runs[places[c]])!), start);
          if (end >= 0) return { start, end };
        }
        if (reached >= text.length || reached >= until) return null;
        stretch *= 2;
        const at = Math.max(reached, pos);
        reached = Math.min(text.length, at + stretch);
        places = this.candidates(index, text, at, reached);
        c = 0;
      }
    };
    const patterns = this.keys.length > 0 ? this.patternsFor() : [];
    const regexFrom = (re: RegExp, pos: number): { start: number; end: number } | null => {
      re.lastIndex = pos;
      const m = re.exec(text);
      return m ? { start: m.index, end: m.index + m[0].length } : null;
    };
    const next = [trieFrom(from), ...patterns.map((re) => regexFrom(re, from))];
    let pos = from;
    for (;;) {
      let best = -1;
      for (let i = 0; i < next.length; i++) {
        const m = next[i];
        if (m && (best < 0 || m.start < next[best]!.start || (m.start === next[best]!.start && m.end > next[best]!.end))) best = i;
      }
      if (best < 0) return until > text.length ? -1 : pos;
      const { start, end } = next[best]!;
      if (start >= until) return pos;
      if (found({ start, end, entry: this.entryOf(text.slice(start, end)) })) return -1;
      pos = end;
      for (let i = 0; i < next.length; i++) {
        if (next[i] && next[i]!.start < end) next[i] = i === 0 ? trieFrom(end) : regexFrom(patterns[i - 1], end);
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

const PLURAL = "(?:s|es|'s|’s)?";

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

export function editBetween(before: string, after: string): { prefix: number; suffix: number } {
  if (editsGeneration !== generation) {
    edits = [];
    editsGeneration = generation;
  }
  for (const e of edits) if (e.after === after && e.before === before) return e;
  const prefix = commonPrefixLength(before, after);
  const e = { before, after, prefix, suffix: commonSuffixLength(before, after, prefix) };
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

/** The first stretch of text a re-scan looks for candidate places in (it doubles as needed). */
const RESCAN_STRETCH = 2048;

/** A space in a phrase: any run of whitespace in the text. */
const SPACE = -1;
const PLURAL_ENDINGS = ['s', 'es', "'s", '’s'];

interface TrieNode {
  /** The next character of each continuation (canonical case, or SPACE), in sorted order. */
  units: number[];
  next: TrieNode[];
  /** A phrase ends here. */
  ends: boolean;
  /** …and, inflecting, it ends in a letter, so it may take a plural ending. */
  plural: boolean;
}

const newNode = (): TrieNode => ({ units: [], next: [], ends: false, plural: false });

/** [A-Za-z0-9]: what the patterns' word boundaries look at. */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The regex class \s. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const canonical = new Map<number, number>();

/**
 * The character a case-insensitive, non-Unicode regex compares (ECMAScript's Canonicalize): the
 * upper case, unless that is not one code unit or would turn a non-ASCII character into ASCII.
 */
function canon(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let u = canonical.get(c);
  if (u === undefined) {
    const upper = String.fromCharCode(c).toUpperCase();
    u = upper.length !== 1 || upper.charCodeAt(0) < 128 ? c : upper.charCodeAt(0);
    canonical.set(c, u);
  }
  return u;
}

/**
 * A text cut into its runs of letters and digits: the id of each run (from the shared word table,
 * case aside), in order, where each starts, and where each id occurs.
 */
interface RunIndex {
  /** The id of the k-th run (and -1 after the last). */
  runs: Int32Array;
  starts: Int32Array;
  /** Where each id occurs, made on first use (occurrencesIn): a re-scan after an edit needs none. */
  occurrences: Occurrences | null;
}

/**
 * Where each id occurs in a text, in one array: the k of the runs of the text's first id, in
 * order, then those of its second id, and so on (typed arrays rather than an array per word: a
 * tenth of the memory). Only the ids the text has take room: the word table is shared by every
 * text a process reads, and sizing by it made a long-running server's every keystroke pay for
 * all the words it had ever seen.
 */
export interface Occurrences {
  byId: Int32Array;
  /** The group of each id the text has. */
  groupOf: Map<number, number>;
  /** The runs with the id of group g are byId[groupStart[g], groupStart[g + 1]). */
  groupStart: Int32Array;
}

function occurrencesIn(index: RunIndex): Occurrences {
  return (index.occurrences ??= occurrencesOf(index.runs));
}

/**
 * Every distinct run seen (lower case), interned: runs are hashed as they are read and looked up
 * in an open-addressing table, checked against the stored word character by character, so no
 * string is made for a run already known. Shared by all texts, so an edited draft's index can
 * keep the ids of the unchanged runs; emptied when it grows past WORDS_LIMIT.
 */
const WORDS_LIMIT = 200_000;
let words: string[] = [];
let hashes: number[] = [];
let mask = 4095;
let table = new Int32Array(mask + 1).fill(-1);
/** Bumped when the word table is emptied: indexes made before then are stale. */
let wordsEpoch = 0;

/** FNV-1a step over a character folded to lower case (runs are ASCII letters and digits). */
const hashStep = (h: number, c: number) => Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);

/** text[at, at + length) is the word, case aside. */
function sameRun(text: string, at: number, length: number, word: string): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(at + k);
    const y = word.charCodeAt(k);
    if (x !== y && (x | 32) !== y) return false;
  }
  return true;
}

/** The id of text[at, at + length), whose hash is h; a new id when `add`, else -1 if unknown. */
function wordId(text: string, at: number, length: number, h: number, add: boolean): number {
  let slot = h & mask;
  for (;;) {
    const id = table[slot];
    if (id < 0) break;
    if (hashes[id] === h && sameRun(text, at, length, words[id])) return id;
    slot = (slot + 1) & mask;
  }
  if (!add) return -1;
  const id = words.length;
  // Kept beyond this analysis (detach, span.ts): a run of 13 characters or more, already in
  // lower case, would otherwise be a view into the whole draft it was read from.
  words.push(detach(text.slice(at, at + length).toLowerCase()));
  hashes.push(h);
  table[slot] = id;
  if (words.length * 2 > mask) {
    mask = mask * 2 + 1;
    table = new Int32Array(mask + 1).fill(-1);
    for (let i = 0; i < hashes.length; i++) {
      let free = hashes[i] & mask;
      while (table[free] >= 0) free = (free + 1) & mask;
      table[free] = i;
    }
  }
  return id;
}

/** The id of a word given in lower case, or -1 when no text has had it; with `add`, a new id then. */
function idOf(word: string, add = false): number {
  let h = FNV_SEED;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  return wordId(word, 0, word.length, h, add);
}

/** The id of a word given in lower case (a run of letters and digits), added when new. */
const internedId = (word: string): number => idOf(word, true);

/** Appends the runs of text[from, to) to `runs` and `starts`. */
function tokenize(text: string, from: number, to: number, runs: number[], starts: number[]): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    let h = hashStep(FNV_SEED, c);
    let j = i + 1;
    for (; j < to; j++) {
      const d = text.charCodeAt(j);
      if (!isAlnum(d)) break;
      h = hashStep(h, d);
    }
    runs.push(wordId(text, i, j - i, h, true));
    starts.push(i);
    i = j;
  }
}

/** The run indexes of this analysis's texts, and of the last analysis (to re-index an edit). */
let runIndexes: Array<{ text: string; index: RunIndex; epoch: number }> = [];
let previousRunIndexes: Array<{ text: string; index: RunIndex; epoch: number }> = [];
let runIndexGeneration = -1;
let runIndexReuse = -1;

function runsOf(text: string): RunIndex {
  if (runIndexGeneration !== generation) {
    if (runIndexes.length > 0) previousRunIndexes = runIndexes;
    runIndexes = [];
    runIndexGeneration = generation;
    runIndexReuse = reuse;
  }
  for (const r of runIndexes) if (r.text === text && r.epoch === wordsEpoch) return r.index;
  if (words.length > WORDS_LIMIT) {
    words = [];
    hashes = [];
    mask = 4095;
    table = new Int32Array(mask + 1).fill(-1);
    wordsEpoch++;
    runIndexes = [];
    previousRunIndexes = [];
  }
  const n = text.length;
  const old = runIndexReuse === reuse ? reusable(text) : null;
  let runs: Int32Array;
  let starts: Int32Array;
  if (old) {
    // Typing changed text[prefix, n - suffix): runs that end before the change, or start after
    // it, are the old runs (shifted); only the stretch between them is read again. A run touching
    // the change may have grown or shrunk, so the kept ones stop one character short of it.
    // Straight into typed arrays: on a keystroke, growing arrays of the whole draft's runs were
    // a seventh of what an analysis allocated.
    const { index, prefix, suffix, oldLength } = old;
    const count = index.starts.length;
    const delta = n - oldLength;
    let k = 0;
    while (k < count && index.starts[k] + words[index.runs[k]].length < prefix) k++;
    const from = k > 0 ? index.starts[k - 1] + words[index.runs[k - 1]].length : 0;
    let after = k;
    while (after < count && index.starts[after] <= oldLength - suffix) after++;
    const middleRuns: number[] = [];
    const middleStarts: number[] = [];
    tokenize(text, from, after < count ? index.starts[after] + delta : n, middleRuns, middleStarts);
    const total = k + middleRuns.length + (count - after);
    runs = new Int32Array(total + 1);
    starts = new Int32Array(total);
    runs.set(index.runs.subarray(0, k));
    starts.set(index.starts.subarray(0, k));
    runs.set(middleRuns, k);
    starts.set(middleStarts, k);
    const tail = k + middleRuns.length;
    runs.set(index.runs.subarray(after, count), tail);
    for (let i = after; i < count; i++) starts[tail + i - after] = index.starts[i] + delta;
  } else {
    const allRuns: number[] = [];
    const allStarts: number[] = [];
    tokenize(text, 0, n, allRuns, allStarts);
    runs = new Int32Array(allRuns.length + 1);
    runs.set(allRuns);
    starts = Int32Array.from(allStarts);
  }
  runs[runs.length - 1] = -1;
  const index: RunIndex = { runs, starts, occurrences: null };
  // Short texts (a sentence asked about on its own) are not worth keeping.
  if (n >= SHORT_TEXT) {
    runIndexes.unshift({ text, index, epoch: wordsEpoch });
    if (runIndexes.length > CACHED_TEXTS) runIndexes.pop();
  }
  return index;
}

/** The group of each id while occurrencesOf runs, -1 otherwise; kept, and grown, between calls. */
let groupScratch = new Int32Array(0);

/** The runs of each id (see Occurrences), by counting sort: runs end with -1. */
export function occurrencesOf(runs: ArrayLike<number>): Occurrences {
  const n = runs.length - 1;
  let top = -1;
  for (let k = 0; k < n; k++) if (runs[k] > top) top = runs[k];
  if (groupScratch.length <= top) groupScratch = new Int32Array(Math.max(top + 1, groupScratch.length * 2)).fill(-1);
  const groupOf = new Map<number, number>();
  const counts: number[] = [];
  for (let k = 0; k < n; k++) {
    const id = runs[k];
    let g = groupScratch[id];
    if (g < 0) {
      g = counts.length;
      groupScratch[id] = g;
      groupOf.set(id, g);
      counts.push(0);
    }
    counts[g]++;
  }
  const groupStart = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) groupStart[g + 1] = groupStart[g] + counts[g];
  const next = groupStart.slice(0, counts.length);
  const byId = new Int32Array(n);
  for (let k = 0; k < n; k++) byId[next[groupScratch[runs[k]]]++] = k;
  for (const id of groupOf.keys()) groupScratch[id] = -1;
  return { byId, groupOf, groupStart };
}

/** The last analysis's index of a text that shares most of this one, with the edit between them. */
function reusable(text: string): { index: RunIndex; prefix: number; suffix: number; oldLength: number } | null {
  let best: { index: RunIndex; prefix: number; suffix: number; oldLength: number } | null = null;
  for (const r of previousRunIndexes) {
    if (r.epoch !== wordsEpoch) continue;
    const edit = editBetween(r.text, text);
    if (!best || edit.prefix + edit.suffix > best.prefix + best.suffix) best = { index: r.index, prefix: edit.prefix, suffix: edit.suffix, oldLength: r.text.length };
  }
  return best && best.prefix + best.suffix >= text.length / 2 ? best : null;
}

/**
 * A few words, each a whole run of letters and digits: does one of them start within a stretch of
 * text (case aside)? A cheap test, from the run index, before a regex that cannot match without
 * one of them: most sentences have none of "according", "citing" or "quoted".
 */
export class RunSet {
  private readonly words: string[];
  private readonly longest: number;
  /** Where the words start in the text this analysis asked about. */
  private last: { text: string; generation: number; starts: Int32Array } | null = null;
  /** The same, from the analysis before (see forget). */
  private previous: { text: string; generation: number; starts: Int32Array } | null = null;

  constructor(words: Iterable<string>) {
    this.words = [...words].map((w) => w.toLowerCase());
    for (const w of this.words) if (!/^[a-z0-9]+$/.test(w)) throw new Error(`RunSet words are runs of letters and digits: "${w}"`);
    this.longest = this.words.reduce((n, w) => Math.max(n, w.length), 0);
    runSets.add(new WeakRef(this));
  }

  /**
   * An analysis is over (see endDocument): what it asked about is kept for the next one only (an
   * edited draft's words are then found again around the edit alone), and nothing older.
   */
  forget(): void {
    this.previous = this.last;
    this.last = null;
  }

  within(text: string, from: number, to: number): boolean {
    const starts = this.startsOf(text);
    const i = firstAtLeast(starts, from);
    return i < starts.length && starts[i] < to;
  }

  /** Where the words start in `text` (case aside), in order: a regex that must begin with one of them need only be tried there. */
  startsOf(text: string): Int32Array {
    if (!this.last || this.last.generation !== generation || this.last.text !== text) this.last = { text, generation, starts: this.startsIn(text) };
    return this.last.starts;
  }

  private startsIn(text: string): Int32Array {
    const index = runsOf(text);
    const old = this.previous;
    if (old && old.generation === generation - 1) {
      if (old.text === text) return old.starts;
      const { prefix, suffix } = editBetween(old.text, text);
      if (prefix + suffix >= text.length / 2) return this.startsAroundEdit(index, old, prefix, text.length - old.text.length, text.length - suffix + 1);
    }
    const { byId, groupOf, groupStart } = occurrencesIn(index);
    const found: number[] = [];
    for (const w of this.words) {
      const g = groupOf.get(idOf(w));
      if (g === undefined) continue;
      for (let i = groupStart[g]; i < groupStart[g + 1]; i++) found.push(index.starts[byId[i]]);
    }
    return Int32Array.from(found).sort();
  }

  /**
   * The last answer, with the runs around an edit looked at again. A word starting further than
   * its length before the edit ends before it, so it is still that word; a run that the edit
   * changed into one of the words starts at most that far before it. A run whose preceding
   * character is in the common tail (from `tail` on in the new text) is the same run as before.
   */
  private startsAroundEdit(index: RunIndex, old: { text: string; starts: Int32Array }, prefix: number, delta: number, tail: number): Int32Array {
    const lo = Math.max(0, prefix - this.longest - 1);
    const ids = this.words.map((w) => idOf(w));
    const found: number[] = [];
    const { starts } = old;
    for (let k = 0; k < starts.length && starts[k] < lo; k++) found.push(starts[k]);
    for (let r = firstAtLeast(index.starts, lo); r < index.starts.length && index.starts[r] < tail; r++) if (ids.includes(index.runs[r])) found.push(index.starts[r]);
    for (let k = firstAtLeast(starts, tail - delta); k < starts.length; k++) found.push(starts[k] + delta);
    return Int32Array.from(found);
  }
}
