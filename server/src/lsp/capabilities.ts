// What the client can do, read once from its initialize request, in the terms the server needs.
import type { ClientCapabilities } from 'vscode-languageserver';

export interface Capabilities {
  pullDiagnostics: boolean;
  configuration: boolean;
  watchFilesDynamically: boolean;
  configurationDynamically: boolean;
  refreshDiagnostics: boolean;
  refreshCodeLens: boolean;
  documentChanges: boolean;
  showDocument: boolean;
  workspaceFolders: boolean;
  workDoneProgress: boolean;
}

export function capabilitiesOf(client: ClientCapabilities): Capabilities {
  return {
    pullDiagnostics: client.textDocument?.diagnostic !== undefined,
    configuration: client.workspace?.configuration === true,
    watchFilesDynamically: client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationDynamically: client.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    refreshDiagnostics: client.workspace?.diagnostics?.refreshSupport === true,
    refreshCodeLens: client.workspace?.codeLens?.refreshSupport === true,
    documentChanges: client.workspace?.workspaceEdit?.documentChanges === true,
    showDocument: client.window?.showDocument?.support === true,
    workspaceFolders: client.workspace?.workspaceFolders === true,
    workDoneProgress: client.window?.workDoneProgress === true,
  };
}
