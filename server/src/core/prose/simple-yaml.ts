/**
 * Front matter as most drafts have it, `key: plain words` a line, read without the YAML parser:
 * on a folder of 500 articles the parser was about a fifteenth of the run (a millisecond a
 * draft, most of it the library's cold code). Anything this reader is not sure to read exactly as
 * the `yaml` package's default (YAML 1.2 core) schema would (quotes, numbers, booleans, nulls,
 * comments, nesting, flow collections, indicators, repeated keys, continuation lines) is left to
 * the parser: null means "parse it properly", never "no front matter".
 */
const LINE = /^([A-Za-z][A-Za-z0-9_-]{0,63}):[ ]+(\p{L}[^\p{Cc}\p{Zl}\p{Zp}\uFEFF#:{}[\]|>&*!%@`\\]*?)[ ]*$/u;
/** Plain scalars the core schema reads as booleans or null, not strings. */
const KEYWORD = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

export function readSimpleYaml(source: string): Record<string, string> | null {
  const data: Record<string, string> = {};
  let keys = 0;
  for (const line of source.split('\n')) {
    if (line === '') continue;
    const m = LINE.exec(line);
    if (!m || KEYWORD.test(m[1]) || KEYWORD.test(m[2]) || Object.hasOwn(data, m[1])) return null;
    data[m[1]] = m[2];
    keys++;
  }
  return keys > 0 ? data : null;
}
