// The extension manifest and the thin client agree, checked without VS Code: every contributed
// command and view is implemented by the client and every implemented one is contributed; the problem matcher reads the CLI's compact output; the
// .vscodeignore allowlist ships exactly the bundles and declarative files the manifest names.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { COMPACT_PATTERN } from '../../server/src/cli/formatters/compact';
import { OPEN_RULE_DOC_COMMAND } from '../../server/src/lsp/protocol';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('package.json'));

const clientSources = readdirSync(join(root, 'client/src'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => read(`client/src/${name}`));
const sharedSources = [...clientSources, read('server/src/lsp/protocol.ts')].join('\n');

/** Resolves a call argument (a string literal or an exported constant) to its value. */
function resolve(arg: string): string {
  const literal = /^'([^']+)'$/.exec(arg);
  if (literal) return literal[1];
  const constant = new RegExp(`\\bconst ${arg} = '([^']+)'`).exec(sharedSources);
  assert.ok(constant, `cannot resolve ${arg}`);
  return constant[1];
}

function calls(fn: string): string[] {
  const found = new Set<string>();
  for (const source of clientSources) for (const m of source.matchAll(new RegExp(`\\b${fn}\\(\\s*([\\w']+[^,)]*)`, 'g'))) found.add(resolve(m[1].trim()));
  return [...found].sort();
}

describe('contributions and the client', () => {
  const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();

  test('every contributed command is implemented, and every implemented command is contributed', () => {
    assert.deepEqual(contributed, calls('registerCommand'));
  });

  test("the server's rule-doc command is neither contributed nor registered by the extension (the language client registers it)", () => {
    assert.ok(!calls('registerCommand').includes(OPEN_RULE_DOC_COMMAND));
    assert.ok(!contributed.includes(OPEN_RULE_DOC_COMMAND));
    assert.match(read("server/src/lsp/server.ts"), /executeCommandProvider[^}]*OPEN_RULE_DOC_COMMAND/);
  });

  test('command names follow onrecord.<verbNoun> and have titles in the OnRecord category', () => {
    for (const c of manifest.contributes.commands as { command: string; title: string; category: string }[]) {
      assert.match(c.command, /^onrecord\.[a-z]+[A-Z][A-Za-z]+$/);
      assert.ok(c.title.length > 0);
      assert.equal(c.category, 'OnRecord');
    }
  });

  test('every contributed view has a tree in the client, and every tree is contributed', () => {
    const views = Object.values(manifest.contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id).sort();
    assert.deepEqual(views, calls('createTreeView'));
    for (const welcome of manifest.contributes.viewsWelcome as { view: string }[]) assert.ok(views.includes(welcome.view), welcome.view);
  });

  test('menus and welcome links name contributed commands', () => {
    for (const entries of Object.values(manifest.contributes.menus as Record<string, { command: string }[]>)) {
      for (const entry of entries) assert.ok(contributed.includes(entry.command), entry.command);
    }
    for (const welcome of manifest.contributes.viewsWelcome as { contents: string }[]) {
      for (const m of welcome.contents.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(contributed.includes(m[1]), m[1]);
    }
  });

  test('the client activates on Markdown and plain text and runs in untrusted workspaces', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.main, './client/out/extension.js');
  });

  test('engines.vscode stays at or below 1.100 (code-server 4.100.3) and matches @types/vscode', () => {
    const [major, minor] = /(\d+)\.(\d+)/.exec(manifest.engines.vscode)!.slice(1).map(Number);
    assert.ok(major === 1 && minor <= 100, manifest.engines.vscode);
    const types = JSON.parse(read('client/package.json')).devDependencies['@types/vscode'] as string;
    assert.ok(Number(/1\.(\d+)/.exec(types)![1]) <= minor, `@types/vscode ${types} is newer than engines.vscode`);
  });

  test('the client holds no analysis: it imports nothing from the core', () => {
    for (const source of clientSources) assert.doesNotMatch(source, /from '[./]*server\/src\/core/);
  });
});

