// Sentence memos: a sentence read once is shifted, not re-read, when it moves; forgetting them
// (the benchmark's first-check passes) makes the next analysis read every sentence again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endSentenceMemos, forgetSentenceMemos, SentenceMemo, useSentenceMemos } from '../../server/src/core/attribution/memo';
import { analyse } from '../../server/src/core';
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

  it('computes every time while memos are off (one-off checks), and keeps nothing from then', () => {
    const memo = new SentenceMemo(shift);
    let reads = 0;
    const read = () => (reads++, { at: 0 });
    useSentenceMemos(false);
    try {
      memo.get('They said so.', 0, read);
      memo.get('They said so.', 0, read);
      beginDocument();
      memo.getAt('They said so.', 0, 13, '', 0, read);
      memo.getByContent('They said so.', 0, 13, '', 0, read);
    } finally {
      useSentenceMemos(true);
    }
    assert.equal(reads, 4);
    // Nothing was stored while off: the first look-up after is a read.
    memo.get('They said so.', 0, read);
    memo.get('They said so.', 0, read);
    assert.equal(reads, 5);
  });

  it('analyse() finds the same with reuse off as with it on, and leaves memos on for the next caller', () => {
    const draft = [
      'A senior official, who spoke on condition of anonymity, said 40 people were hurt.',
      '',
      'Police put the toll at 12. Critics say the figure is "wildly inflated," a source said.',
    ].join('\n');
    const edited = draft.replace('40 people', '41 people');
    const findings = (text: string, reuse: boolean) => analyse(text, { format: 'markdown', reuse }).findings.map((f) => `${f.rule}@${f.start}-${f.end}`);
    const on = [findings(draft, true), findings(edited, true)];
    const off = [findings(draft, false), findings(edited, false)];
    assert.ok(on[0].length > 3, `the draft gives only ${on[0].length} findings`);
    assert.deepEqual(off, on);
    // The default is on: an option-less analysis after a one-off one still memoises.
    const memo = new SentenceMemo(shift);
    let reads = 0;
    analyse(draft, { format: 'markdown' });
    memo.get('We said so.', 0, () => (reads++, { at: 0 }));
    memo.get('We said so.', 0, () => (reads++, { at: 0 }));
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

  it('finds values by position asked for in another order than the analysis before stored them', () => {
    // Sentences of a draft, stored in order, then asked for backwards and out of order after an
    // edit at the start: each must come back for its own place (by position or, where the walk
    // misses it, by content), never another sentence's value.
    const memo = new SentenceMemo(shift);
    const sentences = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} said so. `);
    const text = sentences.join('');
    const starts = sentences.map((_, i) => sentences.slice(0, i).join('').length);
    let reads = 0;
    beginDocument();
    starts.forEach((at, i) => memo.getAt(text, at, at + sentences[i].length, '', at, () => (reads++, { at })));
    assert.equal(reads, 40);
    endSentenceMemos();
    const edited = `X ${text}`;
    const order = [...starts.keys()].reverse();
    order.push(...[7, 31, 2, 19, 19, 38, 0]);
    beginDocument();
    for (const i of order) {
      const at = starts[i] + 2;
      assert.deepEqual(memo.getAt(edited, at, at + sentences[i].length, '', at, () => (reads++, { at: -1 })), { at }, `sentence ${i}`);
    }
    assert.equal(reads, 40, 'nothing read again');
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

  it('keeps apart keys whose hashes collide, and stretches that only a separator would tell apart', () => {
    // 200,000 keys of 32-bit hashes: a few collide (the test checks that some do).
    const keys = Array.from({ length: 200_000 }, (_, i) => `k${(i * 2654435761) >>> 0}`);
    const fnv = (key: string) => {
      let h = 2166136261 | 0;
      for (const c of `|${key}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
      return h;
    };
    const seen = new Set<number>();
    let collisions = 0;
    for (const key of keys) {
      const h = fnv(key);
      if (seen.has(h)) collisions++;
      seen.add(h);
    }
    assert.ok(collisions > 0, 'no two keys share a hash, so nothing here is tested');
    const memo = new SentenceMemo(shift, { limit: 1_000_000 });
    keys.forEach((key, i) => memo.get(key, 0, () => ({ at: i })));
    keys.forEach((key, i) => assert.equal(memo.get(key, 0, () => ({ at: -1 })).at, i, key));
    // The same keys as the extra part of a key, with one stretch of text.
    beginDocument();
    const byExtra = new SentenceMemo(shift, { limit: 1_000_000 });
    byExtra.getAt('x', 0, 1, '', 0, () => ({ at: 0 }));
    keys.forEach((key, i) => byExtra.getAt('said', 0, 4, key, 0, () => ({ at: i })));
    keys.forEach((key, i) => assert.equal(byExtra.getAt('said', 0, 4, key, 0, () => ({ at: -1 })).at, i, key));

    // getAt with another text than the analysis's: the stretch and the extra key are both compared.
    beginDocument();
    const other = new SentenceMemo(shift);
    other.getAt('x', 0, 1, '', 0, () => ({ at: 0 }));
    const a = other.getAt('b|c', 0, 3, 'a', 0, () => ({ at: 1 }));
    const b = other.getAt('c', 0, 1, 'a|b', 0, () => ({ at: 2 }));
    assert.deepEqual([a, b], [{ at: 1 }, { at: 2 }]);
  });
});
