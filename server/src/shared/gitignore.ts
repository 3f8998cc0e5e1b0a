// .gitignore support for walking folders of drafts. Matching is the `ignore` package (gitignore
// semantics); this file only finds the .gitignore files and layers them the way git does: a
// deeper file overrides a shallower one, and nothing inside an ignored folder comes back.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export class GitignoreFilter {
  private readonly rules = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string | null>();
  private readonly ignoredDirs = new Map<string, boolean>();

  /** The folder holding `.git` at or above `dir`, or null outside a repository. */
  gitRoot(dir: string): string | null {
    const cached = this.roots.get(dir);
    if (cached !== undefined) return cached;
    const parent = dirname(dir);
    const root = existsSync(join(dir, '.git')) ? dir : parent === dir ? null : this.gitRoot(parent);
    this.roots.set(dir, root);
    return root;
  }

  /**
   * Whether git would ignore `path` (absolute), considering the .gitignore files from `base`
   * (the repository root, or the folder the walk started from outside a repository) down to
   * the path's folder. Paths outside `base` are never ignored.
   */
  ignores(path: string, isDirectory: boolean, base: string): boolean {
    const rel = relative(base, path);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`)) return false;
    const parent = dirname(path);
    if (parent !== base && this.directoryIgnored(parent, base)) return true;
    const segments = rel.split(sep);
    let ignored = false;
    let dir = base;
    for (let i = 0; i < segments.length; i++) {
      const rules = this.rulesIn(dir, dir === base);
      if (rules) {
        const target = segments.slice(i).join('/') + (isDirectory ? '/' : '');
        const result = rules.test(target);
        if (result.ignored) ignored = true;
        else if (result.unignored) ignored = false;
      }
      dir = join(dir, segments[i]);
    }
    return ignored;
  }

  private directoryIgnored(dir: string, base: string): boolean {
    const key = `${base}\0${dir}`;
    const cached = this.ignoredDirs.get(key);
    if (cached !== undefined) return cached;
    const result = this.ignores(dir, true, base);
    this.ignoredDirs.set(key, result);
    return result;
  }

  private rulesIn(dir: string, isBase: boolean): Ignore | null {
    const key = isBase ? `${dir}\0base` : dir;
    const cached = this.rules.get(key);
    if (cached !== undefined) return cached;
    const patterns: string[] = [];
    // The repository's own exclude list sits under the root's rules.
    if (isBase) patterns.push(readIfExists(join(dir, '.git', 'info', 'exclude')));
    patterns.push(readIfExists(join(dir, '.gitignore')));
    const text = patterns.join('\n').trim();
    const rules = text ? ignore().add(text) : null;
    this.rules.set(key, rules);
    return rules;
  }
}

function readIfExists(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
