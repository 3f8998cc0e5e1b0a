// A check over the source: no regular expression literal asks for an upper- or lower-case letter
// (\p{Lu}, \p{Ll}, \p{Lt}) under the i flag. There the property is case-folded and matches every
// cased letter, so the pattern reads as "a capital" while it accepts "whom" and "the". Three
// patterns in attribution/ did so; they now say what they matched all along (\p{L}).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const CASED_PROPERTY = /\\p\{(?:Lu|Ll|Lt|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter)\}/;

/** "file:line  /pattern/flags" for each literal in `source` that asks for a cased letter under i. */
function caseFoldedCasedLetters(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const flags = literal.slice(literal.lastIndexOf('/') + 1);
      if (flags.includes('i') && CASED_PROPERTY.test(literal)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push(`${file}:${line}  ${literal.length > 80 ? `${literal.slice(0, 77)}…` : literal}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('regular expressions in the source', () => {
  test('the check finds a cased-letter property under the i flag, and only there', () => {
    const source = [
      'const a = /^(?:them|the|\\p{Lu})/iu;',
      'const b = /^\\p{Lu}/u;',
      'const c = /^(?:the|a)\\s+\\p{L}/iu;',
      "const d = '/\\p{Lu}/iu';",
      'const e = /[\\p{Ll},;] /giu.test(x);',
    ].join('\n');
    assert.deepEqual(
      caseFoldedCasedLetters('sample.ts', source).map((f) => f.split('  ')[0]),
      ['sample.ts:1', 'sample.ts:5'],
    );
  });

  test('no literal in server/src or client/src asks for a cased letter under the i flag', () => {
    const files = [...typeScriptFiles(join(ROOT, 'server', 'src')), ...typeScriptFiles(join(ROOT, 'client', 'src'))];
    assert.ok(files.length > 50, `found only ${files.length} source files`);
    const found = files.flatMap((file) => caseFoldedCasedLetters(relative(ROOT, file), readFileSync(file, 'utf8')));
    assert.deepEqual(found, [], 'under the i flag \\p{Lu} and \\p{Ll} match every cased letter: drop the flag or write \\p{L}');
  });
});
