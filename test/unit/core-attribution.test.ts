// Attributions (cue, source, content; carry-over) and sources (classes, merging, what the copy
// says about an anonymous source) — DESIGN §3.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, type Attribution, type SourcingModel } from '../../server/src/core/index';

function model(text: string): SourcingModel {
  return analyse(text, { format: 'markdown' }).model;
}

interface AttributionView {
  cue: string;
  kind: string;
  source: string | undefined;
  content: string | null;
  carried: boolean;
}

function view(m: SourcingModel, a: Attribution): AttributionView {
  return {
    cue: m.text.slice(a.cue.start, a.cue.end),
    kind: a.cue.kind,
    source: a.source ? m.text.slice(a.source.start, a.source.end) : undefined,
    content: a.content ? m.text.slice(a.content.start, a.content.end) : null,
    carried: a.carried,
  };
}

function attributions(text: string): AttributionView[] {
  const m = model(text);
  return m.attributions.map((a) => view(m, a));
}

/** The source whose mentions include the first occurrence of `words`. */
function sourceAt(m: SourcingModel, words: string) {
  const at = m.text.indexOf(words);
  assert.ok(at >= 0, `test text lacks ${words}`);
  return m.sources.find((s) => s.mentions.some((x) => x.start <= at && at < x.end));
}

function classOf(text: string, words: string): string | undefined {
  return sourceAt(model(text), words)?.class;
}

describe('attribution cues', () => {
  test('"X said that…": subject, cue and complement clause', () => {
    assert.deepEqual(attributions('Harbour board chair Marta Ilves said on Monday that the ferry had lost money.\n'), [
      { cue: 'said', kind: 'speech', source: 'Harbour board chair Marta Ilves', content: 'the ferry had lost money', carried: false },
    ]);
  });

  test('"…," said X: the inverted subject and the quotation before it', () => {
    assert.deepEqual(attributions('"The ferry has lost money for a decade," said Marta Ilves.\n'), [
      { cue: 'said', kind: 'speech', source: 'Marta Ilves', content: '"The ferry has lost money for a decade,"', carried: false },
    ]);
  });

  test('"…, X told reporters." in the tail position', () => {
    assert.deepEqual(attributions('The ferry will stop in May, Marta Ilves told reporters.\n'), [
      { cue: 'told', kind: 'speech', source: 'Marta Ilves', content: 'The ferry will stop in May', carried: false },
    ]);
  });

  test('"according to X": the clause it hangs on is the content', () => {
    assert.deepEqual(attributions('The ferry will stop in May, according to the harbour board.\n'), [
      { cue: 'according to', kind: 'according-to', source: 'the harbour board', content: 'The ferry will stop in May', carried: false },
    ]);
  });

  test('"X reported, citing Y": the cited source is relayed through the outlet', () => {
    const m = model('The Harbour Gazette reported, citing a person close to the board, that the ferry would stop.\n');
    const views = m.attributions.map((a) => view(m, a));
    assert.deepEqual(
      views.map((v) => [v.cue, v.kind, v.source]),
      [
        ['reported', 'speech', 'The Harbour Gazette'],
        ['citing', 'citing', 'a person close to the board'],
      ],
    );
    const outlet = sourceAt(m, 'The Harbour Gazette');
    const cited = sourceAt(m, 'a person close to the board');
    assert.equal(outlet?.class, 'outlet');
    assert.equal(cited?.anonymous?.relayedBy, outlet?.id);
  });

  test('a witness cue: "a Ledger reporter saw"', () => {
    const [a] = attributions('A Ledger reporter saw 30 police officers outside the court.\n');
    assert.equal(a.kind, 'witness');
    assert.equal(a.cue, 'saw');
    assert.equal(a.content, '30 police officers outside the court');
  });

  test('"in a statement" is a cue when no verb is known', () => {
    const [a] = attributions('In a statement, the ministry called for calm.\n');
    assert.equal(a.kind, 'statement');
  });

  test('any tense: says, said, has said, will say, saying', () => {
    for (const text of ['Ilves says the ferry is finished.', 'Ilves has said the ferry is finished.', 'Ilves, saying the ferry is finished, left.']) {
      assert.equal(attributions(`${text}\n`).length >= 1, true, text);
    }
  });

  test('not attributions: hearsay passives and other senses of strict verbs', () => {
    for (const text of [
      'The ferry is said to be losing money.',
      'Ilves was told to leave.',
      'The shipyard added 200 jobs last year.',
      'The company reported earnings on Monday.',
      'The militia claimed the town on Sunday.',
      'Two workers were admitted to hospital.',
    ]) {
      assert.deepEqual(attributions(`${text}\n`), [], text);
    }
  });
});

