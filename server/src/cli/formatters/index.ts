// Output formats by name. A new format is one file exporting a `Formatter` and one line here.
import { compact } from './compact';
import { github } from './github';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export type { FormatContext, Formatter } from './types';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, compact, json, sarif, github, junit };

export const FORMAT_NAMES = Object.keys(FORMATTERS);
