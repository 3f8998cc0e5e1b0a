import type { Rule } from '../rule';
import type { RuleMeta } from '../types';
import anonymityNoBasis from './anonymity-no-basis';
import anonymityUnexplained from './anonymity-unexplained';
import anonymousOpinion from './anonymous-opinion';
import bareSource from './bare-source';
import contentiousLabel from './contentious-label';
import contestedFigure from './contested-figure';
import doubtMarker from './doubt-marker';
import editorialising from './editorialising';
import hiddenSource from './hidden-source';
import loadedAttributionVerb from './loaded-attribution-verb';
import orphanQuote from './orphan-quote';
import scareQuotes from './scare-quotes';
import suppressionWithoutReason from './suppression-without-reason';
import tkPlaceholder from './tk-placeholder';
import unattributedFigure from './unattributed-figure';
import unattributedSuperlative from './unattributed-superlative';
import unverifiedRelay from './unverified-relay';
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
  tkPlaceholder,
  suppressionWithoutReason,
];

export const RULE_METAS: readonly RuleMeta[] = RULES.map((r) => r.meta);
