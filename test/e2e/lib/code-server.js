// @ts-check
// code-server 4.100.3 (VS Code 1.100.3: the real workbench in a browser, the real Node extension
// host on the server) from this package's node_modules, kept inside a sandbox.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const CODE_SERVER = process.env.CODE_SERVER || path.join(__dirname, '..', 'node_modules', '.bin', 'code-server');

/** The editor did not come up: worth one retry, unlike a failing assertion. */
class StartError extends Error {}

/** Exit code by which a runner says "the editor did not start" (EX_TEMPFAIL). */
const START_FAILED = 75;

function assertInstalled() {
  if (!fs.existsSync(CODE_SERVER)) {
    throw new StartError(`code-server is not installed at ${CODE_SERVER}: run \`bash test/e2e/setup.sh\` (or \`npm ci --prefix test/e2e\`, see the README)`);
  }
}

/**
 * Installs a .vsix into the sandbox's extensions folder the way a user would, and returns what
 * `--list-extensions --show-versions` says afterwards.
 * @param {import('./sandbox').Sandbox} sandbox
 * @param {string} vsix
 */
function installVsix(sandbox, vsix) {
  assertInstalled();
  const run = (/** @type {string[]} */ args) => execFileSync(CODE_SERVER, [...sandbox.commonArgs, ...args], { env: sandbox.env, encoding: 'utf8', timeout: 180_000 });
  const output = run(['--install-extension', vsix, '--force']);
  return { output, listed: run(['--list-extensions', '--show-versions']) };
}

/**
 * @typedef {object} CodeServer
 * @property {number} port
 * @property {string} url
 * @property {number} pid the process group to kill (server, extension host, language server)
 * @property {string} logFile
 * @property {() => string} logTail
 * @property {() => Promise<void>} stop
 */

/**
 * Starts code-server in its own process group on a free port and resolves once it says it listens.
 * @param {import('./sandbox').Sandbox} sandbox
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<CodeServer>}
 */
async function startCodeServer(sandbox, { timeoutMs = 90_000 } = {}) {
  assertInstalled();
  const logFile = path.join(sandbox.root, 'code-server.log');
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  const child = spawn(
    CODE_SERVER,
    [
      ...sandbox.commonArgs,
      '--bind-addr', '127.0.0.1:0',
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    { env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const pid = /** @type {number} */ (child.pid);
  let exited = false;
  child.on('exit', () => (exited = true));
  // Never leave the tree behind, even when the runner dies between start and stop.
  const killGroup = () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killGroup);

  const stop = async () => {
    process.removeListener('exit', killGroup);
    if (exited) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(killGroup, 5_000);
    await gone;
    clearTimeout(timer);
    // The extension host and the language server are in the same group; make sure they went too.
    killGroup();
    await new Promise((resolve) => log.end(resolve));
  };

  const logTail = () => {
    try {
      return fs.readFileSync(logFile, 'utf8').slice(-6000);
    } catch {
      return '';
    }
  };

  try {
    const port = await new Promise((resolve, reject) => {
      let buffer = '';
      let listening = false;
      const timer = setTimeout(() => reject(new StartError(`code-server did not start listening within ${timeoutMs / 1000} s`)), timeoutMs);
      const onData = (/** @type {Buffer} */ chunk) => {
        log.write(chunk);
        if (listening) return;
        buffer += chunk.toString('utf8');
        const match = /HTTP server listening on https?:\/\/127\.0\.0\.1:(\d+)/.exec(buffer);
        if (match) {
          listening = true;
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (/** @type {Buffer} */ chunk) => log.write(chunk));
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new StartError(`code-server failed to start: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new StartError(`code-server exited before listening (${code ?? signal})`));
      });
    });
    return { port, url: `http://127.0.0.1:${port}`, pid, logFile, logTail, stop };
  } catch (error) {
    await stop();
    if (error instanceof Error) error.message += `\n--- code-server log ---\n${logTail()}`;
    throw error;
  }
}

module.exports = { CODE_SERVER, START_FAILED, StartError, installVsix, startCodeServer };
