// The last step of the build: two rewrites of each bundle esbuild wrote, with the source map's
// columns moved to match. The build must run with `write: false`; this plugin writes the files.
//
// 1. Regular expression literals inside functions become one object each, made on first use
//    (`/re/i` → `(__hoisted_re_N ??= /re/i)`, `var __hoisted_re_N` at the end). The language
//    makes a new RegExp object each time a literal is evaluated, and the per-sentence readers
//    test dozens of literals for each verb they meet: on the 100,000-word document that was
//    about 13 MB of RegExp objects per analysis, a seventh of all it allocated. Only literals
//    whose lastIndex no call can see: without the g and y flags (exec, test, match, replace,
//    search and split neither read nor keep it), or with g alone as the pattern handed straight
//    to replace, replaceAll, match or split (each sets it to 0 before it starts, or never reads
//    it, and leaves it at 0), so one shared object behaves as fresh ones would. A var exists
//    (undefined) before any code runs, so a function called early still finds it.
// 2. The bundle becomes pure ASCII. esbuild escapes non-ASCII characters in strings and templates
//    but leaves them in regular expression literals (the lexicons' curly quotes and dashes), and
//    one such character makes V8 hold the whole bundle's source as a two-byte string: 2.7 MB
//    instead of 1.35 MB of the language server's heap, and a slower decode on every CLI start.
//    Each is written as a \uXXXX escape, which means the same in a regular expression (with or
//    without the u flag), a string and a comment.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';
import { decodeVlq, encodeVlq } from './source-map-vlq.mjs';

export function bundleOutput() {
  return {
    name: 'bundle-output',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        const files = result.outputFiles ?? [];
        const maps = new Map(files.filter((f) => f.path.endsWith('.map')).map((f) => [f.path, f]));
        for (const file of files) {
          if (file.path.endsWith('.map')) continue;
          const map = maps.get(`${file.path}.map`);
          const json = map ? JSON.parse(map.text) : null;
          let code = file.text;
          for (const transform of [hoistRegexLiterals, escapeNonAscii]) {
            const step = transform(code);
            code = step.code;
            if (json && step.shifts.size > 0) json.mappings = shiftColumns(json.mappings, step.shifts);
          }
          if (map) write(map.path, JSON.stringify(json));
          write(file.path, code);
        }
      });
    },
  };
}

const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.ClassStaticBlockDeclaration,
  ts.SyntaxKind.PropertyDeclaration,
]);

/** String methods that reset a global pattern's lastIndex to 0 first, or never read it. */
const RESETTING_METHODS = new Set(['replace', 'replaceAll', 'match', 'split']);

/** `text.replace(/re/g, …)`: the literal is the first argument of one of those methods. */
function isPatternOfStringMethod(node) {
  const call = node.parent;
  return (
    ts.isCallExpression(call) &&
    call.arguments[0] === node &&
    ts.isPropertyAccessExpression(call.expression) &&
    RESETTING_METHODS.has(call.expression.name.text)
  );
}

/**
 * The code with each regular expression literal inside a function whose lastIndex no call can see
 * made once (see above), and for each changed line (0-based) where text was inserted.
 */
export function hoistRegexLiterals(text) {
  const file = ts.createSourceFile('bundle.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = [];
  const visit = (node, inFunction) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const flags = literal.slice(literal.lastIndexOf('/') + 1);
      if (inFunction && !flags.includes('y') && (!flags.includes('g') || isPatternOfStringMethod(node))) found.push({ start: node.getStart(file), end: node.end });
      return;
    }
    const inner = inFunction || FUNCTION_KINDS.has(node.kind);
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(file, false);
  const shifts = new Map();
  if (found.length === 0) return { code: text, shifts };
  let out = '';
  let copied = 0;
  const names = [];
  const insert = (at, inserted) => {
    const { line, character } = file.getLineAndCharacterOfPosition(at);
    const columns = shifts.get(line) ?? shifts.set(line, []).get(line);
    // Inserted before the character at `column`: what starts there moves too.
    columns.push({ column: character, by: inserted.length, before: true });
    out += inserted;
  };
  for (const { start, end } of found) {
    const name = `__hoisted_re_${names.length}`;
    names.push(name);
    out += text.slice(copied, start);
    insert(start, `(${name} ??= `);
    out += text.slice(start, end);
    insert(end, ')');
    copied = end;
  }
  // After the last line of code (before esbuild's closing source map comment), so no mapped line moves.
  const rest = text.slice(copied);
  const comment = /\n\/\/# sourceMappingURL=[^\n]*\n?$/.exec(rest);
  const body = comment ? rest.slice(0, comment.index + 1) : rest + (rest.endsWith('\n') ? '' : '\n');
  out += `${body}var ${names.join(', ')};\n${comment ? comment[0].slice(1) : ''}`;
  return { code: out, shifts };
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * The code with every UTF-16 unit above 0x7F as \uXXXX, and for each changed line (0-based) the
 * columns where an escape starts in the input, in order.
 */
export function escapeNonAscii(text) {
  const shifts = new Map();
  let line = 0;
  let lineStart = 0;
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (c < 0x80) continue;
    // `\’` (an identity escape) becomes `\u2019`, not `\\u2019`.
    let backslashes = 0;
    while (i - backslashes - 1 >= copied && text.charCodeAt(i - backslashes - 1) === 92) backslashes++;
    const drop = backslashes % 2 === 1 ? 1 : 0;
    out += text.slice(copied, i - drop) + `\\u${c.toString(16).padStart(4, '0')}`;
    copied = i + 1;
    const columns = shifts.get(line) ?? shifts.set(line, []).get(line);
    columns.push({ column: i - lineStart, by: 5 - drop });
  }
  return { code: out + text.slice(copied), shifts };
}

/** Source map mappings with the generated columns of the given lines moved past what was inserted. */
export function shiftColumns(mappings, shifts) {
  return mappings
    .split(';')
    .map((lineMappings, line) => {
      const columns = shifts.get(line);
      if (!columns || lineMappings === '') return lineMappings;
      let column = 0;
      let previous = 0;
      return lineMappings
        .split(',')
        .map((segment) => {
          const values = decodeVlq(segment);
          column += values[0];
          let moved = column;
          for (const s of columns) if (s.column < column || (s.before && s.column === column)) moved += s.by;
          values[0] = moved - previous;
          previous = moved;
          return encodeVlq(values);
        })
        .join(',');
    })
    .join(';');
}
