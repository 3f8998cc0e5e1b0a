// Helpers the rules share (server/src/core/rules/common.ts), where their answer is checked
// against the plain way of getting it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse } from '../../server/src/core';
import { PhraseMatcher } from '../../server/src/core/lexicon/matcher';
import { framedAsOthers, matchesBySentence } from '../../server/src/core/rules/common';

describe('matchesBySentence', () => {
  test('gives each sentence the matches find() gives inside it, and no others', () => {
    // A phrase across a paragraph break (two sentences), one across a sentence break inside a
    // paragraph, matches at a sentence's first and last word, and sentences with none.
    const text = [
      'The mayor gave a final offer. Offer declined by the union, it said late on Monday.',
      '',
      'Talks ended in a final',
      '',
      'offer of sorts. Nobody signed. A final offer is a final offer.',
      '',
      '- final offer on the list',
    ].join('\n');
    const matcher = new PhraseMatcher(['final offer', 'offer declined', 'said late', 'signed']);
    const { model } = analyse(text, { format: 'markdown' });
    const expected = model.sentences
      .map((sentence) => ({ sentence, matches: matcher.find(model.prose.masked, sentence.start, sentence.end) }))
      .filter(({ matches }) => matches.length > 0);
    const got = matchesBySentence(model, matcher);
    assert.deepEqual(got, expected);
    // The phrase across the paragraph break is in no sentence; the draft has all of these.
    const all = matcher.find(model.prose.masked).map((m) => text.slice(m.start, m.end).replace(/\s+/g, ' '));
    assert.ok(all.includes('final offer') && all.filter((m) => m === 'final offer').length === 5, JSON.stringify(all));
    assert.equal(got.flatMap(({ matches }) => matches).length, all.length - 1);
  });
});

describe('framedAsOthers', () => {
  const framed = (text: string) => {
    const { model } = analyse(text, { format: 'markdown' });
    return model.sentences.map((s) => framedAsOthers(model, s));
  };

  test('a paragraph after one that ends "… said:" is the speaker\'s, whatever space follows the colon', () => {
    assert.deepEqual(framed('The mayor spoke on Friday. She said:\n\nThe plan is a sham.'), [false, false, true]);
    assert.deepEqual(framed('The mayor spoke on Friday. She said: \t\n\nThe plan is a sham.'), [false, false, true]);
    assert.deepEqual(framed('The mayor spoke on Friday. She said.\n\nThe plan is a sham.'), [false, false, false]);
    // A colon inside the paragraph before is not one that introduces the next.
    assert.deepEqual(framed('She said: the talks went well.\n\nThe plan is a sham.'), [false, false]);
  });

  test('each sentence is answered for itself, asked in any order', () => {
    const { model } = analyse('To many, the plan is a sham. It passed.\n\nSANTOS: It is a disgrace.', { format: 'markdown' });
    const backwards = [...model.sentences].reverse().map((s) => framedAsOthers(model, s)).reverse();
    assert.deepEqual(backwards, [true, false, true]);
    assert.deepEqual(model.sentences.map((s) => framedAsOthers(model, s)), backwards);
  });
});
