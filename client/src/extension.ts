// The extension is a thin client: it starts the OnRecord language server and shows what the server
// reports (diagnostics, the Sources view, a status bar item). No analysis happens here.
import { window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerCommands } from './commands';
import { ActiveLedger, SOURCES_VIEW, SourcesTree } from './sources-view';
import { StatusItem } from './status';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  client = createClient(context);
  const ledger = new ActiveLedger(client);
  context.subscriptions.push(
    ledger,
    window.createTreeView(SOURCES_VIEW, { treeDataProvider: new SourcesTree(ledger, client), showCollapseAll: true }),
    new StatusItem(ledger),
    ...registerCommands(client, ledger, context.extension.packageJSON),
  );
  await client.start();
  await ledger.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