describe('problem matcher for onrecord check --format compact', () => {
  const matcher = (manifest.contributes.problemMatchers as { name: string; pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number } }[]).find(
    (m) => m.name === 'onrecord',
  )!;
  const regexp = new RegExp(matcher.pattern.regexp);
  const parse = (line: string) => {
    const m = regexp.exec(line);
    if (!m) return null;
    const { file, line: lineNo, column, severity, code, message } = matcher.pattern;
    return { file: m[file], line: m[lineNo], column: m[column], severity: m[severity], code: m[code], message: m[message] };
  };

  test('reads a compact line', () => {
    assert.deepEqual(parse('drafts/a.md:3:5: warning vague-source Vague source "officials": missing affiliation, role.'), {
      file: 'drafts/a.md',
      line: '3',
      column: '5',
      severity: 'warning',
      code: 'vague-source',
      message: 'Vague source "officials": missing affiliation, role.',
    });
  });

  test('severity words VS Code knows: error, warning, info (also for a spelled-out information), hint', () => {
    assert.equal(parse('a.md:1:1: error bare-source m')?.severity, 'error');
    assert.equal(parse('a.md:1:1: info vague-quantity m')?.severity, 'info');
    assert.equal(parse('a.md:1:1: information vague-quantity m')?.severity, 'info');
    assert.equal(parse('a.md:1:1: hint tk-placeholder m')?.severity, 'hint');
    assert.equal(parse('a.md:1:1: fatal bare-source m'), null);
  });

  test('a Windows path keeps its drive letter and a message may contain colons', () => {
    const parsed = parse('C:\\drafts\\a.md:12:40: warning hidden-source "reportedly": name the source.');
    assert.equal(parsed?.file, 'C:\\drafts\\a.md');
    assert.equal(parsed?.message, '"reportedly": name the source.');
  });

  test("reads every line of the CLI's compact output the way the CLI's own pattern does", () => {
    const run = spawnSync(process.execPath, [join(root, 'server/out/cli.js'), 'check', '--format', 'compact', 'examples'], { cwd: root, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const lines = run.stdout.split('\n').filter(Boolean);
    assert.ok(lines.length > 5, run.stdout);
    for (const line of lines) {
      const ours = parse(line);
      const theirs = COMPACT_PATTERN.exec(line);
      assert.ok(ours && theirs, line);
      assert.deepEqual([ours.file, ours.line, ours.column, ours.severity, ours.code, ours.message], theirs.slice(1));
    }
  });
});

describe('.vscodeignore', () => {
  const lines = read('.vscodeignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const allowed = lines.filter((line) => line.startsWith('!')).map((line) => line.slice(1));

  test('is an allowlist: everything is excluded first', () => {
    assert.equal(lines[0], '**');
    assert.ok(allowed.every((path) => !path.includes('node_modules')));
    assert.ok(!allowed.some((path) => path.endsWith('.map')), 'source maps stay out of the package');
  });

  test('lets in what the manifest points at', () => {
    const matches = (path: string) => allowed.some((pattern) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(path));
    const needed = [
      'package.json',
      'README.md',
      'LICENSE',
      manifest.icon,
      manifest.main.replace(/^\.\//, ''),
      'server/out/server.js',
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path.replace(/^\.\//, '')),
      ...manifest.contributes.jsonValidation.map((v: { url: string }) => v.url.replace(/^\.\//, '')),
    ];
    for (const path of needed) {
      assert.ok(matches(path), `${path} is not in the .vscodeignore allowlist`);
      assert.ok(existsSync(join(root, path)), `${path} does not exist (run npm run build)`);
    }
  });

  test('the client starts the bundled server the allowlist ships', () => {
    assert.match(read('client/src/client.ts'), /asAbsolutePath\('server\/out\/server\.js'\)/);
  });
});
