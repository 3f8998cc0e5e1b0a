// OnRecord's language server: wires the protocol to the modules beside this file. No analysis
// happens here (that is `analyse()` in the core); this file decides when to lint and where the
// results go.
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { createHash } from 'node:crypto';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { capabilitiesOf } from './capabilities';
import { analyseDocument, emptyAnalysis, type Analysis } from './analysis';
import { codeActions } from './code-actions';
import { ConfigStore, pathOf } from './config';
import { hoverAt } from './hover';
import {
  FIX_ALL_KIND,
  LintWorkspaceRequest,
  OPEN_RULE_DOC_COMMAND,
  SHOW_SOURCES_COMMAND,
  SourcesChangedNotification,
  SourcesRequest,
  type OnRecordSettings,
  type SourcesResult,
  type SourcesSummary,
} from './protocol';
import { ruleDocUrl, ruleMeta } from './rule-docs';
import { SettingsStore, settingsLayer } from './settings';
import { documentSymbols, summaryTitle, toWireLedger } from './symbols';
import { analyseFile, inFolder, lintWorkspace } from './workspace';

export interface ServerOptions {
  /** Quiet time after a keystroke before a pushed lint, in milliseconds. */
  debounceMs?: number;
  /** Quiet time before `onrecord/sourcesChanged` is sent, in milliseconds. */
  announceDelayMs?: number;
}

/** Lints as you type are pushed after this much quiet; pull clients decide their own timing. */
export const DEFAULT_DEBOUNCE_MS = 75;
export const DEFAULT_ANNOUNCE_DELAY_MS = 250;

const CONFIG_GLOB = '**/.onrecord.{jsonc,json}';
const EMPTY_SUMMARY: SourcesSummary = { sources: 0, named: 0, anonymous: 0, figures: 0, disputedFigures: 0 };

type Trigger = 'open' | 'change' | 'save' | 'refresh';

