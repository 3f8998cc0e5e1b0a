/**
 * Phrase lists for the policy-backed additional rules: anonymous sources who also "declined to
 * comment" (AP), documents without provenance (AP), social-media material without a
 * verification note (Reuters). Each group names the policy it serves.
 */
import { PhraseMatcher } from './matcher';

/**
 * "Declined to comment" and its kin (AP Statement of News Values, anonymous sources: "we
 * should not say a person declined comment when he or she is already quoted anonymously").
 */
export const DECLINED_COMMENT = [
  'declined to comment', 'declined comment', 'declining to comment', 'declines to comment',
  'refused to comment', 'refuses to comment', 'would not comment', 'will not comment', "wouldn't comment",
  'did not comment', 'had no comment', 'has no comment', 'offered no comment',
  'did not respond to a request for comment', 'did not respond to requests for comment',
  'did not immediately respond to a request for comment', 'did not immediately respond to requests for comment',
  'did not return a request for comment', 'did not return requests for comment',
  'could not be reached for comment', 'did not respond to a message seeking comment',
  'did not respond to messages seeking comment',
] as const;

/**
 * What the source declined when the copy is precise about it: the on-the-record choice itself
 * ("declined to comment publicly" is the reason for anonymity, not a refusal), or one question
 * among many ("declined to comment on whether…", "declined to comment further").
 */
export const DECLINED_QUALIFIERS = [
  'on the record', 'on-the-record', 'publicly', 'by name', 'officially', 'for attribution', 'on camera',
  'further', 'beyond', 'in detail', 'in more detail', 'on specifics', 'on details', 'on the details',
  'on whether', 'on why', 'on how', 'on when', 'on who', 'on what', 'on which', 'about whether',
] as const;

/**
 * How the newsroom got a document (AP: documents need provenance: who produced them, when, and
 * how they were obtained and authenticated). "A memo seen by", "documents obtained by".
 */
export const DOCUMENT_ACCESS = [
  'seen by', 'obtained by', 'reviewed by', 'viewed by', 'examined by', 'leaked to', 'provided to',
  'shared with', 'a copy of which',
] as const;

/** Document nouns for DOCUMENT_ACCESS and "leaked …" (AP, documents). */
export const DOCUMENT_NOUNS = [
  'memo', 'memos', 'memorandum', 'memoranda', 'document', 'documents', 'email', 'emails', 'e-mail', 'e-mails',
  'letter', 'letters', 'report', 'reports', 'draft', 'drafts', 'cable', 'cables', 'transcript', 'transcripts',
  'recording', 'recordings', 'minutes', 'presentation', 'presentations', 'file', 'files', 'dossier', 'dossiers',
  'records', 'notes', 'slides', 'messages', 'text messages', 'texts', 'contract', 'contracts', 'proposal',
  'assessment', 'briefing', 'audit', 'papers', 'spreadsheet', 'spreadsheets', 'agreement', 'plan', 'paper',
] as const;

/**
 * What the copy tells the reader about a document's origin (AP): its author or issuer, its
 * date, or how it was authenticated.
 */
export const PROVENANCE_PHRASES = [
  'written by', 'dated', 'signed by', 'prepared by', 'authored by', 'drafted by', 'sent by', 'issued by',
  'produced by', 'compiled by', 'commissioned by', 'addressed to', 'sent to', 'circulated by',
  'published by', 'released by', 'made public by',
  'authenticity', 'authenticated', 'authentic', 'genuine', 'verified', 'confirmed its contents',
  'confirmed the contents', 'confirmed the document', 'confirmed the memo', 'confirmed the letter',
  'confirmed the emails', 'confirmed the report',
] as const;

/**
 * Where user-posted material lives (Reuters Handbook, social media and user-generated content:
 * verify before use and say what could not be verified). Matched after "on", "to", "across".
 */
export const SOCIAL_PLATFORMS = [
  'social media', 'social networks', 'social networking sites', 'twitter', 'facebook', 'telegram', 'tiktok',
  'instagram', 'youtube', 'whatsapp', 'snapchat', 'reddit', 'weibo', 'wechat', 'vkontakte', 'truth social',
  'bluesky', 'threads', 'rumble', 'the internet', 'messaging apps', 'messaging app', 'online',
] as const;

/** Material a reader cannot trace to a named poster (Reuters, user-generated content). */
export const SOCIAL_MEDIA_NOUNS = [
  'video', 'videos', 'footage', 'clip', 'clips', 'image', 'images', 'photo', 'photos', 'photograph',
  'photographs', 'picture', 'pictures', 'post', 'posts', 'recording', 'recordings', 'livestream',
  'screenshot', 'screenshots', 'audio',
] as const;

/** Verbs that put such material online ("a video posted on Telegram", "footage circulating online"). */
export const SOCIAL_POSTING_VERBS = [
  'posted', 'shared', 'circulating', 'circulated', 'uploaded', 'published', 'spread', 'spreading',
  'widely shared', 'going viral', 'went viral', 'broadcast', 'aired', 'appeared', 'appearing',
] as const;

/**
 * Verification notes for social-media material (Reuters: say what could and could not be
 * verified; verified location, date and source are the usual checks).
 */
export const MEDIA_VERIFICATION = [
  'verified', 'verify', 'verifying', 'geolocated', 'geolocate', 'authenticated', 'authenticate', 'authenticity',
  'confirmed the location', 'confirm the location', 'confirmed the date', 'confirm the date',
  'could not independently confirm', 'could not be independently confirmed', 'could not confirm',
  'could not immediately confirm', 'unable to confirm', 'has not been confirmed', 'could not be confirmed',
  'could not establish', 'could not determine', 'was unable to determine',
] as const;

export interface PolicyLexicons {
  declined: PhraseMatcher;
  declinedQualifiers: PhraseMatcher;
  documentAccess: PhraseMatcher;
  provenance: PhraseMatcher;
  socialPlatforms: PhraseMatcher;
  /** "X" (formerly Twitter), matched with its capital only. */
  platformX: PhraseMatcher;
  postingVerbs: PhraseMatcher;
  mediaVerification: PhraseMatcher;
}

/** Compiled once per lexicon configuration (these lists are not user-editable). */
export function compilePolicyLexicons(): PolicyLexicons {
  return {
    declined: new PhraseMatcher(DECLINED_COMMENT),
    declinedQualifiers: new PhraseMatcher(DECLINED_QUALIFIERS),
    documentAccess: new PhraseMatcher(DOCUMENT_ACCESS),
    provenance: new PhraseMatcher(PROVENANCE_PHRASES),
    socialPlatforms: new PhraseMatcher(SOCIAL_PLATFORMS),
    platformX: new PhraseMatcher(['X'], { caseSensitive: true }),
    postingVerbs: new PhraseMatcher(SOCIAL_POSTING_VERBS),
    mediaVerification: new PhraseMatcher(MEDIA_VERIFICATION),
  };
}
