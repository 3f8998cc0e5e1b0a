// @ts-check
// What the suites share: the drafts of the workspace, and waits that listen for the editor's events
// (never a fixed sleep; a timeout only bounds how long a missing event is waited for).
'use strict';
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'onrecord.onrecord';
const SOURCE = 'onrecord';
/** Long enough for a busy two-core machine; short enough that a missing event fails the test. */
const WAIT_MS = 30_000;

function folder() {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'the tests need a workspace folder (the runner opens a copy of examples/)');
  return folders[0].uri;
}

/** @param {string} name a file of the workspace (a copy of examples/) */
function draftUri(name) {
  return vscode.Uri.joinPath(folder(), name);
}

/**
 * A fresh copy of an example under another name, so each test edits a draft of its own.
 * @param {string} example
 * @param {string} name
 */
async function copyDraft(example, name) {
  const target = draftUri(name);
  await vscode.workspace.fs.copy(draftUri(example), target, { overwrite: true });
  return target;
}

/** @param {vscode.Uri} uri */
async function show(uri) {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

/** @param {vscode.Uri} uri */
function findings(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** @param {vscode.Diagnostic} d */
function ruleOf(d) {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** @param {vscode.Diagnostic[]} list */
function describe(list) {
  return list.length === 0 ? '(none)' : list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${ruleOf(d)}`).join('\n  ');
}

/**
 * Resolves with the document's OnRecord diagnostics once `accept` holds for them: now, or at a later
 * onDidChangeDiagnostics for this document.
 * @template T
 * @param {vscode.Uri} uri
 * @param {(list: vscode.Diagnostic[]) => T | undefined | false} accept returns what to resolve with
 * @param {string} what what is awaited, for the timeout message
 * @returns {Promise<T>}
 */
function waitForFindings(uri, accept, what, timeoutMs = WAIT_MS) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const result = accept(findings(uri));
      if (result === undefined || result === false) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(result);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no ${what} within ${timeoutMs / 1000} s for ${vscode.workspace.asRelativePath(uri)}; its findings:\n  ${describe(findings(uri))}`));
    }, timeoutMs);
    check();
  });
}

/**
 * The finding of `rule` whose range covers exactly `text` (first one), once it is there.
 * @param {vscode.TextDocument} document
 * @param {string} rule
 * @param {string} text
 */
function waitForFinding(document, rule, text) {
  return waitForFindings(
    document.uri,
    (list) => list.find((d) => ruleOf(d) === rule && document.getText(d.range) === text),
    `${rule} finding on "${text}"`,
  );
}

/**
 * Resolves when the configuration section changed (the event fires before dependants react).
 * @param {string} section
 */
function configurationChanged(section) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no configuration change of ${section} within ${WAIT_MS / 1000} s`));
    }, WAIT_MS);
    const subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(section)) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

/**
 * The code actions the editor would offer for `range`, of `kind`.
 * @param {vscode.Uri} uri
 * @param {vscode.Range} range
 * @param {string} kind
 * @returns {Promise<vscode.CodeAction[]>}
 */
async function codeActions(uri, range, kind) {
  // VS Code cancels a code action request, and answers it with nothing, when any extension
  // registers or drops a code action provider for the document meanwhile (the built-in Markdown
  // extension does so while it starts). An empty answer is therefore asked again, twice at most:
  // a server that offers nothing still fails the test.
  for (let attempt = 1; ; attempt++) {
    const actions = /** @type {vscode.CodeAction[]} */ ((await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, kind)) ?? []).filter((a) => 'kind' in a);
    if (actions.length > 0 || attempt === 3) return actions;
    console.log(`    (no code actions of ${kind} on attempt ${attempt}; asking again)`);
  }
}

/** The rule ids the manifest knows (its generated `onrecord.rules` setting). */
function ruleIds() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  return Object.keys(ext.packageJSON.contributes.configuration.properties['onrecord.rules'].properties);
}

/**
 * What the command-line tool reports for a draft: the same core as the server, so the editor's
 * counts can be compared with it rather than with numbers copied into the tests.
 * @param {string[]} args e.g. ['sources', '--format', 'json']
 * @param {vscode.Uri} uri
 */
function cliJson(args, uri) {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  const cli = path.join(ext.extensionPath, 'server', 'out', 'cli.js');
  let stdout;
  try {
    // In desktop VS Code process.execPath is Electron: ELECTRON_RUN_AS_NODE makes it Node.
    stdout = execFileSync(process.execPath, [cli, ...args, uri.fsPath], { encoding: 'utf8', cwd: path.dirname(uri.fsPath), env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  } catch (error) {
    stdout = /** @type {{ stdout: string }} */ (error).stdout; // exit 1: there are findings
  }
  return JSON.parse(stdout);
}

/**
 * The draft as `onrecord check --fix` leaves it (safe fixes only), worked out on a copy.
 * @param {vscode.Uri} uri
 */
function cliFixed(uri) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-e2e-fix-'));
  try {
    const copy = vscode.Uri.file(path.join(dir, path.basename(uri.fsPath)));
    fs.copyFileSync(uri.fsPath, copy.fsPath);
    cliJson(['check', '--fix', '--format', 'json'], copy);
    return fs.readFileSync(copy.fsPath, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { EXTENSION_ID, SOURCE, WAIT_MS, draftUri, copyDraft, show, findings, ruleOf, describe, waitForFindings, waitForFinding, configurationChanged, codeActions, ruleIds, cliJson, cliFixed };
