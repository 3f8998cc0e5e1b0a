// OnRecord in an editor that is not VS Code: headless Neovim (Debian's 0.7) runs the bundled
// server over stdio, receives pushed diagnostics and applies a quick fix (lsp-client.lua).
// Skipped, visibly, only where `nvim` is not installed; CI installs it (.ci/run).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const REPO = resolve(__dirname, '..', '..');
const SERVER = join(REPO, 'server', 'out', 'server.js');
const SCRIPT = join(__dirname, 'lsp-client.lua');

const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const missing = probe.error ? 'nvim is not on PATH (install Debian\'s neovim; .ci/run does)' : false;

test('Neovim receives pushed diagnostics and applies a quick fix', { skip: missing }, async () => {
  const home = mkdtempSync(join(tmpdir(), 'onrecord-nvim-'));
  try {
    const draft = join(home, 'drafts', 'plant.md');
    mkdirSync(join(home, 'drafts'));
    writeFileSync(draft, '# Plant to close\n\nThe Halden plant will close in March, sources said.\n');
    // A private HOME and XDG folders: nothing of the user's Neovim setup is read or written.
    const env = {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_STATE_HOME: join(home, 'state'),
      XDG_CACHE_HOME: join(home, 'cache'),
      ONRECORD_SERVER: SERVER,
      ONRECORD_DRAFT: draft,
    };
    const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'NONE', '--cmd', 'set noswapfile', '-c', `luafile ${SCRIPT}`], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // A hung editor fails the test instead of hanging the suite.
      signal: AbortSignal.timeout(60_000),
    });
    child.on('error', () => undefined);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(code, 0, output);
    assert.match(output, /diagnostic 3:\d+ bare-source .*<https?:\/\/\S+bare-source\.md>/);
    assert.match(output, /PASS/);
    if (process.env.ONRECORD_NVIM_VERBOSE) process.stdout.write(output);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
