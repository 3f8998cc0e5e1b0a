// An esbuild plugin that makes the bundles pure ASCII. esbuild escapes non-ASCII characters in
// strings and templates but leaves them in regular expression literals (the lexicons' curly
// quotes and dashes), and one such character makes V8 hold the whole bundle's source as a
// two-byte string: 2.7 MB instead of 1.35 MB of the language server's heap, and a slower decode
// on every CLI start. Each character is written as a \uXXXX escape, which means the same in a
// regular expression (with or without the u flag), a string and a comment; the source map's
// columns on those lines are shifted to match. The build must run with `write: false`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function asciiOutput() {
  return {
    name: 'ascii-output',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        const files = result.outputFiles ?? [];
        const maps = new Map(files.filter((f) => f.path.endsWith('.map')).map((f) => [f.path, f]));
        for (const file of files) {
          if (file.path.endsWith('.map')) continue;
          const { code, shifts } = escapeNonAscii(file.text);
          const map = maps.get(`${file.path}.map`);
          if (map) {
            const json = JSON.parse(map.text);
            if (shifts.size > 0) json.mappings = shiftColumns(json.mappings, shifts);
            write(map.path, JSON.stringify(json));
          }
          write(file.path, code);
        }
      });
    },
  };
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(values) {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      out += BASE64[digit];
    } while (rest > 0);
  }
  return out;
}

/** Source map mappings with the generated columns of the given lines moved past the escapes. */
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
          for (const s of columns) if (s.column < column) moved += s.by;
          values[0] = moved - previous;
          previous = moved;
          return encodeVlq(values);
        })
        .join(',');
    })
    .join(';');
}
