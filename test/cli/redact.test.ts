// --redact: no output format echoes who the unnamed sources are or what anyone is quoted saying.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Redactor } from '../../server/src/cli/redact';
import { runHere, Scratch } from './helpers';

let scratch: Scratch;
before(() => {
  scratch = new Scratch('redact');
});
after(() => scratch.remove());

const DESCRIPTOR = 'A person close to the harbour authority';
const QUOTED = 'Nobody at the harbour will sign this lopsided deal.';
const DRAFT = [
  `${DESCRIPTOR} said the ferry contract was cancelled.`,
  '',
  `"${QUOTED}"`,
  '',
  '<!-- onrecord-disable-next-line loaded-attribution-verb -- approved; the person close to the harbour authority insisted on it -->',
  'The governor claimed the ferry was late.',
  '',
  'The minister claimed the plan was dead.',
  '',
].join('\n');

/** Words that must not appear in any redacted output, in any letter case. */
const SECRETS = ['close to the harbour', 'harbour authority', 'lopsided deal', 'nobody at the harbour'];

describe('--redact', () => {
  for (const format of ['stylish', 'compact', 'json', 'sarif', 'github', 'junit']) {
    test(`${format}: descriptors and quoted words are replaced, the rest of the report stays`, async () => {
      const dir = scratch.workspace({ 'story.md': DRAFT });
      const plain = await runHere(['check', '--format', format, 'story.md'], { cwd: dir });
      assert.ok(
        SECRETS.some((s) => plain.stdout.toLowerCase().includes(s)),
        `without --redact the ${format} output does name the source (so this test can fail)`,
      );
      const redacted = await runHere(['check', '--format', format, '--redact', 'story.md'], { cwd: dir });
      assert.equal(redacted.status, plain.status, 'redaction does not change the verdict');
      for (const secret of SECRETS) assert.ok(!redacted.stdout.toLowerCase().includes(secret), `${format} output echoes "${secret}":\n${redacted.stdout}`);
      assert.ok(redacted.stdout.includes('[redacted]'), 'the placeholder marks what was withheld');
      // Findings not about sources or quotations keep their words.
      assert.ok(redacted.stdout.includes('claimed'), 'the loaded verb is still named');
    });
  }

  test('--report-suppressions: reasons are redacted too', async () => {
    const dir = scratch.workspace({ 'story.md': DRAFT });
    for (const format of ['stylish', 'compact', 'json']) {
      const plain = await runHere(['check', '--report-suppressions', '--format', format, 'story.md'], { cwd: dir });
      assert.ok(plain.stdout.includes('close to the harbour authority'));
      const r = await runHere(['check', '--report-suppressions', '--redact', '--format', format, 'story.md'], { cwd: dir });
      assert.equal(r.status, 0);
      for (const secret of SECRETS) assert.ok(!r.stdout.toLowerCase().includes(secret), `${format}: ${r.stdout}`);
      assert.ok(r.stdout.includes('approved'));
    }
  });

  test('--redact with --fix-dry-run is refused: a diff is the draft itself', async () => {
    const dir = scratch.workspace({ 'story.md': DRAFT });
    const r = await runHere(['check', '--fix-dry-run', '--redact', 'story.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--redact/);
  });

  test('the redactor: quoted passages that overlap a secret, truncated ones, and bare occurrences', () => {
    const r = new Redactor(['a person close to the Russian defence ministry', 'key']);
    assert.equal(r.text('Vague source "a person close to the Russian defence ministry": missing role.'), 'Vague source "[redacted]": missing role.');
    assert.equal(r.text('Vague source "a person close to the Russian…": x'), 'Vague source "[redacted]": x');
    assert.equal(r.text('Scare quotes around "key".'), 'Scare quotes around "[redacted]".');
    assert.equal(r.text('"claimed" casts doubt'), '"claimed" casts doubt', 'unrelated quoted words stay');
    assert.equal(r.text('relays a person close to the Russian\ndefence ministry'), 'relays [redacted]');
    assert.equal(r.text('Label "regime" in the writer\'s voice', true), 'Label "[redacted]" in the writer\'s voice', 'all quoted passages of a sensitive finding');
    assert.equal(r.snippet('person close to', false), '[redacted]');
  });
});
