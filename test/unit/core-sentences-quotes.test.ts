// Sentences (abbreviation-aware, never split inside a continuing quotation) and the quote map
// (straight, curly, single marks told from apostrophes, guillemets, nesting, multi-paragraph,
// unclosed) — DESIGN §3.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, type DocumentFormat } from '../../server/src/core/index';
import { beginDocument, endDocument } from '../../server/src/core/lexicon/matcher';
import { segmentMarkdown } from '../../server/src/core/prose/markdown';
import { findQuotes } from '../../server/src/core/prose/quotes';
import { splitSentences, splitSentencesReusing } from '../../server/src/core/prose/sentences';

function model(text: string, format: DocumentFormat = 'markdown') {
  return analyse(text, { format }).model;
}

function sentences(text: string, format: DocumentFormat = 'markdown'): string[] {
  return model(text, format).sentences.map((s) => text.slice(s.start, s.end));
}

interface QuoteView {
  text: string;
  inner: string;
  mark: string;
  depth: number;
  closed: boolean;
}

function quotes(text: string): QuoteView[] {
  return model(text)
    .quotes.filter((q) => !q.blockQuote)
    .map((q) => ({ text: text.slice(q.start, q.end), inner: text.slice(q.inner.start, q.inner.end), mark: q.mark, depth: q.depth, closed: q.closed }));
}

describe('sentences', () => {
  test('titles, initials, states, months, No. and Inc. do not end a sentence', () => {
    const text = 'Mr. Okafor met Sen. Ruiz of the U.S. Senate on Jan. 4 at 9 a.m. in St. Paul. Dr. Lund of Lindqvist Inc. was there. No. 10 said nothing. The U.N. and Gov. J. R. Marsh agreed.\n';
    assert.deepEqual(sentences(text), [
      'Mr. Okafor met Sen. Ruiz of the U.S. Senate on Jan. 4 at 9 a.m. in St. Paul.',
      'Dr. Lund of Lindqvist Inc. was there.',
      'No. 10 said nothing.',
      'The U.N. and Gov. J. R. Marsh agreed.',
    ]);
  });

  test('a sentence ends at ? and ! and after a closing quotation mark', () => {
    assert.deepEqual(sentences('Will the ferry run? Nobody knows! "It will not," Ilves said. Santos disagreed.\n'), [
      'Will the ferry run?',
      'Nobody knows!',
      '"It will not," Ilves said.',
      'Santos disagreed.',
    ]);
  });

  test('no split inside a quotation that continues', () => {
    assert.deepEqual(sentences('"We will not close the ferry. Not this year. Not ever," Ilves said. "Maybe later."\n'), [
      '"We will not close the ferry. Not this year. Not ever," Ilves said.',
      '"Maybe later."',
    ]);
    assert.deepEqual(sentences('She said: “It ends now. Nobody can stop it.”\n'), ['She said: “It ends now. Nobody can stop it.”']);
  });

  test('sentences never cross paragraphs, and their offsets are trimmed', () => {
    const text = 'First paragraph ends here\n\n  Second paragraph.  \n';
    const m = model(text, 'plaintext');
    assert.deepEqual(
      m.sentences.map((s) => [text.slice(s.start, s.end), s.block]),
      [
        ['First paragraph ends here', 0],
        ['Second paragraph.', 1],
      ],
    );
  });
});

