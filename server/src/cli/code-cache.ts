// Runs a CommonJS bundle with a V8 code cache, so a CLI run does not parse and compile the same
// megabyte of JavaScript again each time (Node 20 has no module.enableCompileCache). The cache is
// taken at the end of a run, so it also holds the functions V8 compiled lazily while checking.
//
// Everything here is an optimisation and must never change what the bundle does: a missing,
// corrupt, stale or unwritable cache only means compiling from source. Only `node:` built-ins are
// imported, since this runs before the bundle is loaded.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8 only checks a cache against the source's length, flags and version, and in release builds
 * not its own checksum; so the file name carries the bundle's hash and the runtime, and the file
 * starts with a checksum of the data that is verified before V8 sees it.
 */
const MAGIC = 'onrecord-code-cache 1\n';
const DIGEST_LENGTH = 40;
/** Caches of other bundles (older builds, other installs) are pruned when unused this long. */
const PRUNE_AFTER_MS = 14 * 24 * 60 * 60 * 1000;

export interface CodeCacheRun {
  /** 'accepted': compiled from the cache; 'missing', 'invalid' (checksum) or 'rejected' (by V8). */
  cache: 'disabled' | 'accepted' | 'missing' | 'invalid' | 'rejected';
  /** The cache file this run reads and `save` writes. */
  file: string | null;
  /**
   * Writes the cache when none was accepted. Call it at the end of the run (at exit), so the
   * cache holds what the run compiled lazily as well. Never throws.
   */
  save(): void;
}

/** The per-user cache folder: ONRECORD_CACHE_DIR, else the platform's cache folder; null when off. */
export function codeCacheDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | null {
  if (env.ONRECORD_NO_CODE_CACHE !== undefined && env.ONRECORD_NO_CODE_CACHE !== '' && env.ONRECORD_NO_CODE_CACHE !== '0') return null;
  if (env.ONRECORD_CACHE_DIR) return env.ONRECORD_CACHE_DIR;
  let home: string;
  try {
    home = homedir();
  } catch {
    return null;
  }
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'onrecord', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'onrecord');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'onrecord');
}

function digest(data: Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

/** The cache's payload when the file is whole and written by this format, else null. */
function readCacheFile(file: string): Buffer | 'missing' | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return 'missing';
  }
  const head = MAGIC.length + DIGEST_LENGTH + 1;
  if (bytes.length <= head || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const payload = bytes.subarray(head);
  return bytes.toString('latin1', MAGIC.length, MAGIC.length + DIGEST_LENGTH) === digest(payload) ? payload : null;
}

/** Atomic (temporary file, then rename), so a reader never sees half a file. Errors are ignored. */
function writeCacheFile(file: string, data: Buffer): void {
  const dir = dirname(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${MAGIC}${digest(data)}\n`, 'latin1'), data]), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    return;
  }
  pruneOthers(dir, basename(file));
}

function pruneOthers(dir: string, keep: string): void {
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      if (name === keep || !/^cli-.*\.v8cache(\.\d+\.tmp)?$/.test(name)) continue;
      const path = join(dir, name);
      if (now - statSync(path).mtimeMs > PRUNE_AFTER_MS) unlinkSync(path);
    }
  } catch {
    // Pruning is housekeeping; another process may be doing the same.
  }
}

/**
 * Loads `bundle` as the CommonJS module Node would make of it, compiled with the cache in `dir`
 * when one matches (null: no cache). Exceptions thrown by the bundle propagate as from `require`.
 */
export function runWithCodeCache(bundle: string, dir: string | null): CodeCacheRun {
  const bytes = readFileSync(bundle);
  const source = bytes.toString('utf8');
  const file = dir === null ? null : join(dir, `cli-${digest(bytes).slice(0, 20)}-${process.version}-${process.arch}.v8cache`);
  const cached = file === null ? 'missing' : readCacheFile(file);
  const script = new Script(Module.wrap(source), {
    filename: bundle,
    ...(cached instanceof Buffer ? { cachedData: cached } : {}),
  });
  const cache = file === null ? 'disabled' : cached === 'missing' ? 'missing' : cached === null ? 'invalid' : script.cachedDataRejected ? 'rejected' : 'accepted';
  const save = () => {
    if (file === null || cache === 'accepted') return;
    try {
      writeCacheFile(file, script.createCachedData());
    } catch {
      // No cache this time.
    }
  };
  const module = new Module(bundle);
  module.filename = bundle;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  return { cache, file, save };
}
