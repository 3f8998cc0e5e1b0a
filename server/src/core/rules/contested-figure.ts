import type { Figure } from '../attribution/model';
import { isConsequential } from '../attribution/figures';
import { defineRule } from '../rule';
import { insertFix, sentenceEnd, tk } from './common';

export default defineRule({
  meta: {
    id: 'contested-figure',
    family: 'numbers',
    title: 'Disputed figure without both sides and a verification note',
    description: 'Flags a figure the draft itself shows to be disputed: conflicting figures for the same quantity from different sources, or a figure near a dispute marker ("denied", "overestimated", "put the figure at"). Satisfied when each figure is attributed to its owner and a verification clause is present. Related locations point at every conflicting figure and the dispute.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['Reuters', 'AP', 'BBC'],
    rationale: 'Reuters and AP: when figures conflict, give each with its source and say what could not be verified; BBC: report disputed statistics with both sides and their provenance.',
  },
  check(doc, _options, report) {
    const verified = doc.lexicons.verificationPhrases.test(doc.prose.masked);
    const { figures } = doc;
    // Conflicts go both ways, so a figure already seen belongs to a cluster already reported.
    const seen = new Uint8Array(figures.length);
    for (let index = 0; index < figures.length; index++) {
      const figure = figures[index];
      if (seen[index] || (figure.disputes.length === 0 && figure.conflictsWith.length === 0)) continue;
      if (figure.conflictsWith.length === 0 && !isConsequential(figure)) continue;
      // One finding per cluster of conflicting figures, on the first.
      seen[index] = 1;
      const cluster = [index];
      for (let k = 0; k < cluster.length; k++) {
        for (const j of figures[cluster[k]].conflictsWith) {
          if (seen[j]) continue;
          seen[j] = 1;
          cluster.push(j);
        }
      }
      const members = cluster.sort((a, b) => a - b).map((i) => figures[i]);
      const attributed = members.every((f) => f.attribution !== null);
      if (attributed && verified) continue;
      const disputes = uniqueSpans(members.map((f) => f.disputes));
      const missing = [!attributed && 'an owner for every figure', !verified && 'a verification note'].filter(Boolean).join(' and ');
      report({
        span: figure,
        message: `Figure "${figure.text}" is disputed in this story${members.length > 1 ? ` (${members.length} figures for the same quantity)` : ''}: it needs ${missing}.`,
        related: [
          ...members.filter((f) => f !== figure).map((f: Figure) => ({ start: f.start, end: f.end, message: `conflicting figure: ${f.text}` })),
          ...disputes.map((d) => ({ start: d.start, end: d.end, message: `dispute: ${doc.text.slice(d.start, d.end)}` })),
        ],
        fixes: [
          insertFix(
            'Give the other side and a verification note',
            sentenceEnd(doc, figure.start),
            ` ${tk('the other party')} put the figure at ${tk('figure')}. ${tk('outlet')} could not independently verify either figure.`,
          ),
        ],
      });
    }
  },
});

/**
 * The spans of the lists, in order, each once. A cluster's figures share most of their disputes,
 * so numbers serve as keys where they can (a string per span was half of this rule's time).
 */
function uniqueSpans<T extends { start: number; end: number }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<number | string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const s of list) {
      const k = s.start < 2 ** 26 && s.end - s.start < 2 ** 26 ? s.start * 2 ** 26 + (s.end - s.start) : `${s.start}:${s.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}
