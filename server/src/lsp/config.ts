// `.onrecord.jsonc` discovery for open documents, with the CLI's walk-up and merge
// (shared/config-files.ts), and diagnostics on config files that have problems.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseConfigText, RULE_METAS, type ConfigLayer } from '../core';
import { ConfigResolver, ignoredByConfig, type ConfigFile } from '../shared/config-files';
import { problemDiagnostics } from './diagnostics';

export interface DocumentConfiguration {
  /** Config file layers, outermost first. */
  layers: ConfigLayer[];
  /** The config file whose `ignore` excludes the document, if any (then it is not linted). */
  ignoredBy: string | null;
}

const NO_CONFIG: DocumentConfiguration = { layers: [], ignoredBy: null };

/** A file-system path for `file:` URIs; null for untitled and virtual documents. */
export function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export class ConfigStore {
  private resolver: ConfigResolver;
  /** Texts of the config files read since the last change, to locate their problems. */
  private readonly texts = new Map<string, string>();
  /** Config files seen since the last change, by path. */
  private readonly seen = new Map<string, ConfigFile>();
  /** Config file URIs that currently show diagnostics. */
  private readonly flagged = new Set<string>();

  constructor(private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void) {
    this.resolver = this.newResolver();
  }

  forUri(uri: string): DocumentConfiguration {
    const path = pathOf(uri);
    if (!path) return NO_CONFIG;
    const config = this.resolver.forDocument(path);
    for (const file of config.files) this.see(file);
    return { layers: config.layers, ignoredBy: ignoredByConfig(config, path)?.path ?? null };
  }

  /** A config file changed on disk: forget what was read, clear the diagnostics it had. */
  clear(): void {
    this.resolver = this.newResolver();
    this.texts.clear();
    this.seen.clear();
    for (const uri of this.flagged) this.publish(uri, []);
    this.flagged.clear();
  }

  private newResolver(): ConfigResolver {
    return new ConfigResolver(RULE_METAS, (path) => {
      const text = readFileSync(path, 'utf8');
      this.texts.set(path, text);
      return text;
    });
  }

  private see(file: ConfigFile): void {
    if (this.seen.get(file.path) === file) return;
    this.seen.set(file.path, file);
    const uri = uriOf(file.path);
    if (file.problems.length === 0) {
      if (this.flagged.delete(uri)) this.publish(uri, []);
      return;
    }
    this.flagged.add(uri);
    this.publish(uri, this.diagnosticsFor(file));
  }

  /** The problems again, now with offsets, so each diagnostic sits on the bad value. */
  private diagnosticsFor(file: ConfigFile): Diagnostic[] {
    const text = this.texts.get(file.path);
    const document = TextDocument.create(uriOf(file.path), 'jsonc', 0, text ?? '');
    if (text === undefined) return problemDiagnostics(document, file.problems.map((p) => ({ message: p.message })), 'onrecord config: ');
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const parsed = parseConfigText(text.slice(bom), RULE_METAS);
    const problems = parsed.problems.map((p) => ({ ...p, start: p.start === undefined ? undefined : p.start + bom, end: p.end === undefined ? undefined : p.end + bom }));
    return problemDiagnostics(document, problems, 'onrecord config: ');
  }
}
