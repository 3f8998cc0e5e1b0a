// The product version from the extension manifest, inlined at build time (shared/manifest.ts).
import { MANIFEST } from '../shared/manifest';

export const VERSION: string = MANIFEST.version;
