// The commands of the extension. Opening a rule's doc is the server's command (OPEN_RULE_DOC_COMMAND,
// registered by the language client from the server's capabilities, used by the "read the rule"
// quick fix); the palette command here only asks which rule and hands over.
import { ProgressLocation, Uri, commands, window, workspace, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LintWorkspaceRequest, OPEN_RULE_DOC_COMMAND, SHOW_SOURCES_COMMAND } from '../../server/src/lsp/protocol';
import { rulesFromManifest } from './client';
import { SOURCES_VIEW, isDraft, type ActiveLedger } from './sources-view';

export const LINT_WORKSPACE_COMMAND = 'onrecord.lintWorkspace';
export const RESTART_SERVER_COMMAND = 'onrecord.restartServer';
export const RULE_DOCS_COMMAND = 'onrecord.openRuleDoc';

export function registerCommands(client: LanguageClient, ledger: ActiveLedger, manifest: unknown): Disposable[] {
  return [
    // From the code lens with the document's URI, or from the palette for the active draft.
    commands.registerCommand(SHOW_SOURCES_COMMAND, async (uri?: string | Uri) => {
      const target = typeof uri === 'string' ? Uri.parse(uri) : (uri ?? (isDraft(window.activeTextEditor) ? window.activeTextEditor.document.uri : undefined));
      if (target) await ledger.track(target);
      await commands.executeCommand(`${SOURCES_VIEW}.focus`);
    }),

    commands.registerCommand(LINT_WORKSPACE_COMMAND, async () => {
      if (!workspace.workspaceFolders?.length) {
        void window.showInformationMessage('OnRecord: open a folder to check all of its drafts.');
        return;
      }
      const result = await window.withProgress({ location: ProgressLocation.Notification, title: 'OnRecord: checking the drafts in the workspace…' }, () =>
        client.sendRequest(LintWorkspaceRequest, {}),
      );
      const skipped = result.skipped.length > 0 ? `; ${result.skipped.length} skipped` : '';
      const message = `OnRecord checked ${result.files} draft${result.files === 1 ? '' : 's'}: ${result.errors} errors, ${result.warnings} warnings, ${result.information + result.hints} information and hints${skipped}.`;
      const choice = await window.showInformationMessage(message, 'Show Problems');
      if (choice) await commands.executeCommand('workbench.actions.view.problems');
    }),

    commands.registerCommand(RULE_DOCS_COMMAND, async (rule?: string) => {
      const id =
        typeof rule === 'string'
          ? rule
          : (await window.showQuickPick(rulesFromManifest(manifest), { title: 'OnRecord: open the documentation of a rule', matchOnDetail: true }))?.label;
      if (id) await commands.executeCommand(OPEN_RULE_DOC_COMMAND, id);
    }),

    commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
      await client.restart();
      await ledger.refresh();
    }),
  ];
}
