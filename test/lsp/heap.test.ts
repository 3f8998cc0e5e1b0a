// The language server's heap tuning (lsp/heap.ts): which V8 flags it sets, and when. The flags
// are recorded, not set: V8's flags belong to the test process.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { heapFlags, HeapTuner } from '../../server/src/lsp/heap';
import { isLargeDocument, LARGE_DOCUMENT_BYTES } from '../../server/src/shared/large-document';

const SMALL = 'Officials said the bridge was late.\n';
const LARGE = 'x'.repeat(LARGE_DOCUMENT_BYTES);

function tuner(): { heap: HeapTuner; flags: string[] } {
  const flags: string[] = [];
  return { heap: new HeapTuner((flag) => flags.push(flag)), flags };
}

describe('large documents', () => {
  test('the threshold is in UTF-8 bytes', () => {
    assert.equal(isLargeDocument('x'.repeat(LARGE_DOCUMENT_BYTES - 1)), false);
    assert.equal(isLargeDocument(LARGE), true);
    // A third as many characters of three bytes each is as large.
    assert.equal(isLargeDocument('’'.repeat(Math.ceil(LARGE_DOCUMENT_BYTES / 3))), true);
    assert.equal(isLargeDocument('’'.repeat(Math.ceil(LARGE_DOCUMENT_BYTES / 3) - 1)), false);
  });
});

describe('heap tuning in the language server', () => {
  test('a large document tightens the heap; V8 defaults otherwise', () => {
    assert.deepEqual(heapFlags(true), ['--heap-growing-percent=25', '--semi-space-growth-factor=1', '--optimize-for-size']);
    assert.deepEqual(heapFlags(false), ['--heap-growing-percent=0', '--semi-space-growth-factor=2', '--no-optimize-for-size']);
  });

  test("every flag is one this Node's V8 knows (v8.setFlagsFromString ignores unknown ones)", () => {
    const known = new Set(execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).match(/^\s+--[a-z0-9-]+/gm)!.map((line) => line.trim()));
    for (const flag of [...heapFlags(true), ...heapFlags(false)]) {
      const name = flag.replace(/=.*$/, '').replace(/^--no-/, '--');
      assert.ok(known.has(name), `${flag} is not a V8 flag of ${process.version}`);
    }
  });

  test('small drafts alone never touch the flags', () => {
    const { heap, flags } = tuner();
    heap.update('file:///a.md', SMALL);
    heap.update('file:///a.md', SMALL + SMALL);
    heap.closed('file:///a.md');
    assert.deepEqual(flags, []);
  });

  test('flags are set when the first large document opens and reset when the last one goes', () => {
    const { heap, flags } = tuner();
    heap.update('file:///small.md', SMALL);
    heap.update('file:///big.md', LARGE);
    assert.deepEqual(flags, heapFlags(true));
    heap.update('file:///other-big.md', LARGE);
    heap.update('file:///big.md', LARGE + 'x');
    assert.deepEqual(flags, heapFlags(true), 'no change while some large document stays open');
    heap.closed('file:///big.md');
    assert.deepEqual(flags, heapFlags(true));
    heap.closed('file:///other-big.md');
    assert.deepEqual(flags, [...heapFlags(true), ...heapFlags(false)]);
  });

  test('a document edited below the threshold counts as small again', () => {
    const { heap, flags } = tuner();
    heap.update('file:///big.md', LARGE);
    heap.update('file:///big.md', SMALL);
    assert.deepEqual(flags, [...heapFlags(true), ...heapFlags(false)]);
  });
});
