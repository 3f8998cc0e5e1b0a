// Garbage-collector settings for the language server, imported first by main.ts so they apply
// before the bundle allocates, in every editor that starts the server (VS Code over IPC, Neovim
// and others with --stdio): a flag on an editor's command line would reach only that editor.
import { setFlagsFromString } from 'node:v8';

// The server lives as long as the editor and re-analyses a whole draft on each pause in typing,
// which is mostly short-lived garbage. By default V8 lets the heap grow to several times what
// is live before a full collection (a lot of memory is assumed to be free); favouring size keeps
// it near what is live. Peak RSS on the 100,000-word document, open and 10 edits: about 240 MB
// without, 140-150 MB with (issue 7). The price is more full collections: the server's CPU time
// over that run rises from about 7.7 s to 12.5 s, and on the 10,000-word draft from about 2.0 s
// to 2.2 s (peak RSS there 113 → 90 MB). A fixed --heap-growing-percent=20 costs the same.
setFlagsFromString('--optimize-for-size');
// The young generation stays at its initial size instead of doubling up to 16 MB per semi-space,
// as in the CLI's launcher (server/src/bin.ts): about 10 MB less at peak on the same run.
setFlagsFromString('--semi-space-growth-factor=1');