describe('carry-over', () => {
  test('a following quotation in the paragraph belongs to the last speaker', () => {
    const views = attributions('Marta Ilves said the ferry had lost money. "We kept it running as long as we could."\n');
    assert.equal(views.length, 2);
    assert.deepEqual(views[1], { cue: 'said', kind: 'speech', source: 'Marta Ilves', content: '"We kept it running as long as we could."', carried: true });
  });

  test('a continuing quotation in the next paragraph keeps its speaker', () => {
    const views = attributions('“My father worked the crossing,” said Rui Santos. “It was the only way home.\n\n“Now they sleep on the mainland.”\n');
    const last = views[views.length - 1];
    assert.equal(last.carried, true);
    assert.equal(last.source, 'Rui Santos');
    assert.equal(last.content, '“Now they sleep on the mainland.”');
  });

  test('no carry-over into a new paragraph without a continuing quotation', () => {
    const views = attributions('Marta Ilves said the ferry had lost money.\n\n"We kept it running as long as we could."\n');
    assert.equal(views.length, 1);
  });

  test('after a possessive a verb form is a noun: "Editor\'s note", "the mayor\'s claims"', () => {
    assert.deepEqual(attributions("Editor's note: The ferry timetable below was updated on Monday.\n"), []);
    assert.deepEqual(attributions("The mayor's claims about the ferry budget were never tested.\n"), []);
  });

  test('backing someone in a relative clause is no statement: "a pilot who supported the mayor"', () => {
    const views = attributions('Rui Santos, a ferry pilot who supported Mayor Ilves in the last election, said the crossing would close.\n');
    assert.deepEqual(views.map((v) => v.cue), ['said']);
  });

  test('"by the election board\'s count" attributes the clause to the board', () => {
    const views = attributions("By the election board's count, turnout reached 38 percent.\n");
    assert.equal(views.length, 1);
    assert.equal(views[0].source, 'the election board');
    assert.equal(views[0].content, 'turnout reached 38 percent');
  });

  test('a verb just after a quotation\'s closing comma is its tail: `"…," someone remarked`', () => {
    const views = attributions('"Nobody here will miss the board," someone remarked in the crowd, in a video of the meeting.\n');
    assert.equal(views.length, 1);
    assert.equal(views[0].source, 'someone');
    assert.equal(views[0].content, '"Nobody here will miss the board,"');
  });

  test('a pronoun just before the verb is the whole subject: "A week ago in an interview she criticised…"', () => {
    const views = attributions('Marta Ilves said the ferry would stay. A week ago in an interview with the Ledger she criticised the harbour board for the closure.\n');
    const v = views.find((x) => x.cue === 'criticised');
    assert.ok(v);
    assert.equal(v.source, 'she');
  });

  test('"asked not to be named" describes the source; it is not a second speaker', () => {
    const views = attributions('"The ferry will stop," said an official who asked not to be named because the talks are private.\n');
    assert.deepEqual(views.map((v) => v.cue), ['said']);
  });

  test('", speaking on condition of anonymity," sits between the source and its verb', () => {
    const m = model('An official at the harbour board, speaking on condition of anonymity because the talks are private, said the ferry would stop.\n');
    const source = sourceAt(m, 'An official at the harbour board');
    assert.ok(source, 'the description before the participle is the source');
    assert.ok(source.anonymous?.reason, 'the participle clause still gives the reason');
  });

  test('"he added" and "she said" resolve to the earlier source', () => {
    const m = model('Marta Ilves said the ferry had lost money. She added that a bus would replace it.\n');
    const ilves = sourceAt(m, 'Marta Ilves');
    assert.ok(ilves);
    assert.deepEqual(ilves.mentions.map((x) => [x.text, x.reference]), [
      ['Marta Ilves', false],
      ['She', true],
    ]);
    assert.equal(ilves.attributions.length, 2);
  });
});

