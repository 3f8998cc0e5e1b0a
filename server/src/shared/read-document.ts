// Turns bytes on disk (or on stdin) into the text the core analyses. Offsets in every output are
// into this text: decoded as UTF-8, leading BOM removed (DESIGN section 7).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { DocumentFormat } from '../core';

/** Files above this size are skipped with a note rather than analysed. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** How much of the start of a file is searched for NUL bytes to tell binary files apart. */
const BINARY_PROBE_BYTES = 8192;

export type DocumentRead =
  | { kind: 'text'; text: string; format: DocumentFormat; bom: boolean }
  /** Not a draft (binary, too large): not an error, the caller notes it and moves on. */
  | { kind: 'skipped'; reason: string }
  /** The file is a draft we could not read (I/O error, invalid UTF-8). */
  | { kind: 'error'; reason: string };

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

/** `.md`/`.markdown` are Markdown; `.txt` and anything else is plain text. */
export function formatForPath(path: string): DocumentFormat {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** Reads a file once: size check, binary probe and strict UTF-8 decoding of the same bytes. */
export function readDocument(path: string): DocumentRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { kind: 'error', reason: ioReason(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'error', reason: 'is a directory' };
    if (stat.size > MAX_DOCUMENT_BYTES) {
      return { kind: 'skipped', reason: `too large to check (${formatBytes(stat.size)}; the limit is ${formatBytes(MAX_DOCUMENT_BYTES)})` };
    }
    const bytes = readAll(fd, stat.size);
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      return { kind: 'skipped', reason: `too large to check (more than ${formatBytes(MAX_DOCUMENT_BYTES)})` };
    }
    return decodeDocument(bytes, formatForPath(path));
  } catch (error) {
    return { kind: 'error', reason: ioReason(error) };
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end even when the size was unknown or wrong (pipes, files growing). */
function readAll(fd: number, sizeHint: number): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.max(sizeHint, 0) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > MAX_DOCUMENT_BYTES) break;
      const bigger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Binary probe, strict UTF-8, BOM removal. Shared by files and `--stdin`. */
export function decodeDocument(bytes: Uint8Array, format: DocumentFormat): DocumentRead {
  const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
  if (probe.includes(0)) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { kind: 'skipped', reason: utf16 ? 'UTF-16 text is not supported; save it as UTF-8' : 'binary file (contains NUL bytes)' };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { kind: 'error', reason: describeInvalidUtf8(bytes) };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { kind: 'text', text: bom ? text.slice(1) : text, format, bom };
}

/** Only on the error path: finds where the UTF-8 breaks so the message can point there. */
export function describeInvalidUtf8(bytes: Uint8Array): string {
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return 'invalid UTF-8';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const hex = bytes[at].toString(16).toUpperCase().padStart(2, '0');
  return `invalid UTF-8 (byte 0x${hex} at offset ${at}, line ${line}, byte ${at - lineStart + 1} of the line); save the file as UTF-8`;
}

/** Index of the first byte that starts an invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** "no such file or directory" rather than "ENOENT: no such file or directory, open '…'". */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
