// Spans (STYLE habit 3): [start, end) in UTF-16 code units of the original text, exact at the
// edges of the document, next to emoji and with CRLF line ends; lines and columns only at the
// edges, through LineIndex.
import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { analyse, LineIndex, type DocumentFormat, type Finding } from '../../server/src/core/index';
import { commonPrefixLength, commonSuffixLength, detach } from '../../server/src/core/span';

const FORMATS: DocumentFormat[] = ['markdown', 'plaintext'];

function spans(text: string, format: DocumentFormat): Array<[string, string]> {
  return analyse(text, { format }).findings.map((f) => [f.rule, text.slice(f.start, f.end)]);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** No offset of a finding, its related locations or its fix edits falls inside a surrogate pair. */
function assertWholeCodePoints(text: string, findings: readonly Finding[]): void {
  const offsets = findings.flatMap((f) => [f.start, f.end, ...f.related.flatMap((r) => [r.start, r.end]), ...f.fixes.flatMap((x) => x.edits.flatMap((e) => [e.start, e.end]))]);
  for (const at of offsets) {
    assert.ok(!(at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))), `offset ${at} splits a surrogate pair`);
  }
}

describe('span edges', () => {
  for (const format of FORMATS) {
    test(`${format}: a finding at offset 0 and one at the very end of text with no final newline`, () => {
      const text = 'Sources said the ferry would stop after TK';
      const findings = analyse(text, { format }).findings;
      assert.equal(findings[0].start, 0);
      assert.equal(text.slice(findings[0].start, findings[0].end), 'Sources');
      const tk = findings.find((f) => f.rule === 'tk-placeholder');
      assert.ok(tk);
      assert.equal(tk.end, text.length);
    });

    test(`${format}: CRLF line ends never enter a span`, () => {
      const text = 'Ferry ends\r\n\r\nThe ferry will stop in May, sources said.\r\n\r\nCouncillor Jo Brennan claimed the audit was wrong.\r\n\r\nThe ferry ran for TK\r\n';
      assert.deepEqual(spans(text, format), [
        ['bare-source', 'sources'],
        ['anonymity-unexplained', 'sources'],
        // Plain text reads "Ferry ends" as the headline, so "sources said" opens the story.
        ...(format === 'plaintext' ? [['anonymous-lede', 'sources']] : []),
        ['loaded-attribution-verb', 'claimed'],
        ['tk-placeholder', 'TK'],
      ]);
      for (const s of analyse(text, { format }).model.sentences) assert.ok(!/[\r\n]$/.test(text.slice(s.start, s.end)), 'sentence ends before CR');
    });

    test(`${format}: emoji and ZWJ sequences next to flagged words`, () => {
      const text = 'The Velmar regime🔥 banned rallies 👩‍👩‍👧.\n\nCouncillor Jo Brennan 🚢claimed the audit was wrong.\n\n“We have nothing left after dark, nothing at all.”🚢\n';
      const found = spans(text, format);
      assert.deepEqual(found, [
        ['contentious-label', 'regime'],
        ['loaded-attribution-verb', 'claimed'],
        ['orphan-quote', '“We have nothing left after dark, nothing at all.”'],
      ]);
      assertWholeCodePoints(text, analyse(text, { format }).findings);
    });
  }

  test('emoji before a source at the start of a sentence stay out of the span', () => {
    assert.deepEqual(spans('🚨 Sources said the ferry will stop in May.\n', 'markdown'), [
      ['bare-source', 'Sources'],
      ['anonymity-unexplained', 'Sources'],
    ]);
  });

  test('offsets are those of the original text, not of the masked prose', () => {
    const text = '---\nstage: edit\n---\n# Ferry **ends**\n\nThe `old` ferry will stop, [sources](https://example.org) said.\n';
    const findings = analyse(text, { format: 'markdown' }).findings;
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['sources', 'sources'],
    );
  });
});

describe('LineIndex', () => {
  test('1-based lines and UTF-16 columns; CR counts as a column of its line', () => {
    const text = 'a🚢b\r\nsecond\n\nfourth';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.position(0), { line: 1, column: 1 });
    assert.deepEqual(lines.position(text.indexOf('b')), { line: 1, column: 4 }, 'the emoji is two code units');
    assert.deepEqual(lines.position(text.indexOf('\r')), { line: 1, column: 5 });
    assert.deepEqual(lines.position(text.indexOf('second')), { line: 2, column: 1 });
    assert.deepEqual(lines.position(text.indexOf('fourth') + 2), { line: 4, column: 3 });
    assert.deepEqual(lines.position(text.length), { line: 4, column: 7 }, 'the end of the text is a position');
    assert.equal(lines.lineStart(2), text.indexOf('second'));
    assert.equal(lines.lineStart(99), text.indexOf('fourth'), 'clamped to the last line');
  });
});

describe('commonPrefixLength and commonSuffixLength', () => {
  const naivePrefix = (a: string, b: string) => {
    let i = 0;
    while (i < Math.min(a.length, b.length) && a[i] === b[i]) i++;
    return i;
  };
  const naiveSuffix = (a: string, b: string, prefix: number) => {
    let i = 0;
    while (i < Math.min(a.length, b.length) - prefix && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
    return i;
  };

  it('agree with a character-by-character comparison, edits anywhere in long and short texts', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const base = 'Officials said the council 😀 would vote. '.repeat(400);
    for (let round = 0; round < 200; round++) {
      const a = base.slice(0, Math.floor(rand() * base.length));
      const at = Math.floor(rand() * (a.length + 1));
      const cut = Math.floor(rand() * 20);
      const b = round % 5 === 0 ? a : a.slice(0, at) + ['x', '', 'said', '\n\n', '\uD83D'][round % 5] + a.slice(Math.min(a.length, at + cut));
      const prefix = commonPrefixLength(a, b);
      assert.equal(prefix, naivePrefix(a, b), `round ${round} prefix`);
      assert.equal(commonSuffixLength(a, b, prefix), naiveSuffix(a, b, prefix), `round ${round} suffix`);
    }
    assert.equal(commonPrefixLength('', 'abc'), 0);
    assert.equal(commonSuffixLength('aaaa', 'aa', 2), 0, 'head and tail do not overlap');
    assert.equal(commonSuffixLength('abcabc', 'abc'), 3);
  });
});

describe('detach', () => {
  it('gives an equal string, short or long, one-byte or not', () => {
    const draft = `Officials said on Tuesday that the “bridge” will cost ${'more '.repeat(50)}than planned. Naïve élite.`;
    for (const [from, to] of [[0, 0], [0, 5], [0, 13], [10, 60], [40, draft.length], [0, draft.length]]) {
      const piece = draft.slice(from, to);
      assert.equal(detach(piece), piece);
    }
  });
});
