// Output formats by name. A new format (compact, sarif, github, junit) is one file exporting a
// `Formatter` and one line here.
import { json } from './json';
import { stylish } from './stylish';
import type { Formatter } from './types';

export type { FormatContext, Formatter } from './types';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json };

export const FORMAT_NAMES = Object.keys(FORMATTERS);
