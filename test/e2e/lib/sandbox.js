// @ts-check
// A throw-away root per run: code-server and Chromium write to HOME, XDG_* and TMPDIR on every
// start (even `code-server --version` writes ~/.config/code-server/config.yaml with a password), so
// all of them point inside the sandbox and nothing lands in the real home.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** The editor as a tester wants it: no welcome page, tips, telemetry, update checks or trust prompt. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
};

/**
 * @typedef {object} Sandbox
 * @property {string} root
 * @property {string} home
 * @property {string} tmp
 * @property {string} userData
 * @property {string} extensions
 * @property {string} workspace
 * @property {string} chromeProfile
 * @property {string} config code-server's config file (auth: none)
 * @property {NodeJS.ProcessEnv} env the environment for code-server and Chromium
 * @property {string[]} commonArgs the code-server arguments that keep it inside the sandbox
 * @property {() => void} remove
 */

/**
 * @param {{ files?: Record<string, string>, settings?: Record<string, unknown> }} [options]
 *   files: workspace-relative path → text; settings: user settings over USER_SETTINGS
 * @returns {Sandbox}
 */
function makeSandbox(options = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-e2e-'));
  const dir = (/** @type {string} */ name) => {
    const p = path.join(root, name);
    fs.mkdirSync(p, { recursive: true });
    return p;
  };
  const home = dir('home');
  const sandbox = {
    root,
    home,
    tmp: dir('tmp'),
    userData: dir('user-data'),
    extensions: dir('extensions'),
    workspace: dir('workspace'),
    chromeProfile: dir('chrome-profile'),
    config: path.join(root, 'code-server.yaml'),
    /** @type {NodeJS.ProcessEnv} */ env: {},
    /** @type {string[]} */ commonArgs: [],
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
  fs.mkdirSync(path.join(sandbox.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(sandbox.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...options.settings }, null, 2));
  fs.writeFileSync(sandbox.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  for (const [name, text] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(sandbox.workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(sandbox.workspace, name), text);
  }
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_RUNTIME_DIR: path.join(home, '.run'),
    TMPDIR: sandbox.tmp,
  };
  // code-server reads these; a password in the caller's environment would put a login page up.
  for (const name of ['PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'VSCODE_PROXY_URI', 'VSCODE_IPC_HOOK_CLI']) delete env[name];
  fs.mkdirSync(env.XDG_RUNTIME_DIR, { recursive: true, mode: 0o700 });
  sandbox.env = env;
  sandbox.commonArgs = ['--config', sandbox.config, '--user-data-dir', sandbox.userData, '--extensions-dir', sandbox.extensions];
  return sandbox;
}

module.exports = { makeSandbox, USER_SETTINGS };
