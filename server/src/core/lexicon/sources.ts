/**
 * Words that describe who is speaking. The classes follow the sourcing model (DESIGN §3) and
 * the anonymous-source checklists of AP ("Anonymous sources"), Reuters (Handbook of
 * Journalism, "Sourcing"), NYT (Guidelines on Integrity), BBC (Editorial Guidelines §3) and
 * NPR (Ethics Handbook: "Anonymous sources").
 */

/** Heads that say nothing about who the person is: AP and Reuters want more than this. */
export const GENERIC_ANONYMOUS_HEADS = [
  'source', 'sources', 'person', 'people', 'insider', 'insiders', 'individual', 'individuals',
  'someone', 'somebody', 'contact', 'contacts', 'informant', 'informants', 'whistleblower',
];

/** Role nouns: a job the copy names ("a senior official", "two diplomats"). */
export const ROLE_HEADS = [
  'official', 'officials', 'aide', 'aides', 'diplomat', 'diplomats', 'officer', 'officers',
  'executive', 'executives', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer', 'staffers',
  'employee', 'employees', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'commander', 'commanders',
  'investigator', 'investigators', 'prosecutor', 'prosecutors', 'negotiator', 'negotiators',
  'manager', 'managers', 'director', 'directors', 'minister', 'ministers', 'banker', 'bankers',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'strategist', 'strategists', 'operative', 'operatives',
  'agent', 'agents', 'engineer', 'engineers', 'worker', 'workers', 'staff', 'member', 'members',
  'delegate', 'delegates', 'envoy', 'envoys', 'regulator', 'regulators', 'trader', 'traders',
  'policymaker', 'policymakers', 'authority', 'confidant', 'confidants', 'ally', 'allies',
  'associate', 'associates', 'colleague', 'colleagues', 'relative', 'relatives', 'friend', 'friends',
  'resident', 'witness', 'witnesses', 'neighbour', 'neighbours', 'neighbor', 'neighbors',
  'employee', 'soldier', 'soldiers', 'doctor', 'doctors', 'nurse', 'nurses', 'teacher', 'teachers',
  'student', 'students', 'activist', 'organizer', 'organizers', 'organiser', 'organisers',
  'investor', 'investors', 'donor', 'donors', 'operative', 'consultant', 'consultants', 'analyst', 'analysts',
  'judge', 'judges', 'leader', 'leaders', 'physician', 'physicians', 'questioner', 'caller', 'callers', 'attendee',
  'attendees', 'participant', 'participants', 'volunteer', 'volunteers', 'candidate', 'candidates', 'journalist',
  'journalists', 'reporter', 'reporters', 'editor', 'editors', 'owner', 'owners', 'founder', 'founders', 'voter',
  'parent', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'spouse', 'partner',
  'partners', 'teacher', 'pilot', 'pilots', 'driver', 'drivers', 'guard', 'guards', 'inmate', 'inmates', 'patient',
  'victim', 'victims', 'survivor', 'survivors', 'protester', 'demonstrator', 'rebel', 'rebels', 'fighter', 'fighters',
  'commentator', 'scientist', 'researcher', 'economist', 'expert', 'critic', 'observer', 'supporter', 'opponent',
];

/**
 * Unnamed groups and vague authorities (Wikipedia MOS:WEASEL, "unsupported attributions";
 * NPR and Washington Post discourage them): they stand for an opinion nobody owns.
 */
export const VAGUE_AUTHORITY_HEADS = [
  'critics', 'experts', 'observers', 'analysts', 'commentators', 'pundits', 'skeptics', 'sceptics',
  'detractors', 'opponents', 'supporters', 'proponents', 'advocates', 'many', 'some', 'others',
  'most', 'scientists', 'researchers', 'economists', 'scholars', 'historians', 'watchers',
  'onlookers', 'conservatives', 'liberals', 'progressives', 'democrats', 'republicans',
  'voters', 'protesters', 'protestors', 'demonstrators', 'environmentalists', 'campaigners', 'activists',
  'everyone', 'everybody', 'nobody', 'few', 'all', 'americans', 'europeans', 'parents', 'consumers',
  'taxpayers', 'fans', 'residents', 'citizens', 'locals', 'skeptics', 'naysayers', 'purists', 'traditionalists',
  'moderates', 'centrists', 'hawks', 'doves', 'hardliners', 'populists', 'nationalists', 'libertarians',
];

