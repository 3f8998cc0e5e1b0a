// V8 heap settings of the language server process, which follow the size of the open documents:
// V8's defaults while every open document is small, a tighter heap while a large one is open.
//
// Measured on the 100,000-word benchmark document (600 KB) open in the stdio server, 10 edits,
// peak RSS over alternating runs: defaults 206-238 MB; --heap-growing-percent=25 alone 167-173;
// --semi-space-growth-factor=1 alone 225-278; both 131-143. On that document each re-analysis
// leaves its predecessor's model (about 10 MB) in the old generation as garbage, and with V8's
// own growing factor the old generation reaches about 90 MB before a full collection; with 25 %
// growth it is collected at about 45 MB. The young generation stays at 1 MB per semi-space
// instead of doubling to 16 MB.
//
// The price is garbage-collector time: on that document a keystroke re-analysis (analyse() alone,
// in process) went from a median of about 95-135 ms to about 145 ms, and the stdio server's
// keystroke from about 220 ms to 270-450 ms on a loaded machine (scavenges every megabyte of
// the 60 MB a re-analysis allocates). Below the threshold the defaults stay: the same flags
// always on put the keystroke median on the 10,000-word draft at 44-48 ms against 27-32 ms.
//
// --optimize-for-size on top (V8 then sizes the heap and compacts for memory rather than speed):
// peak RSS 122-130 MB against 132-142, over alternating runs of the same measurement, with the
// time from opening the document to its diagnostics unchanged (840-1020 ms either way).
import { isLargeDocument } from '../shared/large-document';

/** The flags for both states; the defaults are V8's own (0: V8 chooses the growing factor). */
export function heapFlags(largeDocumentOpen: boolean): readonly string[] {
  return largeDocumentOpen
    ? ['--heap-growing-percent=25', '--semi-space-growth-factor=1', '--optimize-for-size']
    : ['--heap-growing-percent=0', '--semi-space-growth-factor=2', '--no-optimize-for-size'];
}

/**
 * Follows which open documents are large and sets the heap flags when that changes from none to
 * some or back. `setFlags` is v8.setFlagsFromString in the server process; V8 reads both flags
 * each time it sizes the heap, so setting them at run time takes effect (the figures above were
 * measured that way).
 */
export class HeapTuner {
  private readonly large = new Set<string>();
  private applied: boolean | undefined;

  constructor(private readonly setFlags: (flag: string) => void) {}

  /** A document was opened or changed. */
  update(uri: string, text: string): void {
    if (isLargeDocument(text)) this.large.add(uri);
    else this.large.delete(uri);
    this.apply();
  }

  closed(uri: string): void {
    this.large.delete(uri);
    this.apply();
  }

  private apply(): void {
    const largeOpen = this.large.size > 0;
    // Nothing is set until a large document shows up: a server that only sees small drafts never
    // touches V8's flags.
    if (largeOpen === (this.applied ?? false)) return;
    this.applied = largeOpen;
    for (const flag of heapFlags(largeOpen)) this.setFlags(flag);
  }
}
