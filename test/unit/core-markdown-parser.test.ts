// The project's Markdown parser takes two shortcuts over lezer's GFM parser: the bare-URL
// extension is asked only where a URL or e-mail address can start, and a leaf with no character
// that can open an inline element skips the inline pass. Both must leave the tree unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Autolink, parser as commonMark, Strikethrough, Table, TaskList } from '@lezer/markdown';
import { parser } from '../../server/src/core/prose/markdown';

const gfm = commonMark.configure([Table, TaskList, Strikethrough, Autolink]);

/** Leaves that exercise every inline parser, and plain ones that must still parse as before. */
const LEAVES = [
  'The council said the bridge would cost 40 million dollars.',
  'A line with two trailing spaces  \nthen a hard break.',
  'A backslash hard break\\\nhere, and an escaped \\*star\\*.',
  'Entities: &amp; &copy; &#8212; and a bare & sign.',
  'Code `inline` and ``double `tick` code``.',
  'HTML <span class="x">tag</span> and <!-- a comment --> inline.',
  'Emphasis *one*, __two__, and snake_case_words.',
  'A [link](https://example.org/a "title") and ![an image](pic.png).',
  'A [reference link][ref] and a bare ] bracket.\n\n[ref]: https://example.org/ref',
  'Strikethrough ~~gone~~ and a single ~ tilde.',
  'Bare URLs: www.example.org/path, https://example.org/x?y=1, http://a.b',
  'Mail a.reporter+desk@example.org or mailto:desk@example.org or xmpp:desk@example.org/home.',
  'No URL here: the www of it, http without slashes, an @ alone, mailto without colon.',
  'Word characters right up to an at sign: abc@ and a.b-c@example',
  'A tab\there and a single trailing space \nbefore a newline.',
  '| Project | Cost |\n| --- | --- |\n| Bridge *new* | $40 million |\n| Road | [TK] |',
  '- [ ] a task\n- [x] done with `code`\n- plain item',
  '> Quoted plain line\n> and one with *emphasis*',
  '# Heading with **bold**\n\nSetext heading\n==============',
  '"Plain quote," said Mayor Tom Okafor. It cost 12 percent more.',
];

describe('Markdown parser shortcuts', () => {
  for (const [i, leaf] of LEAVES.entries()) {
    it(`parses leaf ${i} as lezer's GFM parser does`, () => {
      assert.equal(parser.parse(leaf).toString(), gfm.parse(leaf).toString());
    });
  }

  it('parses all the leaves as one document as lezer does', () => {
    const doc = LEAVES.join('\n\n');
    assert.equal(parser.parse(doc).toString(), gfm.parse(doc).toString());
  });

  it('still finds inline elements (the shortcut is not skipping everything)', () => {
    assert.match(parser.parse('Emphasis *one* here.').toString(), /Emphasis\(EmphasisMark,EmphasisMark\)/);
    assert.match(parser.parse('Mail desk@example.org today.').toString(), /URL/);
  });
});
