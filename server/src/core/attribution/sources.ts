import type { Lexicons } from '../lexicon';
import {
  DOCUMENT_HEADS,
  GENERIC_ANONYMOUS_HEADS,
  NATIONALITY_WORDS,
  ORGANISATION_HEADS,
  OUTLET_HEADS,
  OUTLET_NAME_ENDINGS,
  PRONOUNS,
  ROLE_HEADS,
  VAGUE_AUTHORITY_HEADS,
} from '../lexicon/sources';
import { editBetween } from '../lexicon/matcher';
import { NUMBER_WORDS } from '../lexicon/quantities';
import { detach, type Span } from '../span';
import type { SourceClass } from './model';
import { DETERMINERS, isCapitalised, words, type Word } from './words';

const GENERIC = new Set(GENERIC_ANONYMOUS_HEADS);
const ROLES = new Set(ROLE_HEADS);
const VAGUE = new Set(VAGUE_AUTHORITY_HEADS);
const DOCUMENTS = new Set(DOCUMENT_HEADS);
const ORGS = new Set(ORGANISATION_HEADS);
const OUTLET_NOUNS = new Set(OUTLET_HEADS);
const OUTLET_ENDINGS = new Set(OUTLET_NAME_ENDINGS);
const NATIONALITIES = new Set(NATIONALITY_WORDS);

/** Titles that precede a person's name ("Ambassador … Zaemsky", "Sen. Smith"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'president', 'ambassador',
  'minister', 'secretary', 'senator', 'representative', 'governor', 'mayor', 'judge', 'justice', 'chancellor',
  'prime', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'rev', 'father', 'sister', 'chief',
  'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner',
  'sheriff', 'detective', 'officer', 'councillor', 'councilman', 'councilwoman', 'lawmaker', 'speaker', 'leader',
  'deputy', 'vice', 'attorney', 'general', 'adviser', 'advisor', 'coach', 'professor', 'economist', 'analyst',
]);

/** Members of the public and partisans: unnamed, but not anonymous sources (AP's rules govern insiders). */
const PUBLIC_GROUPS = new Set([
  'supporters', 'voters', 'protesters', 'protestors', 'demonstrators', 'fans', 'residents', 'citizens', 'locals',
  'taxpayers', 'consumers', 'parents', 'activists', 'campaigners', 'environmentalists', 'conservatives', 'liberals',
  'progressives', 'democrats', 'republicans', 'moderates', 'centrists', 'populists', 'nationalists', 'libertarians',
  'americans', 'europeans', 'opponents', 'proponents', 'advocates', 'critics', 'detractors', 'skeptics', 'sceptics',
]);

/** Roles one person holds at a time. */
export const UNIQUE_ROLES = new Set([
  'attorney', 'lawyer', 'doctor', 'officer', 'director', 'manager', 'minister', 'secretary', 'executive', 'strategist',
  'adviser', 'advisor', 'commander', 'prosecutor', 'negotiator', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
  'president', 'chairman', 'chairwoman', 'chair', 'governor', 'mayor', 'ambassador', 'senator', 'premier', 'chancellor',
  'judge', 'sheriff', 'commissioner', 'superintendent', 'coach', 'founder', 'owner', 'head', 'chief', 'leader',
  // "the candidate", "the Republican nominee": in campaign copy, the named contender already introduced.
  'candidate', 'nominee', 'congressman', 'congresswoman',
]);

const FAMILY = /^(?:father|mother|son|daughter|wife|husband|brother|sister|spouse|partner|grandmother|grandfather|aunt|uncle|cousin|niece|nephew)$/;

/** Postmodifiers after a head noun. */
const POSTMODIFIER = /\s(?:I|we|you)\s|\s(?:close\s+to|familiar\s+with|with|who|whom|whose|that|at|in|from|for|of|inside|within|on|briefed|involved|knowledgeable|aware|said\s+to|speaking|based|connected|linked|acquainted|across|among|representing|working|under|to)\b/i;

export interface MentionReading {
  class: SourceClass | 'other';
  /** Head noun as written ("official", "Zaemsky"). */
  head: string;
  headSpan: Span;
  /** A pronoun or a definite back-reference to resolve ("he", "the official", "the company"). */
  reference: 'pronoun' | 'definite' | 'surname' | null;
  plural: boolean;
  count: number | null;
  /** Affiliation words in the description itself. */
  affiliation: Span | null;
  proximity: Span | null;
  knowledge: Span | null;
  role: string | null;
  /** The fullest name of a named source ("Vladimir Zaemsky"), for merging. */
  name: string | null;
}

