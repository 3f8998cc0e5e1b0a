import { defineRule } from '../rule';

const TK = /\[\s*TK\b[^\]\n]*\]|(?<![\p{L}\p{N}])TKTK(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])TK(?![\p{L}\p{N}])/gu;

export default defineRule({
  meta: {
    id: 'tk-placeholder',
    family: 'attribution',
    title: 'Unresolved TK placeholder',
    description: 'Flags an unresolved "[TK…]" placeholder ("to come"): material the story still lacks. A hint in the draft stage, a warning in edit, an error in publish.',
    defaultSeverity: 'warning',
    fix: 'none',
    policy: ['Newsroom practice'],
    rationale: 'Copy desks mark missing material "TK"; a story never publishes with one left in.',
  },
  check(doc, _options, report) {
    const masked = doc.prose.masked;
    for (const block of doc.prose.blocks) {
      for (const found of masked.slice(block.start, block.end).matchAll(TK)) {
        const m = { index: block.start + found.index!, 0: found[0] };
        const what = /^\[\s*TK\s*:?\s*([^\]]*)\]$/.exec(m[0])?.[1]?.trim();
        report({
          span: { start: m.index, end: m.index + m[0].length },
          message: what ? `Unresolved placeholder: ${what}.` : 'Unresolved TK placeholder.',
        });
      }
    }
  },
});
