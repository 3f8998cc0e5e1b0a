// The phrase matcher (a trie tried where the run index says a phrase can start, a regex for the
// few phrases that open with punctuation) must find exactly what one flat alternation, longest
// phrase first, finds: same spans, same entries, whether the regex fits one pattern or is split.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beginDocument, endDocument, forgetEarlierDocuments, occurrencesOf, PhraseMatcher, RunSet } from '../../server/src/core/lexicon/matcher';
import { prng } from '../../bench/corpus';

/** The reference: every phrase one alternative, longest first, as the matcher was first written. */
function flat(phrases: string[], text: string, options: { inflect?: boolean; caseSensitive?: boolean } = {}) {
  const list = [...new Set(phrases.map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean))].sort((a, b) => b.length - a.length);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const plural = "(?:s|es|'s|’s)?";
  const body = list.map((p) => esc(p).replace(/ /g, '\\s+') + (options.inflect && /[a-z]$/i.test(p) ? plural : '')).join('|');
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${body})(?![A-Za-z0-9])`, options.caseSensitive ? 'g' : 'gi');
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

const spans = (matcher: PhraseMatcher, text: string) => matcher.find(text).map((m) => [m.start, m.end]);

const SYLLABLES = ['ab', 'ba', 'c', 'de', 'ed', 'of', 'fi', 'an', 'na', 's', 'es', "'", '-', '.'];

function randomPhrases(rand: () => number, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const words = 1 + Math.floor(rand() * 3);
    const ws: string[] = [];
    for (let w = 0; w < words; w++) {
      let word = '';
      for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
      ws.push(rand() < 0.2 ? word.toUpperCase() : word);
    }
    out.push(ws.join(' '));
  }
  return out;
}

function randomText(rand: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    text += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    const r = rand();
    text += r < 0.3 ? ' ' : r < 0.35 ? '\n  ' : r < 0.4 ? ', ' : '';
  }
  return text;
}

describe('PhraseMatcher', () => {
  it('finds what a flat longest-first alternation finds, in short texts and long ones', () => {
    const rand = prng(11);
    for (let round = 0; round < 40; round++) {
      const phrases = randomPhrases(rand, 1 + Math.floor(rand() * 40));
      // Short texts take the flat patterns, long ones (32 K and more) the trie-factored ones.
      let text = randomText(rand, round % 4 === 0 ? 40_000 : 2_000);
      // An underscore before a phrase counts as no letter: long texts with one take another path.
      if (round % 8 === 4) text = text.replace(/ ab/g, '_ab');
      for (const options of [{}, { inflect: true }, { caseSensitive: true }]) {
        beginDocument();
        assert.deepEqual(spans(new PhraseMatcher(phrases, options), text), flat(phrases, text, options), `round ${round} ${JSON.stringify(options)}`);
      }
    }
  });

  it('compares characters as a case-insensitive regex does, beyond ASCII and plain spaces', () => {
    const phrases = ["coup d'état", 'café society', 'naïve', 'élite', 'kettle', 'ask', 'sources said', 'état', 'x_y'];
    const text = [
      "A COUP D'ÉTAT, a coup\u00a0d'État and a coup\td'etat.",
      'CAFÉ SOCIETY, Café\nsociety; NAÏVE naive ÉLITE Élite élites.',
      'The \u212Aettle (Kelvin sign) and the kettle; the long \u017Fign, an ſask and a task.',
      'Sources\u2003said, sources\u3000said, sources\u200bsaid and Sources_said; x_y and X_Y.',
      'Anti-élite, pre-coup d’état, 3ask, ask3, _ask, ask_ and état-major.',
    ].join(' ');
    for (const options of [{}, { inflect: true }, { caseSensitive: true }]) {
      beginDocument();
      assert.deepEqual(spans(new PhraseMatcher(phrases, options), text), flat(phrases, text, options), JSON.stringify(options));
      // The same text long enough to be indexed and cached.
      const long = `${text} `.repeat(40);
      beginDocument();
      assert.deepEqual(spans(new PhraseMatcher(phrases, options), long), flat(phrases, long, options), `long ${JSON.stringify(options)}`);
    }
  });

  it('splits a lexicon too big for one fast pattern and still matches leftmost-longest', () => {
    const rand = prng(12);
    // Phrases that open with a letter or digit are looked up, not matched by a regex: these open
    // with an apostrophe or a hyphen, so they all go to the regex patterns.
    const phrases = randomPhrases(rand, 2_500).map((p, i) => (i % 2 ? `'${p}` : `-${p}`));
    const matcher = new PhraseMatcher(phrases, { inflect: true });
    const patterns = (matcher as unknown as { patternsFor(): RegExp[] }).patternsFor();
    assert.ok(patterns.length > 1, 'expected several patterns');
    for (const re of patterns) assert.ok(re.source.length < 20_000, `pattern of ${re.source.length} characters`);
    const short = randomText(rand, 5_000);
    assert.deepEqual(spans(matcher, short), flat(phrases, short, { inflect: true }));
    const long = randomText(rand, 33_000);
    beginDocument();
    assert.deepEqual(spans(matcher, long), flat(phrases, long, { inflect: true }));
  });

  it('re-scans an edited text around the edit only, with the same matches as a full scan', () => {
    const rand = prng(13);
    const phrases = ['said', 'told reporters', 'told', 'according to', 'people familiar with the matter', 'official', "coup d'état", 'u.s.', "'90s", ...randomPhrases(rand, 60)];
    const big = randomPhrases(rand, 2_500);
    // Drafts made of the phrases' own words, so that edits make and break phrases across the edit.
    const words = ['told', 'reporters', 'according', 'to', 'said', 'people', 'familiar', 'with', 'the', 'matter', 'official', 'officials', 'coup', "d'état", 'u.s.', "'90s", 'x', 'ab', 'ba', 'de'];
    const gaps = [' ', ' ', ' ', '  ', '\n', '\n\n    ', ', ', '_'];
    const pieces = [...words.map((w) => ` ${w}`), ...gaps];
    for (const [name, list, options] of [
      ['newsroom', phrases, { inflect: true }],
      ['split', big, {}],
    ] as const) {
      let text = '';
      while (text.length < (name === 'split' ? 40_000 : 5_000)) {
        const piece = rand() < 0.5 ? words[Math.floor(rand() * words.length)] : list[Math.floor(rand() * list.length)];
        text += `${piece}${gaps[Math.floor(rand() * gaps.length)]}`;
      }
      const edited = new PhraseMatcher(list, options);
      // A typo to mend on the next edit, as when typing: a phrase broken, then whole again.
      let typo: { at: number; char: string } | null = null;
      for (let edit = 0; edit < (name === 'split' ? 80 : 300); edit++) {
        const at = Math.floor(rand() * text.length);
        const r = rand();
        if (typo) {
          text = text.slice(0, typo.at) + typo.char + text.slice(typo.at);
          typo = null;
        } else if (r < 0.4) {
          // Inside a phrase the text has now, past its first character.
          const found = new PhraseMatcher(list, options).find(text).filter((m) => m.end - m.start > 2);
          const m = found.length > 0 ? found[Math.floor(rand() * found.length)] : null;
          const where = m ? m.start + 1 + Math.floor(rand() * (m.end - m.start - 1)) : at;
          typo = { at: where, char: text[where] };
          text = text.slice(0, where) + text.slice(where + 1);
        } else if (r < 0.75) text = text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at);
        else text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 8)));
        // One analysis per edit, so that each re-scan starts from the one before. The reference:
        // the flat regex, or for the big lexicon (too slow as one regex) a new matcher's full scan.
        beginDocument();
        const got = spans(edited, text);
        assert.deepEqual(got, name === 'split' ? spans(new PhraseMatcher(list, options), text) : flat([...list], text, options), `${name}, edit ${edit}`);
      }
    }
  });

  it('re-scans a lexicon with few matches, edits landing next to, inside and between them, as a full scan does', () => {
    // A re-scan stops where it would search on from a place both texts share and the old scan
    // also searched from, and takes the old matches from there: edits just before a phrase (the
    // place falls inside an old match), just after one, and in the long gaps between them.
    const rand = prng(17);
    const phrases = ['said', 'told reporters', 'according to', "people familiar with", 'sources', "u.s.", "'90s", 'the matter'];
    const filler = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'told', 'people', 'according', 'familiar', 'the', 'with', 's'];
    let text = '';
    while (text.length < 20_000) {
      text += rand() < 0.03 ? phrases[Math.floor(rand() * phrases.length)] : filler[Math.floor(rand() * filler.length)];
      text += rand() < 0.1 ? '\n\n' : rand() < 0.15 ? ', ' : ' ';
    }
    for (const options of [{}, { inflect: true }]) {
      const matcher = new PhraseMatcher(phrases, options);
      let edited = text;
      for (let edit = 0; edit < 300; edit++) {
        const found = flat(phrases, edited, options);
        // Next to or inside a match half the time, anywhere otherwise.
        const near = found.length > 0 && rand() < 0.5 ? found[Math.floor(rand() * found.length)] : null;
        const at = near ? Math.max(0, near[0] - 2 + Math.floor(rand() * (near[1] - near[0] + 4))) : Math.floor(rand() * edited.length);
        const r = rand();
        const piece = r < 0.3 ? ' ' : r < 0.5 ? 'x' : r < 0.7 ? phrases[Math.floor(rand() * phrases.length)] : '';
        const cut = r >= 0.7 || rand() < 0.3 ? 1 + Math.floor(rand() * 3) : 0;
        edited = edited.slice(0, at) + piece + edited.slice(Math.min(edited.length, at + cut));
        beginDocument();
        assert.deepEqual(spans(matcher, edited), flat(phrases, edited, options), `edit ${edit} ${JSON.stringify(options)}`);
      }
    }
  });

  it('re-scans past long stretches without a phrase, asking for candidate places a stretch at a time', () => {
    // After the edit the next phrase is tens of kilobytes away: a re-scan that starts before a
    // long gap widens its stretch (2 KB, then doubling) until it is past the edit, and finds what
    // a full scan finds.
    const phrases = ['according to', 'told reporters', 'said'];
    const filler = (n: number) => 'lorem ipsum dolor '.repeat(n);
    for (const gap of [10, 150, 1_500, 4_000]) {
      let text = `officials said ${filler(gap)}according to the report ${filler(gap)}she told reporters`;
      const matcher = new PhraseMatcher(phrases);
      beginDocument();
      assert.deepEqual(spans(matcher, text), flat(phrases, text), `gap ${gap}, first scan`);
      // Edits in the filler, a little past a phrase: the re-scan keeps the phrases before the
      // edit and must travel the whole gap to the next one.
      const edits = [[40, 'x'], [text.indexOf('according') + 60, ' '], [text.indexOf('according') + 200, 'y'], [20, 'z']] as const;
      for (const [at, insert] of edits) {
        text = text.slice(0, at) + insert + text.slice(at);
        beginDocument();
        assert.deepEqual(spans(matcher, text), flat(phrases, text), `gap ${gap}, edit at ${at}`);
      }
    }
  });

  it('still finds every phrase after the shared word table fills up and starts again', () => {
    // Each lexicon keeps the word ids of its opening words; when the table of words seen is
    // emptied (past 200,000 distinct words) those ids are stale and must be taken again.
    const phrases = ['according to', 'told reporters', 'said', 'people familiar with the matter'];
    const matcher = new PhraseMatcher(phrases);
    const draft = 'Officials said the plan slipped, according to people familiar with the matter; she told reporters so.';
    beginDocument();
    assert.deepEqual(spans(matcher, draft), flat(phrases, draft));
    // Enough distinct words to fill the table, in texts long enough to be indexed.
    for (let chunk = 0; chunk < 5; chunk++) {
      const words: string[] = [];
      for (let i = 0; i < 45_000; i++) words.push(`w${(chunk * 45_000 + i).toString(36)}`);
      beginDocument();
      matcher.find(words.join(' '));
    }
    const later = `${draft} ${'filler '.repeat(200)}${draft}`;
    beginDocument();
    assert.deepEqual(spans(matcher, later), flat(phrases, later));
    assert.equal(spans(matcher, later).length, 8);
  });

  it('lets go of the analysis before when one ends, and still re-scans edits to what a full scan finds', () => {
    const rand = prng(15);
    const phrases = ['said', 'told reporters', 'according to', 'officials said', 'ab ba', 'de'];
    const pieces = ['said', ' ', 'told', ' reporters', 'according', ' to', 'x', '.', '\n', 'ab', 'ba', 'de', 'officials'];
    let text = '';
    while (text.length < 4_000) text += `${pieces[Math.floor(rand() * pieces.length)]} `;
    const matcher = new PhraseMatcher(phrases);
    const kept = () => (matcher as unknown as { previous: unknown[] }).previous.length;
    for (let edit = 0; edit < 200; edit++) {
      const at = Math.floor(rand() * text.length);
      text = rand() < 0.6 ? text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 4)));
      beginDocument();
      assert.deepEqual(spans(matcher, text), flat(phrases, text, {}), `edit ${edit}`);
      // Half the analyses end (as analyse() ends each one); the others run straight into the next.
      if (edit % 2 === 0) {
        endDocument();
        assert.equal(kept(), 0, 'the matches of the analysis before are dropped');
      }
    }
  });

  it('keeps no text once an analysis ends, from this analysis or an older one, when it was not asked', () => {
    const matcher = new PhraseMatcher(['officials said']);
    const words = new RunSet(['said']);
    const held = () => ({
      cache: (matcher as unknown as { cache: unknown[] }).cache.length,
      runSet: (words as unknown as { last: unknown }).last !== null,
    });
    const text = `${'Officials said the bridge was late. '.repeat(60)}`;
    beginDocument();
    assert.equal(matcher.find(text).length, 60);
    assert.equal(words.within(text, 0, text.length), true);
    endDocument();
    // Kept for the next analysis's re-scan (it starts from the analysis just before).
    assert.deepEqual(held(), { cache: 1, runSet: false });
    // An analysis that asks neither (all its readings memoised): the older draft goes.
    beginDocument();
    endDocument();
    assert.deepEqual(held(), { cache: 0, runSet: false });
  });

  it('re-indexes an edited text around the edit only, finding what a regex over the whole text finds', () => {
    // Each analysis re-indexes only around the edit (runs that touch it are read again); the
    // reference is the flat regex, which shares no state with the index.
    const rand = prng(14);
    const phrases = ['said', 'told reporters', 'according to', 'officials said', 'u.s. officials', 'ab ba', 'de', "d'etat", 'x2', 'said2'];
    const pieces = ['said', ' ', 'told', ' reporters', 'x', '2', "'", '.', '\n', 'ab', 'ba', 'de', 'AB', 'u.s.', 'officials', 'SAID', '-'];
    let text = '';
    while (text.length < 3_000) text += `${pieces[Math.floor(rand() * pieces.length)]}${rand() < 0.5 ? ' ' : ''}`;
    for (const options of [{}, { inflect: true }]) {
      const matcher = new PhraseMatcher(phrases, options);
      for (let edit = 0; edit < 400; edit++) {
        const at = Math.floor(rand() * text.length);
        text = rand() < 0.6 ? text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 4)));
        beginDocument();
        assert.deepEqual(spans(matcher, text), flat(phrases, text, options), `edit ${edit} ${JSON.stringify(options)}`);
      }
    }
  });

  it('starts from nothing after forgetEarlierDocuments', () => {
    const matcher = new PhraseMatcher(['said']);
    const rescan = (text: string) => (matcher as unknown as { rescan(text: string): unknown }).rescan(text);
    const text = 'He said so. '.repeat(200);
    beginDocument();
    matcher.find(text);
    beginDocument();
    matcher.find(`${text}x`);
    assert.notEqual(rescan(`${text}xy`), null);
    forgetEarlierDocuments();
    beginDocument();
    matcher.find(`${text}xyz`);
    assert.equal(rescan(`${text}xyzw`), null);
  });

  it('answers about the text and its masked copy without mixing them up', () => {
    const matcher = new PhraseMatcher(['said', 'told reporters']);
    const text = `${'x '.repeat(600)}He said so and told reporters.`;
    const masked = `${'x '.repeat(600)}He     so and told reporters.`;
    beginDocument();
    assert.equal(matcher.find(text).length, 2);
    assert.equal(matcher.find(masked).length, 1);
    assert.equal(matcher.find(text).length, 2);
    assert.deepEqual(
      matcher.find(masked).map((m) => m.entry),
      ['told reporters'],
    );
  });

  it('reports entries as written in the lexicon, plural endings removed', () => {
    const matcher = new PhraseMatcher(['official', 'Regime'], { inflect: true });
    assert.deepEqual(
      matcher.find('Officials said the regime’s officials').map((m) => m.entry),
      ['official', 'regime', 'official'],
    );
  });
});

