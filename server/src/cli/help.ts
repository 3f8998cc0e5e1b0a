// Help text, kept beside nothing else so the option parser stays readable.
import { FORMAT_NAMES } from './formatters';

export const MAIN_HELP = `Usage: onrecord <command> [options]

Checks the sourcing of news drafts (Markdown and plain text): anonymous sources,
unowned and disputed figures, loaded labels in the writer's voice.

Commands:
  check [paths…]   lint drafts (the default folder is the current one)
  sources FILE     the sources ledger of one draft (table, json, markdown, html)
  rules            list the rules with family, default severity and fix
  init             write a commented .onrecord.jsonc in the current folder
  help [command]   show help for a command

Options:
  -h, --help       show help
  -v, --version    print the version

Run "onrecord check --help" for the options of check.
`;

export const CHECK_HELP = `Usage: onrecord check [options] [paths…]

Paths may be files, folders or globs (quote globs so the shell leaves them alone).
  file     checked whatever its extension: .md and .markdown as Markdown, others as plain text
  folder   walked for .md, .markdown and .txt files; skips hidden entries, node_modules and
           what .gitignore files exclude (from the repository root down)
  glob     matched from the current folder, with the same skips; keeps only drafts unless
           the pattern ends in an extension of its own ("notes/*.text")
With no paths, the current folder is walked. A folder or glob with no drafts is noted on
stderr and is not an error; a path that does not exist is (exit 2).

Options:
  -f, --format NAME        output format: ${FORMAT_NAMES.join(', ')} (default: stylish).
                           compact is file:line:col: severity rule message; sarif is SARIF 2.1.0
                           (columns in UTF-16 code units); github is workflow annotations
  -o, --output FILE        write the report to FILE instead of stdout
      --stage STAGE        draft, edit or publish: the strictness ladder over severities
      --preset NAME        apply a preset (recommended, strict) over the config files
      --rule ID=SEVERITY   set a rule's severity: off, hint, info, warning, error (repeatable)
  -c, --config FILE        use this config file only (no discovery of .onrecord.jsonc)
      --no-config          use no config file at all (rule defaults)
      --max-warnings N     exit 1 when there are more than N warnings
  -q, --quiet              report errors only
      --stdin              read the draft from standard input
      --stdin-filename NAME  name for the stdin draft: picks Markdown or plain text and the
                           folder where config discovery starts
      --color, --no-color  force colours on or off (default: on for a terminal, off if NO_COLOR)
      --fix                apply safe fixes to the files, then report what remains. Writes
                           atomically, keeps line endings, BOM and file mode, leaves files
                           without fixes untouched, refuses a file changed on disk meanwhile
      --fix-dry-run        print the safe fixes as a unified diff on stdout (write nothing);
                           the report goes to --output if given, the exit code is as after fixing
      --write-baseline FILE  record the current findings in FILE (hashes, relative paths) and exit 0
      --baseline FILE      report only findings not recorded in FILE; they alone set the exit code.
                           Findings are matched by rule and flagged words, not by line
      --redact             keep unnamed-source descriptors and quoted words out of every output
                           format (they become [redacted]); for public CI logs
      --report-suppressions  list every onrecord-disable comment with its reason, file and line
                           (formats stylish, compact, json) instead of the findings
  -j, --jobs N             threads that analyse drafts (default: auto, one per two cores, at most
                           4, on runs of 16 drafts and 256 KB or more; one thread below that).
                           The output is the same whatever the number
  -h, --help               show this help

Config: each draft uses the .onrecord.jsonc (or .onrecord.json) files found by walking up
from its folder, nearest last, until one has "root": true. Their "ignore" globs are relative
to the folder of the file that declares them; drafts they match are skipped (with a note when
named on the command line). Command-line --stage, --preset and --rule win over config files
and front matter. A config file with errors stops the run before any draft is checked.

Exit codes:
  0  no error-level findings, and warnings within --max-warnings
  1  error-level findings, or more warnings than --max-warnings
  2  usage, config or I/O error (the message names the file and the reason)

Files that are binary or larger than 10 MB are skipped with a note on stderr. A progress
bar is drawn on stderr when it is a terminal and more than 20 files are checked.
`;

export const SOURCES_HELP = `Usage: onrecord sources FILE [--format table|json|markdown|html] [-o FILE] [--redact]

The sources ledger of one draft: every source, named or not, where it is cited, and what the
copy leaves out about the unnamed ones (reason for anonymity, how they know, affiliation, role);
then the figures with their owners.
  table     aligned columns for the terminal (default)
  json      the ledger as data
  markdown  tables for a pull request comment
  html      one self-contained page: the draft with attributions highlighted, the ledger and
            a chart of named against unnamed sources (no external resources, no scripts)

Options:
  -o, --output FILE   write to FILE instead of stdout
  -c, --config FILE   use this config file only;  --no-config  use none
      --redact        keep unnamed-source descriptors and quoted words out of the ledger (they
                      become [redacted]); not with html, which shows the draft
`;

export const INIT_HELP = `Usage: onrecord init [folder] [--force]

Writes a commented .onrecord.jsonc (every rule listed with its default) in the folder, the
current one by default. An existing .onrecord.jsonc or .onrecord.json is never overwritten
unless --force is given.
`;

export const RULES_HELP = `Usage: onrecord rules [--format table|json|markdown]

Lists every rule: id, family, default severity (at the edit stage), fix, and title.
  table     aligned columns for the terminal (default)
  json      the full rule metadata
  markdown  a GitHub-flavoured Markdown table
`;
