// `--fix` and `--fix-dry-run`: safe fixes only, applied until none is left, then checked again so
// the report shows what remains. A file is rewritten only when asked, only when its text
// changed, and only if nobody changed it on disk in the meantime; the write is atomic (a temp
// file in the same folder, then a rename) and keeps the file's mode, line endings and BOM.
import { chmodSync, chownSync, lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { analyse, applyFixes, type AnalysisResult, type AnalyseOptions, type Fix } from '../core';
import { ioReason, readDocument } from '../shared/read-document';

/** Rounds of fix-then-check before giving up on reaching a fixed point. */
const MAX_PASSES = 10;

export type FixMode = 'write' | 'dry-run';

export interface FixedDocument {
  /** The analysis of the text after fixing (the original text when nothing applied). */
  result: AnalysisResult;
  text: string;
  /** Safe fixes applied, over all passes. */
  applied: number;
  changed: boolean;
  /** `--fix-dry-run`: the unified diff, empty when nothing would change. */
  diff: string;
  /** `--fix`: why the file could not be written (changed on disk, I/O); the run exits 2. */
  error?: string;
}

/** Hooks for tests: runs just before the file on disk is compared and replaced. */
export interface FixHooks {
  beforeWrite?: () => void;
}

/** CRLF when most line breaks are CRLF: fix texts written with "\n" then follow the file. */
export function lineEnding(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

function withLineEnding(fix: Fix, eol: '\n' | '\r\n'): Fix {
  if (eol === '\n') return fix;
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, '\r\n') })) };
}

/** Applies safe fixes until none applies; pure apart from `analyse` calls. */
export function fixText(text: string, options: AnalyseOptions, first?: AnalysisResult): { text: string; result: AnalysisResult; applied: number } {
  const eol = lineEnding(text);
  let result = first ?? analyse(text, options);
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const safe = result.findings.flatMap((f) => f.fixes.filter((fix) => fix.safe)).map((fix) => withLineEnding(fix, eol));
    if (safe.length === 0) break;
    const next = applyFixes(text, safe);
    if (next.applied.length === 0 || next.text === text) break;
    applied += next.applied.length;
    text = next.text;
    result = analyse(text, options);
  }
  return { text, result, applied };
}

export function unifiedDiff(display: string, before: string, after: string): string {
  if (before === after) return '';
  const name = display.split('\\').join('/');
  // jsdiff starts with a line of '=' that git and patch do not need.
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, '', '', { context: 3 }).replace(/^=+\n/, '');
}

/**
 * Fixes one document already read from `path` (`original`, BOM removed). In `write` mode the
 * file is replaced only if its text changed and the file on disk still holds `original`.
 */
export function fixDocument(
  path: string,
  display: string,
  original: { text: string; bom: boolean },
  options: AnalyseOptions,
  mode: FixMode,
  hooks: FixHooks = {},
): FixedDocument {
  const { text, result, applied } = fixText(original.text, options);
  const changed = text !== original.text;
  const out: FixedDocument = { result, text, applied, changed, diff: '' };
  if (!changed) return out;
  if (mode === 'dry-run') {
    out.diff = unifiedDiff(display, original.text, text);
    return out;
  }
  hooks.beforeWrite?.();
  const error = writeIfUnchanged(path, original, (original.bom ? '\ufeff' : '') + text);
  if (error) {
    // Nothing was written: the report must describe the file as it is, not as it would have been.
    out.error = error;
    out.changed = false;
    out.applied = 0;
    out.text = original.text;
    out.result = analyse(original.text, options);
  }
  return out;
}

/** Replaces the file atomically unless its content differs from `original`; returns an error or null. */
function writeIfUnchanged(path: string, original: { text: string; bom: boolean }, content: string): string | null {
  let target: string;
  try {
    // Write through a symbolic link to the file it names, so the link survives.
    target = lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
  } catch (error) {
    return `cannot fix: ${ioReason(error)}`;
  }
  const now = readDocument(target);
  if (now.kind !== 'text' || now.text !== original.text || now.bom !== original.bom) {
    return 'changed on disk while it was being checked; not fixed (run again)';
  }
  let stat;
  try {
    stat = statSync(target);
  } catch (error) {
    return `cannot fix: ${ioReason(error)}`;
  }
  const temp = join(dirname(target), `.${basename(target)}.onrecord-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx', mode: stat.mode & 0o7777 });
    // The umask may have narrowed the mode; ownership matters when root fixes someone's file.
    chmodSync(temp, stat.mode & 0o7777);
    if (typeof process.getuid === 'function' && (stat.uid !== process.getuid() || stat.gid !== process.getgid?.())) {
      try {
        chownSync(temp, stat.uid, stat.gid);
      } catch {
        // Not permitted for an ordinary user: the file keeps the writer's ownership, as editors do.
      }
    }
    renameSync(temp, target);
    return null;
  } catch (error) {
    rmSync(temp, { force: true });
    return `cannot fix: ${ioReason(error)}`;
  }
}
