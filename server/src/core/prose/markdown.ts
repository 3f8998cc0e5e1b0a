import { TreeFragment, type Tree } from '@lezer/common';
import { Autolink, parser as baseParser, Strikethrough, Table, TaskList, type InlineContext, type MarkdownConfig } from '@lezer/markdown';
import { parse as parseYaml } from 'yaml';
import { readSimpleYaml } from './simple-yaml';
import type { Block, BlockKind, FrontMatter, HtmlComment, Prose } from './prose';
import { Mask, recogniseFurniture } from './prose';
import { commonPrefixLength, commonSuffixLength, detach } from '../span';

export type { Prose } from './prose';

/** [A-Za-z0-9_], the regex \\w. */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** [\\w.+-], the characters of an e-mail address's local part. */
const isLocalChar = (c: number) => isWordChar(c) || c === 46 || c === 43 || c === 45;

/**
 * GFM's bare-URL extension asks a four-way regex at every position of every paragraph and spent
 * as long as the rest of the parse. The same extension, asked only where one of its patterns
 * (www., http(s)://, mailto:, xmpp:, or an e-mail address) can start: everywhere else it would
 * have said no, so the tree is the same.
 */
const autolinkParser = Autolink.parseInline![0] as { name: string; parse(cx: InlineContext, next: number, pos: number): number };
const FastAutolink: MarkdownConfig = {
  parseInline: [
    {
      ...autolinkParser,
      parse(cx, next, absPos) {
        if (!isLocalChar(next)) return -1;
        if (absPos > cx.offset && isWordChar(cx.char(absPos - 1))) return -1;
        // w, h, m, x may open www., http://, mailto:, xmpp:; otherwise only an e-mail address can
        // start here: a run of at most 100 local-part characters, then "@".
        if (next !== 119 && next !== 104 && next !== 109 && next !== 120) {
          let at = absPos;
          while (at < cx.end && at - absPos <= 100 && isLocalChar(cx.char(at))) at++;
          if (at - absPos > 100 || cx.char(at) !== 64) return -1;
        }
        return autolinkParser.parse(cx, next, absPos);
      },
    },
  ],
};

/** GFM (tables, task lists, strikethrough, bare URLs), with the faster bare-URL front. */
export const parser = baseParser.configure([Table, TaskList, Strikethrough, FastAutolink]);

/**
 * Where an inline element of the parser above can begin: the first characters its inline parsers
 * answer to (escape, entity, code, HTML, emphasis, link and image brackets, strikethrough), a hard
 * break's trailing spaces, and the openings the bare-URL extension looks for (an e-mail address
 * needs its "@"). Kept in step with `parser`'s extensions by a test that compares trees.
 */
