// In-memory tests of the CLI's building blocks: decoding, config files, .gitignore layering,
// formatters and the rules table. The end-to-end behaviour is in cli.test.ts.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { RuleMeta } from '../../server/src/core/index';
import { json } from '../../server/src/cli/formatters/json';
import { printable, stylish } from '../../server/src/cli/formatters/stylish';
import { locateFindings, summarise, type CheckReport } from '../../server/src/cli/report';
import { rulesMarkdownTable } from '../../server/src/cli/rules-table';
import { ConfigResolver, ignoredByConfig, parseConfigFile } from '../../server/src/shared/config-files';
import { GitignoreFilter } from '../../server/src/shared/gitignore';
import { decodeDocument, firstInvalidUtf8, formatForPath } from '../../server/src/shared/read-document';

const METAS: RuleMeta[] = [
  {
    id: 'loud-word',
    family: 'characterisation',
    title: 'A loud word',
    description: 'Flags a | b\nacross lines.',
    defaultSeverity: 'warning',
    fix: 'safe',
    policy: [],
    rationale: '',
  },
  {
    id: 'quiet-source',
    family: 'anonymous-sourcing',
    title: 'A quiet source',
    description: 'Flags quiet sources.',
    defaultSeverity: 'error',
    fix: 'none',
    policy: [],
    rationale: '',
  },
];

describe('read-document', () => {
  test('format comes from the extension', () => {
    assert.equal(formatForPath('a/b.md'), 'markdown');
    assert.equal(formatForPath('B.MARKDOWN'), 'markdown');
    assert.equal(formatForPath('notes.txt'), 'plaintext');
    assert.equal(formatForPath('README'), 'plaintext');
  });

  test('a BOM is removed and reported; text is otherwise untouched', () => {
    const read = decodeDocument(Buffer.from('\uFEFFSaid.\r\n', 'utf8'), 'markdown');
    assert.deepEqual(read, { kind: 'text', text: 'Said.\r\n', format: 'markdown', bom: true });
  });

  test('NUL bytes mean binary; UTF-16 gets its own reason', () => {
    const binary = decodeDocument(new Uint8Array([1, 2, 0, 3]), 'plaintext');
    assert.equal(binary.kind, 'skipped');
    const utf16 = decodeDocument(Buffer.from('\uFEFFhi', 'utf16le'), 'plaintext');
    assert.equal(utf16.kind, 'skipped');
    assert.match((utf16 as { reason: string }).reason, /UTF-16/);
  });

  test('invalid UTF-8 is an error that says where', () => {
    const read = decodeDocument(Buffer.from([0x61, 0x0a, 0x62, 0xc3, 0x28]), 'plaintext');
    assert.equal(read.kind, 'error');
    assert.match((read as { reason: string }).reason, /offset 3, line 2/);
  });

  test('the locator agrees with the strict decoder', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const cases = [
      [0xe2, 0x82, 0xac],
      [0xe2, 0x82],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf0, 0x9f, 0x99, 0x82],
      [0x80],
      [0x61, 0xf8],
    ];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      const bytes: number[] = [];
      for (let i = 0; i < 6; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        bytes.push(seed % 256);
      }
      cases.push(bytes);
    }
    for (const bytes of cases) {
      const buffer = new Uint8Array(bytes);
      let valid = true;
      try {
        strict.decode(buffer);
      } catch {
        valid = false;
      }
      assert.equal(firstInvalidUtf8(buffer) < 0, valid, `bytes ${bytes.join(',')}`);
    }
  });
});

describe('config-files', () => {
  test('problems are located by line and column: the bad value, or the unknown key', () => {
    const file = parseConfigFile('/x/.onrecord.jsonc', '{\n  "stage": "later"\n}\n', []);
    assert.equal(file.problems.length, 1);
    assert.deepEqual({ line: file.problems[0].line, column: file.problems[0].column }, { line: 2, column: 12 });
    const unknown = parseConfigFile('/x/.onrecord.jsonc', '{\n  "stage": "edit",\n    "colour": true\n}\n', []);
    assert.deepEqual({ line: unknown.problems[0].line, column: unknown.problems[0].column }, { line: 3, column: 5 });
    const broken = parseConfigFile('/x/.onrecord.jsonc', '{\n  "stage" "edit"\n}\n', []);
    assert.ok(broken.problems.length > 0);
    assert.equal(broken.problems[0].line, 2);
  });

  test('a BOM at the start of a config file is accepted', () => {
    const file = parseConfigFile('/x/.onrecord.json', '\uFEFF{ "stage": "draft" }', []);
    assert.deepEqual(file.problems, []);
    assert.equal(file.layer.stage, 'draft');
  });

  test('discovery walks up, nearest last, stops at "root": true, and reads each file once', () => {
    const files: Record<string, string> = {
      '/a/.onrecord.jsonc': '{ "root": true, "stage": "publish" }',
      '/a/b/.onrecord.json': '{ "stage": "draft" }',
      '/a/b/c/.onrecord.jsonc': '{ "genre": "opinion" }',
      '/.onrecord.jsonc': '{ "genre": "feature" }',
    };
    const reads: string[] = [];
    const resolver = new ConfigResolver([], (path) => {
      reads.push(path);
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    });
    const config = resolver.forDocument('/a/b/c/story.md');
    assert.deepEqual(
      config.files.map((f) => f.path),
      ['/a/.onrecord.jsonc', '/a/b/.onrecord.json', '/a/b/c/.onrecord.jsonc'],
    );
    assert.deepEqual(config.layers.map((l) => l.stage ?? l.genre), ['publish', 'draft', 'opinion']);
    const count = reads.length;
    resolver.forDocument('/a/b/c/other.md');
    resolver.forDocument('/a/b/sibling.md');
    assert.equal(reads.length, count, 'cached per folder');
    assert.deepEqual(resolver.forDocument('/elsewhere/x.md').files.map((f) => f.path), ['/.onrecord.jsonc']);
  });

  test('"ignore" globs match paths under the declaring file only', () => {
    const resolver = new ConfigResolver([], (path) => {
      if (path === '/n/.onrecord.jsonc') return '{ "ignore": ["archive/**", "*.old.md"] }';
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    });
    const config = resolver.forDocument('/n/desk/x.md');
    assert.ok(ignoredByConfig(config, '/n/archive/2020/a.md'));
    assert.ok(ignoredByConfig(config, '/n/desk/b.old.md'));
    assert.equal(ignoredByConfig(config, '/n/desk/b.md'), null);
    assert.equal(ignoredByConfig(config, '/other/archive/a.md'), null);
  });
});

