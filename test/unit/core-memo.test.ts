// Sentence memos: a sentence read once is shifted, not re-read, when it moves; forgetting them
// (the benchmark's first-check passes) makes the next analysis read every sentence again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgetSentenceMemos, SentenceMemo } from '../../server/src/core/attribution/memo';

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

  it('drops everything when full, then fills again', () => {
    const memo = new SentenceMemo(shift, 2);
    let reads = 0;
    const read = () => (reads++, { at: 0 });
    for (const key of ['a', 'b', 'c', 'a']) memo.get(key, 0, read);
    assert.equal(reads, 4);
  });
});
