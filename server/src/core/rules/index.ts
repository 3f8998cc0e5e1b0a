import type { Rule } from '../rule';
import type { RuleMeta } from '../types';
import anonymityNoBasis from './anonymity-no-basis';
import anonymityUnexplained from './anonymity-unexplained';
import anonymousLede from './anonymous-lede';
import anonymousOpinion from './anonymous-opinion';
import bareSource from './bare-source';
import contentiousLabel from './contentious-label';
import contestedFigure from './contested-figure';
import declinedCommentAnonymous from './declined-comment-anonymous';
import documentProvenance from './document-provenance';
import doubtMarker from './doubt-marker';
import editorialising from './editorialising';
import hiddenSource from './hidden-source';
import lateAttribution from './late-attribution';
import loadedAttributionVerb from './loaded-attribution-verb';
import orphanQuote from './orphan-quote';
import pluralSourcesOnePerson from './plural-sources-one-person';
import scareQuotes from './scare-quotes';
import suppressionWithoutReason from './suppression-without-reason';
import tkPlaceholder from './tk-placeholder';
import unattributedFigure from './unattributed-figure';
import unattributedSuperlative from './unattributed-superlative';
import unverifiedRelay from './unverified-relay';
import unverifiedSocialMedia from './unverified-social-media';
import vagueQuantity from './vague-quantity';
import vagueSource from './vague-source';
import weaselAttribution from './weasel-attribution';

/** Every rule, in catalogue order (DESIGN §4): the single source for docs, schemas and presets. */
export const RULES: readonly Rule[] = [
  bareSource,
  vagueSource,
  anonymityUnexplained,
  anonymityNoBasis,
  anonymousOpinion,
  hiddenSource,
  unverifiedRelay,
  weaselAttribution,
  declinedCommentAnonymous,
  pluralSourcesOnePerson,
  anonymousLede,
  unattributedFigure,
  contestedFigure,
  vagueQuantity,
  unattributedSuperlative,
  contentiousLabel,
  loadedAttributionVerb,
  doubtMarker,
  scareQuotes,
  editorialising,
  orphanQuote,
  lateAttribution,
  documentProvenance,
  unverifiedSocialMedia,
  tkPlaceholder,
  suppressionWithoutReason,
];

export const RULE_METAS: readonly RuleMeta[] = RULES.map((r) => r.meta);
