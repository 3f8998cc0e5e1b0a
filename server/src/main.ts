// Language server entry. createConnection reads --stdio, --node-ipc or --socket=N from argv,
// so the same bundle serves VS Code (IPC) and other editors (stdio).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './lsp/server';

const connection = createConnection(ProposedFeatures.all);
createServer(connection);
connection.listen();