/** Documents: attributable when identified ("a court filing", "the report"). */
export const DOCUMENT_HEADS = [
  'report', 'reports', 'filing', 'filings', 'statement', 'memo', 'memos', 'memorandum', 'letter', 'letters',
  'document', 'documents', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'analysis', 'data',
  'figures', 'records', 'record', 'lawsuit', 'complaint', 'indictment', 'transcript', 'email', 'emails',
  'e-mail', 'release', 'audit', 'assessment', 'review', 'estimate', 'estimates', 'census', 'paper',
  'ruling', 'order', 'affidavit', 'testimony', 'cable', 'cables', 'footage', 'video', 'post', 'tweet',
  'documentation', 'minutes', 'summary', 'findings', 'research', 'forecast', 'projections', 'statistics',
];

/** On-record institutional voices ("police said", "the ministry said"). */
export const ORGANISATION_HEADS = [
  'ministry', 'department', 'government', 'police', 'company', 'service', 'agency', 'office', 'embassy',
  'administration', 'campaign', 'army', 'military', 'council', 'court', 'commission', 'committee',
  'union', 'party', 'board', 'firm', 'bank', 'university', 'hospital', 'authorities', 'authority',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokespeople', 'representative', 'representatives',
  'prosecutors', 'group', 'organisation', 'organization', 'foundation', 'institute', 'association',
  'federation', 'league', 'coalition', 'club', 'team', 'corporation', 'conglomerate', 'regulator',
  'kremlin', 'pentagon', 'whitehouse', 'cabinet', 'parliament', 'congress', 'senate', 'legislature',
  'municipality', 'city', 'state', 'county', 'council', 'statement', 'spokesmen', 'secretariat',
  'mission', 'delegation', 'directorate', 'bureau', 'branch', 'division', 'unit', 'headquarters',
  'airline', 'operator', 'carrier', 'utility', 'manufacturer', 'maker', 'retailer', 'insurer', 'lender',
  'network', 'charity', 'nonprofit', 'fund', 'exchange', 'secretary', 'chamber', 'presidency', 'palace',
];

/** News organisations: a report relayed from one needs its own sourcing (Reuters, AP). */
export const OUTLET_NAMES = [
  'the wall street journal', 'wall street journal', 'wsj', 'the new york times', 'new york times',
  'the washington post', 'washington post', 'reuters', 'associated press', 'the associated press', 'ap',
  'afp', 'agence france-presse', 'bloomberg', 'bloomberg news', 'bbc', 'cnn', 'fox news', 'nbc', 'nbc news',
  'abc', 'abc news', 'cbs', 'cbs news', 'npr', 'politico', 'axios', 'the guardian', 'the times', 'the telegraph',
  'financial times', 'the financial times', 'the economist', 'sputnik', 'tass', 'ria novosti', 'interfax',
  'xinhua', 'al jazeera', 'der spiegel', 'le monde', 'kommersant', 'vedomosti', 'the hill', 'usa today',
  'los angeles times', 'the los angeles times', 'the independent', 'sky news', 'the atlantic', 'the intercept',
  'buzzfeed news', 'vice news', 'the daily beast', 'newsweek', 'time magazine', 'the journal', 'the post', 'the paper',
];

/** Generic outlet nouns ("the newspaper reported"). */
export const OUTLET_HEADS = [
  'newspaper', 'newspapers', 'paper', 'outlet', 'outlets', 'broadcaster', 'broadcasters', 'magazine',
  'daily', 'tabloid', 'journal', 'network', 'website', 'site', 'channel', 'agency', 'wire', 'media', 'press',
];

/** Words that end an outlet's proper name ("The Daily Telegraph", "Moscow Times"). */
export const OUTLET_NAME_ENDINGS = [
  'journal', 'times', 'post', 'news', 'herald', 'tribune', 'telegraph', 'guardian', 'gazette', 'chronicle',
  'observer', 'independent', 'express', 'mirror', 'mail', 'sun', 'star', 'globe', 'standard', 'review',
  'magazine', 'daily', 'weekly', 'press', 'courier', 'inquirer', 'examiner', 'record', 'bulletin', 'today',
];

export const PRONOUNS: Record<string, 'person' | 'group' | 'thing'> = {
  he: 'person', she: 'person', him: 'person', her: 'person', they: 'group', them: 'group', it: 'thing',
  we: 'group', i: 'person',
};

