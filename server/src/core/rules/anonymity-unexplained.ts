import { defineRule } from '../rule';
import { anonymousSources, insertFix, quoteWords, tk } from './common';

export default defineRule({
  meta: {
    id: 'anonymity-unexplained',
    family: 'anonymous-sourcing',
    title: 'Anonymous source without a reason for anonymity',
    description: 'Flags an anonymous source when neither its sentence, the next one, nor another sentence of the paragraph about the same source says why anonymity was granted. The bare "not authorized to speak" formula is reported at information level.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['AP', 'NYT', 'NPR', 'SPJ'],
    rationale: 'AP, NYT and NPR require the story to tell readers why the source was granted anonymity; SPJ: "always consider sources\' motives before promising anonymity".',
    options: {
      acceptBoilerplate: { type: 'boolean', default: false, description: 'Accept "not authorized to speak publicly" as a reason without reporting it.' },
    },
  },
  check(doc, options, report) {
    for (const { source, mention } of anonymousSources(doc)) {
      const reason = source.anonymous!.reason;
      if (reason && (!reason.boilerplate || options.acceptBoilerplate)) continue;
      // Mend the punctuation around the insertion: no ",," before a comma, none before a stop.
      const next = doc.text.slice(mention.end).match(/^["”’]?\s*(.)/)?.[1] ?? '';
      const closing = next === ',' || next === '.' || next === ';' || next === '' ? '' : ',';
      const fix = insertFix('Say why anonymity was granted', mention.end, `, who spoke on condition of anonymity because ${tk('reason')}${closing}`);
      if (reason?.boilerplate) {
        report({
          span: mention,
          severity: 'information',
          message: `Anonymous source "${quoteWords(doc, mention)}" is explained only by the "not authorized to speak" formula: say why this source needed anonymity.`,
          related: [{ start: reason.span.start, end: reason.span.end, message: 'boilerplate reason' }],
          fixes: [fix],
        });
        continue;
      }
      report({
        span: mention,
        message: `Unnamed source "${quoteWords(doc, mention)}" gives no reason for anonymity.`,
        fixes: [fix],
      });
    }
  },
});
