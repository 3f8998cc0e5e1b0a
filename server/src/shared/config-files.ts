// Finds and reads `.onrecord.jsonc` files for documents on disk. The CLI and the language server
// share this, so the editor shows exactly what CI fails on (DESIGN section 5).
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { LineIndex, parseConfigText, type ConfigLayer, type RuleMeta } from '../core';
import { ioReason } from './read-document';

/** Looked for in this order in each folder; the first that exists is that folder's config. */
export const CONFIG_FILE_NAMES = ['.onrecord.jsonc', '.onrecord.json'] as const;

/** A problem in a config file, located for people: 1-based line and column when known. */
export interface ConfigFileProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ConfigFile {
  /** Absolute path. */
  path: string;
  layer: ConfigLayer;
  problems: ConfigFileProblem[];
  /** The file's `ignore` globs (gitignore syntax), relative to its folder; null when it has none. */
  ignore: Ignore | null;
}

export interface DocumentConfig {
  /** Config files that apply, outermost first; the nearest one last. */
  files: ConfigFile[];
  /** Their layers in the same order, ready for `analyse({ config })`. */
  layers: ConfigLayer[];
}

/**
 * Discovers config files by walking up from a document's folder: every `.onrecord.jsonc` (or
 * `.onrecord.json`) on the way applies, nearest last, until one says `"root": true` or the
 * walk reaches the filesystem root. Results are cached per folder, so a run over a thousand
 * drafts reads each config file once. The cache never looks at the disk again until `clear()`:
 * one instance per CLI run; the language server clears it when a config file changes.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, DocumentConfig>();
  private readonly byFile = new Map<string, ConfigFile | null>();

  constructor(
    private readonly metas: readonly RuleMeta[],
    private readonly readText: (path: string) => string = (path) => readFileSync(path, 'utf8'),
  ) {}

  /** Forgets everything read so far (the language server calls this when a config file changes). */
  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  /** The configuration for a document at `documentPath` (which need not exist, as for stdin). */
  forDocument(documentPath: string): DocumentConfig {
    return this.forDirectory(dirname(resolve(documentPath)));
  }

  forDirectory(dir: string): DocumentConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const own = this.configIn(dir);
    const parentDir = dirname(dir);
    const inherited: DocumentConfig =
      own?.layer.root === true || parentDir === dir ? { files: [], layers: [] } : this.forDirectory(parentDir);
    const result = own ? { files: [...inherited.files, own], layers: [...inherited.layers, own.layer] } : inherited;
    this.byDir.set(dir, result);
    return result;
  }

  /** Reads one named config file (the CLI's `--config FILE`); it applies alone. */
  loadFile(path: string): ConfigFile {
    const absolute = resolve(path);
    const cached = this.byFile.get(absolute);
    if (cached) return cached;
    let text: string;
    try {
      text = this.readText(absolute);
    } catch (error) {
      const file: ConfigFile = { path: absolute, layer: {}, problems: [{ file: absolute, message: ioReason(error) }], ignore: null };
      this.byFile.set(absolute, file);
      return file;
    }
    const file = parseConfigFile(absolute, text, this.metas);
    this.byFile.set(absolute, file);
    return file;
  }

  private configIn(dir: string): ConfigFile | null {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      if (this.byFile.has(path)) return this.byFile.get(path)!;
      let text: string;
      try {
        text = this.readText(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException)?.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
          this.byFile.set(path, null);
          continue;
        }
        const file: ConfigFile = { path, layer: {}, problems: [{ file: path, message: ioReason(error) }], ignore: null };
        this.byFile.set(path, file);
        return file;
      }
      const file = parseConfigFile(path, text, this.metas);
      this.byFile.set(path, file);
      return file;
    }
    return null;
  }
}

/** Parses config text and locates its problems (line and column) for people to read. */
export function parseConfigFile(path: string, text: string, metas: readonly RuleMeta[]): ConfigFile {
  // A BOM is legal at the start of a JSON file written on Windows; jsonc-parser would call it a
  // syntax error.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsetShift = body === text ? 0 : 1;
  const parsed = parseConfigText(body, metas);
  const lines = new LineIndex(text);
  const problems: ConfigFileProblem[] = parsed.problems.map((problem) => {
    if (problem.start === undefined) return { file: path, message: problem.message };
    const { line, column } = lines.position(problem.start + offsetShift);
    return { file: path, line, column, message: problem.message };
  });
  const patterns = parsed.layer.ignore ?? [];
  return {
    path,
    layer: parsed.layer,
    problems,
    ignore: patterns.length > 0 ? ignore().add(patterns) : null,
  };
}

/**
 * The config file whose `ignore` globs exclude `path`, or null. Globs are relative to the folder
 * of the config file that declares them; a document outside that folder is never excluded by them.
 */
export function ignoredByConfig(config: DocumentConfig, path: string): ConfigFile | null {
  const absolute = resolve(path);
  for (const file of config.files) {
    if (!file.ignore) continue;
    const rel = relative(dirname(file.path), absolute);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
    if (file.ignore.ignores(rel.split(sep).join('/'))) return file;
  }
  return null;
}
