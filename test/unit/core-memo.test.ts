// Sentence memos: a sentence read once is shifted, not re-read, when it moves; forgetting them
// (the benchmark's first-check passes) makes the next analysis read every sentence again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endSentenceMemos, forgetSentenceMemos, SentenceMemo } from '../../server/src/core/attribution/memo';
import { beginDocument } from '../../server/src/core/lexicon/matcher';

describe('SentenceMemo', () => {
  const shift = (v: { at: number }, delta: number) => ({ at: v.at + delta });

  it('computes once per key and shifts the stored value to a new base', () => {
    const memo = new SentenceMemo(shift);
    let reads = 0;
    const read = (at: number) => () => (reads++, { at });
    assert.deepEqual(memo.get('He said so.', 10, read(12)), { at: 12 });
    assert.deepEqual(memo.get('He said so.', 30, read(99)), { at: 32 });
    assert.equal(reads, 1);
  });

  it('reads again after forgetSentenceMemos', () => {
    const memo = new SentenceMemo(shift);
    let reads = 0;
    const read = () => (reads++, { at: 0 });
    memo.get('She said so.', 0, read);
    forgetSentenceMemos();
    memo.get('She said so.', 0, read);
    assert.equal(reads, 2);
  });

  it('carries values by position from the analysis before, and not once that analysis has ended', () => {
    const memo = new SentenceMemo(shift);
    let reads = 0;
    const read = (at: number) => () => (reads++, { at });
    const before = `${'x'.repeat(2_000)} He said so. ${'y'.repeat(2_000)}`;
    const after = `z${before}`;
    beginDocument();
    assert.deepEqual(memo.getAt(before, 2_001, 2_012, '', 2_001, read(2_004)), { at: 2_004 });
    beginDocument();
    // Past the edit: the value is the one stored by position, shifted, not read again.
    assert.deepEqual(memo.getAt(after, 2_002, 2_013, '', 2_002, read(-1)), { at: 2_005 });
    assert.equal(reads, 1);
    endSentenceMemos();
    assert.equal((memo as unknown as { carry: { last: unknown } }).carry.last, null);
    // The next analysis still carries from this one.
    beginDocument();
    assert.deepEqual(memo.getAt(`z${after}`, 2_003, 2_014, '', 2_003, read(-1)), { at: 2_006 });
    assert.equal(reads, 1);
  });

  it('drops everything when full, then fills again', () => {
    const memo = new SentenceMemo(shift, { limit: 2 });
    let reads = 0;
    const read = () => (reads++, { at: 0 });
    for (const key of ['a', 'b', 'c', 'a']) memo.get(key, 0, read);
    assert.equal(reads, 4);
  });

  it('hands each value it computes, and only those, to its detach function before keeping it', () => {
    const detached: Array<{ at: number; text: string }> = [];
    const memo = new SentenceMemo((v: { at: number; text: string }, delta: number) => ({ at: v.at + delta, text: v.text }), {
      limit: 10,
      detachValue: (v) => {
        v.text = `${v.text}`;
        detached.push(v);
      },
    });
    const first = memo.get('An official said the plan was late.', 0, () => ({ at: 3, text: 'An official said' }));
    memo.get('An official said the plan was late.', 40, () => ({ at: 0, text: 'never read' }));
    memo.get('A second official agreed.', 50, () => ({ at: 52, text: 'A second official' }));
    assert.deepEqual(detached, [first, { at: 52, text: 'A second official' }]);
  });
});
