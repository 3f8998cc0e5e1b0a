import { defineRule } from '../rule';

const TK = /\[\s*TK\b[^\]\n]*\]|(?<![\p{L}\p{N}])TKTK(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])TK(?![\p{L}\p{N}])/gu;

export default defineRule({
  meta: {
    id: 'tk-placeholder',
    family: 'attribution',
    title: 'Unresolved TK placeholder',
    description: 'Flags an unresolved "[TK…]" placeholder ("to come"): material the story still lacks, including a suppression reason left as "[TK: reason]" (what the editor\'s "ignore here" action inserts). A hint in the draft stage, a warning in edit, an error in publish.',
    defaultSeverity: 'warning',
    stageSeverity: { draft: 'hint', edit: 'warning', publish: 'error' },
    fix: 'none',
    policy: ['Newsroom practice'],
    rationale: 'Copy desks mark missing material "TK"; a story never publishes with one left in.',
  },
  check(doc, _options, report) {
    const { masked } = doc.prose;
    // Every form has the letters "TK": blocks before the next of them are skipped unread.
    let nextTK = doc.text.indexOf('TK');
    for (const block of doc.prose.blocks) {
      if (nextTK < 0) break;
      if (nextTK < block.start) nextTK = doc.text.indexOf('TK', block.start);
      if (nextTK < 0 || nextTK >= block.end) continue;
      // Read the original text (Markdown may mask the brackets as link marks), but only where
      // the letters TK are prose, not code or a URL.
      for (const found of doc.text.slice(block.start, block.end).matchAll(TK)) {
        const m = { index: block.start + found.index!, 0: found[0] };
        const tkAt = m.index + m[0].indexOf('TK');
        if (masked.slice(tkAt, tkAt + 2) !== 'TK') continue;
        const what = /^\[\s*TK\s*:?\s*([^\]]*)\]$/.exec(m[0])?.[1]?.trim();
        report({
          span: { start: m.index, end: m.index + m[0].length },
          message: what ? `Unresolved placeholder: ${what}.` : 'Unresolved TK placeholder.',
        });
      }
    }
    // Comments are masked out of the prose, but a suppression's reason is audited copy too.
    for (const s of doc.suppressions) {
      if (s.kind === 'enable' || s.reason === null) continue;
      const at = doc.text.lastIndexOf(s.reason, s.reasonInsertAt);
      for (const found of s.reason.matchAll(TK)) {
        const start = at >= 0 ? at + found.index! : s.start;
        report({
          span: at >= 0 ? { start, end: start + found[0].length } : s,
          message: 'Unresolved placeholder in a suppression reason: say why the finding is overridden.',
        });
      }
    }
  },
});
