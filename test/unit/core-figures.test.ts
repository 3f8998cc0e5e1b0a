// Figures (DESIGN §3): number mentions with a normalised value or range, the noun they count,
// the attribution that covers them and dispute markers near them; dates, ages, times,
// addresses and page numbers are exempt.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, type Figure, type SourcingModel } from '../../server/src/core/index';
import { FIGURE, FIGURE_ALTERNATIVES, isConsequential } from '../../server/src/core/attribution/figures';
import { prng } from '../../bench/corpus';

function model(text: string): SourcingModel {
  return analyse(text, { format: 'markdown' }).model;
}

function figures(text: string): Figure[] {
  return model(text).figures;
}

function only(text: string): Figure {
  const fs = figures(text);
  assert.equal(fs.length, 1, `one figure in ${JSON.stringify(text)}, got ${fs.map((f) => f.text).join(', ')}`);
  return fs[0];
}

describe('figure values', () => {
  const cases: Array<[string, string, Figure['kind'], number | null, number | null, string | null]> = [
    ['The fire injured 14 workers.', '14', 'count', 14, null, 'workers'],
    ['About 1,000 staff left.', '1,000', 'count', 1000, null, 'staff'],
    ['Some 40-50 people waited.', '40-50', 'count', 40, 50, 'people'],
    ['Turnout was 62.5% of voters.', '62.5%', 'percent', 62.5, null, 'voters'],
    ['Prices rose 12 percent.', '12 percent', 'percent', 12, null, null],
    ['It cost $3.5 million.', '$3.5 million', 'money', 3_500_000, null, null],
    ['The bill was €2bn.', '€2bn', 'money', 2_000_000_000, null, null],
    ['Two million people voted.', 'Two million', 'count', 2_000_000, null, 'people'],
    ['Thirty-five soldiers died.', 'Thirty-five', 'count', 35, null, 'soldiers'],
    ['Dozens of homes burned.', 'Dozens', 'vague', 24, 96, 'homes'],
    ['Several dozen residents came.', 'Several dozen', 'vague', 24, 96, 'residents'],
    ['Costs rose several times over.', 'several times', 'multiplier', null, null, null],
  ];
  for (const [text, shown, kind, value, high, noun] of cases) {
    test(`${shown}: ${kind}`, () => {
      const f = only(`${text}\n`);
      assert.deepEqual([f.text, f.kind, f.value, f.high, f.noun], [shown, kind, value, high, noun]);
    });
  }

  test('approximate figures are marked, and the qualifier is not part of the span', () => {
    const text = 'About 1,000 staff left, and exactly 12 stayed.\n';
    const [about, exact] = figures(text);
    assert.equal(about.approximate, true);
    assert.equal(text.slice(about.start, about.end), '1,000');
    assert.equal(exact.approximate, false);
  });

  test('a figure with no noun of its own shares the next one in a range: "from about 1,000 to just a few dozen staff"', () => {
    const [a, b] = figures('It cut its staff from about 1,000 to just a few dozen.\n');
    assert.equal(a.noun, 'staff');
    assert.equal(b.text, 'just a few dozen');
    assert.equal(b.noun, 'staff');
  });
});

describe('exempt numbers', () => {
  for (const text of [
    'The fire started on Jan. 14 at 11:40 p.m.',
    'It started at 9 a.m. on Monday.',
    'The plant opened in 1962.',
    'The warehouse is at 220 Canal Street.',
    'The owner is 67 years old.',
    'A 67-year-old man was hurt.',
    'He bought it at age 40.',
    'The map is on page 4 of section 12.',
    'Councillor Ana Smith (45) spoke first.',
    'It was the 3rd day of the strike.',
    'Only one ferry sails.',
  ]) {
    test(text, () => {
      assert.deepEqual(
        figures(`${text}\n`).map((f) => f.text),
        [],
      );
    });
  }

  test('a year is never part of a range', () => {
    const values = figures('The ferry cut its crew from 120 staff in 2019 to 85 staff this year.\n').map((f) => f.value);
    assert.ok(!values.includes(2019), `values: ${values.join(', ')}`);
  });
});

describe('what a figure is tied to', () => {
  test('a figure in attributed content carries its attribution', () => {
    const m = model('The fire injured 14 workers, fire chief Ana Ruiz said.\n');
    const [f] = m.figures;
    assert.notEqual(f.attribution, null);
    assert.equal(m.sourceOf(m.attributions[f.attribution!])?.label, 'fire chief Ana Ruiz');
  });

  test('a figure inside a quotation is in a quote', () => {
    const [f] = figures('"We pulled 14 workers out," fire chief Ana Ruiz said.\n');
    assert.equal(f.inQuote, true);
  });

  test('a dispute marker in the same sentence or naming the quantity', () => {
    const m = model('The union said 400 workers would lose their jobs. The company denied the figure.\n');
    const [f] = m.figures;
    assert.deepEqual(
      f.disputes.map((d) => m.text.slice(d.start, d.end)),
      ['denied'],
    );
  });

  test('different sources, different values, same noun: conflicting figures', () => {
    const m = model('Organiser Petra Holm said 12,000 people marched. Police said about 3,000 people took part.\n');
    const [a, b] = m.figures;
    assert.deepEqual(a.conflictsWith, [1]);
    assert.deepEqual(b.conflictsWith, [0]);
  });

  test('one source, a change over time: not a conflict', () => {
    const m = model('Bay Link cut its crew from 120 staff to 85 staff, chief executive Pia Holm said.\n');
    assert.deepEqual(
      m.figures.map((f) => f.conflictsWith.length),
      [0, 0],
    );
  });
});

describe('consequential figures', () => {
  test('money, percentages and counted people are consequential; units of time and measure are not', () => {
    const [money, percent, people, minutes, multiplier] = figures('It cost $3 million. Turnout was 40 percent. 14 workers were hurt. Crews spent 25 minutes inside. Costs rose several times.\n');
    assert.equal(isConsequential(money), true);
    assert.equal(isConsequential(percent), true);
    assert.equal(isConsequential(people), true);
    assert.equal(isConsequential(minutes), false);
    assert.equal(isConsequential(multiplier), false);
  });
});

describe('the figure pattern', () => {
  test('its fast start (a non-letter before, a possible first character) finds exactly what the bare alternatives find', () => {
    // Random text from every word the alternatives spell, with digits, currency, punctuation and
    // letters the start test must not trip on: case variants, accented and long-s forms, a
    // Kelvin sign, digits glued to words.
    const words = [...new Set(FIGURE_ALTERNATIVES.match(/[a-z]{2,}/g)!)];
    const extra = ['a', 'A', '12', '1,000', '3.5', '2019', '$', '€', '£', '¥', '%', '-', '–', '/', ':', '.', ',', '(', ')', 'é', 'Über', 'ſeveral', 'K', 'ﬁfty', '5two', 'x9', 'TWENTY', 'Dozens', '\n'];
    const vocabulary = [...words, ...words.map((w) => w.toUpperCase()), ...extra];
    const rand = prng(7);
    const bare = new RegExp(FIGURE_ALTERNATIVES, 'giu');
    const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      const parts: string[] = [];
      for (let n = 3 + Math.floor(rand() * 12); n > 0; n--) parts.push(vocabulary[Math.floor(rand() * vocabulary.length)], rand() < 0.8 ? ' ' : '');
      const text = parts.join('');
      const expected = all(bare, text);
      found += expected.length;
      assert.deepEqual(all(FIGURE, text), expected, text);
    }
    assert.ok(found > 1000, `the random texts held only ${found} figures`);
  });
});
