#!/usr/bin/env node
// Launcher kept out of the bundle so `npx onrecord` works right after `npm ci` (which builds).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'out', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('onrecord: the CLI is not built yet; run `npm run build` in the repository first.\n');
  process.exit(2);
}
require(cli);
