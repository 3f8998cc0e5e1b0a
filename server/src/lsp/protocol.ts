// OnRecord's additions to the Language Server Protocol, in one typed file that the server and the
// VS Code client both import (the client by relative path). It depends on nothing but the
// protocol package, so it compiles in either project. Keep shapes backwards compatible.
import { NotificationType, RequestType, type Range, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';

// ---------------------------------------------------------------------------
// Settings: the `onrecord` section, pulled per resource with `workspace/configuration`.

export type SeveritySetting = 'off' | 'hint' | 'information' | 'warning' | 'error';
export type StageSetting = 'draft' | 'edit' | 'publish';
export type RunSetting = 'onType' | 'onSave';

export interface OnRecordSettings {
  /** Lint documents at all. */
  enable: boolean;
  /** Lint as you type (debounced) or only when the document is saved. */
  run: RunSetting;
  /**
   * Strictness ladder for this editor. `null` (the default) keeps the stage the config files
   * and the document's front matter set; a value here wins over config files, not over front matter.
   */
  stage: StageSetting | null;
  /** Severity per rule id, over the config files (the document's front matter still wins). */
  rules: Record<string, SeveritySetting>;
}

export const SETTINGS_SECTION = 'onrecord';

export const DEFAULT_SETTINGS: Readonly<OnRecordSettings> = Object.freeze({
  enable: true,
  run: 'onType',
  stage: null,
  rules: {},
});

// ---------------------------------------------------------------------------
// The sources ledger, with LSP ranges (the server's core works in offsets).

export type SourceClassName =
  | 'named-person'
  | 'named-organisation'
  | 'document'
  | 'anonymous-person'
  | 'anonymous-group'
  | 'vague-authority'
  | 'outlet';

/** What the copy leaves out about an unnamed source (AP, Reuters, NYT checklists). */
export type LedgerGapName = 'reason' | 'knowledge' | 'affiliation' | 'role';

export interface RangedText {
  range: Range;
  text: string;
}

export interface SourceCitation {
  /** The attribution: source mention, cue and what is credited. */
  range: Range;
  /** What the source is credited with (shortened), else the sentence. */
  text: string;
  /** The cue as written: "said", "according to". */
  cue: string;
  /** Inferred from an earlier attribution in the paragraph. */
  carried: boolean;
}

export interface SourceAnonymity {
  affiliation: RangedText | null;
  role: string | null;
  knowledge: RangedText | null;
  proximity: RangedText | null;
  reason: (RangedText & { boilerplate: boolean }) | null;
  count: number | null;
  relayedBy: number | null;
}

export interface SourceEntry {
  id: number;
  label: string;
  class: SourceClassName;
  /** Unnamed to the reader: anonymous people and groups, vague authorities. */
  anonymous: boolean;
  /** Empty for named sources. */
  missing: LedgerGapName[];
  anonymity: SourceAnonymity | null;
  mentions: RangedText[];
  citations: SourceCitation[];
}

export interface FigureEntry {
  range: Range;
  text: string;
  value: number | null;
  noun: string | null;
  /** Id of the source the figure is credited to. */
  source: number | null;
  disputed: boolean;
}

export interface SourcesSummary {
  sources: number;
  named: number;
  anonymous: number;
  figures: number;
  disputedFigures: number;
}

export interface Ledger {
  sources: SourceEntry[];
  figures: FigureEntry[];
}

// ---------------------------------------------------------------------------
// Requests and notifications

export interface SourcesParams {
  textDocument: TextDocumentIdentifier;
}

export interface SourcesResult {
  uri: string;
  /** The document version the ledger describes. */
  version: number;
  ledger: Ledger;
  summary: SourcesSummary;
}

/** The sources ledger of an open document; null when the document is not open or not linted. */
export const SourcesRequest = new RequestType<SourcesParams, SourcesResult | null, void>('onrecord/sources');

export interface SourcesChangedParams {
  uri: string;
  version: number;
  summary: SourcesSummary;
}

/** Sent by the server after each lint whose ledger differs from the last one sent for the document. */
export const SourcesChangedNotification = new NotificationType<SourcesChangedParams>('onrecord/sourcesChanged');

export interface LintWorkspaceParams {
  /** Folder URIs to lint; absent means every workspace folder. */
  folders?: string[];
}

export interface LintWorkspaceResult {
  files: number;
  findings: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  /** Files that could not be read or were skipped (binary, too large), with the reason. */
  skipped: { uri: string; reason: string }[];
}

/**
 * Lints every draft (.md, .markdown, .txt) under the workspace folders, honouring .gitignore and
 * config `ignore`, and publishes diagnostics for files that are not open.
 */
export const LintWorkspaceRequest = new RequestType<LintWorkspaceParams, LintWorkspaceResult, void>('onrecord/lintWorkspace');

// ---------------------------------------------------------------------------
// Commands

/**
 * The "read the rule" code action's command, executed by the server (`workspace/executeCommand`),
 * which asks the editor to open the rule's documentation with `window/showDocument`; arguments:
 * [ruleId]. The language client registers it from the server's capabilities, so the extension
 * must not register it itself (its own palette command has another name).
 */
export const OPEN_RULE_DOC_COMMAND = 'onrecord.readRule';

/** Implemented by the client; the code lens uses it. Arguments: [documentUri]. */
export const SHOW_SOURCES_COMMAND = 'onrecord.showSources';

/** The code action kind of "apply every safe fix in the document". */
export const FIX_ALL_KIND = 'source.fixAll.onrecord';