/** Nationality and bloc adjectives: on their own they are not an affiliation ("Russian officials"). */
export const NATIONALITY_WORDS = [
  'russian', 'american', 'us', 'u.s.', 'british', 'uk', 'u.k.', 'chinese', 'french', 'german', 'european',
  'western', 'eastern', 'israeli', 'palestinian', 'iranian', 'iraqi', 'syrian', 'turkish', 'ukrainian',
  'indian', 'pakistani', 'afghan', 'japanese', 'korean', 'north korean', 'south korean', 'saudi', 'egyptian',
  'venezuelan', 'mexican', 'canadian', 'brazilian', 'italian', 'spanish', 'polish', 'arab', 'gulf', 'african',
  'asian', 'latin american', 'foreign', 'local', 'federal', 'regional', 'international', 'government',
  'senior', 'top', 'high-ranking', 'high-level', 'junior', 'former', 'current', 'anonymous', 'unnamed', 'unidentified',
];

/**
 * Phrases that make anonymity explicit ("spoke on condition of anonymity", "asked not to be
 * named"). They say that anonymity was granted, not why: AP, NYT and NPR want the reason too.
 */
export const ANONYMITY_PHRASES = [
  'on condition of anonymity', 'on the condition of anonymity', 'on condition of not being named',
  'on condition they not be named', 'on condition that they not be named', 'on condition he not be named',
  'on condition she not be named', 'on condition of not being identified', 'on the condition that they not be identified',
  'on condition that he not be identified', 'on condition that she not be identified', 'on condition they not be identified',
  'asked not to be named', 'asked not to be identified', 'asked that their name not be used',
  'asked that his name not be used', 'asked that her name not be used', 'requested anonymity', 'sought anonymity',
  'insisted on anonymity', 'granted anonymity', 'were granted anonymity', 'was granted anonymity',
  'spoke anonymously', 'speaking anonymously', 'spoke on background', 'speaking on background',
  'declined to be named', 'declined to be identified', 'declining to be named', 'declining to be identified',
  'who could not be named', 'whose name was withheld', 'whose names were withheld', 'anonymously',
];

/**
 * Reasons for anonymity (AP: "the reason the source insisted on anonymity"; NYT and NPR require
 * the reader be told why). The bare "not authorized to speak" formula is boilerplate.
 */
export const REASON_PHRASES = [
  'for fear of reprisal', 'for fear of reprisals', 'for fear of retaliation', 'for fear of losing', 'for fear of',
  'fearing reprisal', 'fearing reprisals', 'fearing retaliation', 'to protect their identity', 'to protect his identity',
  'to protect her identity', 'to protect their jobs', 'to protect his job', 'to protect her job',
  'because of the sensitivity', 'given the sensitivity', 'due to the sensitivity',
  'to discuss private', 'to discuss internal', 'to discuss confidential', 'to discuss sensitive',
  'to discuss the private', 'to discuss the internal', 'to discuss the confidential', 'to discuss the sensitive',
  'to discuss ongoing', 'to discuss classified', 'to discuss personnel', 'to discuss deliberations',
  'to speak freely', 'to speak candidly', 'to describe private', 'to describe internal', 'to describe confidential',
  'not authorized to speak', 'not authorised to speak', 'not authorized to discuss', 'not authorised to discuss',
  'not authorized to comment', 'not authorised to comment', 'not authorized to publicly', 'not authorised to publicly',
  'not permitted to speak', 'not allowed to speak', 'not allowed to discuss', 'not permitted to discuss',
  'unauthorized to speak', 'without authorization to speak', 'without permission to speak',
];

/** Phrases that are reasons only in form: "because they were not authorized to speak publicly". */
export const BOILERPLATE_REASON = /\bnot\s+(?:authori[sz]ed|permitted|allowed)\s+to\s+(?:speak|discuss|comment|talk|publicly)|\bunauthori[sz]ed\s+to\s+speak|\bwithout\s+(?:authori[sz]ation|permission)\s+to\s+speak/i;

/** How the source knows (AP: "the source's vantage point"; NYT: "how the source knows"). */
export const KNOWLEDGE_PHRASES = [
  'with direct knowledge', 'with knowledge of', 'with firsthand knowledge', 'with first-hand knowledge',
  'with intimate knowledge', 'with detailed knowledge', 'who has direct knowledge', 'who have direct knowledge',
  'who had direct knowledge', 'who attended', 'who were present', 'who was present', 'who was in the room',
  'who were in the room', 'who saw', 'who has seen', 'who have seen', 'who had seen', 'who reviewed',
  'who has reviewed', 'who have reviewed', 'who had reviewed', 'who read', 'who has read', 'who have read',
  'who witnessed', 'who took part', 'who participated', 'who helped draft', 'who helped write',
  'who was involved', 'who were involved', 'directly involved', 'involved in the', 'briefed on', 'who was briefed',
  'who were briefed', 'who had been briefed', 'present at', 'who heard', 'who listened', 'who sat in',
  'who was at the', 'who were at the', 'who works on', 'who work on', 'who worked on', 'who handled',
  'who oversees', 'who oversaw', 'who negotiated', 'who drafted', 'who wrote', 'who examined',
];

