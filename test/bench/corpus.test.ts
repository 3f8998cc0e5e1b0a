// The benchmark corpus is generated at bench time; ratios between runs only mean something if
// every run (and every machine) lints the same bytes.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { countWords, generateCorpus, generateDraft } from '../../bench/corpus';

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

describe('benchmark corpus', () => {
  it('gives the same bytes for the same seed, on any machine', () => {
    const a = generateDraft({ seed: 42, words: 3_000 });
    const b = generateDraft({ seed: 42, words: 3_000 });
    assert.equal(digest(a), digest(b));
    // Pinned: a change to the templates changes every figure, so it should be a deliberate one.
    assert.equal(digest(a), '21fb5e099ea0d57ca4e41cf3bd404777404f98c764e841452465d9f935d06a6b');
  });

  it('gives different drafts for different seeds', () => {
    assert.notEqual(generateDraft({ seed: 1, words: 800 }), generateDraft({ seed: 2, words: 800 }));
  });

  it('has the sizes the benchmark reports against', () => {
    const files = generateCorpus();
    const words = (path: string) => countWords(files.find((f) => f.path === path)!.text);
    assert.ok(Math.abs(words('article-1k.md') - 1_000) < 200);
    assert.ok(Math.abs(words('draft-10k.md') - 10_000) < 300);
    assert.ok(Math.abs(words('document-100k.md') - 100_000) < 500);
    const folder = files.filter((f) => f.path.startsWith('folder/'));
    assert.equal(folder.length, 500);
    for (const f of folder) assert.ok(Math.abs(countWords(f.text) - 800) < 200, f.path);
  });

  it('looks like a newsroom draft', () => {
    const text = generateDraft({ seed: 7, words: 10_000 });
    assert.match(text, /^---\ntitle: /);
    assert.match(text, /\n# /);
    assert.match(text, /\nBy [A-Z]/);
    assert.match(text, /\(Northline\) - /);
    assert.match(text, /"[^"]+," said /);
    assert.match(text, /spoke on condition of anonymity/);
    assert.match(text, /\n```csv\n/);
    assert.match(text, /\n- [A-Z]/);
    assert.match(text, /\]\(https:\/\/example\.org\//);
    assert.match(text, /\n\(Reporting by /);
  });
});
