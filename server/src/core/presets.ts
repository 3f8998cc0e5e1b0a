import type { RuleOptions, SeverityOrOff } from './types';

/**
 * Newsroom presets: each is `onrecord:recommended` with the severities that newsroom's published
 * standards call for. Every entry says why, so the generated preset docs (docs/presets.md) show
 * the policy behind each change. Rules not listed keep their defaults.
 */
export interface NewsroomPreset {
  title: string;
  /** The published standard the table follows. */
  source: string;
  summary: string;
  rules: Record<string, { severity: SeverityOrOff; options?: RuleOptions; why: string }>;
}

export const NEWSROOM_PRESETS: Record<string, NewsroomPreset> = {
  'onrecord:ap': {
    title: 'Associated Press',
    source: 'AP Stylebook ("anonymous sources") and AP News Values and Principles',
    summary: 'Anonymous material only when it is information, not opinion; the source has direct knowledge; the story says why anonymity was granted; other outlets\' anonymous reports are confirmed before use.',
    rules: {
      'anonymity-unexplained': { severity: 'error', why: 'AP: the story must explain why the source requested anonymity.' },
      'anonymity-no-basis': { severity: 'warning', why: 'AP: the source must have direct knowledge of the information, and the story says so.' },
      'anonymous-opinion': { severity: 'error', why: 'AP: "the material is information, not opinion or speculation".' },
      'unverified-relay': { severity: 'warning', why: 'AP: confirm another outlet\'s anonymously sourced report before carrying it, or say it could not be confirmed.' },
      'declined-comment-anonymous': { severity: 'error', why: 'AP: do not say a person declined to comment when they are already quoted anonymously.' },
      'document-provenance': { severity: 'warning', why: 'AP: tell readers where a document came from and how its authenticity was established.' },
    },
  },
  'onrecord:reuters': {
    title: 'Reuters',
    source: 'Reuters Handbook of Journalism (sourcing; standards and values)',
    summary: 'Describe anonymous sources by affiliation, position and how they know; never inflate one source into "sources"; labels such as "terrorist" only in attribution; relayed reports carry a verification note.',
    rules: {
      'vague-source': { severity: 'error', why: 'Reuters: give the source\'s affiliation and position; "close to" is not enough.' },
      'anonymity-no-basis': { severity: 'warning', why: 'Reuters: say how the source knows.' },
      'contentious-label': { severity: 'error', why: 'Reuters: "one man\'s terrorist is another man\'s freedom fighter": value-laden labels only in attribution.' },
      'unverified-relay': { severity: 'warning', why: 'Reuters: say that Reuters could not independently verify another outlet\'s report.' },
      'plural-sources-one-person': { severity: 'error', why: 'Reuters: never use "sources" for a single source.' },
      'unverified-social-media': { severity: 'warning', why: 'Reuters: social-media material is verified before use, and the copy says what could not be verified.' },
      'late-attribution': { severity: 'warning', options: { minSentences: 2, minWords: 0 }, why: 'Reuters: in a quote of more than one sentence, attribute after the first.' },
    },
  },
  'onrecord:nyt': {
    title: 'The New York Times',
    source: 'The New York Times confidential news sources policy and Ethical Journalism handbook',
    summary: 'Anonymity is a last resort: tell readers why it was granted and how the source knows; never for speculation or pejorative comments.',
    rules: {
      'anonymity-unexplained': { severity: 'error', why: 'NYT: explain to readers why the source was granted anonymity.' },
      'anonymity-no-basis': { severity: 'warning', why: 'NYT: say how the source is in a position to know.' },
      'anonymous-opinion': { severity: 'error', why: 'NYT: anonymity is not granted for speculation, opinion or pejorative comments.' },
      'anonymous-lede': { severity: 'warning', why: 'NYT: anonymous sourcing is a last resort, least of all for the lede or the first quotation.' },
    },
  },
  'onrecord:bbc': {
    title: 'BBC',
    source: 'BBC Editorial Guidelines (Impartiality; Accuracy; "Language when reporting terrorism")',
    summary: 'Due impartiality in the writer\'s voice: contentious labels only in attribution, no value judgements in asides or verbs of saying; sources identified wherever possible.',
    rules: {
      'contentious-label': { severity: 'error', why: 'BBC: "terrorist" and similar words are used in attribution, not in our own voice.' },
      'editorialising': { severity: 'warning', why: 'BBC impartiality: avoid words that carry a value judgement.' },
      'scare-quotes': { severity: 'warning', why: 'BBC Accuracy: say whose term it is rather than signalling doubt with quotation marks.' },
    },
  },
  'onrecord:npr': {
    title: 'NPR',
    source: 'NPR Ethics Handbook (anonymous sources; accuracy)',
    summary: 'Anonymous sources only with a reason the audience is told and never for attacks; vague authorities ("critics say") are named.',
    rules: {
      'anonymity-unexplained': { severity: 'error', why: 'NPR: tell the audience why the source is not named.' },
      'anonymous-opinion': { severity: 'error', why: 'NPR: anonymous sources may not be used to attack or to speculate.' },
      'weasel-attribution': { severity: 'error', why: 'NPR: attribute claims to people the audience can weigh.' },
    },
  },
  'onrecord:guardian': {
    title: 'The Guardian',
    source: 'Guardian News & Media Editorial Code (anonymous sources) and Guardian style guide',
    summary: 'Anonymous pejorative quotes are not used and anonymity is for information; vague counts are accepted where no count can be had.',
    rules: {
      'anonymous-opinion': { severity: 'error', why: 'Guardian code: no anonymous pejorative quotations; anonymity is for information.' },
      'vague-quantity': { severity: 'off', why: 'Guardian style guide accepts "scores of" and "dozens" for counts that cannot be had.' },
    },
  },
};
