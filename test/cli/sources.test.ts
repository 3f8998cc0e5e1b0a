// `onrecord sources`: the ledger as a table, JSON, Markdown and a self-contained HTML page. The
// page is rendered in headless Chromium (Debian's, driven by playwright-core) and checked in the
// rendered DOM; a screenshot is kept under artifacts/ for people to look at.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { escapeHtml } from '../../server/src/cli/sources-report';
import { REPO, runHere, Scratch } from './helpers';

let scratch: Scratch;
before(() => {
  scratch = new Scratch('sources');
});
after(() => scratch.remove());

const CHROMIUM = process.env.ONRECORD_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(REPO, 'artifacts');

// Made up for the test; a named person, a named organisation and two unnamed sources.
const DRAFT = `# Harbour ferry contract <cancelled> & "renegotiated"

Mayor Ann Ruiz said on Monday that the ferry contract would be renegotiated.

A person close to the harbour authority said the contract had been cancelled.

Officials said 300 jobs were at risk. The Harbour Board said in a statement that the figure was exaggerated.

<script>alert("not run")</script>
`;

interface LedgerJson {
  tool: string;
  path: string;
  sources: { id: number; label: string; class: string; anonymous: boolean; missing: string[]; citations: unknown[] }[];
  figures: { text: string; disputed: boolean }[];
  summary: { sources: number; named: number; anonymous: number; figures: number; disputedFigures: number };
}