describe('gitignore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-gitignore-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('.git/info/exclude', 'excluded.md\n');
  write('.gitignore', 'build/\n*.tmp.md\n');
  write('docs/.gitignore', '!keep.tmp.md\nlocal/\n');

  test('layers .gitignore files like git: deeper files override, ignored folders stay ignored', () => {
    const filter = new GitignoreFilter();
    const base = filter.gitRoot(join(dir, 'docs', 'local'));
    assert.equal(base, dir);
    const ignored = (path: string, isDir = false) => filter.ignores(join(dir, path), isDir, dir);
    assert.ok(ignored('build', true));
    assert.ok(ignored('build/a.md'));
    assert.ok(ignored('a.tmp.md'));
    assert.ok(ignored('docs/b.tmp.md'));
    assert.ok(!ignored('docs/keep.tmp.md'), 'a deeper negation re-includes');
    assert.ok(ignored('docs/local/x.md'));
    assert.ok(!ignored('local/x.md'), 'a deeper file only applies below it');
    assert.ok(ignored('excluded.md'), '.git/info/exclude applies');
    assert.ok(!ignored('docs/a.md'));
  });
});

describe('formatters', () => {
  const text = 'One 🙂 claimed.\nTwo said.\n';
  const findings = locateFindings(text, [
    {
      rule: 'loud-word',
      family: 'characterisation',
      severity: 'warning',
      message: 'Loud\nword',
      start: 7,
      end: 14,
      fixes: [{ title: 'Use said', safe: true, edits: [{ start: 7, end: 14, text: 'said' }] }],
      related: [{ start: 16, end: 19, message: 'compare' }],
    },
  ]);
  const report: CheckReport = { files: [{ path: 'a.md', findings }, { path: 'b.md', findings: [], skipped: 'binary file' }], summary: { files: 0, findings: 0, errors: 0, warnings: 0, information: 0, hints: 0 } };
  report.summary = summarise(report.files);

  test('lines and columns are 1-based UTF-16 and the end is exclusive', () => {
    assert.deepEqual(
      { line: findings[0].line, column: findings[0].column, endLine: findings[0].endLine, endColumn: findings[0].endColumn },
      { line: 1, column: 8, endLine: 1, endColumn: 15 },
    );
    assert.deepEqual({ line: findings[0].related[0].line, column: findings[0].related[0].column }, { line: 2, column: 1 });
  });

  test('json keeps the contract keys and marks skipped files', () => {
    const out = JSON.parse(json(report, { color: false, version: '9.9.9' }));
    assert.equal(out.version, '9.9.9');
    assert.deepEqual(Object.keys(out.files[0].findings[0]), ['rule', 'family', 'severity', 'message', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'fixes']);
    assert.equal(out.files[1].skipped, 'binary file');
    assert.deepEqual(out.summary, { files: 2, findings: 1, errors: 0, warnings: 1, information: 0, hints: 0 });
  });

  test('stylish groups by file, keeps messages on one line, and colours only when asked', () => {
    const plain = stylish(report, { color: false, version: '0' });
    assert.equal(plain, 'a.md\n  1:8  warning  Loud word  loud-word\n                ↳ 2:1  compare\n\n✖ 1 problem (0 errors, 1 warning, 0 info)\n');
    assert.match(stylish(report, { color: true, version: '0' }), /\x1b\[/);
    assert.equal(stylish({ files: [{ path: 'c.md', findings: [] }], summary: summarise([]) }, { color: false, version: '0' }), '');
  });

  test('control characters from the draft never reach the terminal', () => {
    assert.equal(printable('a\x1b[31mb\tc'), 'a\uFFFD[31mb c');
  });
});

describe('rules table', () => {
  test('a GFM table in catalogue order, cells kept to one line', () => {
    const table = rulesMarkdownTable(METAS);
    assert.equal(
      table,
      [
        '| Rule | Family | Default | Fix | What it flags |',
        '| --- | --- | --- | --- | --- |',
        '| `quiet-source` | anonymous-sourcing | error | — | Flags quiet sources. |',
        '| `loud-word` | characterisation | warning | safe | Flags a \\| b across lines. |',
      ].join('\n'),
    );
    assert.match(rulesMarkdownTable(METAS, { docLink: (id) => `rules/${id}.md` }), /\| \[`loud-word`\]\(rules\/loud-word\.md\) \|/);
  });
});
