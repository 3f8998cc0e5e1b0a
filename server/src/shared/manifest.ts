// The few fields of package.json the server and CLI read. esbuild.mjs defines ONRECORD_MANIFEST
// as just these fields, so a bundle does not build the extension's whole 23 KB manifest as an
// object on every start (8 ms of a one-article CLI run); unbundled (tests run through tsx), the
// file itself is read.
export interface Manifest {
  version: string;
  repository?: { url?: string } | string;
  homepage?: string;
}

declare const ONRECORD_MANIFEST: Manifest | undefined;

export const MANIFEST: Manifest = typeof ONRECORD_MANIFEST === 'object' ? ONRECORD_MANIFEST : (require('../../../package.json') as Manifest);
