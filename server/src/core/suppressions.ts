import type { Span } from './span';
import type { LineIndex } from './span';

export type SuppressionKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Suppression extends Span {
  kind: SuppressionKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason: string | null;
  /** Where a reason would go (just before `-->`), for the fix that adds one. */
  reasonInsertAt: number;
  /** The document region it silences: [from, to). */
  from: number;
  to: number;
}

export interface CommentLike extends Span {
  body: string;
  bodyStart: number;
}

const DIRECTIVE = /^\s*onrecord-(disable-next-line|disable-file|disable|enable)\b([^]*)$/;

/**
 * Reads `<!-- onrecord-disable… RULE -- reason -->` comments. A suppression without a reason
 * still silences (so a reporter is not hit twice) but is itself a finding of
 * `suppression-without-reason`, and every suppression is listed for audit.
 */
export function parseSuppressions(comments: readonly CommentLike[], text: string, lines: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, Suppression>();
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const kind = m[1] as SuppressionKind;
    const rest = m[2];
    const dashes = rest.indexOf('--');
    const rulePart = dashes >= 0 ? rest.slice(0, dashes) : rest;
    const reasonText = dashes >= 0 ? rest.slice(dashes + 2).trim() : '';
    const rules = rulePart
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const bodyEnd = comment.bodyStart + comment.body.length;
    let trimmedEnd = bodyEnd;
    while (trimmedEnd > comment.bodyStart && /\s/.test(text[trimmedEnd - 1])) trimmedEnd--;
    const s: Suppression = {
      start: comment.start,
      end: comment.end,
      kind,
      rules,
      reason: reasonText.length > 0 ? reasonText : null,
      reasonInsertAt: trimmedEnd,
      from: comment.end,
      to: text.length,
    };
    if (kind === 'disable-next-line') {
      const { line } = lines.position(comment.end);
      s.from = lines.lineStart(line + 1);
      s.to = line + 1 < lines.lineCount ? lines.lineStart(line + 2) : text.length;
      if (line >= lines.lineCount) s.from = s.to = text.length;
    } else if (kind === 'disable-file') {
      s.from = 0;
    } else if (kind === 'disable') {
      for (const key of rules.length ? rules : ['*']) open.set(key, s);
    } else {
      s.reason = s.reason ?? '';
      for (const key of rules.length ? rules : ['*']) {
        const opener = open.get(key);
        if (opener) {
          opener.to = comment.start;
          open.delete(key);
        }
      }
      if (rules.length === 0) {
        for (const opener of open.values()) opener.to = Math.min(opener.to, comment.start);
        open.clear();
      }
    }
    out.push(s);
  }
  return out;
}

export function isSuppressed(suppressions: readonly Suppression[], rule: string, at: Span): boolean {
  for (const s of suppressions) {
    if (s.kind === 'enable') continue;
    if (s.rules.length > 0 && !s.rules.includes(rule)) continue;
    if (at.start >= s.from && at.start < s.to) return true;
    if (s.kind === 'disable-file') return true;
  }
  return false;
}
