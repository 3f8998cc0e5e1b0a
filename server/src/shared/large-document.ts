// The size from which a document, not the program, makes a process's peak memory. Both the CLI
// (cli/run.ts) and the language server (lsp/heap.ts) tune V8's heap from there on, and leave it
// to V8's defaults below it, where the defaults are faster.

/** UTF-8 bytes of a document that counts as large (the 100,000-word benchmark document is 600 KB). */
export const LARGE_DOCUMENT_BYTES = 256 * 1024;

/** Whether a text is at least LARGE_DOCUMENT_BYTES in UTF-8, without encoding it when its length decides. */
export function isLargeDocument(text: string): boolean {
  // A UTF-16 code unit is 1 to 3 bytes in UTF-8.
  if (text.length >= LARGE_DOCUMENT_BYTES) return true;
  if (text.length * 3 < LARGE_DOCUMENT_BYTES) return false;
  return Buffer.byteLength(text, 'utf8') >= LARGE_DOCUMENT_BYTES;
}
