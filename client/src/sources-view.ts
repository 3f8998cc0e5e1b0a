// The Sources view: the server's ledger (onrecord/sources) for the active draft, refreshed when the
// server announces a change (onrecord/sourcesChanged). Display only: every fact comes from the server.
import {
  EventEmitter,
  MarkdownString,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  window,
  type Disposable,
  type Event,
  type TextEditor,
  type TreeDataProvider,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range } from 'vscode-languageserver-protocol';
import {
  SourcesChangedNotification,
  SourcesRequest,
  type FigureEntry,
  type LedgerGapName,
  type SourceClassName,
  type SourceEntry,
  type SourcesResult,
} from '../../server/src/lsp/protocol';

export const SOURCES_VIEW = 'onrecord.sources';

const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext']);

export function isDraft(editor: TextEditor | undefined): editor is TextEditor {
  return editor !== undefined && DRAFT_LANGUAGES.has(editor.document.languageId);
}

/** The ledger of the active draft, fetched from the server and kept current. */
export class ActiveLedger implements Disposable {
  private readonly changed = new EventEmitter<void>();
  readonly onDidChange: Event<void> = this.changed.event;
  private readonly disposables: Disposable[] = [this.changed];
  /** The document the ledger is for: the active draft, or the last one while another editor has focus. */
  uri: Uri | undefined;
  result: SourcesResult | null = null;
  private request = 0;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      window.onDidChangeActiveTextEditor((editor) => {
        if (isDraft(editor)) void this.track(editor.document.uri);
      }),
      client.onNotification(SourcesChangedNotification, (params) => {
        if (params.uri === this.uri?.toString()) void this.refresh();
      }),
    );
    if (isDraft(window.activeTextEditor)) void this.track(window.activeTextEditor.document.uri);
  }

  async track(uri: Uri): Promise<void> {
    if (this.uri?.toString() !== uri.toString()) {
      this.uri = uri;
      this.result = null;
      this.changed.fire();
    }
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const uri = this.uri;
    if (!uri || !this.client.isRunning()) return;
    const ticket = ++this.request;
    let result: SourcesResult | null = null;
    try {
      result = await this.client.sendRequest(SourcesRequest, { textDocument: { uri: uri.toString() } });
    } catch {
      // The server restarting or the document closing: show nothing rather than stale sources.
    }
    // A newer request (another editor, a later change) owns the view.
    if (ticket !== this.request) return;
    this.result = result;
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

const CLASS_LABEL: Record<SourceClassName, string> = {
  'named-person': 'named person',
  'named-organisation': 'organisation on the record',
  document: 'document',
  'anonymous-person': 'unnamed person',
  'anonymous-group': 'unnamed group',
  'vague-authority': 'vague authority',
  outlet: 'news outlet',
};

const CLASS_ICON: Record<SourceClassName, string> = {
  'named-person': 'person',
  'named-organisation': 'organization',
  document: 'file-text',
  'anonymous-person': 'eye-closed',
  'anonymous-group': 'eye-closed',
  'vague-authority': 'question',
  outlet: 'globe',
};

const GAP_LABEL: Record<LedgerGapName, string> = {
  reason: 'reason for anonymity',
  knowledge: 'how the source knows',
  affiliation: 'affiliation',
  role: 'role',
};

type Node =
  | { kind: 'source'; source: SourceEntry }
  | { kind: 'citation'; source: SourceEntry; index: number }
  | { kind: 'figures'; figures: FigureEntry[] }
  | { kind: 'figure'; figure: FigureEntry };

function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export class SourcesTree implements TreeDataProvider<Node> {
  private readonly changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData: Event<Node | undefined> = this.changed.event;

  constructor(
    private readonly ledger: ActiveLedger,
    private readonly client: LanguageClient,
  ) {
    ledger.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: Node): Node[] {
    const result = this.ledger.result;
    if (!result) return [];
    if (!node) {
      const nodes: Node[] = result.ledger.sources.map((source) => ({ kind: 'source', source }));
      if (result.ledger.figures.length > 0) nodes.push({ kind: 'figures', figures: result.ledger.figures });
      return nodes;
    }
    if (node.kind === 'source') return node.source.citations.map((_, index) => ({ kind: 'citation', source: node.source, index }));
    if (node.kind === 'figures') return node.figures.map((figure) => ({ kind: 'figure', figure }));
    return [];
  }

  getTreeItem(node: Node): TreeItem {
    switch (node.kind) {
      case 'source': {
        const { source } = node;
        const item = new TreeItem(source.label, source.citations.length > 0 ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.None);
        const missing = source.missing.map((gap) => GAP_LABEL[gap]);
        item.description = missing.length > 0 ? `${CLASS_LABEL[source.class]} · missing ${missing.join(', ')}` : CLASS_LABEL[source.class];
        item.iconPath = new ThemeIcon(CLASS_ICON[source.class], missing.length > 0 ? new ThemeColor('list.warningForeground') : undefined);
        item.tooltip = this.sourceTooltip(source);
        item.contextValue = source.anonymous ? 'onrecord.source.unnamed' : 'onrecord.source.named';
        const first = source.mentions[0] ?? source.citations[0];
        if (first) item.command = this.reveal(first.range, 'Show the first mention');
        return item;
      }
      case 'citation': {
        const citation = node.source.citations[node.index];
        const item = new TreeItem(shorten(citation.text));
        item.description = citation.carried ? `${citation.cue} (carried over)` : citation.cue;
        item.iconPath = new ThemeIcon('quote');
        item.tooltip = citation.text;
        item.command = this.reveal(citation.range, 'Show the citation');
        return item;
      }
      case 'figures': {
        const disputed = node.figures.filter((f) => f.disputed).length;
        const item = new TreeItem('Figures', TreeItemCollapsibleState.Collapsed);
        item.description = disputed > 0 ? `${node.figures.length} · ${disputed} disputed` : String(node.figures.length);
        item.iconPath = new ThemeIcon('symbol-number');
        return item;
      }
      case 'figure': {
        const { figure } = node;
        const owner = figure.source === null ? undefined : this.ledger.result?.ledger.sources.find((s) => s.id === figure.source);
        const item = new TreeItem(shorten(figure.text));
        item.description = [figure.disputed ? 'disputed' : undefined, owner ? `per ${owner.label}` : 'no source'].filter(Boolean).join(' · ');
        item.iconPath = new ThemeIcon(figure.disputed ? 'warning' : 'symbol-number', figure.disputed ? new ThemeColor('list.warningForeground') : undefined);
        item.command = this.reveal(figure.range, 'Show the figure');
        return item;
      }
    }
  }

  private sourceTooltip(source: SourceEntry): MarkdownString {
    const md = new MarkdownString(undefined, true);
    md.appendMarkdown(`**${source.label}** — ${CLASS_LABEL[source.class]}\n\n`);
    const details = source.anonymity;
    if (details) {
      const line = (label: string, value: string | null | undefined) => md.appendMarkdown(`- ${label}: ${value ? value : '_not given_'}\n`);
      line('affiliation', details.affiliation?.text);
      line('role', details.role);
      line('how they know', details.knowledge?.text);
      line('reason for anonymity', details.reason ? `${details.reason.text}${details.reason.boilerplate ? ' (boilerplate)' : ''}` : null);
      if (details.proximity) line('proximity', details.proximity.text);
    }
    md.appendMarkdown(`\n${source.citations.length} citation${source.citations.length === 1 ? '' : 's'}, ${source.mentions.length} mention${source.mentions.length === 1 ? '' : 's'}`);
    return md;
  }

  private reveal(range: Range, title: string) {
    const uri = this.ledger.uri;
    return { title, command: 'vscode.open', arguments: [uri, { selection: this.client.protocol2CodeConverter.asRange(range), preserveFocus: false }] };
  }
}
