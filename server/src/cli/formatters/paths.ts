// Paths for formats read by other machines (SARIF, GitHub annotations): relative to the folder
// the run started in, with forward slashes, whatever the platform and however the path was given.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export function posixRelative(path: string, cwd: string | undefined): string {
  if (cwd === undefined) return path.split(sep).join('/');
  const rel = relative(cwd, resolve(cwd, path));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return resolve(cwd, path).split(sep).join('/');
  return rel.split(sep).join('/');
}

/** A SARIF artifact location: relative to %SRCROOT% when inside the run's folder, else a file URI. */
export function artifactLocation(path: string, cwd: string | undefined): { uri: string; uriBaseId?: string } {
  if (cwd === undefined) {
    return isAbsolute(path) ? { uri: pathToFileURL(path).href } : { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  const base = cwd;
  const absolute = resolve(base, path);
  const rel = relative(base, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
