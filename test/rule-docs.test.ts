// Every rule doc's examples behave as the doc says: "Fails" blocks draw the rule, "Passes" blocks do not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyse, RULE_METAS } from '../server/src/core/index';

const RULES_DIR = join(__dirname, '..', 'server', 'src', 'core', 'rules');

function examples(doc: string, section: 'Fails' | 'Passes'): string[] {
  const body = new RegExp(`## ${section}\\n([^]*?)(?=\\n## )`).exec(doc)?.[1] ?? '';
  return [...body.matchAll(/```(?:markdown|md|text)?\n([^]*?)```/g)].map((m) => m[1]);
}

describe('rule docs', () => {
  for (const meta of RULE_METAS) {
    test(`${meta.id}: its examples behave as documented`, () => {
      const doc = readFileSync(join(RULES_DIR, `${meta.id}.md`), 'utf8');
      const fails = examples(doc, 'Fails');
      const passes = examples(doc, 'Passes');
      assert.ok(fails.length > 0 && passes.length > 0, 'the doc has failing and passing examples');
      for (const text of fails) {
        const hits = analyse(text, { format: 'markdown' }).findings.filter((f) => f.rule === meta.id);
        assert.ok(hits.length > 0, `expected ${meta.id} on:\n${text}`);
      }
      for (const text of passes) {
        const hits = analyse(text, { format: 'markdown' }).findings.filter((f) => f.rule === meta.id);
        assert.deepEqual(hits.map((f) => text.slice(f.start, f.end)), [], `expected no ${meta.id} on:\n${text}`);
      }
    });
  }
});
