// DESIGN.md §4, "What the seed example shows": the story OnRecord was conceived from, read from
// ../shared at test time (it is copyrighted wire copy and never copied into the project).
// Phrases are the ones DESIGN.md names; they are found in the text with curly marks folded to
// straight ones, which keeps every offset.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { analyse, type AnalysisResult, type Finding } from '../server/src/core/index';

const SEED = path.resolve(__dirname, '../../shared/examples/seed-article.txt');

interface Seed {
  text: string;
  /** Same length as text: curly quotation marks and apostrophes folded to straight ones. */
  folded: string;
  result: AnalysisResult;
}

let cached: Seed | null | undefined;
function load(): Seed | null {
  if (cached !== undefined) return cached;
  if (!existsSync(SEED)) return (cached = null);
  const text = readFileSync(SEED, 'utf8').replace(/^\uFEFF/, '');
  const folded = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  return (cached = { text, folded, result: analyse(text, { format: 'plaintext' }) });
}

function seedOrSkip(t: TestContext): Seed | null {
  const seed = load();
  if (!seed) t.skip(`seed article not found at ${SEED}`);
  return seed;
}

interface Span {
  start: number;
  end: number;
}

function locate(seed: Seed, phrase: string, from = 0): Span {
  const start = seed.folded.indexOf(phrase, from);
  assert.ok(start >= 0, `phrase not in the seed article: ${phrase}`);
  return { start, end: start + phrase.length };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function findingsOver(seed: Seed, span: Span, rule?: string): Finding[] {
  return seed.result.findings.filter((f) => (rule === undefined || f.rule === rule) && overlaps(f, span));
}

function describeFindings(seed: Seed, findings: readonly Finding[]): string {
  return findings.map((f) => `${f.rule} ${JSON.stringify(seed.text.slice(f.start, f.end))}`).join('; ') || 'none';
}

/** Each named phrase must be covered by a finding of each named rule. */
const MUST_FLAG: Array<{ phrase: string; rules: string[]; todo?: string }> = [
  { phrase: "said to be close to Russia's Defence Ministry", rules: ['vague-source', 'unverified-relay', 'anonymity-unexplained'] },
  { phrase: 'a person close to the Russian defence ministry', rules: ['vague-source', 'unverified-relay', 'anonymity-unexplained'] },
  { phrase: 'has refuted reports', rules: ['loaded-attribution-verb'] },
  { phrase: 'The WSJ claimed', rules: ['loaded-attribution-verb'] },
  { phrase: 'Russian officials have indicated', rules: ['vague-source'] },
  { phrase: "attempting to carry out a US-backed coup d'état", rules: ['contentious-label'] },
  { phrase: 'The coup attempt', rules: ['contentious-label'] },
  { phrase: "proclaiming himself 'interim president'", rules: ['scare-quotes'] },
  { phrase: 'several dozen other countries', rules: ['vague-quantity'] },
];

/** Families that must stay silent on the phrases DESIGN names as fine. */
const QUIET_FAMILIES = new Set(['characterisation', 'anonymous-sourcing']);

describe('seed article (DESIGN.md §4)', () => {
  for (const { phrase, rules, todo } of MUST_FLAG) {
    for (const rule of rules) {
      test(`${rule} covers "${phrase}"`, todo ? { todo } : {}, (t) => {
        const seed = seedOrSkip(t);
        if (!seed) return;
        const span = locate(seed, phrase);
        const found = findingsOver(seed, span, rule);
        assert.ok(found.length > 0, `no ${rule} finding on "${phrase}"; findings there: ${describeFindings(seed, findingsOver(seed, span))}`);
      });
    }
  }

  test('contested-figure links the staff figures and the denial', (t) => {
    const seed = seedOrSkip(t);
    if (!seed) return;
    const before = locate(seed, 'about 1,000');
    const after = locate(seed, 'just a few dozen');
    const denial = locate(seed, 'overestimated');
    const findings = seed.result.findings.filter((f) => f.rule === 'contested-figure' && (overlaps(f, before) || overlaps(f, after)));
    assert.equal(findings.length, 1, `one contested-figure finding on the staff figures, got: ${describeFindings(seed, findings)}`);
    const [finding] = findings;
    const places: Span[] = [finding, ...finding.related];
    for (const [what, span] of [['about 1,000', before], ['just a few dozen', after], ['overestimated', denial]] as const) {
      assert.ok(places.some((p) => overlaps(p, span)), `finding and related locations should point at "${what}"`);
    }
    assert.ok(
      finding.related.some((r) => overlaps(r, denial)),
      'the dispute is a related location',
    );
    assert.ok(
      finding.related.some((r) => overlaps(r, overlaps(finding, before) ? after : before)),
      'the conflicting figure is a related location',
    );
  });

  const quiet: Array<{ name: string; span: (seed: Seed) => Span }> = [
    { name: "'key' (a partial quote the WSJ attribution covers)", span: (seed) => locate(seed, '"key"') },
    { name: '"embarrassment" (a partial quote the WSJ attribution covers)', span: (seed) => locate(seed, '"embarrassment"') },
    {
      name: "Zaemsky's quoted words",
      span: (seed) => {
        const cue = locate(seed, '," Zaemsky said');
        const open = seed.folded.lastIndexOf('\n"', cue.start) + 1;
        assert.ok(open > 0, 'Zaemsky quotation opens a paragraph');
        return { start: open, end: cue.start + 2 };
      },
    },
    { name: '"Rostec\'s press service said" (an on-record institutional source)', span: (seed) => locate(seed, "Rostec's press service said") },
  ];
  for (const { name, span } of quiet) {
    test(`no characterisation or anonymous-sourcing finding on ${name}`, (t) => {
      const seed = seedOrSkip(t);
      if (!seed) return;
      const where = span(seed);
      const noisy = findingsOver(seed, where).filter((f) => QUIET_FAMILIES.has(f.family));
      assert.deepEqual(describeFindings(seed, noisy), 'none');
    });
  }

  test("Rostec's press service is an on-record organisation in the ledger", (t) => {
    const seed = seedOrSkip(t);
    if (!seed) return;
    const span = locate(seed, "Rostec's press service");
    const source = seed.result.model.sources.find((s) => s.mentions.some((m) => overlaps(m, span)));
    assert.ok(source, 'the press service is a source');
    assert.equal(source.class, 'named-organisation');
  });
});