async function ledger(dir: string): Promise<LedgerJson> {
  const r = await runHere(['sources', 'story.md', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as LedgerJson;
}

describe('sources', () => {
  test('--redact keeps unnamed descriptors and quoted words out of every text format, but not the counts', async () => {
    const dir = scratch.workspace({ 'story.md': `${DRAFT}\n"We will not sign this," said a harbour pilot who asked not to be named.\n` });
    const plain = await ledger(dir);
    for (const format of ['json', 'table', 'markdown']) {
      const r = await runHere(['sources', 'story.md', '--format', format, '--redact', '--no-color'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      for (const secret of ['close to the harbour authority', 'harbour pilot', 'We will not sign this']) assert.ok(!r.stdout.toLowerCase().includes(secret.toLowerCase()), `${format} shows "${secret}"`);
      // Markdown escapes the brackets.
      assert.match(r.stdout, /\\?\[redacted\\?\]/, format);
      assert.match(r.stdout, /Ann Ruiz/, `${format}: named sources stay`);
      if (format === 'json') {
        const data = JSON.parse(r.stdout) as LedgerJson;
        assert.deepEqual(data.summary, plain.summary);
        assert.deepEqual(
          data.sources.map((s) => [s.class, s.anonymous, s.missing]),
          plain.sources.map((s) => [s.class, s.anonymous, s.missing]),
        );
      }
    }
    const html = await runHere(['sources', 'story.md', '--format', 'html', '--redact'], { cwd: dir });
    assert.equal(html.status, 2);
    assert.match(html.stderr, /cannot be used with --redact/);
  });

  test('json: the ledger with named and unnamed sources and what the unnamed ones lack', async () => {
    const dir = scratch.workspace({ 'story.md': DRAFT });
    const data = await ledger(dir);
    assert.equal(data.tool, 'onrecord');
    assert.equal(data.path, 'story.md');
    const labels = data.sources.map((s) => s.label);
    assert.ok(labels.some((l) => l.includes('Ann Ruiz')), labels.join(' | '));
    const close = data.sources.find((s) => s.label.toLowerCase().includes('close to the harbour'));
    assert.ok(close && close.anonymous && close.missing.includes('reason'));
    assert.equal(data.summary.sources, data.sources.length);
    assert.equal(data.summary.named + data.summary.anonymous, data.summary.sources);
    assert.ok(data.summary.anonymous >= 1 && data.summary.named >= 1);
  });

  test('table and markdown list every source', async () => {
    const dir = scratch.workspace({ 'story.md': DRAFT });
    const data = await ledger(dir);
    const table = await runHere(['sources', 'story.md'], { cwd: dir });
    assert.equal(table.status, 0);
    const markdown = await runHere(['sources', 'story.md', '--format', 'markdown'], { cwd: dir });
    assert.match(markdown.stdout, /^\| # \| Source \| Kind \| Cited \| Lines \| Missing \|$/m);
    for (const s of data.sources) {
      assert.ok(table.stdout.includes(s.label), `table lists ${s.label}`);
      assert.ok(markdown.stdout.includes(s.label.replace(/([*_`<>[\]])/g, '\\$1')), `markdown lists ${s.label}`);
    }
    assert.match(table.stdout, new RegExp(`${data.summary.sources} sources · ${data.summary.named} named · ${data.summary.anonymous} unnamed`));
  });

  test('usage: one draft, a known format; a missing file exits 2', async () => {
    const dir = scratch.workspace({ 'story.md': DRAFT });
    assert.equal((await runHere(['sources'], { cwd: dir })).status, 2);
    assert.equal((await runHere(['sources', 'story.md', '--format', 'pdf'], { cwd: dir })).status, 2);
    const missing = await runHere(['sources', 'nope.md'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.md: no such file or directory/);
  });

  test('html: one self-contained page, every piece of draft text escaped', async () => {
    const dir = scratch.workspace({ 'story.md': DRAFT });
    const r = await runHere(['sources', 'story.md', '--format', 'html', '--output', 'report.html'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(!/<script/i.test(html), 'no script, not even the one in the draft');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;not run&quot;)&lt;/script&gt;'), 'the draft text is escaped');
    assert.ok(!/\b(?:src|href)=["']?(?:https?:|\/\/)/i.test(html), 'no external resources');
    assert.ok(!/<link\b/i.test(html), 'no linked stylesheets');
    assert.match(html, /<svg[^>]*class="chart"/);
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  test('html renders in headless Chromium: ledger rows, highlighted attributions, chart', async (t) => {
    if (!existsSync(CHROMIUM)) {
      t.skip(`Chromium not found at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);
      return;
    }
    const dir = scratch.workspace({ 'story.md': DRAFT });
    const data = await ledger(dir);
    const r = await runHere(['sources', 'story.md', '--format', 'html', '--output', 'report.html'], { cwd: dir });
    assert.equal(r.status, 0);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url());
      });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(join(dir, 'report.html')).href);
      // Locators rather than page.evaluate: the test project compiles without DOM types.
      const rowLocators = await page.locator('#ledger tbody tr').all();
      const rows = await Promise.all(
        rowLocators.map(async (row) => ({
          label: (await row.locator('.label').textContent()) ?? '',
          unnamed: ((await row.getAttribute('class')) ?? '').split(' ').includes('unnamed'),
        })),
      );
      const barLocators = await page.locator('svg.chart rect').all();
      const rendered = {
        rows,
        named: await page.locator('#draft mark.source.named').allTextContents(),
        unnamed: await page.locator('#draft mark.source.unnamed').allTextContents(),
        cited: await page.locator('#draft mark.cite').count(),
        draft: (await page.locator('#draft').textContent()) ?? '',
        bars: await Promise.all(
          barLocators.map(async (rect) => ({
            count: Number(await rect.getAttribute('data-count')),
            width: (await rect.boundingBox())?.width ?? 0,
          })),
        ),
        scripts: await page.locator('script').count(),
      };
      assert.deepEqual(
        rendered.rows.map((row) => row.label),
        data.sources.map((s) => s.label),
        'one ledger row per source, in order',
      );
      assert.deepEqual(
        rendered.rows.map((row) => row.unnamed),
        data.sources.map((s) => s.anonymous),
      );
      assert.ok(rendered.named.some((text) => text.includes('Ann Ruiz')), `named highlights: ${rendered.named.join(' | ')}`);
      assert.ok(rendered.unnamed.some((text) => /close to the harbour/i.test(text)), `unnamed highlights: ${rendered.unnamed.join(' | ')}`);
      assert.ok(rendered.cited > 0, 'attributions are highlighted');
      const bodyText = DRAFT;
      assert.equal(rendered.draft, bodyText, 'the draft reads exactly as written, markup characters included');
      assert.equal(rendered.scripts, 0);
      assert.deepEqual(
        rendered.bars.map((bar) => bar.count),
        [data.summary.named, data.summary.anonymous],
      );
      assert.ok(rendered.bars.every((bar) => bar.width > 0));
      assert.deepEqual(requests, [], 'the page loads nothing from outside');
      assert.deepEqual(dialogs, [], 'nothing from the draft ran');
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'sources-report.png'), fullPage: true });
      assert.ok(existsSync(join(ARTIFACTS, 'sources-report.png')));
    } finally {
      await browser.close();
    }
  });
});
