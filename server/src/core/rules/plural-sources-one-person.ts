import type { Attribution, SourceMention, SourcingModel } from '../attribution/model';
import { firstAtLeast, type Span } from '../span';
import { defineRule } from '../rule';
import type { TextEdit } from '../types';
import { anonymousMentions, matchCase, quoteWords } from './common';

/** Words that give "sources" a number or say there were others ("several sources", "another source"). */
const COUNTED = /\b(?:several|multiple|many|numerous|various|both|all|some|few|more|other|two|three|four|five|six|seven|eight|nine|ten|dozen|\d+)\b/i;
const MORE_THAN_ONE = /\b(?:another|a second|a third|other|both|all|two|three|four|five|one of the|each of the|neither of the|either of the)\s+(?:\w+\s+)?sources?\b|\bthe\s+sources\b/i;
/** Singular back-references a reader takes for one person ("the source added", "the person said"). */
const SINGULAR_HEADS = new Set(['source', 'person', 'insider', 'individual', 'contact', 'informant']);
/** Present-tense plural verbs after "sources" and their singular ("sources say" → "a source says"). */
const AGREEMENT: Record<string, string> = {
  say: 'says', are: 'is', were: 'was', have: 'has', do: 'does', tell: 'tells', believe: 'believes', expect: 'expects',
  warn: 'warns', suggest: 'suggests', insist: 'insists', indicate: 'indicates', add: 'adds', claim: 'claims', describe: 'describes', confirm: 'confirms',
};

export default defineRule({
  meta: {
    id: 'plural-sources-one-person',
    family: 'anonymous-sourcing',
    title: 'Plural "sources" for what the story shows is one person',
    description: 'Flags "sources" with no count when the story later refers back to them in the singular ("the source added", "the person said", "he added" right after) and never introduces a second source.',
    defaultSeverity: 'warning',
    fix: 'suggested',
    policy: ['Reuters'],
    rationale: 'Reuters Handbook: use "sources" only when there is more than one; do not turn a single source into "sources".',
  },
  check(doc, _options, report) {
    const { masked } = doc.prose;
    // A story that counts its sources, or says there were others, is not inflating one. Asked
    // only once a candidate turns up: most drafts have none, and the test reads the whole draft.
    let moreThanOne: boolean | undefined;
    for (const source of doc.sources) {
      if (source.class !== 'anonymous-group' || source.anonymous?.count !== null) continue;
      const first = source.mentions.find((m) => !m.reference);
      if (!first || first.head.toLowerCase() !== 'sources' || COUNTED.test(first.text)) continue;
      const later = source.mentions.filter((m) => m.start > first.start);
      if (later.some((m) => !SINGULAR_HEADS.has(m.head.toLowerCase()))) continue;
      // A singular back-reference merged into this source, or a definite "the person" read as a
      // new source in the same or next paragraph with no other anonymous source in between.
      const back = later[0] ?? definiteSingularAfter(doc, first) ?? singularPronounAdding(doc, source.attributions.map((i) => doc.attributions[i]));
      if (!back) continue;
      if ((moreThanOne ??= MORE_THAN_ONE.test(masked))) return;
      report({
        span: first,
        message: `"${quoteWords(doc, first)}" is plural, but the story then speaks of one person ("${quoteWords(doc, back)}"): write "a source", or say who the other sources are.`,
        related: [{ start: back.start, end: back.end, message: 'singular back-reference' }],
        fixes: singularFix(masked, first),
      });
    }
  },
});

/**
 * The first mention of another anonymous source after `first`, in the same or the next paragraph,
 * if it is a definite singular ("the person", "the official"); null if another anonymous source
 * comes first or none does.
 */
function definiteSingularAfter(doc: SourcingModel, first: SourceMention): SourceMention | null {
  const block = doc.sentenceAt(first.start)?.block ?? -1;
  const { mentions, starts } = anonymousMentions(doc);
  for (let i = firstAtLeast(starts, first.start + 1); i < mentions.length; i++) {
    const { mention: m, source } = mentions[i];
    if (source.id === first.source) continue;
    if ((doc.sentenceAt(m.start)?.block ?? -1) > block + 1) break;
    const definiteSingular = /^the\s/i.test(m.text) && SINGULAR_HEADS.has(m.head.toLowerCase()) && m.text.trim().split(/\s+/).length === 2;
    return definiteSingular ? m : null;
  }
  return null;
}

/**
 * "Sources said the deal was close. He added that…": "added" continues the speaker of the sentence
 * before, and that sentence had no other speaker, so "he" is the one source. Other pronouns are
 * left alone: "he said" after "sources said" usually means the story's subject.
 */
function singularPronounAdding(doc: SourcingModel, attributions: readonly Attribution[]): Span | null {
  const { masked } = doc.prose;
  for (const a of attributions) {
    const here = doc.sentences[a.sentence];
    const next = doc.sentences[a.sentence + 1];
    if (!next || next.block !== here.block) continue;
    if (doc.attributionsIn(here.index).some((x) => x.source?.source !== a.source?.source)) continue;
    for (const b of doc.attributionsIn(next.index)) {
      if (b.carried || b.cue.lemma !== 'add') continue;
      const subject = /^\s*(he|she)\s+(?:also\s+)?$/i.exec(masked.slice(next.start, b.cue.start));
      if (subject) {
        const start = next.start + subject[0].indexOf(subject[1]);
        return { start, end: start + subject[1].length };
      }
    }
  }
  return null;
}

/** "Sources" → "A source", "informed sources say" → "an informed source says". */
function singularFix(text: string, mention: SourceMention) {
  const head = /\bsources\b/i.exec(text.slice(mention.start, mention.end));
  if (!head) return [];
  const at = mention.start + head.index;
  const before = text.slice(mention.start, at).trim();
  const edits: TextEdit[] = [];
  if (before === '') edits.push({ start: at, end: at + 7, text: matchCase(head[0], 'a source') });
  else if (/^the$/i.test(before)) edits.push({ start: at, end: at + 7, text: 'source' });
  else if (/^[\p{L}-]+(?:\s+[\p{L}-]+)?$/u.test(before) && !/^(?:the|a|an|these|those|our|his|her|their|its|my)\b/i.test(before)) {
    const article = /^[aeiou]/i.test(before) ? 'an' : 'a';
    edits.push({ start: mention.start, end: mention.start, text: `${matchCase(before, article)} ` });
    edits.push({ start: mention.start, end: mention.start + 1, text: text[mention.start].toLowerCase() });
    edits.push({ start: at, end: at + 7, text: 'source' });
  } else return [];
  const next = /^\s+(\w+)\b/.exec(text.slice(mention.end, mention.end + 30));
  const verb = next && AGREEMENT[next[1].toLowerCase()];
  if (next && verb) {
    const start = mention.end + next[0].length - next[1].length;
    edits.push({ start, end: start + next[1].length, text: matchCase(next[1], verb) });
  }
  // Two edits may not share a start: merge the article with the lowered first letter.
  if (edits.length >= 2 && edits[0].start === edits[1].start) {
    const [a, b] = edits.splice(0, 2);
    edits.unshift({ start: a.start, end: b.end, text: a.text + b.text });
  }
  return [{ title: 'Write "a source"', safe: false, edits }];
}
