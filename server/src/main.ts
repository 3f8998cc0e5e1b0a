// Language server entry. createConnection reads --stdio, --node-ipc or --socket=N from argv,
// so the same bundle serves VS Code (IPC) and other editors (stdio).
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { HeapTuner } from './lsp/heap';
import { createServer } from './lsp/server';

const connection = createConnection(ProposedFeatures.all);
const documents = createServer(connection);
// Here rather than in createServer: V8's flags belong to the process, and the in-process test
// and benchmark servers must not change them. These listeners run before the server's analysis,
// which waits for the document's settings first.
const heap = new HeapTuner(setFlagsFromString);
documents.onDidOpen(({ document }) => heap.update(document.uri, document.getText()));
documents.onDidChangeContent(({ document }) => heap.update(document.uri, document.getText()));
documents.onDidClose(({ document }) => heap.closed(document.uri));
connection.listen();
