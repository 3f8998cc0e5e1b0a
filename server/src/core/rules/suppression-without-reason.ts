import { defineRule } from '../rule';
import { tk } from './common';

export default defineRule({
  meta: {
    id: 'suppression-without-reason',
    family: 'attribution',
    title: 'Suppression comment without a reason',
    description: 'Flags an onrecord-disable comment with no "-- reason". A standards desk audits suppressions, so each must say why.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['Newsroom practice'],
    rationale: 'A standards editor must be able to see why a sourcing warning was overridden.',
  },
  check(doc, _options, report) {
    for (const s of doc.suppressions) {
      if (s.kind === 'enable' || s.reason !== null) continue;
      report({
        span: s,
        message: `onrecord-${s.kind}${s.rules.length ? ` ${s.rules.join(', ')}` : ''} has no reason: add "-- why".`,
        fixes: [{ title: 'Add a reason', safe: false, edits: [{ start: s.reasonInsertAt, end: s.reasonInsertAt, text: ` -- ${tk('reason')}` }] }],
      });
    }
  },
});
