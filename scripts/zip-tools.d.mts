/** Types of zip-tools.mjs, for the TypeScript tests that use it. */
export interface CentralEntry {
  /** Offset of the central-directory record (sizes at +20 compressed, +24 uncompressed). */
  at: number;
  name: string;
  method: number;
  compressedSize: number;
  /** Offset of the local header. */
  local: number;
  /** Offset of the entry's data, -1 when the local header is missing. */
  dataStart: number;
}
export interface DeflatedPart {
  deflated: Buffer;
  crc: number;
  size: number;
  /** Sizes declared the zip64 way (0xFFFFFFFF, then a zip64 extra field). */
  zip64?: boolean;
}
export interface ZipEdit {
  names(): string[];
  text(name: string): string | undefined;
  set(name: string, content: string | Buffer | DeflatedPart): void;
}
export function deflatedPart(content: Buffer, level?: number): DeflatedPart;
export function centralEntries(buf: Buffer): CentralEntry[];
export function unzip(bytes: Buffer): Map<string, Buffer>;
export function crc32(buf: Buffer): number;
export function zipFiles(files: Map<string, Buffer | DeflatedPart>): Buffer;
export function rezip(bytes: Buffer, edit: (zip: ZipEdit) => void | Promise<void>): Promise<Buffer>;
