// One document's analysis at one version, as the protocol needs it: diagnostics now, the ledger
// on demand. Wraps `analyse()` from the core; never throws.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, buildLedger, type AnalysisResult, type ConfigLayer, type DocumentFormat, type SourcesLedger } from '../core';
import { problemDiagnostics, toDiagnostic } from './diagnostics';

export interface Analysis {
  uri: string;
  version: number;
  /** Bumped whenever settings or config files change, so older analyses are recomputed. */
  generation: number;
  diagnostics: Diagnostic[];
  /** Null when the document was not analysed (disabled, ignored by config, or the analysis failed). */
  result: AnalysisResult | null;
  /** The ledger, built on first use. */
  ledger(): SourcesLedger | null;
}

/** Markdown by language id, or by extension for documents the editor has not classified. */
export function formatOf(document: Pick<TextDocument, 'languageId' | 'uri'>): DocumentFormat {
  if (document.languageId === 'markdown') return 'markdown';
  return /\.(md|markdown)$/i.test(document.uri) ? 'markdown' : 'plaintext';
}

export function emptyAnalysis(document: TextDocument, generation: number): Analysis {
  return { uri: document.uri, version: document.version, generation, diagnostics: [], result: null, ledger: () => null };
}

/**
 * Analyses a document. `version` is what the diagnostics' data records (null for a file read
 * from disk that no editor has open). A failure is logged and gives no diagnostics: one bad
 * document must not take the server down.
 */
export function analyseDocument(
  document: TextDocument,
  options: { layers: readonly ConfigLayer[]; generation: number; version: number | null; log: (message: string) => void },
): Analysis {
  let result: AnalysisResult;
  try {
    // A file linted from disk (the workspace lint) is analysed once: it keeps nothing for the
    // next keystroke and leaves the memos to the drafts open in the editor.
    result = analyse(document.getText(), { format: formatOf(document), config: options.layers, reuse: options.version !== null });
  } catch (error) {
    options.log(`onrecord: analysis of ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    return emptyAnalysis(document, options.generation);
  }
  const diagnostics = [
    ...problemDiagnostics(document, result.problems.map((p) => (p.message.startsWith('front matter') ? p : { ...p, message: `front matter: ${p.message}` }))),
    ...result.findings.map((finding) => toDiagnostic(document, finding, options.version)),
  ];
  let ledger: SourcesLedger | null | undefined;
  return {
    uri: document.uri,
    version: document.version,
    generation: options.generation,
    diagnostics,
    result,
    ledger() {
      if (ledger === undefined) {
        try {
          ledger = buildLedger(result.model);
        } catch (error) {
          options.log(`onrecord: ledger of ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
          ledger = null;
        }
      }
      return ledger;
    },
  };
}
