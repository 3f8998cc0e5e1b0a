import type { Rule } from '../rule';
import type { RuleMeta } from '../types';
import anonymityUnexplained from './anonymity-unexplained';
import bareSource from './bare-source';
import contentiousLabel from './contentious-label';
import contestedFigure from './contested-figure';
import hiddenSource from './hidden-source';
import loadedAttributionVerb from './loaded-attribution-verb';
import orphanQuote from './orphan-quote';
import scareQuotes from './scare-quotes';
import suppressionWithoutReason from './suppression-without-reason';
import tkPlaceholder from './tk-placeholder';
import unattributedFigure from './unattributed-figure';
import unverifiedRelay from './unverified-relay';
import vagueQuantity from './vague-quantity';
import vagueSource from './vague-source';
import weaselAttribution from './weasel-attribution';

/** Every rule, in catalogue order (DESIGN §4): the single source for docs, schemas and presets. */
export const RULES: readonly Rule[] = [
  bareSource,
  vagueSource,
  anonymityUnexplained,
  hiddenSource,
  unverifiedRelay,
  weaselAttribution,
  unattributedFigure,
  contestedFigure,
  vagueQuantity,
  contentiousLabel,
  loadedAttributionVerb,
  scareQuotes,
  orphanQuote,
  tkPlaceholder,
  suppressionWithoutReason,
];

export const RULE_METAS: readonly RuleMeta[] = RULES.map((r) => r.meta);
