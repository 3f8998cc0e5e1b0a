// The product version from the extension manifest. esbuild inlines the JSON at build time, so
// the bundled CLI reads no file for it.
const manifest = require('../../../package.json') as { version: string };

export const VERSION: string = manifest.version;