/** Wires OnRecord onto a connection; the caller calls `connection.listen()`. */
export function createServer(connection: Connection, options: ServerOptions = {}): TextDocuments<TextDocument> {
  const documents = new TextDocuments(TextDocument);
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const announceDelayMs = options.announceDelayMs ?? DEFAULT_ANNOUNCE_DELAY_MS;
  const log = (message: string) => connection.console.error(message);
  /** Fire and forget, but never an unhandled rejection (which would end the process). */
  const settle = (promise: Promise<unknown>) => {
    promise.catch((error: unknown) => log(`onrecord: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  };

  let capabilities = capabilitiesOf({});
  let settings = new SettingsStore(connection, false);
  let initialFolders: string[] = [];
  /** Bumped when settings or config files change: every cached analysis is then stale. */
  let generation = 0;

  const configs = new ConfigStore((uri, diagnostics) => settle(connection.sendDiagnostics({ uri, diagnostics })));
  /** The latest analysis of each open document (any version). */
  const analyses = new Map<string, Analysis>();
  /** What the editor shows: with `run: onSave`, the analysis of the last saved version. */
  const shown = new Map<string, Analysis>();
  const timers = new Map<string, NodeJS.Timeout>();
  const announceTimers = new Map<string, NodeJS.Timeout>();
  const opening = new Set<string>();
  /** Files whose diagnostics came from a workspace lint (pushed, possibly unopened). */
  const workspaceLinted = new Set<string>();
  /** A digest of the ledger last announced per document, to announce only changes. */
  const announced = new Map<string, string>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = capabilitiesOf(params.capabilities);
    settings = new SettingsStore(connection, capabilities.configuration);
    initialFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (initialFolders.length === 0 && params.rootUri) initialFolders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Sources' },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [OPEN_RULE_DOC_COMMAND] },
        ...(capabilities.pullDiagnostics ? { diagnosticProvider: { identifier: 'onrecord', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'onrecord' },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.watchFilesDynamically) {
      settle(connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }] }));
    }
    if (capabilities.configurationDynamically) settle(connection.client.register(DidChangeConfigurationNotification.type, { section: 'onrecord' }));
  });

  // -------------------------------------------------------------------------
  // Analysis, cached per document version and configuration generation

  const layersFor = (uri: string, current: OnRecordSettings) => {
    const config = configs.forUri(uri);
    const editor = settingsLayer(current);
    return { layers: editor ? [...config.layers, editor] : config.layers, ignored: config.ignoredBy !== null };
  };

  const analysisOf = (document: TextDocument, current: OnRecordSettings): Analysis => {
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation) return cached;
    // A stale analysis is not kept alive while its successor is built: on a long draft two at
    // once is several megabytes more at the peak. (With `run: onSave` what is shown stays.)
    analyses.delete(document.uri);
    if (current.run !== 'onSave' && shown.get(document.uri) === cached) shown.delete(document.uri);
    let analysis: Analysis;
    if (!current.enable) analysis = emptyAnalysis(document, generation);
    else {
      const { layers, ignored } = layersFor(document.uri, current);
      analysis = ignored ? emptyAnalysis(document, generation) : analyseDocument(document, { layers, generation, version: document.version, log });
    }
    analyses.set(document.uri, analysis);
    return analysis;
  };

  /** The analysis of the document as it is now, or undefined when it is not open. */
  const currentAnalysis = async (uri: string): Promise<Analysis | undefined> => {
    const settingsNow = await settings.get(uri);
    const document = documents.get(uri);
    return document ? analysisOf(document, settingsNow) : undefined;
  };

  /**
   * Tells the client when a document's ledger changed, once typing pauses: the ledger is for the
   * Sources view, and building it must not delay the next keystroke's diagnostics.
   */
  const announce = (document: TextDocument) => {
    const { uri } = document;
    clearTimeout(announceTimers.get(uri));
    announceTimers.set(
      uri,
      setTimeout(() => {
        announceTimers.delete(uri);
        const latest = documents.get(uri);
        const analysis = analyses.get(uri);
        if (!latest || !analysis || analysis.version !== latest.version) return;
        try {
          const ledger = analysis.ledger();
          // A digest, not the JSON: a long draft's ledger is megabytes, kept for as long as it is open.
          const wire = ledger ? createHash('sha256').update(JSON.stringify(toWireLedger(latest, ledger))).digest('base64') : '';
          if (announced.get(uri) === wire) return;
          announced.set(uri, wire);
          settle(connection.sendNotification(SourcesChangedNotification, { uri, version: analysis.version, summary: ledger?.summary ?? EMPTY_SUMMARY }));
        } catch (error) {
          log(`onrecord: sources of ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
        }
      }, announceDelayMs),
    );
  };

  const lint = async (uri: string, trigger: Trigger): Promise<void> => {
    try {
      const settingsNow = await settings.get(uri);
      const document = documents.get(uri);
      if (!document) return;
      if (settingsNow.enable && settingsNow.run === 'onSave' && trigger === 'change') return;
      const analysis = analysisOf(document, settingsNow);
      shown.set(uri, analysis);
      if (!capabilities.pullDiagnostics) settle(connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: analysis.diagnostics }));
      else if (trigger === 'save' || trigger === 'refresh') refreshPulled();
      announce(document);
    } catch (error) {
      log(`onrecord: lint of ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };

  const schedule = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        settle(lint(uri, 'change'));
      }, debounceMs),
    );
  };

  let refreshQueued = false;
  const refreshPulled = () => {
    if (!capabilities.refreshDiagnostics || refreshQueued) return;
    refreshQueued = true;
    setImmediate(() => {
      refreshQueued = false;
      settle(connection.sendRequest(DiagnosticRefreshRequest.type));
    });
  };

  /** Settings or config files changed: everything open is linted again. */
  const relintAll = () => {
    generation++;
    for (const document of documents.all()) settle(lint(document.uri, 'refresh'));
    if (capabilities.refreshCodeLens) settle(connection.sendRequest(CodeLensRefreshRequest.type));
  };

  // -------------------------------------------------------------------------
  // Documents

  /** Without file watching (Neovim 0.7), config files are read again on open and on save. */
  const rereadConfigUnwatched = () => {
    if (capabilities.watchFilesDynamically) return;
    configs.clear();
    generation++;
  };

  documents.onDidOpen(({ document }) => {
    rereadConfigUnwatched();
    opening.add(document.uri);
    // A pull client shows its own diagnostics for open files; drop the pushed workspace ones.
    if (capabilities.pullDiagnostics && workspaceLinted.has(document.uri)) settle(connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
    settle(lint(document.uri, 'open'));
  });
  documents.onDidChangeContent(({ document }) => {
    if (opening.delete(document.uri)) return;
    if (!capabilities.pullDiagnostics) schedule(document.uri);
  });
  documents.onDidSave(({ document }) => {
    rereadConfigUnwatched();
    settle(lint(document.uri, 'save'));
  });
  documents.onDidClose(({ document }) => {
    const { uri } = document;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    clearTimeout(announceTimers.get(uri));
    announceTimers.delete(uri);
    analyses.delete(uri);
    shown.delete(uri);
    announced.delete(uri);
    opening.delete(uri);
    settings.forget(uri);
    if (workspaceLinted.has(uri)) settle(relintFromDisk(uri));
    else if (!capabilities.pullDiagnostics) settle(connection.sendDiagnostics({ uri, diagnostics: [] }));
  });

  // -------------------------------------------------------------------------
  // Diagnostics pulled by the client

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const { uri } = params.textDocument;
    const settingsNow = await settings.get(uri);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const document = documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    let analysis: Analysis;
    if (settingsNow.enable && settingsNow.run === 'onSave') {
      analysis = shown.get(uri) ?? analysisOf(document, settingsNow);
      shown.set(uri, analysis);
    } else {
      analysis = analysisOf(document, settingsNow);
      shown.set(uri, analysis);
      announce(document);
    }
    const resultId = `${analysis.version}.${analysis.generation}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: analysis.diagnostics };
  });

  // -------------------------------------------------------------------------
  // Code actions, hover, symbols, code lens, sources

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = await currentAnalysis(params.textDocument.uri);
    if (!document || !analysis) return [];
    return codeActions({
      document,
      diagnostics: params.context.diagnostics.filter((d) => d.source === 'onrecord'),
      all: analysis.diagnostics,
      only: params.context.only,
      documentChanges: capabilities.documentChanges,
    });
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = await currentAnalysis(params.textDocument.uri);
    if (!document || !analysis) return null;
    return hoverAt(document, analysis.diagnostics, params.position, analysis.result?.model.config.policyUrl);
  });

  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const ledger = (await currentAnalysis(params.textDocument.uri))?.ledger();
    return document && ledger ? documentSymbols(document, ledger) : [];
  });

  connection.onCodeLens(async (params) => {
    const analysis = await currentAnalysis(params.textDocument.uri);
    const ledger = analysis?.ledger();
    if (!ledger) return [];
    const title = summaryTitle(ledger.summary);
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title, command: SHOW_SOURCES_COMMAND, arguments: [params.textDocument.uri] } }];
  });

  connection.onRequest(SourcesRequest, async (params): Promise<SourcesResult | null> => {
    const document = documents.get(params.textDocument.uri);
    const analysis = await currentAnalysis(params.textDocument.uri);
    const ledger = analysis?.ledger();
    if (!document || !analysis || !ledger) return null;
    return { uri: document.uri, version: analysis.version, ledger: toWireLedger(document, ledger), summary: ledger.summary };
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== OPEN_RULE_DOC_COMMAND) return;
    const rule = String(params.arguments?.[0] ?? '');
    if (!ruleMeta(rule)) throw new ResponseError(LSPErrorCodes.RequestFailed, `unknown OnRecord rule: ${rule}`);
    const url = ruleDocUrl(rule);
    if (capabilities.showDocument) await connection.window.showDocument({ uri: url, external: true });
    else connection.window.showInformationMessage(`${rule}: ${url}`);
  });

  // -------------------------------------------------------------------------
  // Workspace: settings, config files, lint everything

  connection.onDidChangeConfiguration((params) => {
    settings.changed(params.settings);
    relintAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((change) => /\/\.onrecord\.jsonc?$/.test(change.uri))) return;
    configs.clear();
    relintAll();
  });

  const unopenedConfig = async (uri: string, folderUri: string) => {
    // Settings of the folder, not of each file: one request per folder, not per draft.
    const folderSettings = await settings.get(folderUri);
    if (!folderSettings.enable) return { layers: [], skip: true };
    const { layers, ignored } = layersFor(uri, folderSettings);
    return { layers, skip: ignored };
  };

  const relintFromDisk = async (uri: string) => {
    const folder = (await workspaceFolders()).find((f) => inFolder(uri, f));
    const config = folder ? await unopenedConfig(uri, folder) : { layers: [], skip: true };
    const analysis = config.skip ? undefined : analyseFile(uri, { layers: config.layers, generation, log }).analysis;
    settle(connection.sendDiagnostics({ uri, diagnostics: analysis?.diagnostics ?? [] }));
  };

  const workspaceFolders = async (): Promise<string[]> => {
    if (!capabilities.workspaceFolders) return initialFolders;
    const folders = await connection.workspace.getWorkspaceFolders();
    return (folders ?? []).map((f) => f.uri);
  };

  connection.onRequest(LintWorkspaceRequest, async (params, token) => {
    const folderUris = params.folders && params.folders.length > 0 ? params.folders : await workspaceFolders();
    const folders = folderUris.flatMap((uri) => {
      const path = pathOf(uri);
      return path ? [{ uri, path }] : [];
    });
    const progress = capabilities.workDoneProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('OnRecord: linting the workspace', 0, undefined, false);
    try {
      return await lintWorkspace({
        folders: folders.map((f) => f.path),
        configFor: (uri) => unopenedConfig(uri, folders.find((f) => inFolder(uri, f.uri))?.uri ?? uri),
        openAnalysis: async (uri) => (documents.get(uri) ? currentAnalysis(uri) : undefined),
        publish: (uri: string, diagnostics: Diagnostic[]) => {
          workspaceLinted.add(uri);
          settle(connection.sendDiagnostics({ uri, diagnostics }));
        },
        log,
        generation,
        token,
        progress: (done, total) => progress?.report(Math.round((done / total) * 100), `${done}/${total}`),
      });
    } finally {
      progress?.done();
    }
  });

  connection.onShutdown(() => {
    for (const timer of [...timers.values(), ...announceTimers.values()]) clearTimeout(timer);
    timers.clear();
    announceTimers.clear();
  });

  documents.listen(connection);
  return documents;
}
