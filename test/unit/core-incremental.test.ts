// The language server re-analyses a draft on every keystroke, and the core keeps work from the
// last analysis (parse trees, lexicon matches, sentence readings by content and by position).
// Whatever it keeps, an edited draft must get exactly the findings a first check of it gets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/core';
import { capitalisedWordsUsedMidSentence } from '../../server/src/core/attribution/sources';
import { forgetSentenceMemos } from '../../server/src/core/attribution/memo';
import { beginDocument, forgetEarlierDocuments } from '../../server/src/core/lexicon/matcher';
import { forgetParses } from '../../server/src/core/prose/markdown';
import { prng as random } from '../../bench/corpus';

/** What a reporter types: letters, words that make or break cues, quotes, sentence and paragraph breaks. */
const PIECES = ['x', ' ', 'e', '.', ', ', '"', '“', '”', '\n', '\n\n', ' said', ' officials', ' according to', ' 40 percent', ' Mr. ', 'Sources ', ' who spoke on condition of anonymity', ' Critics say', ' claimed', ' TK'];

/** The findings, and the model under them: every attribution's cue and source, every figure. */
function outcome(text: string, format: 'markdown' | 'plaintext') {
  const { findings, model } = analyse(text, { format });
  return {
    findings,
    attributions: model.attributions.map((a) => [a.cue.start, a.cue.end, a.cue.lemma, a.source?.start, a.source?.end, a.source?.source, a.content?.start, a.content?.end]),
    figures: model.figures.map((f) => [f.start, f.end, f.kind, f.attribution]),
    sources: model.sources.map((s) => [s.class, s.label, s.mentions.length]),
  };
}

/** Four characters each, typed over four. */
const OVERTYPE = ['said', 'told', 'x.Y ', '"No ', 'Sour', ' 40%', 'an o', 'MR. ', ', wh', '\n\nA '];

function fresh(text: string, format: 'markdown' | 'plaintext') {
  forgetSentenceMemos();
  forgetParses();
  forgetEarlierDocuments();
  return outcome(text, format);
}

describe('re-analysis of an edited draft', () => {
  for (const [name, format] of [
    ['riverton-stadium-vote.md', 'markdown'],
    ['lisbon-dock-strike.txt', 'plaintext'],
  ] as const) {
    it(`finds what a first check finds, edit after edit (${name})`, () => {
      const rand = random(name.length);
      let text = readFileSync(join(__dirname, '../../examples', name), 'utf8');
      fresh(text, format);
      const texts: string[] = [];
      const found: unknown[] = [];
      for (let edit = 0; edit < 200; edit++) {
        // Edits cluster, as typing does: near the last one, sometimes anywhere.
        let at = Math.floor(rand() * text.length);
        // Often at the edge of a sentence, where readings begin and end.
        if (rand() < 0.3) {
          const edge = text.indexOf('. ', at);
          if (edge >= 0) at = Math.min(text.length, edge + Math.floor(rand() * 5));
        }
        const r = rand();
        if (r < 0.45) text = text.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + text.slice(at);
        else if (r < 0.7) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 12)));
        // Typing over a selection: the same length, other characters ("said" over "told").
        else text = text.slice(0, at) + OVERTYPE[Math.floor(rand() * OVERTYPE.length)].slice(0, text.length - at) + text.slice(at + 4);
        texts.push(text);
        found.push(outcome(text, format));
      }
      texts.forEach((t, edit) => assert.deepEqual(found[edit], fresh(t, format), `edit ${edit}`));
    });
  }
});

describe('proper names used mid-sentence, counted again only around an edit', () => {
  it('says what a count of the whole edited text says, edit after edit', () => {
    const rand = random(41);
    const pieces = [...PIECES, ' Smith', ', Jones', '; Pentagon’s', ' the Ministry', '\nSmith said', ' A', ' U.S.', 'O’Brien ', '\n'];
    let text = 'Officials said Smith, Jones and the Ministry met.\nSmith said the Pentagon’s plan was late; Critics say so.\n'.repeat(20);
    for (let edit = 0; edit < 400; edit++) {
      const at = Math.floor(rand() * (text.length + 1));
      text = rand() < 0.6 ? text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 12)));
      const names = [...new Set(text.match(/\p{Lu}[\p{L}’'.-]*/gu) ?? [])].join(' ');
      beginDocument();
      const edited = capitalisedWordsUsedMidSentence(text, names);
      // A text with nothing in common with the last one is counted whole.
      beginDocument();
      capitalisedWordsUsedMidSentence('nothing alike', 'Nothing');
      beginDocument();
      assert.equal(edited, capitalisedWordsUsedMidSentence(text, names), `edit ${edit}`);
    }
  });
});

