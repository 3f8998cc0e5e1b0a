import type { Span } from './span';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';
export type Family = 'anonymous-sourcing' | 'numbers' | 'characterisation' | 'attribution';
export type Stage = 'draft' | 'edit' | 'publish';
export type Genre = 'news' | 'analysis' | 'opinion' | 'feature' | 'liveblog';
export type DocumentFormat = 'markdown' | 'plaintext';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
export const STAGES: readonly Stage[] = ['draft', 'edit', 'publish'];
export const GENRES: readonly Genre[] = ['news', 'analysis', 'opinion', 'feature', 'liveblog'];
export const FAMILIES: readonly Family[] = ['anonymous-sourcing', 'numbers', 'characterisation', 'attribution'];

/** One replacement in the original text; offsets are UTF-16 code units, end exclusive. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A fix is data: a title and the edits that make it. Only `safe` fixes run unattended. */
export interface Fix {
  title: string;
  safe: boolean;
  edits: TextEdit[];
}

export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  rule: string;
  family: Family;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
  related: RelatedLocation[];
}

/** What a rule hands to `report`. */
export interface Report {
  span: Span;
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Overrides the configured severity for this one finding (for example a pejorative direct quote). */
  severity?: Severity;
}

export type OptionSchema =
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'number'; default: number; description: string; minimum?: number }
  | { type: 'string'; default: string; description: string; enum?: string[] }
  | { type: 'string[]'; default: string[]; description: string };

export interface RuleMeta {
  id: string;
  family: Family;
  /** Short noun phrase, used as the rules table title and SARIF short description. */
  title: string;
  /** One or two sentences: what the rule flags and what satisfies it. */
  description: string;
  defaultSeverity: SeverityOrOff;
  /** Default severities per stage where the generic ladder does not fit (tk-placeholder: hint in draft). */
  stageSeverity?: Partial<Record<Stage, SeverityOrOff>>;
  /**
   * The most a genre allows (opinion and analysis relax writer's-voice rules): a cap applied
   * after stage and configuration, so an opinion piece never gets editorialising findings.
   */
  genreSeverity?: Partial<Record<Genre, SeverityOrOff>>;
  /** 'safe' fixes run in fix-all and --fix; 'suggested' ones only on request. */
  fix: 'none' | 'safe' | 'suggested';
  /** Newsroom policies the rule serves (AP, Reuters, NYT, BBC, NPR, WaPo, SPJ, Wikipedia…). */
  policy: string[];
  /** The policy basis in a sentence, shown in hovers and SARIF help. */
  rationale: string;
  options?: Record<string, OptionSchema>;
}

export type RuleOptions = Record<string, unknown>;

// ---------------------------------------------------------------------------
// Configuration

export interface LexiconEdit {
  add?: string[];
  remove?: string[];
}

/** One configuration layer as written in `.onrecord.jsonc`, front matter or on the command line. */
export interface ConfigLayer {
  root?: boolean;
  extends?: string | string[];
  stage?: Stage;
  genre?: Genre;
  rules?: Record<string, SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, RuleOptions]>;
  lexicon?: Record<string, LexiconEdit | string[]>;
  ignore?: string[];
  policyUrl?: string;
}

export interface RuleSetting {
  severity: SeverityOrOff;
  options: RuleOptions;
}

export interface ResolvedConfig {
  stage: Stage;
  genre: Genre;
  rules: Record<string, RuleSetting>;
  lexicon: Record<string, { add: string[]; remove: string[] }>;
  /** Names the user declares on the record ("Rostec"): never classified as anonymous. */
  namedSources: string[];
  ignore: string[];
  policyUrl?: string;
}

export interface ConfigProblem {
  message: string;
  /** Offsets into the config text, when known. */
  start?: number;
  end?: number;
  /** JSON path of the offending value, while validating (turned into offsets by parseConfigText). */
  path?: (string | number)[];
  /** The problem is the property name itself (an unknown rule id), not its value. */
  key?: boolean;
}
