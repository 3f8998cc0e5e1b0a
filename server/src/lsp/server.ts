// Protocol adapter: documents in, core findings out as diagnostics. No analysis happens here.
import { DiagnosticSeverity, TextDocuments, TextDocumentSyncKind, type Connection, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type DocumentFormat, type Finding, type Severity } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Markdown by language id, or by extension for documents the editor has not classified. */
export function formatOf(document: TextDocument): DocumentFormat {
  if (document.languageId === 'markdown') return 'markdown';
  return /\.(md|markdown)$/i.test(document.uri) ? 'markdown' : 'plaintext';
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  return {
    range: range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: 'onrecord',
    message: finding.message,
    relatedInformation: finding.related.map((related) => ({
      location: { uri: document.uri, range: range(related.start, related.end) },
      message: related.message,
    })),
  };
}

/** Wires OnRecord onto a connection; the caller calls `connection.listen()`. */
export function createServer(connection: Connection): TextDocuments<TextDocument> {
  const documents = new TextDocuments(TextDocument);

  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'onrecord' },
  }));

  const lint = (document: TextDocument): void => {
    let diagnostics: Diagnostic[] = [];
    try {
      const { findings } = analyse(document.getText(), { format: formatOf(document) });
      diagnostics = findings.map((finding) => toDiagnostic(document, finding));
    } catch (error) {
      // A bug in one rule must not take the editor's server down with it.
      connection.console.error(`onrecord: analysis of ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  documents.onDidChangeContent((event) => lint(event.document));
  documents.onDidClose((event) => void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
  documents.listen(connection);
  return documents;
}
