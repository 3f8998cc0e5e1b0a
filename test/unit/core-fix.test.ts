// Fixes are data (STYLE habit 6): applyFixes applies non-overlapping edits in one pass, a fix
// whole or not at all, and is idempotent; every rule's fix is tested by the text it produces
// and by the finding it removes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, applyFixes, type Fix } from '../../server/src/core/index';

const insert = (at: number, text: string, safe = true): Fix => ({ title: `insert ${text}`, safe, edits: [{ start: at, end: at, text }] });
const replace = (start: number, end: number, text: string, safe = true): Fix => ({ title: `replace with ${text}`, safe, edits: [{ start, end, text }] });

describe('applyFixes', () => {
  const text = 'Brennan claimed the audit was wrong and insisted on a review.';
  const claimed = replace(text.indexOf('claimed'), text.indexOf('claimed') + 7, 'said');
  const insisted = replace(text.indexOf('insisted'), text.indexOf('insisted') + 8, 'asked');

  test('applies non-overlapping fixes in one pass, whatever their order', () => {
    const forward = applyFixes(text, [claimed, insisted]);
    const backward = applyFixes(text, [insisted, claimed]);
    assert.equal(forward.text, 'Brennan said the audit was wrong and asked on a review.');
    assert.equal(backward.text, forward.text);
    assert.deepEqual(forward.applied, [claimed, insisted]);
    assert.deepEqual(forward.skipped, []);
  });

  test('a fix that overlaps one applied before it is skipped whole', () => {
    const wider: Fix = {
      title: 'two edits, one overlapping',
      safe: true,
      edits: [
        { start: text.indexOf('review'), end: text.indexOf('review') + 6, text: 'recount' },
        { start: text.indexOf('claimed') + 2, end: text.indexOf('claimed') + 4, text: 'X' },
      ],
    };
    const result = applyFixes(text, [claimed, wider]);
    assert.deepEqual(result.applied, [claimed]);
    assert.deepEqual(result.skipped, [wider]);
    assert.equal(result.text, 'Brennan said the audit was wrong and insisted on a review.', 'no edit of the skipped fix is applied');
  });

  test('two insertions at the same point are refused rather than ordered by chance', () => {
    const result = applyFixes('ab', [insert(1, 'X'), insert(1, 'Y')]);
    assert.equal(result.text, 'aXb');
    assert.equal(result.skipped.length, 1);
  });

  test('an insertion touching a replacement is refused too', () => {
    const result = applyFixes('abc', [replace(0, 1, 'A'), insert(1, 'X')]);
    assert.equal(result.text, 'Abc');
    assert.equal(result.skipped.length, 1);
  });

  test('edits outside the text are skipped; fixes with no edits are ignored', () => {
    const empty: Fix = { title: 'nothing', safe: true, edits: [] };
    const result = applyFixes('abc', [replace(2, 9, 'Z'), empty]);
    assert.equal(result.text, 'abc');
    assert.equal(result.skipped.length, 1);
    assert.deepEqual(result.applied, []);
  });

  test('edits keep surrogate pairs and CRLF intact around them', () => {
    const crlf = 'The 🚢 ferry\r\nclaimed it.\r\n';
    const at = crlf.indexOf('claimed');
    assert.equal(applyFixes(crlf, [replace(at, at + 7, 'said')]).text, 'The 🚢 ferry\r\nsaid it.\r\n');
  });

  test('fixing twice changes nothing more (idempotent)', () => {
    const draft = 'Councillor Jo Brennan claimed the audit was wrong. She insisted that it be redone.\n';
    const safe = (t: string) => analyse(t, { format: 'markdown' }).findings.flatMap((f) => f.fixes.filter((x) => x.safe));
    const once = applyFixes(draft, safe(draft)).text;
    assert.equal(once, 'Councillor Jo Brennan said the audit was wrong. She said that it be redone.\n');
    assert.equal(applyFixes(draft, safe(draft)).text, once, 'same input, same output');
    assert.deepEqual(safe(once), [], 'nothing safe left to fix');
    assert.equal(applyFixes(once, safe(once)).text, once);
  });
});

