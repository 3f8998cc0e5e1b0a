import { CONSEQUENTIAL_NOUNS, NUMBER_WORDS, SCALE_WORDS } from '../lexicon/quantities';
import type { Sentence } from '../prose/sentences';
import type { Figure, FigureKind } from './model';

const CONSEQUENTIAL = new Set(CONSEQUENTIAL_NOUNS);

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const SCALE = '(?:hundred|thousand|million|billion|trillion)';
// 1,234,567.89 or 1234.5: a comma groups exactly three digits, so "in 1962," stops at the year.
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
/** The figure patterns, one alternative per form. */
export const FIGURE_ALTERNATIVES = [
  // $1.5 billion, 1,000, 12.5%, 40 percent, €3m, 2bn
  `(?<![\\p{L}\\p{N}/:.-])(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|approximately\\s+|some\\s+|more\\s+than\\s+|over\\s+|fewer\\s+than\\s+|less\\s+than\\s+|at\\s+least\\s+|up\\s+to\\s+|an\\s+estimated\\s+)?[$£€¥]?${DIGITS}(?:\\s*(?:-|–|to)\\s*[$£€¥]?${DIGITS})?(?:\\s*(?:%|percent|per\\s+cent|percentage\\s+points?)|\\s+${SCALE}|(?:m|mn|bn|k|tn)\\b)?(?![\\p{L}\\p{N}/:]|\\.\\d)`,
  // two million, thirty-five, five percent
  `(?<![\\p{L}-])(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|some\\s+|more\\s+than\\s+|over\\s+|at\\s+least\\s+)?${NUMBER_WORD}(?:\\s+${SCALE})?(?:\\s*(?:percent|per\\s+cent))?(?![\\p{L}-])`,
  // dozens, hundreds of, a few dozen, several times, scores of
  `(?<![\\p{L}-])(?:several|a\\s+few|a\\s+couple(?:\\s+of)?|just\\s+a\\s+few|many)\\s+(?:dozen|hundred|thousand|million)s?(?![\\p{L}-])`,
  `(?<![\\p{L}-])(?:dozens|hundreds|thousands|millions|billions|scores|tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands)(?=\\s+of\\b)`,
  `(?<![\\p{L}-])(?:several|many|two|three|four|five|ten)\\s+times(?![\\p{L}-])|(?<![\\p{L}-])(?:twice|threefold|fourfold|tenfold|doubled|tripled)(?![\\p{L}-])`,
].join('|');
/**
 * Every alternative starts after a non-letter, on a digit, a currency sign or one of a few
 * letters; saying so up front lets the engine pass over the rest of a word at once (half the
 * time of the bare alternation on news copy, same matches).
 */
export const FIGURE = new RegExp(`(?<!\\p{L})(?=[\\d$£€¥abdefhjlmnorstu])(?:${FIGURE_ALTERNATIVES})`, 'giu');

const MAYBE_FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?|billions?|scores|twice|threefold|fourfold|tenfold|doubled|tripled|times)\b/i;

const MONTHS = /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;

/** Figures of a sentence, with values and what is counted. Exempt kinds (dates, ages, times) are dropped. */
export function findFigures(masked: string, sentence: Sentence): Omit<Figure, 'attribution' | 'inQuote' | 'disputes' | 'conflictsWith'>[] {
  const out: Omit<Figure, 'attribution' | 'inQuote' | 'disputes' | 'conflictsWith'>[] = [];
  const body = masked.slice(sentence.start, sentence.end);
  // Most sentences hold no figure: a cheap non-Unicode test spares them the full pattern.
  if (!MAYBE_FIGURE.test(body)) return out;
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(body))) {
    // "in 2019 to 85": a year is not the low end of a range; read on after it.
    if (/^(?:19|20)\d\d\s*(?:-|–|to)\s*\d/.test(m[0])) {
      FIGURE.lastIndex = m.index + 4;
      continue;
    }
    let start = sentence.start + m.index;
    const end = start + m[0].length;
    const textRaw = m[0];
    const approximate = /^(?:about|around|nearly|almost|roughly|approximately|some|more than|over|fewer than|less than|at least|up to|an estimated)\s/i.test(textRaw);
    const numberStart = approximate ? start + textRaw.search(/[$£€¥\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i) : start;
    if (numberStart > start) start = numberStart;
    const text = masked.slice(start, end);
    const before = masked.slice(Math.max(sentence.start, start - 24), start);
    const after = masked.slice(end, Math.min(sentence.end, end + 40));

    let kind: FigureKind = 'count';
    if (/%|percent|per\s+cent|percentage/i.test(text)) kind = 'percent';
    else if (/^[$£€¥]/.test(text) || /^\s*(?:dollars|pounds|euros|roubles|rubles|yuan|yen|rupees)\b/i.test(after)) kind = 'money';
    else if (/times|twice|fold|doubled|tripled/i.test(text)) kind = 'multiplier';
    else if (/dozen|hundreds|thousands|millions|billions|scores|tens/i.test(text) && !/\d/.test(text)) kind = 'vague';

    // Exemptions: years, dates, times, ages, ordinals, addresses, page and section numbers.
    if (kind === 'count' && /^\d{4}$/.test(text) && Number(text) >= 1800 && Number(text) <= 2100) continue;
    if (kind === 'count' && /^(?:s|st|nd|rd|th)\b/.test(after)) continue;
    if (kind === 'count' && MONTHS.test(before) && /^\d{1,2}$/.test(text)) continue;
    if (kind === 'count' && /^\d{1,2}$/.test(text) && /^\s*,?\s*(?:19|20)\d\d\b/.test(after) && MONTHS.test(before.replace(/\d+\s*$/, ''))) continue;
    if (/^\s*(?:-|–)?\s*(?:year|month|week|day|hour|minute)s?[- ]old\b/i.test(after) || /\b(?:aged|age|ages)\s*$/i.test(before)) continue;
    if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|ET\b|EST|BST)/i.test(after)) continue;
    if (/\b(?:No|no|Nos|page|pages|p|pp|section|article|chapter|paragraph|room|route|highway|interstate|flight|gate|platform|level|grade|class|rule|amendment|resolution|bill|lot|unit|apartment|suite|number|version|season|episode|volume|vol|issue|stage|phase|round|step|tier|Article|Section|Chapter|Room|Route|Highway|Flight|Stage|Phase|Round|Step|Tier)\.?\s*$/.test(before)) continue;
    if (/^\s+(?:[A-Z][a-z]+\s+)?(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place)\b/.test(after)) continue;
    if (/^\s*(?:-|–)\s*\d/.test(after)) continue; // a score or range start handled by the range pattern
    if (/\(\s*$/.test(before) && /^\s*\)/.test(after) && /^\d{1,3}$/.test(text)) continue; // "Smith (45)"
    if (/^(?:one)$/i.test(text)) continue;
    // "Ana Ruiz, 33, a nurse": an age in apposition to a name (AP style puts ages there).
    if (kind === 'count' && /^\d{1,3}$/.test(text) && Number(text) <= 120 && /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(before) && /^\s*(?:,|;|\.(?:\s|$)|$)/.test(after)) continue;

    out.push({
      start,
      end,
      text,
      ...valueOf(text, kind),
      approximate: approximate || /^(?:several|a few|just a few|many|dozens|hundreds|thousands|millions|scores)/i.test(text),
      kind,
      noun: nounOf(masked, end, sentence.end, start, sentence.start),
      sentence: sentence.index,
    });
  }
  return out;
}

