import type { CheckReport } from '../report';

export interface FormatContext {
  /** Whether ANSI colours may be used (a TTY without NO_COLOR, or --color). */
  color: boolean;
  /** The product version, for formats that name the tool. */
  version: string;
  /**
   * The folder the run started in. Machine formats (SARIF, GitHub) give paths relative to it;
   * without it, paths are used as they are.
   */
  cwd?: string;
}

/** A formatter is a pure function of the results: same report in, same text out. */
export type Formatter = (report: CheckReport, context: FormatContext) => string;
