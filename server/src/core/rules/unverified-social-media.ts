import { words, type Word } from '../attribution/words';
import { SOCIAL_MEDIA_NOUNS } from '../lexicon/policy';
import type { PhraseMatch } from '../lexicon';
import { defineRule } from '../rule';
import { insertFix, isFurniture, isHeadline, quoteWords, sentenceEnd, tk } from './common';

const MEDIA = new Set<string>(SOCIAL_MEDIA_NOUNS);
/** A named poster ahead of the material ("the mayor posted a video", "Smith's video"): the post is theirs. */
const ACTIVE_POSTING = /^(?:posted|posts|post|shared|shares|share|uploaded|uploads|released|releases|published|publishes|tweeted|tweets|put|puts)$/i;

export default defineRule({
  meta: {
    id: 'unverified-social-media',
    family: 'attribution',
    title: 'Social-media material without a verification note',
    description: 'Flags claims resting on material posted online by people the story does not name ("a video posted on Telegram", "footage circulating on social media", "a viral post") when its paragraph and the next never say what was or could not be verified.',
    defaultSeverity: 'information',
    fix: 'suggested',
    policy: ['Reuters'],
    rationale: 'Reuters Handbook (social media and user-generated content): verify material found online before using it, and tell readers what could and could not be verified.',
  },
  check(doc, _options, report) {
    const { masked } = doc.prose;
    const { policy } = doc.lexicons;
    const platforms: PhraseMatch[] = [...policy.socialPlatforms.find(masked), ...policy.platformX.find(masked).filter((m) => /\b(?:on|to|across|via)\s+$/.test(masked.slice(m.start - 8, m.start)))];
    // "a viral video" needs no platform: the word says where it spread.
    for (const m of masked.matchAll(VIRAL)) platforms.push({ start: m.index! + m[0].length, end: m.index! + m[0].length, entry: 'viral' });
    platforms.sort((a, b) => a.start - b.start);
    const reported = new Set<number>();
    for (const platform of platforms) {
      const sentence = doc.sentenceAt(platform.start);
      if (!sentence || reported.has(sentence.index) || doc.inQuote(platform) || isHeadline(doc, platform.start) || isFurniture(doc, platform.start)) continue;
      let ws = words(masked, sentence.start, platform.start);
      // Where the material is said to be: the platform, or just after the noun "viral" qualifies.
      let place: { readonly start: number; readonly end: number } = platform;
      if (platform.entry === 'viral') {
        // The noun right after "viral" ("a viral video"): extend to it.
        const noun = words(masked, platform.start, sentence.end)[0];
        if (!noun || !MEDIA.has(noun.text.toLowerCase())) continue;
        ws = [...ws, noun];
        place = { start: noun.end, end: noun.end };
      }
      const material = materialBefore(masked, ws, place.start, policy.postingVerbs.test.bind(policy.postingVerbs));
      if (!material) continue;
      const { noun, start } = material;
      // The poster is named ("Smith posted a video on X", "the ministry's video"), or the copy
      // attributes the material to a named source in the same sentence.
      let ahead = ws.slice(0, ws.indexOf(noun));
      for (let i = ahead.length - 1; i >= 0; i--) {
        if (/[.!?;:]/.test(masked.slice(ahead[i].end, (ahead[i + 1] ?? noun).start))) {
          ahead = ahead.slice(i + 1);
          break;
        }
      }
      if (ahead.slice(-4).some((w) => ACTIVE_POSTING.test(w.text) || /(?:'s|’s|s'|s’)$/.test(w.text))) continue;
      const attributed = doc.attributionsIn(sentence.index).filter((a) => a.source !== null);
      if (attributed.some((a) => isNamed(doc.sourceOf(a)?.class))) continue;
      // "In a video posted on Facebook, she said…": the speaker's own post.
      if (/\bin\s*$/i.test(masked.slice(Math.max(sentence.start, start - 4), start)) && attributed.length > 0) continue;
      // "posts on Twitter" after "in": the clause's subject wrote them ("denounced him in posts on X").
      if (/^posts?$/i.test(noun.text) && /\bin\s+(?:\S+\s+){0,2}$/i.test(masked.slice(Math.max(sentence.start, noun.start - 24), noun.start))) continue;
      // "posted online by the Harbour Residents Group": a named poster.
      if (NAMED_BY.test(masked.slice(noun.end, Math.min(sentence.end, place.end + 60)))) continue;
      // "posted to her Facebook account": the account's owner is the poster.
      if (/\b(?:his|her|their|its|my|our|your)\s+$/i.test(masked.slice(place.start - 7, place.start))) continue;
      if (verifiedNearby(doc, sentence.block)) continue;
      reported.add(sentence.index);
      const span = { start, end: place.end };
      report({
        span,
        message: `"${quoteWords(doc, span)}": say whether the ${noun.text.toLowerCase()} could be verified (who posted it, where and when).`,
        fixes: [insertFix('Add a verification note', sentenceEnd(doc, place.start), ` ${tk('outlet')} could not independently verify the ${noun.text.toLowerCase()}.`)],
      });
    }

    function verifiedNearby(d: typeof doc, block: number): boolean {
      const here = d.prose.blocks[block];
      const next = d.prose.blocks[block + 1];
      const end = next ? next.end : here.end;
      return policy.mediaVerification.test(masked, here.start, end) || d.lexicons.verificationPhrases.test(masked, here.start, end);
    }
  },
});

