// `--write-baseline FILE` records today's findings; `--baseline FILE` then reports only findings
// that are not in it, so a desk can adopt OnRecord on an archive without fixing it first.
//
// A finding's fingerprint is its rule, its flagged words (normalised: case, whitespace, quote
// styles) and its rank among findings of the same file with the same rule and words. Lines and
// columns play no part, so moving paragraphs around, or editing elsewhere, keeps old findings
// known; deleting one of two identical findings leaves the other known. The file holds hashes
// and relative paths only (no draft text), sorted, so it diffs cleanly in review.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ioReason } from '../shared/read-document';
import type { FileReport } from './report';

export const BASELINE_FORMAT = 1;

export interface BaselineFile {
  tool: 'onrecord';
  format: number;
  /** Relative path (forward slashes, from the baseline's folder) → fingerprints, sorted. */
  files: Record<string, { rule: string; fingerprint: string }[]>;
}

export function normaliseFlagged(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Sets `fingerprint` on every finding of the file (in document order, which the core guarantees). */
export function fingerprintFile(file: FileReport): void {
  const seen = new Map<string, number>();
  for (const finding of file.findings) {
    const key = `${finding.rule}\u0000${normaliseFlagged(finding.snippet)}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    finding.fingerprint = createHash('sha256').update(`${key}\u0000${rank}`).digest('hex').slice(0, 24);
  }
}

/** The path a baseline stores for a report path: relative to the baseline's folder, with '/'. */
export function baselinePath(reportPath: string, cwd: string, baselineFile: string): string {
  const absolute = resolve(cwd, reportPath);
  const rel = relative(dirname(resolve(cwd, baselineFile)), absolute);
  return (isAbsolute(rel) ? absolute : rel).split(sep).join('/');
}

export function buildBaseline(files: readonly FileReport[], cwd: string, baselineFile: string): BaselineFile {
  const byPath = new Map<string, { rule: string; fingerprint: string }[]>();
  for (const file of files) {
    if (file.findings.length === 0) continue;
    const key = baselinePath(file.path, cwd, baselineFile);
    const list = byPath.get(key) ?? [];
    for (const f of file.findings) list.push({ rule: f.rule, fingerprint: f.fingerprint! });
    byPath.set(key, list);
  }
  const out: BaselineFile = { tool: 'onrecord', format: BASELINE_FORMAT, files: {} };
  for (const path of [...byPath.keys()].sort()) {
    out.files[path] = byPath
      .get(path)!
      .sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  }
  return out;
}

/** Two-space JSON with one entry per line, ending in a newline: stable under review. */
export function serialiseBaseline(baseline: BaselineFile): string {
  const files = Object.entries(baseline.files).map(
    ([path, entries]) => `    ${JSON.stringify(path)}: [\n${entries.map((e) => `      ${JSON.stringify(e)}`).join(',\n')}\n    ]`,
  );
  const body = files.length > 0 ? `{\n${files.join(',\n')}\n  }` : '{}';
  return `{\n  "tool": "onrecord",\n  "format": ${baseline.format},\n  "files": ${body}\n}\n`;
}

/** Reads a baseline; throws an Error whose message names the problem (the caller adds the file). */
export function readBaseline(path: string): BaselineFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(ioReason(error));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new Error(`not a baseline file: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const b = data as Partial<BaselineFile> | null;
  if (!b || typeof b !== 'object' || b.tool !== 'onrecord' || typeof b.files !== 'object' || b.files === null) {
    throw new Error('not an onrecord baseline (expected {"tool": "onrecord", "format": 1, "files": {…}})');
  }
  if (b.format !== BASELINE_FORMAT) throw new Error(`baseline format ${String(b.format)} is not supported (this version writes ${BASELINE_FORMAT}); write it again`);
  for (const [path, entries] of Object.entries(b.files)) {
    if (!Array.isArray(entries) || entries.some((e) => !e || typeof e.rule !== 'string' || typeof e.fingerprint !== 'string')) {
      throw new Error(`entry for "${path}" is not a list of {"rule", "fingerprint"}`);
    }
  }
  return b as BaselineFile;
}

/** Drops the findings the baseline knows; returns how many were dropped. */
export function applyBaseline(files: FileReport[], baseline: BaselineFile, cwd: string, baselineFile: string): number {
  let known = 0;
  for (const file of files) {
    const entries = baseline.files[baselinePath(file.path, cwd, baselineFile)];
    if (!entries || file.findings.length === 0) continue;
    const fingerprints = new Set(entries.map((e) => `${e.rule}\u0000${e.fingerprint}`));
    const before = file.findings.length;
    file.findings = file.findings.filter((f) => !fingerprints.has(`${f.rule}\u0000${f.fingerprint}`));
    known += before - file.findings.length;
  }
  return known;
}
