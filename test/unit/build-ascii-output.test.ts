// The build's ASCII pass (scripts/ascii-output.mjs): the escaped code means the same, and the
// source map still points each generated name at the same name in the source.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { escapeNonAscii, shiftColumns } from '../../scripts/ascii-output.mjs';

const SOURCE = [
  'export const quote = /[“”‘’«»]\\s*(?:—|–)\\s*(?:said|says)/u;',
  "export const loose = /\\’s (?:é|ü) 😀/;",
  'export const dash = (text: string) => text.replace(/[–—]/g, "-") + text.length;',
].join('\n');

async function bundle(): Promise<{ code: string; map: { mappings: string; sourcesContent: string[] } }> {
  const result = await build({
    stdin: { contents: SOURCE, loader: 'ts', sourcefile: 'in.ts' },
    format: 'cjs',
    sourcemap: 'external',
    write: false,
    outfile: 'out.js',
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map'))!.text);
  return { code, map };
}

/** Each mapping as [generated line, generated column, source line, source column]. */
function decode(mappings: string): number[][] {
  const out: number[][] = [];
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let sourceLine = 0;
  let sourceColumn = 0;
  mappings.split(';').forEach((line, generatedLine) => {
    let column = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length < 4) continue;
      sourceLine += values[2];
      sourceColumn += values[3];
      out.push([generatedLine, column, sourceLine, sourceColumn]);
    }
  });
  return out;
}

describe('ASCII output of the build', () => {
  it('leaves no character above 0x7F and the code means the same', async () => {
    const { code } = await bundle();
    assert.match(code, /[^\x00-\x7f]/, 'esbuild leaves some non-ASCII characters (else this test checks nothing)');
    const escaped = escapeNonAscii(code).code;
    assert.doesNotMatch(escaped, /[^\x00-\x7f]/);
    const load = (js: string) => {
      const module = { exports: {} as Record<string, unknown> };
      new Function('module', 'exports', js)(module, module.exports);
      return module.exports as { quote: RegExp; loose: RegExp; dash: (text: string) => string };
    };
    const before = load(code);
    const after = load(escaped);
    for (const text of ['“Yes,” — said', '« no » – says', 'x’s é 😀', '’s ü 😀', 'a–b—c', 'plain']) {
      assert.equal(after.quote.test(text), before.quote.test(text), text);
      assert.equal(after.loose.test(text), before.loose.test(text), text);
      assert.equal(after.dash(text), before.dash(text), text);
    }
    assert.equal(after.loose.test('’s é 😀'), true);
  });

  it('moves the source map columns past each escape, so names still map to themselves', async () => {
    const { code, map } = await bundle();
    const { code: escaped, shifts } = escapeNonAscii(code);
    assert.ok(shifts.size > 0);
    const mappings = shiftColumns(map.mappings, shifts);
    const generated = escaped.split('\n');
    const source = SOURCE.split('\n');
    let checked = 0;
    for (const [gl, gc, sl, sc] of decode(mappings)) {
      const name = /^[A-Za-z_$][\w$]*/.exec(source[sl].slice(sc))?.[0];
      if (!name || !shifts.has(gl)) continue;
      assert.equal(generated[gl].slice(gc, gc + name.length), name, `line ${gl + 1}, column ${gc}`);
      checked++;
    }
    assert.ok(checked >= 2, `checked ${checked} names after an escape`);
  });
});
