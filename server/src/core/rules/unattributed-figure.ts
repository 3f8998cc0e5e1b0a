import { isConsequential } from '../attribution/figures';
import { defineRule } from '../rule';
import { beforeFinalPunctuation, insertFix, isFurniture, isHeadline, tk } from './common';

export default defineRule({
  meta: {
    id: 'unattributed-figure',
    family: 'numbers',
    title: 'Figure with no owner',
    description: 'Flags a consequential figure (casualties, crowds, troops, staff, money, votes, percentages…) stated in the writer\'s voice with no attribution in its sentence. Dates, ages, times, addresses and page numbers are exempt.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['AP', 'Reuters', 'BBC'],
    rationale: 'AP and Reuters: numbers that are estimates or claims (death tolls, crowd sizes, costs) must say whose figure they are; BBC: be clear about the source of statistics.',
    options: {
      includeHeadlines: { type: 'boolean', default: false, description: 'Also check headlines and headings, where attribution is usually in the body.' },
    },
  },
  check(doc, options, report) {
    for (const figure of doc.figures) {
      if (figure.attribution !== null || figure.inQuote || !isConsequential(figure)) continue;
      if (isFurniture(doc, figure.start) || (!options.includeHeadlines && isHeadline(doc, figure.start))) continue;
      if (figure.disputes.length > 0 || figure.conflictsWith.length > 0) continue; // contested-figure reports it
      report({
        span: figure,
        message: `Figure "${figure.text}"${figure.noun ? ` (${figure.noun})` : ''} has no source: say whose number it is.`,
        fixes: [insertFix('Attribute the figure', beforeFinalPunctuation(doc, figure.start), `, according to ${tk('source')}`)],
      });
    }
  },
});
