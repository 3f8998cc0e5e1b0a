/**
 * Words by which the writer judges instead of reporting: doubt markers, editorial adverbs,
 * unsourced superlatives, and the opinion and speculation an anonymous source must not carry.
 */

/**
 * Doubt markers (AP Stylebook "so-called": use only in its literal sense, not to cast doubt;
 * Wikipedia MOS:DOUBT "expressions of doubt": supposed, apparent, purported, alleged, so-called).
 * `alleged`/`allegedly` are fine when the copy names who alleges (AP: identify the source of the
 * allegation), so the rule checks them separately.
 */
export const DOUBT_MARKERS = [
  'so-called',
  'so called',
  'self-styled',
  'self-proclaimed',
  'self-appointed',
  'supposed',
  'supposedly',
  'purported',
  'purportedly',
  'allegedly',
  'ostensible',
  'ostensibly',
] as const;

/** Markers that need a named alleger rather than being wrong in themselves. */
export const ALLEGATION_MARKERS: ReadonlySet<string> = new Set(['allegedly']);

/**
 * AP allows "so-called" in its literal sense, for what is commonly known by a name ("the
 * so-called Cadillac tax"); it is a doubt marker when quotation marks follow (AP: never both) or
 * when it questions what a person or a thing claims to be ("so-called experts").
 */
export const SO_CALLED_DOUBTED = [
  'expert', 'experts', 'journalist', 'journalists', 'news', 'reform', 'reforms', 'leader', 'leaders',
  'president', 'government', 'peace', 'democracy', 'election', 'elections', 'friend', 'friends',
  'ally', 'allies', 'moderate', 'moderates', 'victim', 'victims', 'refugee', 'refugees', 'scientist',
  'scientists', 'science', 'evidence', 'facts', 'justice', 'freedom', 'liberals', 'conservatives',
  'patriots', 'activists', 'charity', 'investigation', 'inquiry', 'study', 'research',
] as const;

/**
 * Editorial sentence adverbs and asides (Wikipedia MOS:EDITORIALIZING: notably, it should be
 * noted, arguably, interestingly, without a doubt, of course, clearly, fortunately,
 * unfortunately, tragically; BBC Editorial Guidelines on impartiality: "avoid words that
 * carry value judgements"). Manner uses ("spoke clearly") are exempted by the rule.
 */
export const EDITORIAL_ADVERBS = [
  'clearly',
  'obviously',
  'of course',
  'notably',
  'most notably',
  'ironically',
  'tellingly',
  'unfortunately',
  'fortunately',
  'needless to say',
  'it should be noted',
  'it must be noted',
  'it is worth noting',
  "it's worth noting",
  'it bears repeating',
  'interestingly',
  'arguably',
  'undoubtedly',
  'without a doubt',
  'unquestionably',
  'indisputably',
  'undeniably',
  'luckily',
  'unluckily',
  'thankfully',
  'mercifully',
  'regrettably',
  'sadly',
  'tragically',
  'happily',
  'predictably',
  'conveniently',
  'curiously',
  'oddly',
  'strangely',
  'remarkably',
  'astonishingly',
  'incredibly',
  'amazingly',
  'disturbingly',
  'alarmingly',
  'worryingly',
  'troublingly',
  'embarrassingly',
  'understandably',
  'inexplicably',
  'mysteriously',
] as const;

/**
 * Unsourced superlatives and records (AP and Reuters: "record", "unprecedented", "first" and
 * "worst since" claims need a source the reader can check; Wikipedia MOS:PUFFERY).
 * "record" alone is a noun far more often than a claim, so the rule reads it in context.
 */
export const SUPERLATIVE_PHRASES = [
  'unprecedented',
  'all-time high',
  'all-time highs',
  'all-time low',
  'all-time lows',
  'highest ever',
  'lowest ever',
  'biggest ever',
  'largest ever',
  'worst ever',
  'best ever',
  'deadliest ever',
  'never before seen',
  'record-breaking',
  'record-setting',
  'record high',
  'record highs',
  'record low',
  'record lows',
  'record level',
  'record levels',
  'record number',
  'record numbers',
  'record amount',
  'record turnout',
  'record profit',
  'record profits',
  'record sales',
  'record losses',
  'record temperatures',
  'record heat',
  'record rainfall',
  'broke the record',
  'broken the record',
  'breaking the record',
  'set a record',
  'set a new record',
] as const;

/** Superlative adjectives that make a "… since 1998" or "… on record" claim. */
export const SUPERLATIVE_ADJECTIVES = [
  'worst', 'best', 'highest', 'lowest', 'largest', 'biggest', 'smallest', 'deadliest', 'strongest',
  'weakest', 'hottest', 'coldest', 'wettest', 'driest', 'fastest', 'slowest', 'steepest', 'sharpest',
  'longest', 'shortest', 'greatest', 'heaviest', 'lightest', 'warmest', 'costliest', 'busiest',
] as const;

/**
 * Speculation and opinion in what an anonymous source is credited with (AP: anonymous sources
 * give information, "not opinion or speculation"; NYT: not for "speculation, or for
 * pejorative comments"; Reuters and NPR likewise). Cue verbs that are judgements by nature.
 */
export const OPINION_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'believe', 'think', 'speculate', 'predict', 'guess', 'suspect', 'fear', 'hope', 'feel',
  'praise', 'criticise', 'criticize', 'condemn', 'dismiss', 'mock', 'deride', 'ridicule', 'slam',
  'blast', 'accuse', 'complain', 'lament', 'scoff', 'warn', 'question',
]);

/** Hedges that turn content into speculation ("would probably", "might"). */
export const SPECULATION_WORDS = [
  'probably', 'possibly', 'perhaps', 'maybe', 'likely', 'unlikely', 'might', 'may well', 'could well',
  'presumably', 'conceivably', 'it is possible', 'my guess', 'i suspect', 'i think', 'i believe',
  'i expect', 'i fear', 'we think', 'in my view', 'in my opinion',
] as const;

/**
 * Pejoratives and praise in an anonymous source's mouth (NYT: no anonymous pejoratives; AP:
 * anonymity is not for personal attacks). Character judgements rather than facts.
 */
export const PEJORATIVES = [
  'incompetent', 'inept', 'clueless', 'idiot', 'idiots', 'idiotic', 'stupid', 'moron', 'moronic',
  'liar', 'liars', 'lying', 'dishonest', 'corrupt', 'crook', 'crooked', 'coward', 'cowardly',
  'weak', 'spineless', 'lazy', 'arrogant', 'vindictive', 'paranoid', 'unhinged', 'erratic',
  'unstable', 'out of his depth', 'out of her depth', 'out of their depth', 'a disaster', 'disastrous',
  'a joke', 'a clown', 'clowns', 'pathetic', 'useless', 'hopeless', 'toxic', 'bully', 'thug',
  'brilliant', 'genius', 'visionary', 'outstanding', 'superb', 'exceptional', 'impressive',
  'heroic', 'a hero', 'great leader', 'terrible', 'awful', 'horrible', 'disgraceful', 'shameful',
  'a mess', 'chaotic', 'dysfunctional', 'fool', 'foolish', 'reckless',
] as const;
