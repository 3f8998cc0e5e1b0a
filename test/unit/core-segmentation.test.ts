// Prose segments (DESIGN §3): what the reporter wrote, with offsets into the original; code,
// HTML, URLs and front matter skipped; news furniture recognised.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, type DocumentFormat } from '../../server/src/core/index';

function model(text: string, format: DocumentFormat = 'markdown') {
  return analyse(text, { format }).model;
}

/** The text of each block, with its kind. */
function blocks(text: string, format: DocumentFormat = 'markdown'): Array<[string, string]> {
  return model(text, format).prose.blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

/** Whether every character of `phrase` (first occurrence) survives in the masked prose. */
function isProse(text: string, phrase: string, format: DocumentFormat = 'markdown'): boolean {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `test text lacks ${phrase}`);
  return model(text, format).prose.masked.slice(at, at + phrase.length) === phrase;
}

describe('Markdown segmentation', () => {
  test('the masked text keeps the length and line breaks of the original', () => {
    const text = '---\nstage: draft\n---\n# Title\n\n```\ncode\n```\n\nSome `code` and <b>tags</b>.\n';
    const masked = model(text).prose.masked;
    assert.equal(masked.length, text.length);
    assert.deepEqual([...masked].map((c, i) => (c === '\n') === (text[i] === '\n')).every(Boolean), true);
  });

  test('fenced and indented code, inline code and HTML blocks are not prose', () => {
    const text = [
      'The board met on Thursday.',
      '',
      '```',
      'fenced sources said',
      '```',
      '',
      '    indented sources said',
      '',
      'Inline `inline sources said` here.',
      '',
      '<div>',
      'html block sources said',
      '</div>',
      '',
    ].join('\n');
    assert.ok(isProse(text, 'The board met on Thursday.'));
    for (const phrase of ['fenced sources said', 'indented sources said', 'inline sources said', 'html block sources said']) {
      assert.equal(isProse(text, phrase), false, phrase);
    }
    assert.deepEqual(blocks(text).map(([kind]) => kind), ['paragraph', 'paragraph']);
  });

  test('URLs, link destinations and titles are skipped; link text is prose', () => {
    const text = 'Read [the harbour minutes](https://example.org/minutes "Board minutes") or <https://example.org/raw>.\n';
    assert.ok(isProse(text, 'the harbour minutes'));
    assert.equal(isProse(text, 'https://example.org/minutes'), false);
    assert.equal(isProse(text, 'Board minutes'), false);
    assert.equal(isProse(text, 'https://example.org/raw'), false);
  });

  test('HTML comments are masked but kept for suppressions', () => {
    const text = 'Copy here.\n\n<!-- onrecord-disable-next-line bare-source -- desk approved -->\nSources said so.\n';
    const m = model(text);
    assert.equal(isProse(text, 'onrecord-disable-next-line'), false);
    assert.equal(m.prose.comments.length, 1);
    assert.equal(m.prose.comments[0].body.trim(), 'onrecord-disable-next-line bare-source -- desk approved');
    assert.equal(m.suppressions.length, 1);
  });

  test('front matter is skipped, and its stage, genre and onrecord keys configure the document', () => {
    const text = '---\nstage: publish\ngenre: analysis\nonrecord:\n  rules:\n    vague-quantity: "off"\n---\n# Title\n\nSeveral dozen residents came.\n';
    const m = model(text);
    assert.ok(m.prose.frontMatter);
    assert.equal(m.prose.frontMatter.start, 0);
    assert.equal(text.slice(m.prose.frontMatter.end - 4, m.prose.frontMatter.end), '---\n');
    assert.equal(isProse(text, 'stage: publish'), false);
    assert.equal(m.config.stage, 'publish');
    assert.equal(m.config.genre, 'analysis');
    assert.equal(m.config.rules['vague-quantity'].severity, 'off');
    assert.equal(analyse(text, { format: 'markdown' }).findings.filter((f) => f.rule === 'vague-quantity').length, 0);
  });

  test('bad front matter is a problem, never a crash', () => {
    const result = analyse('---\nstage: sometime\n---\nCopy.\n', { format: 'markdown' });
    assert.equal(result.model.config.stage, 'edit');
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /stage/);
  });

  test('block quotes are quoted material, list items and table cells are blocks', () => {
    const text = '> "We kept it running," Ilves said.\n\n- Item one, the board said.\n\n| Who | Said |\n| --- | --- |\n| Board | so |\n';
    const m = model(text);
    const quoted = m.prose.blocks.find((b) => b.quoted);
    assert.ok(quoted);
    assert.equal(text.slice(quoted.start, quoted.end), '"We kept it running," Ilves said.');
    assert.ok(m.quotes.some((q) => q.blockQuote && q.start === quoted.start && q.end === quoted.end));
    assert.deepEqual(blocks(text).map(([kind]) => kind), ['paragraph', 'list-item', 'table-cell', 'table-cell', 'table-cell', 'table-cell']);
  });

  test('the first H1 is the headline, later headings are headings', () => {
    const text = '# Board ends ferry\n\nCopy.\n\n## What next\n\n# Second H1\n';
    assert.deepEqual(blocks(text), [
      ['headline', '# Board ends ferry'],
      ['paragraph', 'Copy.'],
      ['heading', '## What next'],
      ['heading', '# Second H1'],
    ]);
  });

  test('a "Headline:" line is a headline, its label masked', () => {
    const text = 'Headline: Board ends night ferry\n\nThe board voted on Thursday.\n';
    assert.equal(blocks(text)[0][0], 'headline');
    assert.equal(isProse(text, 'Headline:'), false);
    assert.ok(isProse(text, 'Board ends night ferry'));
  });

  test('byline, agency trailer and caption are recognised', () => {
    const text = '# Title\n\nBy Nadia Osei and Tom Wyatt\n\nThe board voted.\n\nPhoto: The last ferry leaves Gull Island.\n\n(Reporting by Nadia Osei; Editing by Tom Wyatt)\n';
    assert.deepEqual(blocks(text).map(([kind]) => kind), ['headline', 'byline', 'paragraph', 'caption', 'trailer']);
  });

  test('datelines are found and masked: agency in brackets with colon, date and agency with dash', () => {
    for (const [text, dateline] of [
      ['MOSCOW (Sputnik): The ministry said on Sunday that talks would resume.\n', 'MOSCOW (Sputnik): '],
      ['WASHINGTON, Aug 29 (Reuters) - The senator said the bill would pass.\n', 'WASHINGTON, Aug 29 (Reuters) - '],
      ['PORT ALDER — The harbour board voted on Thursday.\n', 'PORT ALDER — '],
    ]) {
      const m = model(text);
      assert.ok(m.prose.dateline, text);
      assert.equal(text.slice(m.prose.dateline.start, m.prose.dateline.end), dateline);
      assert.equal(isProse(text, dateline.trim()), false, 'dateline masked');
    }
    assert.equal(model('The board voted on Thursday: no ferry.\n').prose.dateline, null);
  });
});

