/** Small word-level helpers over the masked text: the core's tokenizer is regular expressions. */

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-&]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let end = m.index + m[0].length;
    if (end > to) end = to;
    let w = text.slice(m.index, end);
    // A trailing full stop belongs to the sentence, not the word, except in abbreviations.
    if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w)) {
      w = w.slice(0, -1);
      end -= 1;
    }
    out.push({ text: w, start: m.index, end });
  }
  return out;
}

export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'some', 'any', 'no', 'each', 'every', 'another', 'other', 'such', 'one', 'several', 'many', 'few', 'both',
]);

/** Words that sit between a subject and its verb without being part of the subject. */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'could', 'should', 'may',
  'might', 'must', 'can', 'shall', 'did', 'does', 'do', 'also', 'later', 'previously', 'earlier', 'recently',
  'repeatedly', 'publicly', 'privately', 'separately', 'then', 'further', 'again', 'once', 'reportedly',
  'quickly', 'immediately', 'initially', 'first', 'last', 'already', 'still', 'often', 'frequently', 'always',
  'never', 'not', 'bluntly', 'flatly', 'simply', 'just', 'even', 'only', 'openly', 'subsequently', 'famously',
  'widely', 'long', 'now', 'yet', 'since', 'herself', 'himself', 'themselves', 'itself', 'too',
  'previously', 'originally', 'angrily', 'firmly', 'strongly', 'loudly', 'softly', 'quietly', 'explicitly',
  'directly', 'falsely', 'wrongly', 'correctly', 'rightly', 'proudly', 'happily', 'sadly', 'tearfully',
]);

export const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|overnight|Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/i;

/** Leading connectives stripped from a subject part ("and", "but", "Meanwhile"). */
export const CONNECTIVES = new Set([
  'and', 'but', 'or', 'so', 'yet', 'however', 'meanwhile', 'earlier', 'later', 'also', 'still', 'instead',
  'now', 'then', 'separately', 'moreover', 'furthermore', 'indeed', 'though', 'although', 'while', 'whereas',
  'because', 'since', 'as', 'when', 'after', 'before', 'if', 'unless', 'until', 'where', 'once', 'thus',
  'hence', 'nonetheless', 'nevertheless', 'besides', 'additionally', 'finally', 'first', 'second', 'third',
  'today', 'yesterday', 'previously', 'recently', 'otherwise', 'similarly', 'likewise', 'again', 'even',
]);
