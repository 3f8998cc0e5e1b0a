// Re-parsing an edited draft reuses the old parse tree (the language server re-checks on every
// keystroke). The reused parse must be exactly the fresh one, or findings would depend on history.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgetParses, segmentMarkdown } from '../../server/src/core/prose/markdown';
import { prng as random } from '../../bench/corpus';

const DRAFT = `---
title: Harbour bridge
stage: edit
---

# Harbour bridge runs over budget

By Ana Reis

PORT ALDER, May 2 (Northline) - The council said on Monday that the bridge would cost **$40 million**, according to [its report](https://example.org/r).

"We were told one thing," said Mayor Tom Okafor. A senior official, who spoke on condition of anonymity, said talks would resume.

> Nobody in this building thinks the figures add up.

- Costs rose by 12 percent.
- Work began in \`March\`.

\`\`\`csv
ward,households
north,120
\`\`\`

| Project | Cost |
| --- | --- |
| Bridge | $40 million |

<!-- onrecord-disable-next-line vague-source -- checked with the desk -->
Officials said the audit was late. See www.example.org/audit for details.
`;

const PIECES = ['x', ' ', '\n', '\n\n', '"', '*', '`', '```', '> ', '- ', '# ', '[', '](', ')', '|', '<!--', '-->', 'said', '---\n'];

const fresh = (text: string) => {
  forgetParses();
  return segmentMarkdown(text);
};

describe('incremental Markdown parsing', () => {
  it('gives what a fresh parse gives, edit after edit', () => {
    const rand = random(3);
    let text = DRAFT.repeat(8);
    forgetParses();
    segmentMarkdown(text);
    // Edit after edit, each parse reusing the one before, as in the language server…
    const texts: string[] = [];
    const reused: ReturnType<typeof segmentMarkdown>[] = [];
    for (let edit = 0; edit < 300; edit++) {
      const at = Math.floor(rand() * text.length);
      if (rand() < 0.5) text = text.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + text.slice(at);
      else text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 6)));
      texts.push(text);
      reused.push(segmentMarkdown(text));
    }
    // …then each text parsed from nothing.
    texts.forEach((t, edit) => assert.deepEqual(reused[edit], fresh(t), `edit ${edit}`));
  });

  it('keeps several drafts apart', () => {
    const a = DRAFT;
    const b = DRAFT.replace('# Harbour', 'Harbour');
    forgetParses();
    segmentMarkdown(a);
    segmentMarkdown(b);
    assert.deepEqual(segmentMarkdown(`${a}More.\n`), fresh(`${a}More.\n`));
    assert.deepEqual(segmentMarkdown(`${b}More.\n`), fresh(`${b}More.\n`));
  });
});