const AUXILIARY = /^(?:did|does|do|will|would|to|can|could|should|may|might|must|he|she|they|we|i|you|it|also|then)$/i;
const NAMED_BY = /\bby\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,4}\p{Lu}[\p{L}-]*/u;
// Latin letters only: a \p{L} class with the u flag makes V8 try every position of the text.
const VIRAL = /\bviral\s+(?=[A-Za-z\u00C0-\u024F])/gi;

/** Index of the first word of the noun phrase ending at ws[k] (its determiner or adjectives). */
function determinerStart(ws: readonly Word[], k: number): number {
  let j = k;
  while (j > 0 && k - j < 3 && /^(?:a|an|the|this|that|these|those|one|new|viral|short|grainy|amateur|undated|unverified|mobile|phone|cellphone|smartphone)$/i.test(ws[j - 1].text)) j--;
  return j;
}

const isNamed = (cls: string | undefined) => cls === 'named-person' || cls === 'named-organisation';

/**
 * The material the platform is about: "a video posted on Telegram", "footage circulating on
 * social media", "a viral post on X", "images on Facebook". Returns the noun and the start of
 * its noun phrase.
 */
function materialBefore(text: string, ws: readonly Word[], platformStart: number, isPosting: (t: string, from: number, to: number) => boolean): { noun: Word; start: number } | null {
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 8); k--) {
    const w = ws[k];
    if (/[.;:]/.test(text.slice(w.end, k + 1 < ws.length ? ws[k + 1].start : platformStart))) return null;
    if (!MEDIA.has(w.text.toLowerCase())) continue;
    // "the mayor did post on X": the verb, not the noun.
    if (/^posts?$/i.test(w.text) && (k === 0 || AUXILIARY.test(ws[k - 1].text) || /^\p{Lu}/u.test(ws[k - 1].text))) return null;
    const between = text.slice(w.end, platformStart);
    const viral = k > 0 && /^viral$/i.test(ws[k - 1].text) && w.end === platformStart;
    const posted = isPosting(text, w.end, platformStart) && /^[\s\p{L},-]*\b(?:on|to|across|via|online)\b[\s\p{L}]*$|^[\s\p{L},-]*$/u.test(between);
    // "A video on Facebook shows…": the material leads its clause, so the claim rests on it.
    const leads = (j: number) => j === 0 || /[,;:(—–]\s*$/.test(text.slice(ws[j - 1].end, ws[j].start)) || /^(?:according|to)$/i.test(ws[j - 1].text);
    const directly = (/^\s+(?:on|from)\s+$/i.test(between) || (/^\s*$/.test(between) && /^online$/i.test(text.slice(platformStart, platformStart + 6)))) && leads(determinerStart(ws, k));
    if (!viral && !posted && !directly) return null;
    let start = w.start;
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      if (/[,;:()"“”]/.test(text.slice(ws[j].end, ws[j + 1].start))) break;
      if (/^(?:a|an|the|this|that|these|those|one|two|several|some|new|viral|short|grainy|amateur|undated|unverified|mobile|phone|cellphone|smartphone)$/i.test(ws[j].text)) start = ws[j].start;
      else break;
    }
    return { noun: w, start };
  }
  return null;
}
