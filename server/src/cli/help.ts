// Help text, kept beside nothing else so the option parser stays readable.
import { FORMAT_NAMES } from './formatters';

export const MAIN_HELP = `Usage: onrecord <command> [options]

Checks the sourcing of news drafts (Markdown and plain text): anonymous sources,
unowned and disputed figures, loaded labels in the writer's voice.

Commands:
  check [paths…]   lint drafts (the default folder is the current one)
  rules            list the rules with family, default severity and fix
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
  -f, --format NAME        output format: ${FORMAT_NAMES.join(', ')} (default: stylish)
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
      --concurrency N      analyse on N threads, or auto (one per core, at most 4); default
                           off. Can help on big runs (megabytes of drafts) with idle cores
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

Files that are binary or larger than 10 MB are skipped with a note on stderr.
`;

export const RULES_HELP = `Usage: onrecord rules [--format table|json|markdown]

Lists every rule: id, family, default severity (at the edit stage), fix, and title.
  table     aligned columns for the terminal (default)
  json      the full rule metadata
  markdown  a GitHub-flavoured Markdown table
`;