/** Proximity without knowledge: AP and Reuters treat these as too vague on their own. */
export const PROXIMITY_PHRASES = [
  'close to', 'familiar with', 'knowledgeable about', 'with ties to', 'connected to', 'linked to',
  'in contact with', 'aware of', 'acquainted with', 'who knows', 'who know', 'said to be close to',
];

/** Verification notes for relayed reports and disputed figures (Reuters, AP). */
export const VERIFICATION_PHRASES = [
  'could not independently verify', 'could not be independently verified', 'could not independently confirm',
  'could not be independently confirmed', 'was unable to verify', 'were unable to verify', 'was unable to independently verify',
  'were unable to independently verify', 'has not independently verified', 'have not independently verified',
  'had not independently verified', 'has not been able to verify', 'have not been able to verify',
  'could not immediately verify', 'could not immediately confirm', 'has not verified', 'have not verified',
  'cannot independently verify', 'cannot be independently verified', 'not possible to verify',
  'could not be verified', 'could not verify', 'was not able to verify', 'were not able to verify',
  'unable to independently confirm', 'could not be confirmed', 'independently verified', 'independently confirmed',
];

/** The writer's way of hiding who told them (BBC, Reuters: say who). */
export const HIDDEN_SOURCE_PHRASES = [
  'has learned', 'have learned', 'has learnt', 'have learnt', 'it is understood', 'it is believed',
  'it was understood', 'it has emerged', 'it emerged', 'according to reports', 'according to media reports',
  'according to press reports', 'according to local reports', 'according to local media', 'according to media',
  'according to news reports', 'reportedly', 'is reported to', 'are reported to', 'was reported to',
  'were reported to', 'is said to', 'are said to', 'was said to', 'were said to', 'media reports said',
  'media reports say', 'reports said', 'reports say', 'reports suggest', 'reports suggested',
  'local media reported', 'local media said', 'media reported', 'local reports said', 'press reports said',
];

/** Agentless authority: "it is believed", "studies show" (Wikipedia MOS:WEASEL). */
export const WEASEL_PASSIVES = [
  'it is believed', 'it is widely believed', 'it is thought', 'it is widely thought', 'it is said',
  'it is widely said', 'it is claimed', 'it is alleged', 'it is feared', 'it is widely accepted',
  'it is generally accepted', 'it is often said', 'it has been said', 'it has been suggested',
  'it has been claimed', 'is widely seen as', 'are widely seen as', 'was widely seen as', 'were widely seen as',
  'is widely regarded as', 'are widely regarded as', 'is widely considered', 'are widely considered',
  'is widely believed', 'are widely believed', 'is widely viewed as', 'are widely viewed as',
  'is seen by many', 'are seen by many', 'is considered by many', 'are considered by many',
  'studies show', 'studies have shown', 'research shows', 'research has shown', 'science says',
  'some say', 'some argue', 'some believe', 'many say', 'many believe', 'many argue', 'many think',
  'many people believe', 'many people say', 'many people think', 'people say', 'people are saying',
  'there are those who', 'it is widely known', 'most people agree', 'many have said', 'some have said',
  'some have argued', 'many have argued', 'is considered one of', 'is regarded as one of',
];

/** Markers that the draft itself disputes a figure (DESIGN §3, figures). */
export const DISPUTE_MARKERS = [
  'denied', 'denies', 'deny', 'disputed', 'disputes', 'dispute', 'rejected', 'rejects', 'refuted', 'refutes',
  'overestimated', 'overestimates', 'overstated', 'overstates', 'exaggerated', 'exaggerates', 'inflated',
  'underestimated', 'understated', 'underreported', 'under-reported', 'contradicted', 'contradicts',
  'put the figure at', 'puts the figure at', 'put the number at', 'puts the number at', 'put the toll at',
  'puts the toll at', 'put the total at', 'could not be independently verified', 'could not independently verify',
  'challenged', 'questioned the figure', 'questioned the number', 'questioned the numbers', 'false', 'untrue',
  'inaccurate', 'incorrect', 'not accurate', 'not true', 'far lower', 'far higher', 'much lower', 'much higher',
];

/** Nouns that name a quantity in a dispute ("overestimated the numbers"). */
export const QUANTITY_NOUNS = [
  'number', 'numbers', 'figure', 'figures', 'toll', 'count', 'total', 'estimate', 'estimates', 'tally',
  'statistics', 'data', 'amount', 'sum', 'size', 'headcount',
];