const INLINE_START_CHAR = /[\\&`<_*[\]~@]/;
const INLINE_START_TEXT = ['  \n', 'www.', '://', 'mailto:', 'xmpp:'];
/** One character class, then plain substring searches: one alternation of all of them was slower. */
const mayHaveInline = (text: string) => INLINE_START_CHAR.test(text) || INLINE_START_TEXT.some((s) => text.includes(s));

/**
 * Most paragraphs of a news draft are plain words, and lezer's inline pass still asks each of
 * its inline parsers at every character of them. A leaf with none of the characters that can
 * start an inline element has no inline elements: skip the pass (same tree, a third of the parse).
 */
const inlinePass = parser.parseInline.bind(parser);
parser.parseInline = (text, offset) => (mayHaveInline(text) ? inlinePass(text, offset) : []);

/** Nodes whose whole text is not prose. */
const SKIP_WHOLE = new Set([
  'FencedCode',
  'CodeBlock',
  'InlineCode',
  'HTMLBlock',
  'HTMLTag',
  'ProcessingInstruction',
  'URL',
  'Autolink',
  'LinkTitle',
  'LinkReference',
  'Image',
  'HorizontalRule',
  'HardBreak',
]);
/** Markup marks inside prose. */
const SKIP_MARKS = new Set([
  'HeaderMark',
  'QuoteMark',
  'ListMark',
  'EmphasisMark',
  'LinkMark',
  'StrikethroughMark',
  'TableDelimiter',
  'TaskMarker',
  'CodeMark',
  'LinkLabel',
]);

/**
 * The last few parses, so that re-checking an edited draft (the language server does it on every
 * keystroke) re-parses only around the edit: lezer reuses the unchanged parts of the old tree.
 * The edit is found by comparing the texts, so callers need not say what changed. The tree is
 * the same as a fresh parse (tested), so the findings are too.
 */
const RECENT_PARSES = 4;
const recentParses: Array<{ source: string; tree: Tree }> = [];

function parseReusing(source: string): Tree {
  let best: { source: string; tree: Tree } | null = null;
  let bestPrefix = 0;
  let bestSuffix = 0;
  for (const previous of recentParses) {
    const prefix = commonPrefixLength(previous.source, source);
    const suffix = commonSuffixLength(previous.source, source, prefix);
    if (prefix + suffix > bestPrefix + bestSuffix) {
      best = previous;
      bestPrefix = prefix;
      bestSuffix = suffix;
    }
    // The last parse usually differs by a keystroke: no need to compare the older ones too.
    if (bestPrefix + bestSuffix + 1_024 >= source.length) break;
  }
  let tree: Tree;
  // Worth it only when most of the old text survives.
  if (best && bestPrefix + bestSuffix >= source.length / 2) {
    const changes = [{ fromA: bestPrefix, toA: best.source.length - bestSuffix, fromB: bestPrefix, toB: source.length - bestSuffix }];
    tree = parser.parse(source, TreeFragment.applyChanges(TreeFragment.addTree(best.tree), changes));
    recentParses.splice(recentParses.indexOf(best), 1);
  } else {
    tree = parser.parse(source);
  }
  recentParses.unshift({ source, tree });
  if (recentParses.length > RECENT_PARSES) recentParses.pop();
  return tree;
}

/** Drops the remembered parses: the next parse starts from nothing (benchmarks of a fresh parse). */
export function forgetParses(): void {
  recentParses.length = 0;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([^]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Node's structuredClone (the core's type library has no DOM or Node globals). */
const clone = (globalThis as unknown as { structuredClone<T>(value: T): T }).structuredClone;

/** The last front matter read, by its source: typing below it should not parse the YAML again. */
let lastFrontMatter: { source: string; data: unknown; error: string | null } | null = null;

function readFrontMatter(text: string): FrontMatter | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  if (lastFrontMatter?.source !== m[1]) {
    let data: unknown = null;
    let error: string | null = null;
    try {
      data = readSimpleYaml(m[1]) ?? parseYaml(m[1]);
    } catch (e) {
      error = e instanceof Error ? e.message.split('\n')[0] : String(e);
    }
    // Copies (structuredClone copies strings too): the YAML's strings are slices of the draft.
    lastFrontMatter = { source: detach(m[1]), data: clone(data), error };
  }
  // A copy of the data each time: callers may keep or change what they are given.
  return { start: 0, end: m[0].length, data: clone(lastFrontMatter.data), error: lastFrontMatter.error };
}

/** Markdown prose: @lezer/markdown with GFM, exact offsets, non-prose masked out. */
export function segmentMarkdown(text: string): Prose {
  const frontMatter = readFrontMatter(text);
  const mask = new Mask(text);
  if (frontMatter) mask.blank(frontMatter.start, frontMatter.end);
  // The parser sees the front matter as blank lines, so offsets stay those of the document.
  const source = frontMatter ? mask.toString() : text;
  const tree = parseReusing(source);
  const blocks: Block[] = [];
  const comments: HtmlComment[] = [];
  let quoteDepth = 0;
  let listDepth = 0;
  let firstH1Seen = false;

  const pushBlock = (kind: BlockKind, from: number, to: number) => {
    blocks.push({ index: blocks.length, kind, start: from, end: to, quoted: quoteDepth > 0 });
  };

  tree.iterate({
    enter(node) {
      const name = node.name;
      if (name === 'Comment' || name === 'CommentBlock') {
        const raw = text.slice(node.from, node.to);
        const m = /^<!--([^]*?)(?:-->)?\s*$/.exec(raw);
        comments.push({ start: node.from, end: node.to, body: m ? m[1] : raw, bodyStart: node.from + 4 });
        mask.blank(node.from, node.to);
        return false;
      }
      if (SKIP_WHOLE.has(name)) {
        mask.blank(node.from, node.to);
        return false;
      }
      if (SKIP_MARKS.has(name)) {
        mask.blank(node.from, node.to);
        return false;
      }
      if (name === 'Escape') {
        mask.blank(node.from, node.from + 1);
        return false;
      }
      if (name === 'Blockquote') quoteDepth++;
      else if (name === 'ListItem') listDepth++;
      else if (name === 'Paragraph') pushBlock(listDepth > 0 ? 'list-item' : 'paragraph', node.from, node.to);
      else if (name === 'TableCell') pushBlock('table-cell', node.from, node.to);
      else if (/^(ATX|Setext)Heading/.test(name)) {
        const h1 = name.endsWith('1');
        pushBlock(h1 && !firstH1Seen ? 'headline' : 'heading', node.from, node.to);
        if (h1) firstH1Seen = true;
      }
      return undefined;
    },
    leave(node) {
      if (node.name === 'Blockquote') quoteDepth--;
      else if (node.name === 'ListItem') listDepth--;
    },
  });

  blocks.sort((a, b) => a.start - b.start);
  blocks.forEach((b, i) => (b.index = i));
  const dateline = recogniseFurniture(text, blocks, mask, false);
  return { masked: mask.toString(), blocks, comments, frontMatter, dateline };
}
