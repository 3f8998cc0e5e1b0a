// `npm run package`: minified bundles, then onrecord-<version>.vsix with @vscode/vsce. The
// .vscodeignore allowlist decides the contents; everything is bundled, so no node_modules.
// vsce needs absolute bases for the README's relative links; they follow package.json's repository.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createVSIX } from '@vscode/vsce';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const repository = (typeof manifest.repository === 'string' ? manifest.repository : manifest.repository.url).replace(/^git\+/, '').replace(/\.git$/, '');

execFileSync(process.execPath, ['esbuild.mjs', '--minify'], { cwd: root, stdio: 'inherit' });
await createVSIX({
  cwd: root.pathname,
  packagePath: `${manifest.name}-${manifest.version}.vsix`,
  dependencies: false,
  baseContentUrl: `${repository}/blob/main/`,
  baseImagesUrl: `${repository}/raw/main/`,
});
