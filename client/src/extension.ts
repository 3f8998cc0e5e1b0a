// The extension is a thin client: it starts the OnRecord language server and shows what the server
// reports (diagnostics, the Sources view, a status bar item). No analysis happens here.
import { window, type Event, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerCommands } from './commands';
import { ActiveLedger, SOURCES_VIEW, SourcesTree } from './sources-view';
import { StatusItem } from './status';

let client: LanguageClient | undefined;

/**
 * What the extension exports: a read-only look at what it shows, for tests and for other
 * extensions (VS Code gives no other way to read a tree view or a status bar item).
 */
export interface OnRecordApi {
  /** The Sources view's top-level rows as shown: label and description. */
  sourcesView(): Array<{ label: string; description: string }>;
  /** The status bar item's text. */
  statusText(): string;
  /** Fires when the Sources view's ledger changes. */
  readonly onDidChangeSources: Event<void>;
}

export async function activate(context: ExtensionContext): Promise<OnRecordApi> {
  client = createClient(context);
  const ledger = new ActiveLedger(client);
  const tree = new SourcesTree(ledger, client);
  const status = new StatusItem(ledger);
  context.subscriptions.push(
    ledger,
    window.createTreeView(SOURCES_VIEW, { treeDataProvider: tree, showCollapseAll: true }),
    status,
    ...registerCommands(client, ledger, context.extension.packageJSON),
  );
  await client.start();
  await ledger.refresh();
  return {
    sourcesView: () =>
      tree.getChildren().map((node) => {
        const item = tree.getTreeItem(node);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        return { label, description: typeof item.description === 'string' ? item.description : '' };
      }),
    statusText: () => status.text,
    onDidChangeSources: ledger.onDidChange,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