describe('each rule\'s fix produces the text it promises and removes its finding', () => {
  const cases: Array<{ rule: string; title?: RegExp; draft: string; fixed: string }> = [
    { rule: 'bare-source', draft: 'The ferry will stop in May, sources said.', fixed: 'The ferry will stop in May, [TK: role] at [TK: organisation] said.' },
    {
      rule: 'vague-source',
      draft: 'The mayor will run again, a person close to the mayor said.',
      fixed: 'The mayor will run again, a [TK: role] at [TK: organisation] [TK: how they know] said.',
    },
    {
      rule: 'anonymity-unexplained',
      draft: 'An official at the harbour board said the ferry would stop.',
      fixed: 'An official at the harbour board, who spoke on condition of anonymity because [TK: reason], said the ferry would stop.',
    },
    { rule: 'hidden-source', draft: 'The ferry will reportedly stop in May.', fixed: 'The ferry will stop in May, according to [TK: source].' },
    {
      rule: 'unverified-relay',
      draft: 'The Harbour Gazette reported, citing a person close to the board, that the ferry would stop.',
      fixed: 'The Harbour Gazette reported, citing a person close to the board, that the ferry would stop. [TK: outlet] could not independently verify the report.',
    },
    { rule: 'weasel-attribution', draft: 'Critics say the plan will hurt shops.', fixed: '[TK: who] say the plan will hurt shops.' },
    { rule: 'unattributed-figure', draft: 'A fire injured 14 workers on Tuesday.', fixed: 'A fire injured 14 workers on Tuesday, according to [TK: source].' },
    {
      rule: 'contested-figure',
      draft: 'The miners\' union said 400 workers would lose their jobs. The company denied the figure.',
      fixed: 'The miners\' union said 400 workers would lose their jobs. [TK: the other party] put the figure at [TK: figure]. [TK: outlet] could not independently verify either figure. The company denied the figure.',
    },
    { rule: 'vague-quantity', draft: 'Scores of letters reached the mayor.', fixed: '[TK: exact number] letters reached the mayor.' },
    { rule: 'contentious-label', title: /neutral/, draft: 'The Velmar regime banned rallies.', fixed: 'The Velmar government banned rallies.' },
    { rule: 'contentious-label', title: /Attribute/, draft: 'Velmar troops staged a coup on Tuesday.', fixed: 'Velmar troops staged what [TK: who] called a coup on Tuesday.' },
    { rule: 'contentious-label', title: /neutral/, draft: 'Velmar troops staged a coup on Tuesday.', fixed: 'Velmar troops staged a seizure of power on Tuesday.' },
    { rule: 'loaded-attribution-verb', draft: 'Councillor Jo Brennan claims that the audit was wrong.', fixed: 'Councillor Jo Brennan says that the audit was wrong.' },
    { rule: 'loaded-attribution-verb', draft: 'She is insisting the audit was wrong.', fixed: 'She is saying the audit was wrong.' },
    { rule: 'loaded-attribution-verb', draft: 'Councillor Jo Brennan has refuted the audit.', fixed: 'Councillor Jo Brennan has rejected the audit.' },
    { rule: 'scare-quotes', title: /Remove/, draft: "Brandt declared himself 'interim president' on Tuesday.", fixed: 'Brandt declared himself interim president on Tuesday.' },
    { rule: 'scare-quotes', title: /Attribute/, draft: "Brandt declared himself 'interim president' on Tuesday.", fixed: "Brandt declared himself what [TK: who] called 'interim president' on Tuesday." },
    {
      rule: 'orphan-quote',
      draft: 'The ferry left on Sunday.\n\n“We have nothing left to get us to the mainland after dark.”',
      fixed: 'The ferry left on Sunday.\n\n“We have nothing left to get us to the mainland after dark,” [TK: who] said.',
    },
    {
      rule: 'suppression-without-reason',
      draft: '<!-- onrecord-disable-next-line tk-placeholder -->\nCopy.',
      fixed: '<!-- onrecord-disable-next-line tk-placeholder -- [TK: reason] -->\nCopy.',
    },
  ];

  for (const { rule, title, draft, fixed } of cases) {
    test(`${rule}${title ? ` (${title.source})` : ''}`, () => {
      const text = `${draft}\n`;
      const finding = analyse(text, { format: 'markdown' }).findings.find((f) => f.rule === rule);
      assert.ok(finding, `${rule} reports on the draft`);
      const fix = title ? finding.fixes.find((f) => title.test(f.title)) : finding.fixes[0];
      assert.ok(fix, 'the fix is offered');
      assert.equal(fix.safe, rule === 'loaded-attribution-verb', 'only loaded-attribution-verb has safe fixes');
      const out = applyFixes(text, [fix]).text;
      assert.equal(out, `${fixed}\n`);
      const left = analyse(out, { format: 'markdown' }).findings.filter((f) => f.rule === rule);
      assert.deepEqual(left.map((f) => out.slice(f.start, f.end)), [], 'the finding is gone');
    });
  }

  test('the anonymity fix after a "citing X," descriptor does not double the comma', () => {
    const text = 'The Harbour Gazette reported, citing a person close to the board, that the ferry would stop.\n';
    const finding = analyse(text, { format: 'markdown' }).findings.find((f) => f.rule === 'anonymity-unexplained');
    assert.ok(finding);
    assert.doesNotMatch(applyFixes(text, finding.fixes).text, /,,/);
  });

  test('tk-placeholder offers no fix: only the reporter can supply the material', () => {
    const [finding] = analyse('The ferry ran for TK years.\n', { format: 'markdown' }).findings;
    assert.equal(finding.rule, 'tk-placeholder');
    assert.deepEqual(finding.fixes, []);
  });
});
