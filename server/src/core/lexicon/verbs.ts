/**
 * Attribution verbs. `neutral` verbs report speech without judging it (AP and Reuters: "said"
 * is almost always right). `loaded` verbs cast doubt or colour ("claimed", "admitted",
 * "insisted", "slammed"); `endorsing` verbs vouch for the content ("revealed", "pointed out",
 * "noted") — Wikipedia's words to watch (MOS:SAID), AP Stylebook "say", Reuters Handbook.
 * `strict` verbs count as attribution only with a speech complement (that-clause, quotation,
 * or the tail position ", she added."), because their other senses are common
 * ("added 200 jobs", "reported earnings", "noted author").
 */
export type VerbTone = 'neutral' | 'loaded' | 'endorsing';

export interface VerbEntry {
  base: string;
  forms: string[];
  tone: VerbTone;
  strict: boolean;
  /** Past-tense replacement offered by the loaded-verb fix. */
  neutral?: string;
  /** A stance (wants, opposes) rather than a report of speech. */
  stance?: boolean;
}

function regular(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return [base, third, past, `${stem}ing`];
}

function v(base: string, tone: VerbTone, strict: boolean, forms?: string[], neutral?: string): VerbEntry {
  return { base, forms: forms ?? regular(base), tone, strict, neutral };
}

function stance(entry: VerbEntry): VerbEntry {
  return { ...entry, stance: true };
}

