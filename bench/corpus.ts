// A deterministic generator of news-style Markdown drafts for the benchmark. Every word comes from
// the templates and word lists below (fictional places, people and organisations written for
// OnRecord), picked by a seeded PRNG, so the same seed always gives the same bytes on any machine.
// The drafts carry what a newsroom draft carries and what exercises every stage of the linter:
// front matter, headline, byline, dateline, quotes with and without attribution, anonymous
// sources with and without reasons, figures, lists, links, code blocks, tables, block quotes,
// suppressions, TK placeholders, and an agency trailer.

/** mulberry32: small, fast, and identical on every platform (32-bit integer arithmetic only). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu;

/** Words as the benchmark counts them (and as throughput figures are divided by). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

// ---------------------------------------------------------------------------
// Word lists (all invented for this benchmark)

const PLACES = ['Port Alder', 'Kessingford', 'Marrowby', 'Lake Orrin', 'Tallis Bay', 'Greywater', 'Norholt', 'Sable Point', 'Ashcombe', 'Vellan', 'Corrick', 'Fenmoor'];
const FIRST = ['Maren', 'Tobias', 'Ilse', 'Dario', 'Priya', 'Hollis', 'Yusuf', 'Agnes', 'Caleb', 'Noor', 'Rosalind', 'Emeka', 'Sunniva', 'Teodor', 'Wren', 'Farida'];
const LAST = ['Okafor', 'Lindqvist', 'Barrow', 'Castellan', 'Duvall', 'Ferreira', 'Haldane', 'Ivers', 'Kowalczyk', 'Mbeki', 'Norrington', 'Quist', 'Raske', 'Szabo', 'Thorne', 'Vance'];
const ROLES = ['mayor', 'finance director', 'chief executive', 'spokeswoman', 'spokesman', 'union secretary', 'councillor', 'professor of economics', 'head of operations', 'deputy minister', 'police chief', 'hospital director'];
const ORGS = [
  'the Port Alder City Council',
  'Meridian Transit Authority',
  'the Kessingford Teachers Union',
  'Halvern Water Company',
  'the Ministry of Public Works',
  'Northgate Health Trust',
  'the Tallis Bay Chamber of Commerce',
  'Corrick Steel',
  'the Regional Audit Office',
  'Greywater Housing Association',
];
const OUTLETS = ['the Marrowby Courier', 'Norholt Daily', 'the Fenmoor Post', 'Radio Vellan'];
const PROJECTS = ['the harbour bridge', 'the new tram line', 'the hospital extension', 'the flood barrier', 'the school rebuilding programme', 'the waste incinerator', 'the stadium lease', 'the water treatment plant'];
const NOUNS = ['people', 'residents', 'workers', 'households', 'patients', 'students', 'drivers', 'nurses', 'jobs', 'homes'];
const CROWDS = ['people', 'residents', 'workers', 'parents', 'students', 'drivers', 'nurses'];
const ACTIONS = ['delay', 'cancel', 'review', 'fund', 'approve', 'scale back', 'reopen', 'audit'];
const TIMES = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'last week', 'earlier this month', 'in March', 'at the weekend'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];
const REASONS = [
  'they were not authorised to discuss the negotiations',
  'the talks were private',
  'they feared losing their job',
  'the review has not been published',
  'they were not permitted to speak to the press',
];
const ANON = [
  'a senior official at the Ministry of Public Works',
  'a person familiar with the negotiations',
  'two council staff members who attended the meeting',
  'an engineer who worked on the project',
  'a person close to the board',
  'officials',
  'sources',
  'an insider',
];
const WEASELS = ['Critics say', 'Experts believe', 'Observers note', 'Many residents believe', 'It is widely believed', 'Some analysts say'];
const LOADED = ['claimed', 'admitted', 'insisted', 'conceded', 'boasted'];
const ADVERBS = ['Clearly,', 'Of course,', 'Unfortunately,', 'Notably,'];
const LABELS = ['regime', 'so-called reform', 'propaganda campaign', 'self-styled watchdog'];
const QUOTES = [
  'We have done everything the contract asked of us and we will keep doing it',
  'Nobody in this building thinks the figures add up',
  'This is the first time in a decade that the money has actually arrived',
  'We were told one thing in January and something quite different in June',
  'People deserve to know what they are paying for',
  'I have never seen a budget move this fast, and I have been here twenty years',
  'The numbers speak for themselves, and they are not good',
  'We will not be rushed into a decision that our members have not seen',
];
const CLAUSES = [
  'the {org} would {action} {project} by {month}',
  'the cost of {project} had risen by {pct} percent since the last estimate',
  'about {num} {noun} would be affected by the changes',
  'the board had not been shown the final figures before the vote',
  'talks with contractors were expected to resume {time}',
  'the budget for {project} was {money} short',
  'inspectors had found faults in {numsmall} of the {num} sites they visited',
];

// ---------------------------------------------------------------------------

class Writer {
  private readonly rand: () => number;

  constructor(seed: number) {
    this.rand = prng(seed);
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)];
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.rand() < p;
  }

  person(): string {
    return `${this.pick(FIRST)} ${this.pick(LAST)}`;
  }

  number(): string {
    const n = this.int(12, 48000);
    // Grouped by hand: toLocaleString depends on the ICU data Node was built with.
    return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  }

  money(): string {
    return this.chance(0.5) ? `$${this.int(2, 900)} million` : `£${this.int(10, 990)},000`;
  }

  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'org':
          return this.pick(ORGS).replace(/^the /, '');
        case 'action':
          return this.pick(ACTIONS);
        case 'project':
          return this.pick(PROJECTS);
        case 'month':
          return this.pick(MONTHS);
        case 'pct':
          return String(this.int(3, 64));
        case 'num':
          return this.number();
        case 'numsmall':
          return String(this.int(2, 11));
        case 'noun':
          return this.pick(NOUNS);
        case 'time':
          return this.pick(TIMES);
        case 'money':
          return this.money();
        default:
          return slot;
      }
    });
  }

  clause(): string {
    return this.fill(this.pick(CLAUSES));
  }

  /** One sentence, in one of the ways news copy attributes (or fails to attribute) a claim. */
  sentence(cast: string[]): string {
    const speaker = this.pick(cast);
    const surname = speaker.split(' ').pop()!;
    const org = this.pick(ORGS);
    switch (this.int(0, 19)) {
      case 0:
        return `"${this.pick(QUOTES)}," said ${speaker}, ${this.pick(ROLES)} at ${org.replace(/^the /, 'the ')}.`;
      case 1:
        return `${surname} told reporters ${this.pick(TIMES)} that ${this.clause()}.`;
      case 2:
        return `${cap(this.pick(ANON))}, who spoke on condition of anonymity because ${this.pick(REASONS)}, said ${this.clause()}.`;
      case 3:
        return `${cap(this.pick(ANON))} said ${this.clause()}.`;
      case 4:
        return `${this.pick(WEASELS)} that ${this.clause()}.`;
      case 5:
        return `${cap(org)} said in a statement ${this.pick(TIMES)} that ${this.clause()}.`;
      case 6:
        return `About ${this.number()} ${this.pick(CROWDS)} attended the meeting in ${this.pick(PLACES)} ${this.pick(TIMES)}, according to ${org}.`;
      case 7:
        return `Police put the crowd at ${this.number()}, while organisers said ${this.number()} people took part.`;
      case 8:
        return `${this.int(5, 88)} percent of ${this.pick(NOUNS)} surveyed said ${this.pick(PROJECTS)} should be ${this.pick(['delayed', 'scrapped', 'finished', 'reviewed'])}, a poll by ${org} found.`;
      case 9:
        return `${cap(this.pick(PROJECTS))} was approved in ${this.int(1998, 2025)} and is expected to cost ${this.money()}.`;
      case 10:
        return `${surname} ${this.pick(LOADED)} that ${this.clause()}.`;
      case 11:
        return `${this.pick(ADVERBS)} ${this.clause()}.`;
      case 12:
        return `${cap(this.pick(OUTLETS))} reported ${this.pick(TIMES)}, citing ${this.pick(ANON.slice(0, 5))}, that ${this.clause()}.`;
      case 13:
        return `The ${this.pick(LABELS)} has been criticised by residents of ${this.pick(PLACES)} for months.`;
      case 14:
        return `"${this.pick(QUOTES)}." ${this.pick(['He', 'She'])} added that ${this.clause()}.`;
      case 15:
        return `It is understood that ${this.clause()}.`;
      case 16:
        return `Mr. ${surname}, who joined ${org} in ${this.int(1990, 2024)}, declined to comment on the U.S. contract.`;
      case 17:
        return `The figure, ${this.number()}, was disputed by ${org}, which said it had been overestimated several times over.`;
      case 18:
        return `Dozens of ${this.pick(CROWDS)} gathered outside the town hall at 9 a.m. on ${this.pick(MONTHS)} ${this.int(1, 28)}.`;
      default:
        return `Work on ${this.pick(PROJECTS)} began in ${this.pick(MONTHS)} and ${this.pick(['is due to finish', 'was meant to finish', 'could finish'])} in ${this.int(2026, 2031)}.`;
    }
  }

  paragraph(cast: string[]): string {
    const n = this.int(2, 5);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence(cast));
    let text = out.join(' ');
    if (this.chance(0.08)) text += ` More details are in [the published report](https://example.org/reports/${this.int(100, 999)}).`;
    if (this.chance(0.04)) text += ' The total was [TK: confirm figure with the audit office].';
    return text;
  }

  /** A non-paragraph block: a list, a code block, a table, a block quote or a suppression. */
  furniture(cast: string[]): string {
    switch (this.int(0, 4)) {
      case 0: {
        const items: string[] = [];
        for (let i = this.int(3, 5); i > 0; i--) items.push(`- ${this.clause().replace(/^./, (c) => c.toUpperCase())}.`);
        return `Key points from the meeting:\n\n${items.join('\n')}`;
      }
      case 1: {
        const rows: string[] = [];
        for (let i = this.int(3, 6); i > 0; i--) rows.push(`${this.pick(PLACES).toLowerCase().replace(/ /g, '_')},${this.int(100, 9000)},${this.int(1, 99)}`);
        return `The figures as published by the audit office:\n\n\`\`\`csv\nward,households,percent\n${rows.join('\n')}\n\`\`\``;
      }
      case 2: {
        const rows: string[] = [];
        for (let i = this.int(2, 4); i > 0; i--) rows.push(`| ${cap(this.pick(PROJECTS))} | ${this.money()} | ${this.int(2026, 2031)} |`);
        return `| Project | Cost | Due |\n| --- | --- | --- |\n${rows.join('\n')}`;
      }
      case 3:
        return `> ${this.pick(QUOTES)}. ${this.pick(QUOTES)}.\n\nThat was how ${this.pick(cast)} put it in a letter to members ${this.pick(TIMES)}.`;
      default:
        return `<!-- onrecord-disable-next-line unattributed-figure -- figure from the council's published accounts -->\nThe council's reserves stood at ${this.money()} at the end of the last financial year.`;
    }
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface DraftOptions {
  seed: number;
  /** Approximate length in words (the draft stops at the first paragraph past it). */
  words: number;
}

/** One news draft in Markdown. Long drafts are split into sections with their own headings. */
export function generateDraft(options: DraftOptions): string {
  const w = new Writer(options.seed);
  const place = w.pick(PLACES);
  const cast = [w.person(), w.person(), w.person(), w.person()];
  const project = w.pick(PROJECTS);
  const parts: string[] = [];
  parts.push(`---\ntitle: ${cap(project)} runs over budget in ${place}\nstage: edit\ngenre: news\nslug: bench-${options.seed}\n---`);
  parts.push(`# ${cap(project)} in ${place} runs over budget as ${w.pick(ORGS).replace(/^the /, '')} seeks answers`);
  parts.push(`By ${w.person()} and ${w.person()}`);
  parts.push(`${place.toUpperCase()}, ${w.pick(MONTHS)} ${w.int(1, 28)} (Northline) - ${w.paragraph(cast)}`);
  let words = parts.reduce((n, p) => n + countWords(p), 0);
  let sinceHeading = 0;
  while (words < options.words) {
    let block: string;
    if (sinceHeading > 12 && w.chance(0.3)) {
      block = `## ${cap(w.pick(PROJECTS))} and ${w.pick(['the budget', 'the unions', 'the audit', 'the residents', 'the contractors'])}`;
      sinceHeading = 0;
      // A new section brings new voices, as a long document of many stories would.
      if (w.chance(0.5)) cast[w.int(0, cast.length - 1)] = w.person();
    } else if (w.chance(0.12)) {
      block = w.furniture(cast);
    } else {
      block = w.paragraph(cast);
    }
    sinceHeading++;
    parts.push(block);
    words += countWords(block);
  }
  parts.push(`(Reporting by ${w.person()}; Editing by ${w.person()})`);
  return parts.join('\n\n') + '\n';
}

export interface CorpusFile {
  /** Path relative to the corpus folder, with forward slashes. */
  path: string;
  text: string;
}

export const FOLDER_ARTICLES = 500;

/** The benchmark corpus: three single drafts and a folder of 500 articles. */
export function generateCorpus(seed = 2026): CorpusFile[] {
  const files: CorpusFile[] = [
    { path: 'article-1k.md', text: generateDraft({ seed, words: 1_000 }) },
    { path: 'draft-10k.md', text: generateDraft({ seed: seed + 1, words: 10_000 }) },
    { path: 'document-100k.md', text: generateDraft({ seed: seed + 2, words: 100_000 }) },
  ];
  for (let i = 0; i < FOLDER_ARTICLES; i++) {
    files.push({ path: `folder/article-${String(i + 1).padStart(3, '0')}.md`, text: generateDraft({ seed: seed + 1000 + i, words: 800 }) });
  }
  return files;
}
