// Expands the paths on the command line (files, folders, globs) into the list of drafts to check.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, isAbsolute, resolve, sep } from 'node:path';
import { GitignoreFilter } from '../shared/gitignore';
import { ioReason } from '../shared/read-document';

/** Extensions picked up when walking a folder or filtering a glob. */
export const DRAFT_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt']);
/** Never walked into: dependencies and version control. Hidden folders are skipped too. */
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

export interface DraftFile {
  /** As the user gave it, or the folder they gave joined with the path under it. */
  display: string;
  absolute: string;
  /** Named on the command line (not found by walking a folder or expanding a glob). */
  explicit: boolean;
}

export interface CollectedFiles {
  files: DraftFile[];
  /** Paths that do not exist or cannot be read: usage errors (exit 2). */
  errors: { path: string; message: string }[];
  /** Folders or globs that gave no drafts: worth saying, not an error. */
  notes: string[];
}

export function isDraftPath(path: string): boolean {
  return DRAFT_EXTENSIONS.has(extname(path).toLowerCase());
}

/**
 * Files are taken as named, whatever their extension. Folders are walked for .md, .markdown
 * and .txt files, skipping hidden entries, node_modules and whatever .gitignore files (from the
 * repository root down) exclude. Globs match relative to `cwd`, with the same .gitignore and
 * folder rules; a glob that does not end in an extension of its own keeps only drafts.
 * The result is de-duplicated and sorted by displayed path.
 */
export function collectFiles(paths: readonly string[], cwd: string): CollectedFiles {
  const gitignore = new GitignoreFilter();
  const byAbsolute = new Map<string, DraftFile>();
  const errors: CollectedFiles['errors'] = [];
  const notes: string[] = [];
  const add = (file: DraftFile) => {
    if (!byAbsolute.has(file.absolute)) byAbsolute.set(file.absolute, file);
  };

  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, given);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      if (tinyglobby().isDynamicPattern(given)) {
        const found = expandGlob(given, cwd, gitignore);
        if (found.length === 0) notes.push(`${given}: no files match this pattern`);
        for (const file of found) add(file);
        continue;
      }
      errors.push({ path: given, message: ioReason(error) });
      continue;
    }
    if (stat.isDirectory()) {
      const before = byAbsolute.size;
      // A folder named on the command line is walked even when .gitignore excludes it.
      const root = gitignore.gitRoot(absolute);
      const base = root && !gitignore.ignores(absolute, true, root) ? root : absolute;
      walk(absolute, given, base, gitignore, add);
      if (byAbsolute.size === before) notes.push(`${given}: no Markdown or text drafts found in this folder`);
    } else {
      add({ display: given, absolute, explicit: true });
    }
  }

  const files = [...byAbsolute.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, errors, notes };
}

function joinDisplay(prefix: string, name: string): string {
  if (prefix === '' || prefix === '.') return name;
  return prefix.endsWith('/') || prefix.endsWith(sep) ? prefix + name : prefix + sep + name;
}

function walk(dir: string, display: string, base: string, gitignore: GitignoreFilter, add: (file: DraftFile) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // A folder we may not read inside a tree we were asked to walk: skip it, as git would.
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const absolute = dir + sep + name;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Linked files count; linked folders are not followed (no cycles, no escaping the tree).
      try {
        const target = statSync(absolute);
        isFile = target.isFile();
      } catch {
        isFile = false;
      }
      isDirectory = false;
    }
    if (isDirectory) {
      if (SKIPPED_DIRECTORIES.has(name) || gitignore.ignores(absolute, true, base)) continue;
      walk(absolute, joinDisplay(display, name), base, gitignore, add);
    } else if (isFile && isDraftPath(name) && !gitignore.ignores(absolute, false, base)) {
      add({ display: joinDisplay(display, name), absolute, explicit: false });
    }
  }
}

/**
 * Loaded on first use: most runs name files or folders. `require` also picks tinyglobby's
 * CommonJS build, which bundles cleanly into the CommonJS CLI (its ESM build needs import.meta).
 */
function tinyglobby(): typeof import('tinyglobby') {
  return require('tinyglobby') as typeof import('tinyglobby');
}

function expandGlob(pattern: string, cwd: string, gitignore: GitignoreFilter): DraftFile[] {
  const { globSync } = tinyglobby();
  const absolutePattern = isAbsolute(pattern);
  const matches = globSync(pattern, {
    cwd,
    absolute: absolutePattern,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
  });
  const anyExtension = /\.[A-Za-z0-9]+$/.test(pattern);
  const out: DraftFile[] = [];
  for (const match of matches) {
    const absolute = resolve(cwd, match);
    if (!anyExtension && !isDraftPath(match)) continue;
    const folder = resolve(absolute, '..');
    const base = gitignore.gitRoot(folder) ?? cwd;
    if (gitignore.ignores(absolute, false, base)) continue;
    out.push({ display: absolutePattern ? match : match.split('/').join(sep), absolute, explicit: false });
  }
  return out;
}