export const VERBS: VerbEntry[] = [
  // Neutral speech verbs.
  v('say', 'neutral', false, ['say', 'says', 'said', 'saying']),
  v('tell', 'neutral', false, ['tell', 'tells', 'told', 'telling']),
  v('add', 'neutral', true, ['add', 'adds', 'added', 'adding']),
  v('write', 'neutral', true, ['write', 'writes', 'wrote', 'writing', 'written']),
  v('report', 'neutral', true),
  v('state', 'neutral', true),
  v('announce', 'neutral', true),
  v('estimate', 'neutral', true),
  v('explain', 'neutral', true),
  v('reply', 'neutral', true),
  v('respond', 'neutral', true),
  v('answer', 'neutral', true),
  v('ask', 'neutral', true),
  v('testify', 'neutral', true),
  v('tweet', 'neutral', true, ['tweet', 'tweets', 'tweeted', 'tweeting']),
  v('post', 'neutral', true),
  v('confirm', 'neutral', true),
  v('deny', 'neutral', true),
  v('warn', 'neutral', true),
  v('predict', 'neutral', true),
  v('recall', 'neutral', true),
  v('describe', 'neutral', true),
  v('comment', 'neutral', true),
  v('indicate', 'neutral', true),
  v('suggest', 'neutral', true),
  v('argue', 'neutral', true),
  v('urge', 'neutral', true),
  v('promise', 'neutral', true),
  v('pledge', 'neutral', true),
  v('vow', 'neutral', true),
  v('allege', 'neutral', true),
  v('accuse', 'neutral', true),
  v('agree', 'neutral', true),
  v('believe', 'neutral', true),
  v('think', 'neutral', true, ['think', 'thinks', 'thought', 'thinking']),
  v('caution', 'neutral', true),
  v('conclude', 'neutral', true),
  v('contend', 'neutral', true),
  v('maintain', 'neutral', true),
  v('declare', 'neutral', true),
  v('emphasise', 'neutral', true),
  v('emphasize', 'neutral', true),
  v('stress', 'neutral', true),
  v('inform', 'neutral', true),
  v('publish', 'neutral', true),
  v('brief', 'neutral', true),
  v('complain', 'neutral', true),
  v('object', 'neutral', true),
  v('threaten', 'neutral', true),
  v('decline', 'neutral', true),
  v('mention', 'neutral', true),
  v('reiterate', 'neutral', true),
  v('signal', 'neutral', true, ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling']),
  v('continue', 'neutral', true),
  v('counter', 'neutral', true),
  v('question', 'neutral', true),
  v('wonder', 'neutral', true),
  v('forecast', 'neutral', true, ['forecast', 'forecasts', 'forecasted', 'forecasting']),
  v('project', 'neutral', true),
  v('find', 'neutral', true, ['find', 'finds', 'found']),
  v('show', 'neutral', true, ['show', 'shows', 'showed', 'shown']),
  v('worry', 'neutral', true),
  v('fear', 'neutral', true),
  v('hope', 'neutral', true),
  v('expect', 'neutral', true),
  v('doubt', 'neutral', true),
  v('feel', 'neutral', true, ['feel', 'feels', 'felt', 'feeling']),
  v('echo', 'neutral', true, ['echo', 'echoes', 'echoed', 'echoing']),
  v('disagree', 'neutral', true),
  v('demand', 'neutral', true),
  v('call', 'neutral', true, ['call', 'calls', 'called', 'calling']),
  // Stances: what a group wants or opposes is its view, attributed to it (PolNeAR counts these).
  stance(v('want', 'neutral', false)),
  stance(v('oppose', 'neutral', false)),
  stance(v('support', 'neutral', false)),
  stance(v('favour', 'neutral', false)),
  stance(v('favor', 'neutral', false)),
  stance(v('prefer', 'neutral', false, ['prefer', 'prefers', 'preferred', 'preferring'])),
  stance(v('embrace', 'neutral', false)),
  stance(v('endorse', 'neutral', false)),
  stance(v('consider', 'neutral', false)),
  stance(v('debate', 'neutral', false)),
  stance(v('anticipate', 'neutral', false)),
  v('observe', 'neutral', true),
  v('utter', 'neutral', true),
  v('suspect', 'neutral', true),
  v('disclose', 'neutral', true),
  v('liken', 'neutral', true),
  v('intimate', 'neutral', true),
  v('imply', 'neutral', true),
  v('hint', 'neutral', true),
  v('speculate', 'neutral', true),
  v('muse', 'neutral', true),
  v('quip', 'neutral', true, ['quip', 'quips', 'quipped', 'quipping']),
  v('joke', 'neutral', true),
  v('lament', 'neutral', true),
  v('recount', 'neutral', true),
  v('remark', 'neutral', true),
  v('retort', 'neutral', true),
  v('shout', 'neutral', true),
  v('chant', 'neutral', true),
  v('plead', 'neutral', true),
  v('concur', 'neutral', true, ['concur', 'concurs', 'concurred', 'concurring']),
  v('dispute', 'neutral', true),
  v('reject', 'neutral', true),
  v('contest', 'neutral', true),
  v('contradict', 'neutral', true),
  v('dismiss', 'neutral', true),
  v('disparage', 'neutral', true),
  v('criticise', 'neutral', true),
  v('criticize', 'neutral', true),
  v('praise', 'neutral', true),
  v('welcome', 'neutral', true),
  v('applaud', 'neutral', true),
  v('condemn', 'neutral', true),
  v('denounce', 'neutral', true),
  v('acknowledge', 'neutral', true),
  // Loaded: they tell the reader what to think of the statement (Wikipedia MOS:SAID; AP "say").
  v('claim', 'loaded', true, undefined, 'said'),
  v('admit', 'loaded', true, ['admit', 'admits', 'admitted', 'admitting'], 'said'),
  v('concede', 'loaded', true, undefined, 'said'),
  v('insist', 'loaded', true, undefined, 'said'),
  v('refute', 'loaded', false, undefined, 'rejected'),
  v('slam', 'loaded', false, ['slam', 'slams', 'slammed', 'slamming'], 'criticised'),
  v('blast', 'loaded', false, undefined, 'criticised'),
  v('boast', 'loaded', true, undefined, 'said'),
  v('confess', 'loaded', true, undefined, 'said'),
  v('assert', 'loaded', true, undefined, 'said'),
  v('purport', 'loaded', true, undefined, 'said'),
  v('gloat', 'loaded', true, undefined, 'said'),
  v('rant', 'loaded', true, undefined, 'said'),
  v('whine', 'loaded', true, undefined, 'said'),
  v('lash out', 'loaded', false, ['lash out', 'lashes out', 'lashed out', 'lashing out'], 'criticised'),
  v('hit out', 'loaded', false, ['hit out', 'hits out', 'hitting out'], 'criticised'),
  v('bash', 'loaded', false, undefined, 'criticised'),
  v('trumpet', 'loaded', true, undefined, 'said'),
  v('tout', 'loaded', true, undefined, 'said'),
  v('rail against', 'loaded', false, ['rail against', 'rails against', 'railed against', 'railing against'], 'criticised'),
  v('lambaste', 'loaded', false, undefined, 'criticised'),
  v('lambast', 'loaded', false, undefined, 'criticised'),
  v('excoriate', 'loaded', false, undefined, 'criticised'),
  v('berate', 'loaded', false, undefined, 'criticised'),
  v('deride', 'loaded', false, undefined, 'criticised'),
  v('ridicule', 'loaded', false, undefined, 'criticised'),
  v('scoff', 'loaded', false, undefined, 'said'),
  v('sneer', 'loaded', false, undefined, 'said'),
  v('fume', 'loaded', false, undefined, 'said'),
  v('brag', 'loaded', false, ['brag', 'brags', 'bragged', 'bragging'], 'said'),
  v('crow', 'loaded', true, undefined, 'said'),
  v('gush', 'loaded', false, undefined, 'said'),
  v('grumble', 'loaded', false, undefined, 'said'),
  v('bemoan', 'loaded', false, undefined, 'said'),
  v('rip into', 'loaded', false, ['rip into', 'rips into', 'ripped into', 'ripping into'], 'criticised'),
  v('tear into', 'loaded', false, ['tear into', 'tears into', 'tore into', 'tearing into'], 'criticised'),
  v('hammer', 'loaded', true, undefined, 'criticised'),
  v('skewer', 'loaded', false, undefined, 'criticised'),
  v('savage', 'loaded', true, undefined, 'criticised'),
  // Endorsing: they present the content as fact.
  v('reveal', 'endorsing', true, undefined, 'said'),
  v('point out', 'endorsing', true, ['point out', 'points out', 'pointed out', 'pointing out'], 'said'),
  v('note', 'endorsing', true, undefined, 'said'),
];

/** Past-tense and third-person forms of "said" to offer, by the tense of the loaded form. */
export function neutralFor(entry: VerbEntry, form: string): string {
  const f = form.toLowerCase();
  const past = entry.neutral ?? 'said';
  if (past === 'said') {
    if (/ing$/.test(f.split(' ')[0])) return 'saying';
    if (f === entry.base || f === entry.forms[0]) return 'say';
    if (f === entry.forms[1]) return 'says';
    return 'said';
  }
  const base = past === 'rejected' ? 'reject' : 'criticise';
  if (/ing$/.test(f.split(' ')[0])) return base === 'reject' ? 'rejecting' : 'criticising';
  if (f === entry.forms[0]) return base;
  if (f === entry.forms[1]) return `${base}s`;
  return past;
}

/**
 * Words that show a short quotation is someone's words even without a speech verb we parse:
 * "called Obama an 'elitist'", "described it as a 'coin toss'", "the ad's 'fat cats' line".
 * A fragment in such a sentence is a partial quote, not a scare quote (AP "quotation marks").
 */
export const COMMUNICATION_WORDS = [
  'call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing', 'label', 'labels', 'labelled', 'labeled',
  'labelling', 'labeling', 'brand', 'brands', 'branded', 'branding', 'term', 'terms', 'termed', 'describe', 'describes',
  'described', 'describing', 'characterise', 'characterised', 'characterize', 'characterized', 'characterizing', 'refer to',
  'referred to', 'referring to', 'refers to', 'promise', 'promised', 'promising', 'vow', 'vowed', 'pledge', 'pledged', 'urge',
  'urged', 'demand', 'demanded', 'accuse', 'accused', 'accusing', 'denounce', 'denounced', 'praise', 'praised', 'decry',
  'decried', 'mock', 'mocked', 'hail', 'hailed', 'tout', 'touted', 'warn', 'warned', 'appeal', 'appealed', 'cite', 'cited',
  'quote', 'quoted', 'remark', 'remarks', 'speech', 'statement', 'tweet', 'tweets', 'tweeted', 'post', 'posted', 'ad', 'ads',
  'advert', 'letter', 'interview', 'comment', 'comments', 'language', 'rhetoric', 'message', 'slogan', 'words', 'word',
  'phrase', 'memo', 'op-ed', 'book', 'wrote', 'writes', 'written', 'promises', 'pledges', 'assertion', 'claim', 'claims',
  'argument', 'accusation', 'criticism', 'compare', 'compared', 'comparing', 'portray', 'portrayed', 'portraying', 'dismiss',
  'dismissed', 'dismissing', 'reject', 'rejected', 'rejecting', 'deem', 'deemed', 'consider', 'considered', 'considers',
  'refer', 'referred', 'nickname', 'nicknamed', 'known as', 'so-called', 'mantra', 'catchphrase', 'motto', 'chant', 'chanted',
  'chanting', 'sign', 'signs', 'banner', 'placard', 'headline', 'title', 'titled', 'entitled', 'dubbed', 'hashtag', 'vote',
  'debate', 'testimony', 'proposal', 'pitch', 'plan', 'platform', 'agenda', 'policy', 'order', 'report', 'video', 'campaign',
  // Framing someone else's view: "painted Romney as…", "presents Sanders as…", "seen by organisers as…".
  'paint', 'painted', 'painting', 'paints', 'present', 'presented', 'presenting', 'presents', 'depict', 'depicted',
  'depicting', 'depicts', 'frame', 'framed', 'framing', 'position', 'positioned', 'positioning', 'billed', 'liken',
  'likened', 'likening', 'blame', 'blamed', 'blaming', 'seen by', 'viewed by', 'regarded by', 'perceived', 'perceive',
  // Someone's view framed by the writer: "what he saw as a disaster", "in her eyes".
  'saw as', 'sees as', 'see as', 'views as', 'viewed as', 'regards as', 'regarded as', 'in his eyes', 'in her eyes',
  'in their eyes', 'in his view', 'in her view', 'in their view',
  'emphasise', 'emphasised', 'emphasize', 'emphasized', 'stress', 'stressed', 'argue', 'argued', 'argues', 'arguing',
  'insist', 'insisted', 'insists', 'suggest', 'suggested', 'suggests', 'imply', 'implied', 'implies', 'propose',
  'proposed', 'proposes', 'proposing', 'advocate', 'advocated', 'advocates', 'concerns', 'complaint', 'complaints',
  'opinion', 'column', 'editorial', 'view', 'views', 'sees', 'saw it as', 'remarks', 'answer', 'response', 'reply',
  // Speech without a that-clause: "as one diplomat put it", "talking about a 'fierce urgency'".
  'put it', 'puts it', 'talk about', 'talks about', 'talked about', 'talking about', 'spoke of', 'speaks of',
  'spoken of', 'speaking of', 'spoke about', 'referenced', 'references', 'in the words of', 'opine', 'opined',
  'opines', 'opining',
];
