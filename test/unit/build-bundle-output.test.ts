// The build's last step (scripts/bundle-output.mjs): regular expression literals inside functions
// made once, and pure ASCII output. The rewritten code means the same, and the source map still
// points each generated name at the same name in the source.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { escapeNonAscii, hoistRegexLiterals, shiftColumns } from '../../scripts/bundle-output.mjs';

const SOURCE = [
  'export const quote = /[“”‘’«»]\\s*(?:—|–)\\s*(?:said|says)/u;',
  "export const loose = /\\’s (?:é|ü) 😀/;",
  'export const dash = (text: string) => text.replace(/[–—]/g, "-") + text.length;',
  'export function said(text: string) { return /\\bsaid\\b/i.test(text) && /[“”]/.exec(text) !== null ? text.split(/\\s+/).length : 0; }',
  'export const same = () => /x/i;',
  'export const fresh = () => /x/g;',
  'export function words(text: string) { const out: string[] = []; const re = /\\w+/g; for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[0]); return out; }',
  "export const tidy = (text: string) => text.replace(/\\s+/g, ' ').split(/, */g).concat(text.match(/\\d+/g) ?? []);",
  'export class Reader { private readonly re = /“[^”]*”/; quoted(text: string) { return this.re.exec(text)?.[0] ?? null; } }',
].join('\n');

interface Loaded {
  quote: RegExp;
  loose: RegExp;
  dash: (text: string) => string;
  said: (text: string) => number;
  same: () => RegExp;
  fresh: () => RegExp;
  words: (text: string) => string[];
  tidy: (text: string) => string[];
  Reader: new () => { quoted(text: string): string | null };
}

async function bundle(): Promise<{ code: string; map: { mappings: string } }> {
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

function load(js: string): Loaded {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', js)(module, module.exports);
  return module.exports as unknown as Loaded;
}

/** Both rewrites, as the plugin applies them, with the map's columns moved. */
function rewrite(code: string, mappings: string): { code: string; mappings: string; changedLines: Set<number> } {
  const changedLines = new Set<number>();
  for (const transform of [hoistRegexLiterals, escapeNonAscii]) {
    const step = transform(code);
    code = step.code;
    for (const line of step.shifts.keys()) changedLines.add(line);
    mappings = shiftColumns(mappings, step.shifts);
  }
  return { code, mappings, changedLines };
}

/**
 * Each mapping as [generated line, generated column, source line, source column]. Decoded here
 * rather than with scripts/source-map-vlq.mjs, which the code under test uses to both decode and
 * encode: a mistake there would cancel out.
 */
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

describe('the bundles as the build writes them', () => {
  it('leave no character above 0x7F, make each literal in a function once, and mean the same', async () => {
    const { code, map } = await bundle();
    assert.match(code, /[^\x00-\x7f]/, 'esbuild leaves some non-ASCII characters (else this test checks less)');
    const rewritten = rewrite(code, map.mappings).code;
    assert.doesNotMatch(rewritten, /[^\x00-\x7f]/);
    const before = load(code);
    const after = load(rewritten);
    for (const text of ['“Yes,” — said', '« no » – says', 'x’s é 😀', '’s ü 😀', 'a–b—c', 'He said “no” twice.', 'plain']) {
      assert.equal(after.quote.test(text), before.quote.test(text), text);
      assert.equal(after.loose.test(text), before.loose.test(text), text);
      assert.equal(after.dash(text), before.dash(text), text);
      assert.equal(after.said(text), before.said(text), text);
      assert.deepEqual(after.words(text), before.words(text), text);
      assert.deepEqual(after.tidy(text), before.tidy(text), text);
      assert.deepEqual(after.tidy(`${text}, 12  and 3`), before.tidy(`${text}, 12  and 3`), text);
      assert.equal(new after.Reader().quoted(text), new before.Reader().quoted(text), text);
    }
    assert.equal(after.loose.test('’s é 😀'), true);
    assert.equal(after.said('He said “no” twice.'), 4);
    // A literal without g or y in a function is one object now; with g it stays a new one per call.
    assert.notEqual(before.same(), before.same());
    assert.equal(after.same(), after.same());
    assert.notEqual(after.fresh(), after.fresh());
    // A g literal handed straight to replace, split or match is made once; one that exec loops over is not.
    assert.match(rewritten, /\(__hoisted_re_\d+ \?\?= \/\\s\+\/g\)/);
    assert.match(rewritten, /\(__hoisted_re_\d+ \?\?= \/\\d\+\/g\)/);
    assert.match(rewritten, /const re = \/\\w\+\/g;/);
    assert.deepEqual(after.words('two words'), ['two', 'words']);
  });

  it('keep each source map segment on the same token, after both rewrites', async () => {
    const { code, map } = await bundle();
    const { code: rewritten, mappings, changedLines } = rewrite(code, map.mappings);
    assert.ok(changedLines.size > 0);
    const before = decode(map.mappings);
    const after = decode(mappings);
    assert.equal(after.length, before.length);
    const oldLines = code.split('\n');
    const newLines = rewritten.split('\n');
    let checked = 0;
    before.forEach(([gl, gc, sl, sc], i) => {
      assert.deepEqual(after[i].slice(0, 1).concat(after[i].slice(2)), [gl, sl, sc]);
      const token = /^(?:[A-Za-z_$][\w$]*|\/)/.exec(oldLines[gl].slice(gc))?.[0];
      if (!token || !changedLines.has(gl)) return;
      assert.equal(newLines[gl].slice(after[i][1], after[i][1] + token.length), token, `line ${gl + 1}: ${newLines[gl]}`);
      checked++;
    });
    assert.ok(checked >= 10, `checked ${checked} tokens on rewritten lines`);
  });
});