describe('source classes', () => {
  const cases: Array<[string, string, string]> = [
    ['Harbour board chair Marta Ilves said the ferry would stop.', 'Marta Ilves', 'named-person'],
    ['The Defence Ministry said talks would resume.', 'The Defence Ministry', 'named-organisation'],
    ['Police said two men were arrested.', 'Police', 'named-organisation'],
    ["Rostec's press service said staff numbers were unchanged.", "Rostec's press service", 'named-organisation'],
    ['The Wall Street Journal reported that the company paid.', 'The Wall Street Journal', 'outlet'],
    ['The Harbour Gazette reported that the ferry would stop.', 'The Harbour Gazette', 'outlet'],
    ['A court filing showed that the company had paid the fine.', 'A court filing', 'document'],
    ['The company paid the fine, according to a court filing.', 'a court filing', 'document'],
    ['The ferry is a disaster, the mayor said, and it must stop.', 'the mayor', 'named-person'],
    ['The vice president declared: "The ferry will stop."', 'The vice president', 'named-person'],
    ['A senior official said the ferry would stop.', 'A senior official', 'anonymous-person'],
    ['A person close to the board said the ferry would stop.', 'A person close to the board', 'anonymous-person'],
    ['Officials said the ferry would stop.', 'Officials', 'anonymous-group'],
    ['Sources said the ferry would stop.', 'Sources', 'anonymous-group'],
    ['People familiar with the matter said talks had stalled.', 'People familiar with the matter', 'anonymous-group'],
    ['Critics said the plan was rushed.', 'Critics', 'vague-authority'],
    ['Experts say buses are cheaper.', 'Experts', 'vague-authority'],
    ['Many believe the ferry will return.', 'Many', 'vague-authority'],
  ];
  for (const [text, words, cls] of cases) {
    test(`${cls}: ${text}`, () => {
      assert.equal(classOf(`${text}\n`, words), cls);
    });
  }

  test('a name the user declares on the record is never anonymous', () => {
    const text = 'Insiders said the ferry would stop.\n';
    const m = analyse(text, { format: 'markdown', config: [{ lexicon: { namedSources: ['Insiders'] } }] }).model;
    assert.equal(sourceAt(m, 'Insiders')?.class, 'named-organisation');
  });
});

describe('what the copy says about an anonymous source', () => {
  function profile(text: string, words: string) {
    const m = model(text);
    const p = sourceAt(m, words)?.anonymous;
    assert.ok(p, `${words} is anonymous`);
    const slice = (s: { start: number; end: number } | null) => (s ? m.text.slice(s.start, s.end) : null);
    return { affiliation: slice(p.affiliation), role: p.role, knowledge: slice(p.knowledge), proximity: slice(p.proximity), reason: slice(p.reason?.span ?? null), boilerplate: p.reason?.boilerplate ?? null, count: p.count };
  }

  test('affiliation, role and knowledge basis', () => {
    const p = profile('An engineer at the county water utility who reviewed the report said the plant failed.\n', 'An engineer');
    assert.equal(p.role, 'engineer');
    assert.ok(p.affiliation?.startsWith('at the county water utility'));
    assert.ok(p.knowledge?.startsWith('who reviewed'));
    assert.equal(p.proximity, null);
  });

  test('proximity is not knowledge', () => {
    const p = profile('A person close to the mayor said she would run again.\n', 'A person');
    assert.equal(p.role, null);
    assert.equal(p.affiliation, null);
    assert.equal(p.proximity, 'close to the mayor');
    assert.equal(p.knowledge, null);
    assert.equal(p.count, 1);
  });

  test('a reason in the next sentence is linked; the "not authorized" formula is boilerplate', () => {
    const given = profile('An official at the harbour board said the ferry would stop. The official asked not to be named because the vote is secret.\n', 'An official');
    // "asked not to be named" makes the anonymity explicit; the reason is the because-clause.
    assert.equal(given.reason, 'because the vote is secret');
    assert.equal(given.boilerplate, false);
    const formula = profile('An official at the harbour board, who was not authorized to speak publicly, said the ferry would stop.\n', 'An official');
    assert.equal(formula.boilerplate, true);
  });

  test('a reason in another paragraph, in a sentence that does not cite the source, is not linked', () => {
    const p = profile('An official at the harbour board said the ferry would stop.\n\nThe official spoke on condition of anonymity because the vote is secret.\n', 'An official');
    assert.equal(p.reason, null);
  });

  test('counts: "two officials"', () => {
    assert.equal(profile('Two officials said the ferry would stop.\n', 'Two officials').count, 2);
    assert.equal(profile('Three people familiar with the talks said they had stalled.\n', 'Three people').count, 3);
  });
});