describe('plain-text segmentation', () => {
  test('every line is a paragraph in unwrapped copy, and a short first line is the headline', () => {
    const text = 'Board ends night ferry\n\nPORT ALDER (Ledger): The harbour board voted on Thursday to end the night ferry.\nBoard chair Marta Ilves said the service had lost money.\n';
    const m = model(text, 'plaintext');
    assert.deepEqual(blocks(text, 'plaintext'), [
      ['headline', 'Board ends night ferry'],
      ['paragraph', 'PORT ALDER (Ledger): The harbour board voted on Thursday to end the night ferry.'],
      ['paragraph', 'Board chair Marta Ilves said the service had lost money.'],
    ]);
    assert.ok(m.prose.dateline);
    assert.equal(text.slice(m.prose.dateline.start, m.prose.dateline.end), 'PORT ALDER (Ledger): ');
  });

  test('hard-wrapped copy joins lines into paragraphs at blank lines', () => {
    const para = (day: string) =>
      [
        `The harbour board voted on ${day} to end the night ferry to Gull`,
        'Island after sixty years of service, board chair Marta Ilves said at a',
        'meeting in the town hall that ran late into the evening and drew',
        'islanders from every village on the north shore who had taken the',
        'afternoon boat across to attend it.',
      ].join('\n');
    const text = `${para('Monday')}\n\n${para('Tuesday')}\n\n${para('Friday')}\n`;
    const bs = blocks(text, 'plaintext');
    assert.equal(bs.length, 3);
    assert.ok(bs[0][1].startsWith('The harbour board voted on Monday') && bs[0][1].endsWith('to attend it.'));
    assert.equal(model(text, 'plaintext').sentences.length, 3);
  });

  test('HTML comments in plain text are masked and read for suppressions', () => {
    const text = '<!-- onrecord-disable-file vague-quantity -- no count exists -->\nSeveral dozen islanders came.\n';
    const m = model(text, 'plaintext');
    assert.equal(m.suppressions.length, 1);
    assert.equal(m.suppressions[0].reason, 'no count exists');
    assert.equal(isProse(text, 'onrecord-disable-file', 'plaintext'), false);
  });

  test('Markdown syntax in a .txt draft is prose', () => {
    assert.ok(isProse('Use `code` here, officials said.\n', '`code`', 'plaintext'));
  });
});