describe('quote map', () => {
  test('straight and curly double quotation marks', () => {
    assert.deepEqual(quotes('"We kept it running," Ilves said. “It was hard,” she added.\n'), [
      { text: '"We kept it running,"', inner: 'We kept it running,', mark: 'double', depth: 0, closed: true },
      { text: '“It was hard,”', inner: 'It was hard,', mark: 'double', depth: 0, closed: true },
    ]);
  });

  test('single marks as quotation marks (UK style) are told apart from apostrophes', () => {
    const text = "‘We will not close it,’ Ilves said of the Joneses' ferry, built in the '90s, which doesn't sail. 'Tis rock 'n' roll. 'It is over,' Santos said.\n";
    assert.deepEqual(
      quotes(text).map((q) => [q.text, q.mark]),
      [
        ['‘We will not close it,’', 'single'],
        ["'It is over,'", 'single'],
      ],
    );
  });

  test('guillemets', () => {
    assert.deepEqual(quotes("«Ce n'est pas fini», said Lise Marchand.\n"), [
      { text: "«Ce n'est pas fini»", inner: "Ce n'est pas fini", mark: 'guillemet', depth: 0, closed: true },
    ]);
  });

  test('nested quotations: the inner one is one level deeper', () => {
    const text = '“When they said ‘the numbers don’t work’, nobody asked,” Santos said. "He called it \'illegal\' twice," Brandt said.\n';
    assert.deepEqual(
      quotes(text).map((q) => [q.text, q.depth]),
      [
        ['“When they said ‘the numbers don’t work’, nobody asked,”', 0],
        ['‘the numbers don’t work’', 1],
        ['"He called it \'illegal\' twice,"', 0],
        ["'illegal'", 1],
      ],
    );
  });

  test('two apostrophes stand for a double mark; inches are not a quotation', () => {
    assert.deepEqual(
      quotes("The ''wire'' style. He bought a 5\" screen.\n").map((q) => q.text),
      ["''wire''"],
    );
  });

  test('a multi-paragraph quotation: open at the paragraph end, continued by a new opening mark', () => {
    const text = '“My father worked the night crossing,” said Rui Santos. “It was the only way home.\n\n“Now those workers will sleep on the mainland.”\n';
    const m = model(text);
    const qs = m.quotes.filter((q) => !q.blockQuote);
    assert.equal(qs.length, 3);
    const [, open, next] = qs;
    assert.equal(text.slice(open.start, open.end), '“It was the only way home.');
    assert.equal(open.closed, false);
    assert.equal(open.end, m.prose.blocks[open.block].end, 'an unclosed quotation runs to the end of its paragraph');
    assert.equal(text.slice(next.start, next.end), '“Now those workers will sleep on the mainland.”');
    assert.ok(next.continues >= 0, 'the next paragraph continues it');
    assert.equal(qs[0].continues, -1);
  });

  test('an unclosed quotation ends with its paragraph', () => {
    const text = 'She said: "It ends now\n\nThe board met later.\n';
    const [q] = quotes(text);
    assert.equal(q.text, '"It ends now');
    assert.equal(q.closed, false);
  });

  test('an unclosed outermost quotation is at depth 0', () => {
    const [q] = quotes('Intro.\n\n“It was the only way home.\n\n“Now they sleep on the mainland.”\n');
    assert.equal(q.depth, 0);
  });

  test('`continues` is the index of the quotation it continues', () => {
    const m = model('Intro.\n\n“He told us ‘no’ and left.\n\n“Then he came back,” Santos said.\n');
    const last = m.quotes[m.quotes.length - 1];
    assert.ok(last.continues >= 0);
    assert.equal(m.quotes[last.continues].start, m.text.indexOf('“He told'));
  });

  test('inQuote and quoteAt find the innermost quotation', () => {
    const text = '“When they said ‘no’, we left,” Santos said.\n';
    const m = model(text);
    const no = text.indexOf('no');
    assert.equal(m.quoteAt(no)?.mark, 'single');
    assert.ok(m.inQuote({ start: no, end: no + 2 }));
    const said = text.indexOf('Santos');
    assert.equal(m.quoteAt(said), undefined);
    assert.equal(m.inQuote({ start: said, end: said + 6 }), false);
  });
});

describe('sentences of a draft split again after an edit', () => {
  test('every bound is what a first split finds, edit after edit, with the blocks the edit left alone taken from the last split', () => {
    const paragraphs = [
      'The council met on Tuesday. Mr. Hale said the vote was close. It passed 5-4.',
      '"We will appeal. The ruling is wrong," the union said. Talks resume at 9 a.m. on Friday.',
      'Officials at the U.S. embassy declined to comment. A spokesperson said "no decision. None at all',
      'Turnout fell. Dr. Okafor, who ran the count, said it was the lowest in a decade.',
    ];
    let text = paragraphs.join('\n\n');
    // Edits that move bounds: a quote mark opened and closed, a full stop, an abbreviation undone.
    const edits: Array<[string, string]> = [
      ['Tuesday.', 'Tuesday,'],
      ['the union said.', 'the union said! Then'],
      ['"no decision.', '"no decision."'],
      ['Mr. Hale', 'Mr Hale'],
      ['Turnout fell.', '"Turnout fell.'],
      ['"Turnout fell.', 'Turnout fell.'],
      ['5-4.', '5-4. Critics objected.'],
    ];
    for (const [from, to] of [['', ''] as [string, string], ...edits]) {
      text = text.replace(from, to);
      beginDocument();
      const prose = segmentMarkdown(text);
      const quotes = findQuotes(prose.masked, prose.blocks);
      const again = splitSentencesReusing(prose.masked, prose.blocks, quotes);
      assert.deepEqual(again, splitSentences(prose.masked, prose.blocks, quotes), `after "${to}"`);
      endDocument();
    }
  });

  test('the same block with other quotations is split again', () => {
    const text = 'He said "the vote. It was close" and left. Nobody stayed.';
    const prose = segmentMarkdown(text);
    const quotes = findQuotes(prose.masked, prose.blocks);
    assert.equal(quotes.length, 1);
    for (const given of [quotes, [], quotes]) {
      beginDocument();
      assert.deepEqual(splitSentencesReusing(prose.masked, prose.blocks, given), splitSentences(prose.masked, prose.blocks, given));
      endDocument();
    }
  });
});