describe('RunSet', () => {
  it('says whether one of its words starts within a stretch, as a whole run, case aside', () => {
    const words = new RunSet(['according', 'citing']);
    const text = `${'filler words here. '.repeat(80)}Costs rose, ACCORDING to the audit. Reciting poems is no citation.`;
    beginDocument();
    const at = text.indexOf('ACCORDING');
    assert.equal(words.within(text, 0, at), false);
    assert.equal(words.within(text, at, at + 1), true);
    assert.equal(words.within(text, at + 1, text.length), false, '"Reciting" and "citation" are not the run "citing"');
    beginDocument();
    assert.equal(words.within('He was citing the audit.', 0, 24), true);
  });

  it('answers an edited text from the last answer and the runs around the edit, as a first answer would', () => {
    // Edits that make and break the words, join them to their neighbours and split them apart.
    const rand = prng(18);
    const list = ['according', 'citing', 'cited', 'put', 'puts'];
    const pieces = ['according', 'citing', 'cited', 'put', 'puts', 'x', ' ', '\n', ', ', 'ACCORD', 'ing', 'cit', 'ed', 'ré'];
    let text = '';
    while (text.length < 6_000) text += `${pieces[Math.floor(rand() * pieces.length)]}${rand() < 0.7 ? ' ' : ''}`;
    const edited = new RunSet(list);
    for (let edit = 0; edit < 300; edit++) {
      const at = Math.floor(rand() * text.length);
      const r = rand();
      if (r < 0.5) text = text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at);
      else text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 6)));
      // One analysis per edit, so that each answer starts from the one before.
      beginDocument();
      const got = Array.from({ length: text.length }, (_, i) => edited.within(text, i, i + 1));
      endDocument();
      // The reference: where a run of ASCII letters and digits that is one of the words starts.
      const want: boolean[] = Array.from({ length: text.length }, () => false);
      for (const m of text.matchAll(/[A-Za-z0-9]+/g)) if (list.includes(m[0].toLowerCase())) want[m.index!] = true;
      assert.deepEqual(got, want, `edit ${edit}`);
    }
  });

  it('refuses words that are not single runs of letters and digits', () => {
    assert.throws(() => new RunSet(['according to']), /runs of letters and digits/);
  });
});

describe('occurrencesOf', () => {
  it('lists the runs of each id in order, as an array per id would', () => {
    const rand = prng(16);
    // The last two: far more ids than runs, and ids larger than any seen before (the scratch grows).
    for (const [length, ids] of [[0, 1], [1, 1], [50, 3], [2_000, 400], [500, 5_000], [30, 1_000_000], [2_000, 400]]) {
      const runs = Array.from({ length }, () => Math.floor(rand() * ids));
      const expected = new Map<number, number[]>();
      runs.forEach((id, k) => expected.set(id, [...(expected.get(id) ?? []), k]));
      const { byId, groupOf, groupStart } = occurrencesOf([...runs, -1]);
      assert.equal(byId.length, length);
      // Exactly the ids the runs have, each with its runs in order.
      assert.deepEqual([...groupOf.keys()].sort((a, b) => a - b), [...expected.keys()].sort((a, b) => a - b), `${length} runs`);
      for (const [id, g] of groupOf) assert.deepEqual([...byId.subarray(groupStart[g], groupStart[g + 1])], expected.get(id), `${length} runs, id ${id}`);
    }
  });
});
