// Status bar: findings and sources for the active draft. Counts only; the server did the work.
import { DiagnosticSeverity, StatusBarAlignment, languages, window, workspace, type Disposable, type StatusBarItem } from 'vscode';
import { isDraft, type ActiveLedger } from './sources-view';
import { SETTINGS_SECTION, SHOW_SOURCES_COMMAND } from '../../server/src/lsp/protocol';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class StatusItem implements Disposable {
  private readonly item: StatusBarItem = window.createStatusBarItem('onrecord.status', StatusBarAlignment.Right, 100);
  private readonly disposables: Disposable[] = [this.item];

  constructor(private readonly ledger: ActiveLedger) {
    this.item.name = 'OnRecord';
    this.item.command = SHOW_SOURCES_COMMAND;
    this.disposables.push(
      ledger.onDidChange(() => this.update()),
      languages.onDidChangeDiagnostics(() => this.update()),
      window.onDidChangeActiveTextEditor(() => this.update()),
      workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) this.update();
      }),
    );
    this.update();
  }

  /** What the item shows now (read by the end-to-end tests through the extension's API). */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const editor = window.activeTextEditor;
    if (!isDraft(editor)) {
      this.item.hide();
      return;
    }
    if (workspace.getConfiguration(SETTINGS_SECTION, editor.document.uri).get<boolean>('enable') === false) {
      this.item.text = 'OnRecord $(circle-slash)';
      this.item.tooltip = 'OnRecord is turned off for this draft (setting onrecord.enable)';
      this.item.show();
      return;
    }
    const findings = languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'onrecord');
    const count = (severity: DiagnosticSeverity) => findings.filter((d) => d.severity === severity).length;
    const errors = count(DiagnosticSeverity.Error);
    const warnings = count(DiagnosticSeverity.Warning);
    const other = findings.length - errors - warnings;
    const result = this.ledger.uri?.toString() === editor.document.uri.toString() ? this.ledger.result : null;
    const parts = [`$(error) ${errors} $(warning) ${warnings}`];
    if (result) parts.push(`${plural(result.summary.sources, 'source')}, ${result.summary.anonymous} anonymous`);
    this.item.text = `OnRecord ${parts.join(' · ')}`;
    const lines = [`${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${other} information and hints`];
    if (result) {
      const s = result.summary;
      lines.push(`${plural(s.sources, 'source')}: ${s.named} named, ${s.anonymous} anonymous`, `${plural(s.figures, 'figure')}, ${s.disputedFigures} disputed`);
    }
    lines.push('Click to show the sources');
    this.item.tooltip = lines.join('\n');
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
