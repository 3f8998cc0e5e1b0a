// Lint every draft under the workspace folders, so the Problems panel shows files nobody has
// opened. File discovery is the CLI's (same extensions, .gitignore, hidden folders), config the
// same walk-up; only the output differs.
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectFiles } from '../cli/files';
import { readDocument } from '../shared/read-document';
import { analyseDocument, type Analysis } from './analysis';
import type { ConfigLayer } from '../core';
import { pathOf, uriOf } from './config';
import type { LintWorkspaceResult } from './protocol';

export interface WorkspaceLintContext {
  /** Folder paths on disk. */
  folders: readonly string[];
  /** Config layers and editor settings for a file; `skip` when ignored by config or disabled. */
  configFor(uri: string): Promise<{ layers: ConfigLayer[]; skip: boolean }>;
  /** The live analysis of a document open in the editor, which wins over the file on disk. */
  openAnalysis(uri: string): Promise<Analysis | undefined>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
  generation: number;
  token?: CancellationToken;
  /** Told after each file, for progress reporting. */
  progress?(done: number, total: number): void;
}

/** True when `uri` lies under the folder `folderUri`. */
export function inFolder(uri: string, folderUri: string): boolean {
  return uri.startsWith(folderUri.endsWith('/') ? folderUri : `${folderUri}/`);
}

/** A draft on disk, analysed as the CLI would read it; `skipped` says why it could not be. */
export function analyseFile(uri: string, options: { layers: readonly ConfigLayer[]; generation: number; log: (message: string) => void }): { analysis?: Analysis; skipped?: string } {
  const path = pathOf(uri);
  if (!path) return { skipped: 'not a file' };
  const read = readDocument(path);
  if (read.kind !== 'text') return { skipped: read.reason };
  const document = TextDocument.create(uri, read.format, 0, read.text);
  return { analysis: analyseDocument(document, { ...options, version: null }) };
}

export async function lintWorkspace(context: WorkspaceLintContext): Promise<LintWorkspaceResult> {
  const result: LintWorkspaceResult = { files: 0, findings: 0, errors: 0, warnings: 0, information: 0, hints: 0, skipped: [] };
  const seen = new Set<string>();
  const files: string[] = [];
  for (const folder of context.folders) {
    for (const file of collectFiles([folder], folder).files) {
      if (!seen.has(file.absolute)) files.push(file.absolute);
      seen.add(file.absolute);
    }
  }
  for (const [index, path] of files.entries()) {
    if (context.token?.isCancellationRequested) break;
    // Let edits and other requests through between files.
    await new Promise((resolve) => setImmediate(resolve));
    const uri = uriOf(path);
    const config = await context.configFor(uri);
    if (config.skip) continue;
    let analysis = await context.openAnalysis(uri);
    if (!analysis) {
      const file = analyseFile(uri, { layers: config.layers, generation: context.generation, log: context.log });
      if (!file.analysis) {
        result.skipped.push({ uri, reason: file.skipped ?? 'not read' });
        continue;
      }
      analysis = file.analysis;
      context.publish(uri, analysis.diagnostics);
    }
    result.files++;
    for (const finding of analysis.result?.findings ?? []) {
      result.findings++;
      if (finding.severity === 'error') result.errors++;
      else if (finding.severity === 'warning') result.warnings++;
      else if (finding.severity === 'information') result.information++;
      else result.hints++;
    }
    context.progress?.(index + 1, files.length);
  }
  return result;
}
