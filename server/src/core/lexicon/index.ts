import type { ResolvedConfig } from '../types';
import { LABELS, type LabelEntry } from './labels';
import { PhraseMatcher } from './matcher';
import { VAGUE_QUANTITIES } from './quantities';
import {
  DISPUTE_MARKERS,
  HIDDEN_SOURCE_PHRASES,
  KNOWLEDGE_PHRASES,
  OUTLET_NAMES,
  PROXIMITY_PHRASES,
  ANONYMITY_PHRASES,
  REASON_PHRASES,
  VERIFICATION_PHRASES,
  WEASEL_PASSIVES,
} from './sources';
import { COMMUNICATION_WORDS, VERBS, type VerbEntry } from './verbs';
import { DOUBT_MARKERS, EDITORIAL_ADVERBS, PEJORATIVES, SPECULATION_WORDS, SUPERLATIVE_PHRASES } from './judgement';
import { compilePolicyLexicons, type PolicyLexicons } from './policy';

export { PhraseMatcher, type PhraseMatch } from './matcher';

/** Lexicon groups a config may extend with `lexicon: { NAME: { add, remove } }`. */
export const EDITABLE_LEXICONS = {
  labels: 'contentious labels (contentious-label, scare-quotes)',
  vagueQuantities: 'vague quantities (vague-quantity)',
  weaselPhrases: 'agentless and weasel attributions (weasel-attribution)',
  hiddenSourcePhrases: 'phrases that hide the source (hidden-source)',
  reasonPhrases: 'reasons for anonymity (anonymity-unexplained)',
  knowledgePhrases: 'how an anonymous source knows',
  verificationPhrases: 'verification notes (unverified-relay, contested-figure)',
  disputeMarkers: 'words that dispute a figure (contested-figure)',
  outlets: 'news organisations (unverified-relay, hidden-source)',
  doubtMarkers: 'expressions of doubt (doubt-marker)',
  editorialAdverbs: 'editorial adverbs and asides (editorialising)',
  superlatives: 'unsourced records and superlatives (unattributed-superlative)',
} as const;

export type LexiconName = keyof typeof EDITABLE_LEXICONS;

export interface Lexicons {
  verbs: PhraseMatcher;
  verbByForm: Map<string, VerbEntry>;
  labels: PhraseMatcher;
  labelByTerm: Map<string, LabelEntry>;
  vagueQuantities: PhraseMatcher;
  weaselPhrases: PhraseMatcher;
  hiddenSourcePhrases: PhraseMatcher;
  reasonPhrases: PhraseMatcher;
  anonymityPhrases: PhraseMatcher;
  knowledgePhrases: PhraseMatcher;
  proximityPhrases: PhraseMatcher;
  verificationPhrases: PhraseMatcher;
  disputeMarkers: PhraseMatcher;
  outlets: PhraseMatcher;
  namedSources: PhraseMatcher;
  communication: PhraseMatcher;
  doubtMarkers: PhraseMatcher;
  editorialAdverbs: PhraseMatcher;
  superlatives: PhraseMatcher;
  speculation: PhraseMatcher;
  pejoratives: PhraseMatcher;
  /** Declined comment, document provenance, social media (the policy-backed additional rules). */
  policy: PolicyLexicons;
}

function edited(base: readonly string[], config: ResolvedConfig, name: LexiconName): string[] {
  const edit = config.lexicon[name];
  if (!edit) return [...base];
  const remove = new Set(edit.remove.map((p) => p.toLowerCase()));
  return [...base.filter((p) => !remove.has(p.toLowerCase())), ...edit.add];
}

const cache = new Map<string, Lexicons>();

/** Compiles the lexicons once per distinct lexicon configuration. */
export function compileLexicons(config: ResolvedConfig): Lexicons {
  const key = JSON.stringify([config.lexicon, config.namedSources]);
  const hit = cache.get(key);
  if (hit) return hit;

  const verbByForm = new Map<string, VerbEntry>();
  for (const verb of VERBS) for (const form of verb.forms) verbByForm.set(form, verb);
  const labelTerms = edited(
    LABELS.map((l) => l.term),
    config,
    'labels',
  );
  // The first entry of a term wins, as a search of the list would find it. A map, not a search
  // per term: 391 searches of 391 labels were a tenth of a one-article CLI run's cold start.
  const labelEntries = new Map<string, LabelEntry>();
  for (const label of LABELS) if (!labelEntries.has(label.term)) labelEntries.set(label.term, label);
  const labelByTerm = new Map<string, LabelEntry>();
  for (const term of labelTerms) {
    const lower = term.toLowerCase();
    labelByTerm.set(lower, labelEntries.get(lower) ?? { term: lower, kind: 'label' });
  }

  const lexicons: Lexicons = {
    verbs: new PhraseMatcher(verbByForm.keys()),
    verbByForm,
    labels: new PhraseMatcher(labelTerms),
    labelByTerm,
    vagueQuantities: new PhraseMatcher(edited(VAGUE_QUANTITIES, config, 'vagueQuantities')),
    weaselPhrases: new PhraseMatcher(edited(WEASEL_PASSIVES, config, 'weaselPhrases')),
    hiddenSourcePhrases: new PhraseMatcher(edited(HIDDEN_SOURCE_PHRASES, config, 'hiddenSourcePhrases')),
    reasonPhrases: new PhraseMatcher(edited(REASON_PHRASES, config, 'reasonPhrases')),
    anonymityPhrases: new PhraseMatcher(ANONYMITY_PHRASES),
    knowledgePhrases: new PhraseMatcher(edited(KNOWLEDGE_PHRASES, config, 'knowledgePhrases')),
    proximityPhrases: new PhraseMatcher(PROXIMITY_PHRASES),
    verificationPhrases: new PhraseMatcher(edited(VERIFICATION_PHRASES, config, 'verificationPhrases')),
    disputeMarkers: new PhraseMatcher(edited(DISPUTE_MARKERS, config, 'disputeMarkers')),
    outlets: new PhraseMatcher(edited(OUTLET_NAMES, config, 'outlets')),
    namedSources: new PhraseMatcher(config.namedSources),
    communication: new PhraseMatcher(COMMUNICATION_WORDS),
    doubtMarkers: new PhraseMatcher(edited(DOUBT_MARKERS, config, 'doubtMarkers')),
    editorialAdverbs: new PhraseMatcher(edited(EDITORIAL_ADVERBS, config, 'editorialAdverbs')),
    superlatives: new PhraseMatcher(edited(SUPERLATIVE_PHRASES, config, 'superlatives')),
    speculation: new PhraseMatcher(SPECULATION_WORDS),
    pejoratives: new PhraseMatcher(PEJORATIVES),
    policy: compilePolicyLexicons(),
  };
  if (cache.size > 32) cache.clear();
  cache.set(key, lexicons);
  return lexicons;
}
