// The GitHub Action (action.yml) and the README's "Use in CI" section, exercised locally: the
// check step's script runs in a scratch repository with the environment GitHub would give it,
// and the README's workflow uses only inputs the action declares.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { BARE, CLEAN, LOADED, REPO, Scratch } from './helpers';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  name: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const checkStep = action.runs.steps.find((s) => s.id === 'check')!;

let scratch: Scratch;
before(() => {
  scratch = new Scratch('action');
});
after(() => scratch.remove());

/** Runs the check step's script as GitHub would: bash, the step's env with inputs filled in, GITHUB_* set. */
function runStep(cwd: string, inputs: Record<string, string>): { status: number | null; stdout: string; stderr: string; outputs: Record<string, string> } {
  const outputFile = join(cwd, '.github-output');
  const env: Record<string, string> = { ...(process.env as Record<string, string>), GITHUB_ACTION_PATH: REPO, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: cwd, CI: 'true' };
  for (const [name, template] of Object.entries(checkStep.env ?? {})) {
    const m = /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(template);
    assert.ok(m, `step env ${name} is a plain input reference`);
    env[name] = inputs[m[1]] ?? action.inputs[m[1]].default ?? '';
  }
  const r = spawnSync('bash', ['-e', '-c', checkStep.run!], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  let outputs: Record<string, string> = {};
  try {
    outputs = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
  } catch {
    // No outputs written.
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs };
}

describe('action.yml', () => {
  test('is a composite action that sets up node, installs onrecord and runs the check', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.runs.steps.some((s) => s.uses?.startsWith('actions/setup-node@')));
    const install = action.runs.steps.find((s) => s.id === 'install')!;
    assert.match(install.run!, /npm ci --prefix "\$GITHUB_ACTION_PATH"/);
    for (const name of ['paths', 'format', 'stage', 'args', 'sarif-file']) assert.ok(action.inputs[name], `input ${name}`);
    assert.doesNotMatch(checkStep.run!, /\$\{\{/, 'inputs reach the script through env only (no expression injection)');
    for (const step of action.runs.steps) if (step.run) assert.equal(step.shell, 'bash');
  });

  test('annotates findings, writes SARIF, sets outputs and fails like the CLI', () => {
    const dir = scratch.workspace({ 'drafts/a.md': `# Plan\n\n${BARE}\n\n${LOADED}\n`, 'drafts/b.md': `${CLEAN}\n`, 'notes/skip.md': `${BARE}\n` });
    const r = runStep(dir, { paths: 'drafts', 'sarif-file': 'reports/onrecord.sarif' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^::error file=drafts\/a\.md,line=3,col=1,endLine=3,endColumn=\d+,title=onrecord bare-source::/m);
    assert.match(r.stdout, /^::warning file=drafts\/a\.md,line=5,/m);
    assert.doesNotMatch(r.stdout, /notes\/skip\.md/);
    assert.equal(r.outputs['exit-code'], '1');
    assert.equal(r.outputs['sarif-file'], 'reports/onrecord.sarif');
    const sarif = JSON.parse(readFileSync(join(dir, 'reports/onrecord.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    assert.ok(sarif.runs[0].results.some((x) => x.ruleId === 'bare-source'));
  });

  test('stage and args are passed on; a clean run exits 0; a bad argument exits 2', () => {
    const dir = scratch.workspace({ 'a.md': `${BARE}\n`, 'clean.md': `${CLEAN}\n` });
    const draft = runStep(dir, { paths: 'a.md', stage: 'draft', format: 'compact' });
    assert.equal(draft.status, 0, 'the draft stage lowers bare-source to a warning');
    assert.match(draft.stdout, /^a\.md:1:1: warning bare-source /m);
    const strict = runStep(dir, { paths: 'a.md', stage: 'draft', args: '--max-warnings 0' });
    assert.equal(strict.status, 1);
    const clean = runStep(dir, { paths: 'clean.md' });
    assert.equal(clean.status, 0);
    assert.equal(clean.stdout, '');
    assert.equal(clean.outputs['exit-code'], '0');
    const bad = runStep(dir, { args: '--frobnicate' });
    assert.equal(bad.status, 2);
    assert.equal(bad.outputs['exit-code'], '2');
  });

  test('shell characters in inputs stay data', () => {
    const dir = scratch.workspace({ 'a.md': `${CLEAN}\n` });
    const r = runStep(dir, { paths: 'a.md $(touch pwned) `touch pwned2` ;touch pwned3', args: '' });
    assert.equal(r.status, 2, 'the odd names are missing files, not commands');
    assert.ok(!readdirSync(dir).some((name) => name.startsWith('pwned')), 'no command ran');
  });
});

describe('README "Use in CI"', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = /^## Use in CI\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';

  test('exists, with a workflow example that uses only the inputs the action declares', () => {
    assert.ok(section.length > 0, 'README has a "## Use in CI" section');
    const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((y) => /^jobs:/m.test(y));
    assert.ok(workflows.length > 0, 'a workflow example');
    for (const text of workflows) {
      const workflow = parse(text) as { jobs: Record<string, { steps: Step[] }> };
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const ours = steps.filter((s) => s.uses && /onrecord/i.test(s.uses));
      assert.ok(ours.length > 0, 'the workflow uses the action');
      for (const step of ours) {
        for (const key of Object.keys(step.with ?? {})) assert.ok(action.inputs[key], `README passes input "${key}", which action.yml declares`);
      }
    }
  });

  test("the workflow's check step, run through the action script, behaves as the README says", () => {
    const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]) as { jobs?: Record<string, { steps: Step[] }> }).filter((w) => w.jobs);
    const step = Object.values(workflows[0].jobs!)
      .flatMap((job) => job.steps)
      .find((s) => s.uses && /onrecord/i.test(s.uses))!;
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
    const paths = (inputs.paths ?? '.').split(/\s+/).filter(Boolean);
    const files: Record<string, string> = {};
    for (const p of paths) files[/\.(md|txt|markdown)$/.test(p) ? p : `${p.replace(/\/\*\*.*$/, '')}/story.md`] = `${BARE}\n`;
    const dir = scratch.workspace(files);
    const r = runStep(dir, inputs);
    assert.equal(r.status, 1, r.stderr);
    if (inputs['sarif-file']) JSON.parse(readFileSync(join(dir, inputs['sarif-file']), 'utf8'));
  });

  test('the pre-commit hooks file declares the hooks the README names', () => {
    const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string }[];
    const ids = hooks.map((h) => h.id);
    assert.ok(ids.includes('onrecord'));
    for (const m of section.matchAll(/- id: ([\w-]+)/g)) assert.ok(ids.includes(m[1]), `README names hook ${m[1]}`);
    for (const hook of hooks) assert.equal(hook.language, 'script');
  });

  test('the hook script checks the files pre-commit passes, with the hook options', () => {
    const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string }[];
    const dir = scratch.workspace({ 'a.md': `${BARE}\n`, 'fixable.md': `${LOADED}\n`, 'clean.md': `${CLEAN}\n` });
    const runHook = (id: string, files: string[]) => {
      const [script, ...options] = hooks.find((h) => h.id === id)!.entry.split(' ');
      return spawnSync(join(REPO, script), [...options, ...files], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    };
    const failing = runHook('onrecord', ['a.md', 'clean.md']);
    assert.equal(failing.status, 1, failing.stderr);
    assert.match(failing.stdout, /bare-source/);
    assert.equal(runHook('onrecord', ['clean.md']).status, 0);
    const fixed = runHook('onrecord-fix', ['fixable.md']);
    assert.equal(fixed.status, 0, fixed.stderr);
    assert.equal(readFileSync(join(dir, 'fixable.md'), 'utf8'), `${LOADED.replace('claimed', 'said')}\n`);
  });
});
