// The LanguageClient: where the server lives and which documents it sees.
import type { ExtensionContext, QuickPickItem } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENVIRONMENT } from '../../server/src/shared/server-environment';

export const CLIENT_ID = 'onrecord';

/** Rule ids and titles from the manifest's generated `onrecord.rules` setting: metadata, not analysis. */
export function rulesFromManifest(manifest: unknown): QuickPickItem[] {
  const properties = (manifest as { contributes?: { configuration?: { properties?: Record<string, { properties?: Record<string, { markdownDescription?: string }> }> } } })
    .contributes?.configuration?.properties?.['onrecord.rules']?.properties;
  return Object.entries(properties ?? {}).map(([id, setting]) => ({ label: id, detail: setting.markdownDescription?.split('. ')[0] }));
}

export function createClient(context: ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    // The client adds `env` to its own environment.
    run: { module, transport: TransportKind.ipc, options: { env: SERVER_ENVIRONMENT } },
    // --inspect lets the "Attach to Server" launch configuration connect.
    debug: { module, transport: TransportKind.ipc, options: { env: SERVER_ENVIRONMENT, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['markdown', 'plaintext'].flatMap((language) => ['file', 'untitled'].map((scheme) => ({ language, scheme }))),
    // .onrecord.jsonc changes reach the server through the file watcher it registers itself
    // (workspace/didChangeWatchedFiles, dynamic registration); a second static watcher here would
    // only deliver every change twice.
    // No diagnosticCollectionName: pulled diagnostics already get a collection named after the
    // server's diagnostic provider ("onrecord"), and a second one of that name draws a warning.
  };
  return new LanguageClient(CLIENT_ID, 'OnRecord', serverOptions, clientOptions);
}
