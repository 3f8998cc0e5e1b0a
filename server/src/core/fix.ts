import type { Fix, TextEdit } from './types';

export interface AppliedFixes {
  text: string;
  applied: Fix[];
  /** Fixes left out because they overlap a fix applied before them. */
  skipped: Fix[];
}

function overlapsAny(edit: TextEdit, taken: readonly TextEdit[]): boolean {
  return taken.some((t) => {
    // Two insertions at the same point would make the result depend on order: refuse.
    if (edit.start === edit.end || t.start === t.end) return edit.start <= t.end && t.start <= edit.end;
    return edit.start < t.end && t.start < edit.end;
  });
}

/**
 * Applies fixes that do not overlap one another, earliest first, in one pass.
 * A fix is applied whole or not at all. Running the rules again on the result and applying
 * again is how callers reach a fixed point; each rule's fix removes its own finding.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of ordered) {
    if (fix.edits.length === 0) continue;
    if (fix.edits.some((e) => e.start < 0 || e.end > text.length || e.end < e.start || overlapsAny(e, taken))) {
      skipped.push(fix);
      continue;
    }
    taken.push(...fix.edits);
    applied.push(fix);
  }
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of taken) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += text.slice(at);
  return { text: out, applied, skipped };
}

function firstStart(fix: Fix): number {
  return fix.edits.reduce((min, e) => Math.min(min, e.start), Number.POSITIVE_INFINITY);
}
