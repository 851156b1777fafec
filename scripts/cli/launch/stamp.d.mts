/** Types for stamp.mjs (plain JavaScript so the launcher runs before anything is compiled). */
export type FileRow = [path: string, size: number, mtimeMs: number, sha256: string];
export type DirRow = [path: string, mtimeMs: number, listingSha256: string];
export type OutputRow = [path: string, size: number, mtimeMs: number];

export interface Stamp {
  version: number;
  id: string;
  files: FileRow[];
  dirs: DirRow[];
  outputs: OutputRow[];
}

export const STAMP_VERSION: number;
export function sha256(data: string | Uint8Array): string;
export function makeStamp(root: string, what: { files: string[]; outputs: string[]; dirs?: string[] }): Stamp;
export function checkStamp(root: string, stamp: unknown): 'fresh' | 'refreshed' | 'stale';
export function readStamp(file: string): unknown;
export function writeAtomic(file: string, text: string | Uint8Array): void;
