/**
 * Quantities that stand in for a knowable count (AP: "avoid vague figures when a precise one
 * can be had"; Reuters: "give the number"). Used in the writer's voice only.
 */
export const VAGUE_QUANTITIES = [
  'several dozen', 'a few dozen', 'a couple dozen', 'dozens', 'dozens of', 'scores of', 'scores',
  'hundreds of', 'thousands of', 'tens of thousands of', 'hundreds of thousands of', 'millions of',
  'countless', 'untold', 'innumerable', 'the vast majority', 'a vast majority', 'the overwhelming majority',
  'an overwhelming majority', 'a large number of', 'a huge number of', 'a significant number of',
  'a growing number of', 'an increasing number of', 'a number of', 'numerous', 'a host of', 'a raft of',
  'a slew of', 'a handful of', 'a great many', 'a good many', 'many thousands', 'many hundreds',
];

/** Counted nouns whose numbers carry news weight (casualties, crowds, troops, staff, votes…). */
export const CONSEQUENTIAL_NOUNS = [
  'people', 'persons', 'dead', 'killed', 'injured', 'wounded', 'hurt', 'casualties', 'deaths', 'victims',
  'bodies', 'fatalities', 'troops', 'soldiers', 'staff', 'staffers', 'employees', 'workers', 'jobs', 'job',
  'protesters', 'protestors', 'demonstrators', 'marchers', 'refugees', 'migrants', 'immigrants', 'residents',
  'voters', 'votes', 'ballots', 'cases', 'infections', 'patients', 'children', 'civilians', 'members',
  'supporters', 'users', 'customers', 'homes', 'houses', 'households', 'families', 'signatures', 'arrests',
  'arrested', 'detained', 'detainees', 'prisoners', 'hostages', 'fighters', 'militants', 'rebels', 'police',
  'officers', 'advisers', 'advisors', 'specialists', 'experts', 'personnel', 'students', 'teachers', 'doctors',
  'nurses', 'seats', 'displaced', 'evacuated', 'evacuees', 'missing', 'layoffs', 'positions', 'contractors',
  'inmates', 'asylum seekers', 'deportations', 'attendees', 'participants', 'visitors', 'tourists', 'troops',
  'weapons', 'missiles', 'rockets', 'drones', 'tanks', 'aircraft', 'jets', 'airstrikes', 'strikes', 'attacks',
  'incidents', 'crimes', 'shootings', 'murders', 'complaints', 'lawsuits', 'applications', 'claims',
  'barrels', 'tonnes', 'tons', 'doses', 'vaccinations', 'tests', 'beds', 'buildings', 'schools', 'hospitals',
  'businesses', 'companies', 'firms', 'stores', 'plants', 'factories', 'villages', 'towns', 'acres', 'hectares',
];

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozen: 12, a: 1, an: 1,
};

export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, k: 1e3, tn: 1e12,
};
