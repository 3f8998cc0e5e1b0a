// Suppression comments (DESIGN §1, §5): next-line, range and file forms, rule lists, and the
// reason after `--` that the standards desk audits.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, type DocumentFormat } from '../../server/src/core/index';

function lint(text: string, format: DocumentFormat = 'markdown') {
  return analyse(text, { format });
}

/** Rules reported on the line that contains `phrase`. */
function rulesOn(text: string, phrase: string, format: DocumentFormat = 'markdown'): string[] {
  const at = text.indexOf(phrase);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  return lint(text, format)
    .findings.filter((f) => f.start >= lineStart && f.start < lineEnd)
    .map((f) => f.rule)
    .sort();
}

/** Three bare sources the model keeps apart (each draws bare-source and anonymity-unexplained). */
const BARE = 'The ferry will stop in May, sources said.';
const JUNE = 'A source said the ferry would stop in June.';
const JULY = 'Two sources said the ferry would stop in July.';

describe('disable-next-line', () => {
  test('silences the named rules on the next line only', () => {
    const text = `<!-- onrecord-disable-next-line bare-source -- desk approved -->\n${BARE}\n${JUNE}\n`;
    assert.deepEqual(rulesOn(text, 'in May'), ['anonymity-unexplained']);
    assert.deepEqual(rulesOn(text, 'in June'), ['anonymity-unexplained', 'bare-source']);
  });

  test('several rules, separated by spaces or commas', () => {
    for (const list of ['bare-source anonymity-unexplained', 'bare-source, anonymity-unexplained']) {
      const text = `<!-- onrecord-disable-next-line ${list} -- desk approved -->\n${BARE}\n`;
      assert.deepEqual(rulesOn(text, 'in May'), [], list);
    }
  });

  test('no rule named: every rule is silenced', () => {
    const text = `<!-- onrecord-disable-next-line -- desk approved -->\n${BARE}\n`;
    assert.deepEqual(rulesOn(text, 'in May'), []);
  });

  test('the parsed suppression: kind, rules, reason, the region it covers', () => {
    const text = `Intro.\n\n<!-- onrecord-disable-next-line bare-source -- two board members, known to the editor -->\n${BARE}\n`;
    const [s] = lint(text).suppressions;
    assert.equal(s.kind, 'disable-next-line');
    assert.deepEqual(s.rules, ['bare-source']);
    assert.equal(s.reason, 'two board members, known to the editor');
    assert.equal(text.slice(s.start, s.end), '<!-- onrecord-disable-next-line bare-source -- two board members, known to the editor -->');
    assert.equal(text.slice(s.from, s.to), `${BARE}\n`);
  });
});

describe('disable … enable ranges and disable-file', () => {
  test('a range silences until the matching enable', () => {
    const text = `<!-- onrecord-disable bare-source -- desk approved -->\n${BARE}\n\n${JULY}\n<!-- onrecord-enable bare-source -->\n\n${JUNE}\n`;
    assert.deepEqual(rulesOn(text, 'in May'), ['anonymity-unexplained']);
    assert.deepEqual(rulesOn(text, 'in July'), ['anonymity-unexplained']);
    assert.deepEqual(rulesOn(text, 'in June'), ['anonymity-unexplained', 'bare-source']);
  });

  test('a range with no enable runs to the end; an enable with no rules closes every range', () => {
    const open = `Intro.\n\n<!-- onrecord-disable bare-source -- desk approved -->\n${BARE}\n`;
    assert.deepEqual(rulesOn(open, 'in May'), ['anonymity-unexplained']);
    const closed = `<!-- onrecord-disable bare-source -- ok -->\n<!-- onrecord-disable anonymity-unexplained -- ok -->\n${BARE}\n<!-- onrecord-enable -->\n\n${JUNE}\n`;
    assert.deepEqual(rulesOn(closed, 'in May'), []);
    assert.deepEqual(rulesOn(closed, 'in June'), ['anonymity-unexplained', 'bare-source']);
  });

  test('disable-file silences the rule everywhere, even before the comment', () => {
    const text = `${BARE}\n\n<!-- onrecord-disable-file bare-source -- wire copy, sourcing checked by the agency -->\n\n${JUNE}\n`;
    assert.deepEqual(rulesOn(text, 'in May'), ['anonymity-unexplained']);
    assert.deepEqual(rulesOn(text, 'in June'), ['anonymity-unexplained']);
  });

  test('plain-text drafts take the same comments', () => {
    const text = `<!-- onrecord-disable-next-line bare-source -- desk approved -->\n${BARE}\n`;
    assert.deepEqual(rulesOn(text, 'in May', 'plaintext'), ['anonymity-unexplained']);
  });
});

describe('reasons', () => {
  test('no "--", or nothing after it, is no reason; dashes inside a reason are kept', () => {
    const text = [
      '<!-- onrecord-disable-next-line bare-source -->',
      'One.',
      '<!-- onrecord-disable-next-line bare-source --   -->',
      'Two.',
      '<!-- onrecord-disable-next-line bare-source -- agreed with the desk -- see memo -->',
      'Three.',
      '',
    ].join('\n');
    assert.deepEqual(
      lint(text).suppressions.map((s) => s.reason),
      [null, null, 'agreed with the desk -- see memo'],
    );
  });

  test('a suppression without a reason still silences, and is itself reported', () => {
    const text = `<!-- onrecord-disable-next-line bare-source anonymity-unexplained -->\n${BARE}\n`;
    const { findings } = lint(text);
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['suppression-without-reason'],
    );
    const [fix] = findings[0].fixes;
    assert.equal(fix.safe, false);
    const at = text.indexOf(' -->');
    assert.deepEqual(fix.edits, [{ start: at, end: at, text: ' -- [TK: reason]' }]);
  });

  test('suppression-without-reason cannot be silenced by a suppression', () => {
    const text = '<!-- onrecord-disable-file suppression-without-reason -->\nCopy.\n';
    assert.deepEqual(
      lint(text).findings.map((f) => f.rule),
      ['suppression-without-reason'],
    );
  });

  test('an enable comment needs no reason', () => {
    const text = '<!-- onrecord-disable bare-source -- ok -->\nCopy.\n<!-- onrecord-enable bare-source -->\n';
    assert.deepEqual(lint(text).findings, []);
  });

  test('other HTML comments are not suppressions', () => {
    assert.deepEqual(lint(`<!-- note to the desk: check the ferry dates -->\n${BARE}\n`).suppressions, []);
  });
});