const NUMERAL = /\d[\d,]*(?:\.\d+)?/g;

function valueOf(text: string, kind: FigureKind): { value: number | null; high: number | null } {
  if (kind === 'vague') {
    if (/dozen/i.test(text)) return { value: 24, high: 96 };
    return { value: null, high: null };
  }
  const nums: number[] = [];
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m; m = NUMERAL.exec(text)) nums.push(Number(m[0].replace(/,/g, '')));
  let scale = 1;
  const sm = /(hundred|thousand|million|billion|trillion|\d(?:m|mn|bn|k|tn))\b/i.exec(text);
  if (sm) scale = SCALE_WORDS[sm[1].replace(/^\d/, '').toLowerCase()] ?? 1;
  if (nums.length > 0) return { value: nums[0] * scale, high: nums.length > 1 ? nums[1] * scale : null };
  let total = 0;
  for (const part of text.toLowerCase().split(/[\s-]+/)) {
    if (NUMBER_WORDS[part] !== undefined && part !== 'a' && part !== 'an') total += NUMBER_WORDS[part];
  }
  return { value: total > 0 ? total * scale : null, high: null };
}

/** The noun the figure counts: the next plural noun, else a countable noun shortly before. */
function nounOf(text: string, end: number, ceil: number, start: number, floor: number): string | null {
  const after = text.slice(end, Math.min(ceil, end + 60)).toLowerCase();
  const aw = after.match(/[a-z][a-z'-]*/g) ?? [];
  for (let i = 0; i < Math.min(aw.length, 4); i++) {
    const w = aw[i];
    if (w === 'of' || w === 'other' || w === 'more' || /^(?:russian|american|foreign|military|local|new|additional|extra|young|armed|civilian|unarmed|full-time|senior|technical)$/.test(w)) continue;
    if (CONSEQUENTIAL.has(w) || (/s$/.test(w) && !NOT_PLURAL.test(w))) return w;
    break;
  }
  const before = text.slice(Math.max(floor, start - 60), start).toLowerCase();
  const bw = before.match(/[a-z][a-z'-]*/g) ?? [];
  for (let i = bw.length - 1; i >= Math.max(0, bw.length - 6); i--) {
    if (CONSEQUENTIAL.has(bw[i])) return bw[i];
  }
  return null;
}

const MEASURES = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|times|miles|kilometres|kilometers|metres|meters|feet|inches|yards|pounds|kilos|kilograms|degrees|points|percentage|cents|pages|chapters|episodes|innings|laps|rounds|games|terms|steps|words|letters|characters|digits|ways|things|others|ones|yes|years-old)$/;

/** Words ending in s that are not counted nouns. */
const NOT_PLURAL = /^(?:is|was|has|does|this|its|his|hers|ours|yours|theirs|as|us|yes|always|perhaps|sometimes|unless|whereas|thus|plus|across|towards|besides|afterwards|nevertheless|series|news)$|(?:ous|ss|ics)$/;

export function isConsequential(figure: Pick<Figure, 'kind' | 'noun'>): boolean {
  if (figure.kind === 'money' || figure.kind === 'percent') return true;
  if (figure.kind === 'multiplier') return false;
  // Any counted plural ("28 members", "400 homes") is a claim about the world; units of time
  // and measure ("25 minutes", "10 miles") are background.
  return figure.noun !== null && (CONSEQUENTIAL.has(figure.noun) || (/s$/.test(figure.noun) && !MEASURES.test(figure.noun)));
}
