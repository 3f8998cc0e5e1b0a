// Front matter of plain `key: words` lines is read without the YAML parser; whatever that reader
// accepts it must read exactly as the parser does, and everything else it must hand to the parser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { prng } from '../../bench/corpus';
import { readSimpleYaml } from '../../server/src/core/prose/simple-yaml';
import { analyse } from '../../server/src/core';

describe('simple front matter', () => {
  it('reads plain key: words lines as the YAML parser does', () => {
    const source = 'title: The stadium lease runs over budget, again\nstage: edit\n\ngenre: news\nslug: bench-3026\nauthor: Zoë O’Brien (staff)';
    const data = readSimpleYaml(source);
    assert.deepEqual(data, { title: 'The stadium lease runs over budget, again', stage: 'edit', genre: 'news', slug: 'bench-3026', author: 'Zoë O’Brien (staff)' });
    assert.deepEqual(data, parseYaml(source));
  });

  it('leaves to the parser what YAML reads otherwise: scalars of other types, comments, nesting, quotes, repeats', () => {
    for (const source of [
      'stage: true',
      'stage: Null',
      'genre: 2024-01-01',
      'count: 12',
      'stage: edit # reviewed',
      'title: Budget: the vote',
      'stage: edit\nstage: publish',
      'onrecord:\n  rules:\n    loaded-label: off',
      'title: "Quoted"',
      "title: 'Quoted'",
      'tags: [a, b]',
      'title: first line\n  continued',
      'stage:',
      'null: x',
      'title: a\tb',
      'title: a\r',
      '# a comment\nstage: edit',
      '',
    ]) {
      assert.equal(readSimpleYaml(source), null, JSON.stringify(source));
    }
  });

  it('agrees with the YAML parser on every front matter it accepts (random drafts of tricky pieces)', () => {
    const rand = prng(2027);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
    const keys = ['title', 'stage', 'genre', 'slug', 'author', 'true', 'Null', 'a-b_c', 'x1', '_x', 'key with space', 'onrecord', '2020'];
    const words = ['edit', 'news', 'Budget', 'it’s', "it's", 'x - y', 'a, b', 'True', 'null', 'NaN', '.inf', 'Inf', '12', '1e3', '0x1F', 'Ünïcode', '"q"', "'q'", 'a # b', 'a#b', 'a: b', 'a:b', '[x]', 'x [y]', '{y}', '|', '>', '&a', '*a', '!t', '%', '@', '`', '\\', '~', '-', '?', 'é', '—', '😀', 'yes', 'no'];
    const plain = ['edit', 'news', 'Budget', 'it’s', 'x - y', 'a, b', 'Ünïcode', 'é', 'Vellan council'];
    const separators = [': ', ': ', ': ', ':  ', ':', ': \t', ' : '];
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const lines: string[] = [];
      const n = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < n; k++) {
        // Mostly plain words, so that many drafts take the fast path; the rest tries its limits.
        let value = rand() < 0.6 ? pick(plain) : pick(words);
        if (rand() < 0.5) value += ` ${rand() < 0.6 ? pick(plain) : pick(words)}`;
        lines.push(`${rand() < 0.05 ? ' ' : ''}${rand() < 0.7 ? pick(['title', 'stage', 'genre', 'slug', 'author']) : pick(keys)}${pick(separators)}${value}${rand() < 0.2 ? '  ' : ''}`);
        if (rand() < 0.1) lines.push('');
      }
      const source = lines.join('\n');
      const fast = readSimpleYaml(source);
      if (fast === null) continue;
      accepted++;
      assert.deepEqual(fast, parseYaml(source), JSON.stringify(source));
    }
    // The comparison means something only if many drafts took the fast path.
    assert.ok(accepted > 300, `only ${accepted} accepted`);
  });

  it('configures the analysis the same way, read either way', () => {
    const draft = (front: string) => `---\n${front}\n---\n\nOfficials said the plan was a disaster, according to people familiar with the matter.\n`;
    const simple = analyse(draft('title: A plan\nstage: publish\ngenre: opinion'), { format: 'markdown' });
    // The same front matter with a comment, which only the YAML parser reads.
    const parsed = analyse(draft('title: A plan # working title\nstage: publish\ngenre: opinion'), { format: 'markdown' });
    assert.deepEqual(simple.findings.map((f) => [f.rule, f.severity]), parsed.findings.map((f) => [f.rule, f.severity]));
    assert.ok(simple.findings.length > 0);
  });
});