function lower(w: Word | undefined): string {
  return w ? w.text.toLowerCase() : '';
}

/** Reads a source mention: its head, class, and what it says about the source. */
export function readMention(text: string, span: Span, lexicons: Lexicons): MentionReading {
  let ws = words(text, span.start, span.end).filter((w) => !/^["“”‘’'«»]+$/.test(w.text));
  // A trailing relative pronoun ("experts who") belongs to the span, not to the description.
  if (ws.length > 1 && /^(?:who|that|whom)$/i.test(ws[ws.length - 1].text)) {
    ws = ws.slice(0, -1);
    span = { start: span.start, end: ws[ws.length - 1].end };
  }
  const reading: MentionReading = {
    class: 'other',
    head: '',
    headSpan: span,
    reference: null,
    plural: false,
    count: null,
    affiliation: null,
    proximity: null,
    knowledge: null,
    role: null,
    name: null,
  };
  if (ws.length === 0) return reading;

  // An appositive with a name: "Ricardo Vaz, an economist at…", "the director, Ana Reis,".
  const raw0 = text.slice(span.start, span.end);
  if (raw0.includes(',')) {
    let at = span.start;
    for (const part of raw0.split(',')) {
      const pw = words(text, at, at + part.length);
      at += part.length + 1;
      if (pw.length >= 2 && pw.length <= 4 && pw.every((w) => isCapitalised(w.text) || /^(?:de|da|van|von|al|bin|der|la|le)$/.test(w.text)) && !pw.some((w) => ORGS.has(lower(w)) || OUTLET_ENDINGS.has(lower(w)) || DETERMINERS.has(lower(w)))) {
        const last = pw[pw.length - 1];
        return { ...reading, class: 'named-person', head: last.text, headSpan: { start: last.start, end: last.end }, name: pw.map((w) => w.text).join(' ') };
      }
    }
  }
  // "Several of them", "three of the witnesses", "many of whom": the group is named after "of".
  const partitive = /^(\s*(?:several|many|some|most|few|all|none|both|each|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+)\p{L}/iu.exec(raw0);
  if (partitive) {
    const rest = readMention(text, { start: span.start + partitive[1].length, end: span.end }, lexicons);
    const count = /^\s*(\d+)/.exec(partitive[1]) ? Number(/^\s*(\d+)/.exec(partitive[1])![1]) : NUMBER_WORDS[partitive[1].trim().split(/\s+/)[0].toLowerCase()] ?? null;
    if (rest.reference === 'pronoun' || rest.class === 'other') {
      return { ...reading, class: count === 1 ? 'anonymous-person' : 'anonymous-group', head: partitive[1].trim().split(/\s+/)[0], count, plural: count !== 1 };
    }
    return { ...rest, reference: null, count: count ?? rest.count };
  }
  // Split the description at its first postmodifier: "a person | close to the ministry".
  const raw = text.slice(span.start, span.end);
  const post = POSTMODIFIER.exec(raw);
  const preEnd = post ? span.start + post.index : span.end;
  let pre = ws.filter((w) => w.end <= preEnd);
  if (pre.length === 0) pre = ws.slice(0, 1);
  // "Ambassador to Venezuela Vladimir Zaemsky": a title with a postmodifier, then the name.
  const tailRun = capitalisedRun(ws);
  // A plural before the postmodifier ("Teachers from Lincoln High School") is no such title.
  if (post && tailRun.length >= 2 && isCapitalised(pre[pre.length - 1].text) && !/[^s]s$/i.test(pre[pre.length - 1].text) && !OUTLET_ENDINGS.has(lower(tailRun[tailRun.length - 1]))) pre = ws;
  // Possessives: "Rostec's press service" keeps "service" as the head, "Rostec" as affiliation.
  const head = pre[pre.length - 1];
  const headText = head.text.replace(/(?:'s|’s|')$/, '');
  const hl = headText.toLowerCase();
  reading.head = headText;
  reading.headSpan = { start: head.start, end: head.start + headText.length };

  const firstLower = lower(pre[0]);
  if (pre.length === 1 && PRONOUNS[hl] !== undefined) {
    reading.reference = 'pronoun';
    reading.plural = PRONOUNS[hl] === 'group';
    return reading;
  }

  // Counts: "two officials", "a person", "three people".
  for (const w of pre) {
    const lw = lower(w);
    if (/^\d+$/.test(lw)) reading.count = Number(lw);
    else if (NUMBER_WORDS[lw] !== undefined && lw !== 'hundred' && lw !== 'dozen') reading.count = NUMBER_WORDS[lw];
  }

  const proximity = lexicons.proximityPhrases.first(text, span.start, span.end);
  if (proximity) reading.proximity = { start: proximity.start, end: span.end };
  const knowledge = lexicons.knowledgePhrases.first(text, span.start, span.end);
  if (knowledge) reading.knowledge = { start: knowledge.start, end: span.end };

  // "Some 73% of voters in the poll": a poll result, not a person.
  if (/\d\s*(?:%|percent|per cent)|\bpercent of\b/i.test(raw)) {
    reading.class = 'document';
    return reading;
  }
  // Named sources the user declared.
  if (lexicons.namedSources.size > 0 && lexicons.namedSources.test(text, span.start, span.end)) {
    reading.class = 'named-organisation';
    reading.name = raw.trim();
    return reading;
  }

  // Outlets: "The Wall Street Journal", "the WSJ", "the newspaper".
  const outlet = lexicons.outlets.first(text, span.start, preEnd);
  const capsRun = capitalisedRun(pre);
  if (outlet && outlet.end >= head.end - 1) {
    reading.class = 'outlet';
    reading.name = text.slice(outlet.start, outlet.end).replace(/^the\s+/i, '');
    return reading;
  }
  if ((capsRun.length > 1 || (capsRun.length === 1 && firstLower === 'the')) && OUTLET_ENDINGS.has(lower(capsRun[capsRun.length - 1])) && capsRun[capsRun.length - 1] === head) {
    reading.class = 'outlet';
    reading.name = capsRun.map((w) => w.text).join(' ');
    return reading;
  }

  const capitalHead = isCapitalised(head.text) && !(head === ws[0] && (DETERMINERS.has(hl) || GENERIC.has(hl) || ROLES.has(hl) || VAGUE.has(hl) || ORGS.has(hl) || DOCUMENTS.has(hl)));
  const definite = firstLower === 'the' || firstLower === 'this' || firstLower === 'that' || firstLower === 'these' || firstLower === 'those';

  // "Mr. Varese" is a surname, whatever its ending.
  const titledName = pre.some((w) => w !== head && TITLES.has(lower(w).replace(/\.$/, '')));
  const demonym = /(?:ans|ese|ish)$/.test(headText) && !/^(?:The|A|An)$/.test(pre[0].text) && !titledName ? true : /^(?:Americans|Europeans|Democrats|Republicans)$/.test(headText);
  if (capitalHead && !NATIONALITIES.has(hl) && !ORGS.has(hl) && !GENERIC.has(hl) && !ROLES.has(hl) && !VAGUE.has(hl) && !demonym) {
    // A proper name. Persons have a title or a given name before the surname; single capitalised
    // words and names with organisation words are organisations.
    const run = capsRun.length ? capsRun : [head];
    const hasOrgWord = run.some((w) => ORGS.has(lower(w)) || /^(?:inc|corp|ltd|llc|plc|co|group|bank|party|ministry|council|agency|university|institute|foundation|association|union|department|office|court|police|committee|commission)$/i.test(w.text));
    const titled = pre.some((w, i) => TITLES.has(lower(w).replace(/\.$/, '')) && i < pre.indexOf(head));
    if (hasOrgWord || /^[A-Z]{2,}$/.test(head.text)) reading.class = 'named-organisation';
    else if (run.length >= 2 || titled) reading.class = 'named-person';
    else {
      reading.class = 'named-person';
      reading.reference = 'surname';
    }
    reading.name = run.map((w) => w.text.replace(/(?:'s|’s)$/, '')).join(' ');
    return reading;
  }

  // "Ana Ruiz (D-Ore.) and Rui Santos all", "both presidential candidates", "the candidates": the
  // named people themselves.
  if ((/^(?:all|both|each)$/.test(hl) && pre.slice(0, -1).filter((w) => isCapitalised(w.text) && w !== pre[0]).length >= 2) ||
      (/^(?:candidates|nominees|contenders)$/.test(hl) && /^(?:both|the|two)$/.test(firstLower) && !reading.proximity)) {
    reading.class = 'named-person';
    reading.name = raw.trim();
    return reading;
  }
  // "environmental groups", "some companies": organisations nobody names are a vague authority.
  if (ORGS.has(hl) && /s$/.test(hl) && !pre.some((w) => isCapitalised(w.text) && w !== pre[0]) && !(isCapitalised(pre[0].text) && pre[0] !== head && !DETERMINERS.has(firstLower)) && !/^(?:authorities|police|prosecutors|representatives|spokesmen|spokespeople|headquarters|ministries)$/.test(hl)) {
    reading.class = 'vague-authority';
    reading.plural = true;
    return reading;
  }
  // "Those close to him", "people familiar with…" led by a pronoun: an unnamed group.
  if (/^(?:those|some|others|many)$/.test(hl) && (reading.proximity || reading.knowledge)) {
    reading.class = 'anonymous-group';
    reading.plural = true;
    reading.role = null;
    return reading;
  }
  if (ORGS.has(hl)) {
    reading.class = 'named-organisation';
    if (definite && pre.length <= 2) reading.reference = 'definite';
    reading.name = pre.map((w) => w.text).join(' ').replace(/^(?:the|a|an)\s+/i, '');
    return reading;
  }
  if (OUTLET_NOUNS.has(hl) && !(hl === 'agency' || hl === 'network' || hl === 'press')) {
    reading.class = 'outlet';
    if (definite) reading.reference = 'definite';
    return reading;
  }
  if (DOCUMENTS.has(hl)) {
    // "Polls showed": unnamed polls are a vague authority ("studies show" is a weasel phrase)
    // (Wikipedia MOS:WEASEL); a named pollster makes them a document.
    if (/^(?:polls|surveys)$/.test(hl) && !definite && !pre.some((w) => w !== pre[0] && isCapitalised(w.text)) && !post) {
      reading.class = 'vague-authority';
      reading.plural = true;
      return reading;
    }
    reading.class = 'document';
    if (definite) reading.reference = 'definite';
    return reading;
  }

  // An office with one holder ("the mayor", "the vice president") is someone the reader can
  // identify; PolNeAR and AP treat a unique public role as on the record.
  if (!ROLES.has(hl) && UNIQUE_ROLES.has(hl) && definite && !reading.proximity && !reading.knowledge) {
    reading.class = 'named-person';
    reading.name = raw.trim();
    return reading;
  }
  const role = ROLES.has(hl) ? hl : null;
  // "many people", "some individuals", "Many Americans": a quantified crowd is a vague authority.
  const quantified = /^(?:many|some|most|few|other|all|countless|numerous|plenty)$/i.test(firstLower) && pre.length <= 4;
  const demonymPlural = isCapitalised(head.text) && /(?:ans|ese|ish)$/.test(headText) && !ROLES.has(hl);
  const generic = GENERIC.has(hl) && !quantified;
  const vague = (VAGUE.has(hl) && !role) || (quantified && (GENERIC.has(hl) || demonymPlural || !role)) || demonymPlural;
  if (!role && !generic && !vague) return reading;
  if (quantified && role) {
    // "some officials", "many lawmakers": still a group, but the quantifier hides who.
    reading.class = 'vague-authority';
  }

  // A unique role held by one identifiable person: "the city attorney", "Meta's chief financial
  // officer", "Pagliano's lawyer" (PolNeAR and AP treat these as identified, not anonymous).
  const possessive = pre.slice(0, -1).some((w) => /(?:'s|’s|s'|s’)$/.test(w.text) && isCapitalised(w.text));
  const uniqueTitle = pre.slice(0, -1).some((w) => /^(?:chief|top|head|executive|general|principal|lead|deputy)$/i.test(w.text));
  if (role && !/s$/.test(hl) && UNIQUE_ROLES.has(hl) && (possessive || (definite && pre.length >= 3) || uniqueTitle)) {
    reading.class = 'named-person';
    reading.name = raw.trim();
    return reading;
  }
  // "my father", "her husband", "the 34-year-old mother of three": a relative the story places.
  if (role && FAMILY.test(hl) && (definite || /^(?:my|his|her|their|our|your)$/.test(firstLower) || possessive)) {
    reading.class = 'named-person';
    reading.name = raw.trim();
    return reading;
  }
  reading.plural = /s$/.test(hl) || hl === 'people' || hl === 'staff' || hl === 'many' || hl === 'some' || hl === 'others';
  if (reading.count !== null) reading.plural = reading.count > 1;
  reading.role = role ? singular(role) : null;
  reading.affiliation = affiliationOf(text, pre, head, post ? span.start + post.index : span.end, span.end, reading.proximity);
  if (reading.class === 'vague-authority') {
    // set by the quantifier above
  } else if (vague) {
    // "Pentagon analysts" speak from inside an institution; "Ilves supporters" or "island voters"
    // are the public, never granted anonymity: a vague authority whatever their affiliation.
    reading.class = reading.affiliation && !PUBLIC_GROUPS.has(hl) ? 'anonymous-group' : 'vague-authority';
  } else {
    reading.class = reading.plural ? 'anonymous-group' : 'anonymous-person';
  }
  // "the official", "these people": a back-reference when it adds nothing new.
  if (definite && !reading.affiliation && pre.length <= 3) reading.reference = 'definite';
  return reading;
}

function capitalisedRun(pre: readonly Word[]): Word[] {
  const run: Word[] = [];
  for (let i = pre.length - 1; i >= 0; i--) {
    const w = pre[i];
    if (isCapitalised(w.text) || (run.length > 0 && /^(?:of|de|van|von|al|bin|la|le|du|da|der)$/.test(w.text))) run.unshift(w);
    else break;
  }
  while (run.length > 0 && /^(?:The|A|An)$/.test(run[0].text)) run.shift();
  return run;
}

function singular(noun: string): string {
  if (noun === 'people') return 'person';
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  if (noun.endsWith('s') && !noun.endsWith('ss')) return noun.slice(0, -1);
  return noun;
}

let capitalsText: string | null = null;
/**
 * For each capitalised word used mid-sentence in `capitalsText`, how many times its lines use it
 * so; a word no line uses is not a key.
 */
const capitals = new Map<string, number>();
const CAPITAL_AFTER_LOWER = /(?<=[\p{Ll},;] )(\p{Lu}[\p{L}\p{N}’'.-]*)/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/u;

/**
 * Counts the capitalised words used mid-sentence in text[from, to) in or out of `capitals`. No
 * match crosses a line, so a stretch of whole lines counts what the lines count one by one.
 */
function countCapitals(text: string, from: number, to: number, step: 1 | -1): void {
  const add = (word: string) => {
    const n = (capitals.get(word) ?? 0) + step;
    // Kept beyond this analysis: a new key must not be a slice that keeps the draft alive.
    if (n > 0) capitals.set(capitals.has(word) ? word : detach(word), n);
    else capitals.delete(word);
  };
  CAPITAL_AFTER_LOWER.lastIndex = from;
  for (let m = CAPITAL_AFTER_LOWER.exec(text); m !== null && m.index < to; m = CAPITAL_AFTER_LOWER.exec(text)) {
    // The old per-word test ended at a word boundary, so "Pentagon's" also counts "Pentagon".
    const word = m[1];
    add(word);
    if (NOT_LETTER_OR_DIGIT.test(word)) for (let k = word.length - 1; k > 0; k--) if (NOT_LETTER_OR_DIGIT.test(word[k])) add(word.slice(0, k));
  }
}

/**
 * Capitalised words the text uses after a lower-case word, comma or semicolon: proper names
 * rather than sentence openers (use `has`). A match never crosses a line, so the words are
 * counted line by line, and for a text that differs from the last one by an edit only the lines
 * the edit touched are counted out and in again: the language server asks on every keystroke.
 */
function capitalisedMidSentence(text: string): ReadonlyMap<string, number> {
  if (capitalsText !== text) {
    const old = capitalsText;
    const edit = old === null ? null : editBetween(old, text);
    if (old !== null && edit !== null && edit.prefix + edit.suffix >= text.length / 2) {
      // The lines around the edit: from the start of the line it begins in to the end of the line
      // it ends in, which is as far past the edit in both texts (what follows it is the same).
      const from = old.lastIndexOf('\n', edit.prefix - 1) + 1;
      const oldEnd = lineEnd(old, old.length - edit.suffix);
      const newEnd = lineEnd(text, text.length - edit.suffix);
      countCapitals(old, from, oldEnd, -1);
      countCapitals(text, from, newEnd, 1);
    } else {
      capitals.clear();
      countCapitals(text, 0, text.length, 1);
    }
  }
  // Always keep the caller's string: an equal string from an earlier analysis would otherwise
  // be compared character by character on every call.
  capitalsText = text;
  return capitals;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The capitalised words of a mention, by the mention's text (they depend on nothing else). */
const capitalisedWordsOf = new Map<string, string[]>();

/**
 * One flag per capitalised word of a mention (`inner`, its text): does the text use the word
 * mid-sentence? (a memo key)
 */
export function capitalisedWordsUsedMidSentence(text: string, inner: string): string {
  // Most descriptions ("officials", "a person familiar with the talks") have no capital at all:
  // no word of theirs to look up, nor the description itself.
  if (!mayHoldCapital(inner)) return '';
  const capitals = capitalisedMidSentence(text);
  let capitalised = capitalisedWordsOf.get(inner);
  if (!capitalised) {
    capitalised = words(inner, 0, inner.length)
      .map((w) => w.text)
      .filter(isCapitalised);
    if (capitalisedWordsOf.size > 50_000) capitalisedWordsOf.clear();
    // Kept beyond this analysis: as in capitalisedMidSentence, nothing kept may be a slice of the draft.
    for (let k = 0; k < capitalised.length; k++) capitalised[k] = detach(capitalised[k]);
    capitalisedWordsOf.set(detach(inner), capitalised);
  }
  let flags = '';
  for (const w of capitalised) flags += capitals.has(w) ? '1' : '0';
  return flags;
}

/** False when `text` has no capital letter: no A-Z and nothing beyond ASCII (which might be one). */
function mayHoldCapital(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/**
 * Where the source works, when the description says: a proper name or an organisation word
 * before the head ("a senior Pentagon official", "administration officials", "Trump's aides"),
 * or after it ("an official at the Defence Ministry"). Nationality alone is not an affiliation,
 * and what follows "close to" is proximity, not affiliation.
 */
function affiliationOf(text: string, pre: readonly Word[], head: Word, postStart: number, end: number, proximity: Span | null): Span | null {
  const beforeHead = pre.slice(0, pre.indexOf(head));
  const affiliated = beforeHead.filter((w, i) => {
    // A capital that only opens a sentence ("Community members") is no proper name unless the
    // story capitalises the word elsewhere too.
    if (i === 0 && isCapitalised(w.text) && atSentenceStart(text, w.start) && !capitalisedMidSentence(text).has(w.text)) return false;
    const lw = lower(w).replace(/(?:'s|’s)$/, '');
    if (DETERMINERS.has(lw) || NATIONALITIES.has(lw) || /^\d/.test(lw) || NUMBER_WORDS[lw] !== undefined) return false;
    // Demonyms and party adjectives ("Valdorian", "Republican") are not an affiliation.
    if (isCapitalised(w.text) && /(?:ian|ean|ese|ish|an|i|ic)$/.test(w.text) && i === beforeHead.length - 1 - (beforeHead.length > 1 && !isCapitalised(beforeHead[beforeHead.length - 1].text) ? 1 : 0)) return false;
    if (isCapitalised(w.text) && !(i === 0 && /^(?:A|An|The|Two|Three|Several|Some|Many)$/.test(w.text))) return true;
    return ORGS.has(lw) || /(?:'s|’s)$/.test(w.text);
  });
  if (affiliated.length > 0) return { start: affiliated[0].start, end: affiliated[affiliated.length - 1].end };
  if (postStart < end) {
    const tail = text.slice(postStart, end);
    // "at the Defence Ministry", "at the county water utility": the words after the preposition.
    const m = /^\s(?:at|in|from|with|of|inside|within|for|representing|working\s+(?:at|for|in))\s+(?:the\s+)?((?:\p{L}[\p{L}’'.-]*\s*)+|[\w-]+\s+(?:ministry|department|company|government|administration|campaign|embassy|agency|office|police|military|army|council|commission|committee|firm|bank|party|union|white house|kremlin|pentagon))/iu.exec(tail);
    if (m && (!proximity || postStart + m.index < proximity.start)) {
      const groupText = m[1];
      const from = postStart + m.index;
      if (!NATIONALITIES.has(groupText.trim().toLowerCase())) return { start: from + 1, end: from + m[0].length };
    }
  }
  return null;
}

export function atSentenceStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /[\s"“‘'(]/.test(text[i - 1])) i--;
  return i === 0 || /[.!?\n]/.test(text[i - 1]);
}