describe('merging mentions', () => {
  test('a surname and a titled surname merge with the full name', () => {
    const m = model('Vladimir Zaemsky, the ambassador, said talks would resume. Zaemsky added that no staff had left. Ambassador Zaemsky told reporters he was confident.\n');
    const s = sourceAt(m, 'Vladimir Zaemsky');
    assert.ok(s);
    assert.equal(m.sources.filter((x) => x.class === 'named-person').length, 1);
    assert.equal(s.mentions.length, 3);
  });

  test('"the official" and "he" merge with the anonymous source they refer to', () => {
    const m = model('A senior official at the harbour board said the ferry would stop. The official said buses would replace it. He added that fares would rise.\n');
    const s = sourceAt(m, 'A senior official');
    assert.ok(s);
    assert.deepEqual(s.mentions.map((x) => [x.text, x.reference]), [
      ['A senior official at the harbour board', false],
      ['The official', true],
      ['He', true],
    ]);
    assert.equal(m.sources.length, 1);
  });

  test('"the candidate" after a named contender is that contender, not an anonymous source', () => {
    const m = model('Marta Ilves said she would run for mayor. "We will keep the ferry," the candidate told supporters on Monday.\n');
    assert.equal(classOf(m.text, 'the candidate'), 'named-person');
    assert.ok(!m.sources.some((s) => s.anonymous));
  });

  test('members of the public are a vague authority even with an affiliation: "Ilves supporters"', () => {
    assert.equal(classOf('Ilves supporters said the ferry vote had been rigged.\n', 'Ilves supporters'), 'vague-authority');
    assert.equal(classOf('The ferry will stop, Coast Guard officials said.\n', 'Coast Guard officials'), 'named-organisation');
  });

  test('a politician\'s aides are an unnamed group, not the institution on the record', () => {
    assert.equal(classOf('Ilves aides said the mayor would not run again.\n', 'Ilves aides'), 'anonymous-group');
  });

  test('a titled surname is a person whatever its ending: "Mr. Varese"', () => {
    assert.equal(classOf('Mr. Varese expected the vote to pass.\n', 'Mr. Varese'), 'named-person');
  });

  test('"the inspectors" with no unnamed inspectors before them are the body the story names', () => {
    const m = model('The county hired Gull Island Marine Survey to check the ferry. The inspectors found rust in the hull, the report said. Later, the inspectors said the ferry could sail.\n');
    assert.ok(!m.sources.some((s) => s.anonymous), 'no anonymous source');
    assert.equal(classOf('Two officials said the ferry would stop. The officials said buses would replace it.\n', 'The officials'), 'anonymous-group');
  });

  test('a plural before "from" is no title: "Teachers from Lincoln High School" are an unnamed group', () => {
    assert.equal(classOf('Teachers from Lincoln High School demanded to know why the ferry was cut.\n', 'Teachers from Lincoln High School'), 'anonymous-group');
  });

  test('named people listed with "all", and "both candidates", are not an anonymous group', () => {
    assert.ok(!model('Councillors Ana Ruiz (Harbour), Rui Santos (North) and Lise Marchand (West) all said the ferry should stay.\n').sources.some((s) => s.anonymous));
    assert.equal(classOf('Marta Ilves and Rui Santos debated on Monday. Both mayoral candidates said the ferry should stay.\n', 'Both mayoral candidates'), 'named-person');
  });

  test('"the Journal" merges with The Wall Street Journal', () => {
    const m = model('The Wall Street Journal reported that the company paid. The Journal said it had seen documents.\n');
    assert.equal(m.sources.length, 1);
    assert.equal(m.sources[0].class, 'outlet');
  });

  test('different people with different surnames stay apart', () => {
    const m = model('Marta Ilves said the ferry would stop. Rui Santos said it would not.\n');
    assert.equal(m.sources.length, 2);
  });

  test('sourceOf and attributionsIn agree with the ledger', () => {
    const m = model('Marta Ilves said the ferry would stop. Rui Santos said it would not.\n');
    const [first] = m.attributionsIn(0);
    assert.equal(m.sourceOf(first)?.label, 'Marta Ilves');
    assert.equal(m.attributionsIn(1).length, 1);
  });
});
