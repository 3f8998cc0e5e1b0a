// The Markdown parser asks GFM's bare-URL extension only where a URL or an e-mail address can
// start; the tree must be exactly the one GFM's own configuration gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GFM, parser as baseParser } from '@lezer/markdown';
import { parser } from '../../server/src/core/prose/markdown';
import { prng as random } from '../../bench/corpus';

const gfm = baseParser.configure(GFM);

function nodes(p: typeof gfm, text: string): string[] {
  const out: string[] = [];
  p.parse(text).iterate({ enter: (n) => void out.push(`${n.name}:${n.from}-${n.to}`) });
  return out;
}

const PIECES = [
  'www.example.org', 'http://example.org/a?b=c', 'https://ex.org/(x)', 'mailto:desk@example.org', 'xmpp:a@b.c/d', 'desk@example.org',
  'a.b+c-d_e@f.gh', '@', 'x@', 'www', 'http', 'https:', 'mailto', 'wwwx.y', 'ww.w', 'hw.', '_www.a.b', 'a'.repeat(101) + '@b.c',
  'a'.repeat(100) + '@b.c', 'said', ' ', ' ', '\n', '\n\n', '.', ',', '(', ')', '[', '](', '`', '*', '<', '>', 'é', '😀', 'foo_bar@baz.qux',
];

describe('Markdown parse', () => {
  it('gives the tree GFM gives, bare URLs and addresses included', () => {
    const rand = random(9);
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 60; i++) text += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.5 ? ' ' : '');
      assert.deepEqual(nodes(parser, text), nodes(gfm, text), `round ${round}`);
    }
  });
});
