/**
 * A draft as read from disk: its exact bytes (so fixes can splice bytes and leave everything else
 * untouched), the text the core sees (BOM removed, as editors show it), and the stat used to notice a
 * file that changed while it was being checked.
 */
import * as fs from 'node:fs';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export interface TextFile {
  path: string;
  bytes: Buffer;
  /** The text as checked: decoded, BOM removed. */
  text: string;
  encoding: Encoding;
  /** Bytes of the byte-order mark (0 when none). */
  bomLength: number;
  /** False when the bytes are not valid in the detected encoding: offsets cannot be mapped back, so no fixes. */
  exact: boolean;
  mtimeMs: number;
  size: number;
}

export function decodeBytes(bytes: Buffer): Pick<TextFile, 'text' | 'encoding' | 'bomLength' | 'exact'> {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.toString('utf16le', 2), encoding: 'utf16le', bomLength: 2, exact: bytes.length % 2 === 0 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: swap16(bytes.subarray(2)).toString('utf16le'), encoding: 'utf16be', bomLength: 2, exact: bytes.length % 2 === 0 };
  }
  const bomLength = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bomLength);
  let exact = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    exact = false;
  }
  return { text: body.toString('utf8'), encoding: 'utf8', bomLength, exact };
}

export function readTextFile(path: string): TextFile {
  const bytes = fs.readFileSync(path);
  const stat = fs.statSync(path);
  return { path, bytes, ...decodeBytes(bytes), mtimeMs: stat.mtimeMs, size: stat.size };
}

/** Encodes text in the file's encoding (without BOM). */
export function encodeText(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf16le' ? le : swap16(le);
}

/** Byte offset in the file of a UTF-16 offset into the decoded text. Needs `exact`. */
export function byteOffset(file: Pick<TextFile, 'text' | 'encoding' | 'bomLength'>, offset: number): number {
  if (file.encoding === 'utf8') return file.bomLength + Buffer.byteLength(file.text.slice(0, offset), 'utf8');
  return file.bomLength + 2 * offset;
}

function swap16(buf: Buffer): Buffer {
  const out = Buffer.from(buf.subarray(0, buf.length - (buf.length % 2)));
  return out.swap16();
}

/** Why the file on disk is no longer the one that was checked, or undefined when it is the same. */
export function changedOnDisk(file: TextFile): string | undefined {
  let stat: fs.Stats;
  let bytes: Buffer;
  try {
    stat = fs.statSync(file.path);
    bytes = fs.readFileSync(file.path);
  } catch (err) {
    return `it can no longer be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  if (stat.size !== file.size || bytes.length !== file.bytes.length) return 'its size changed';
  if (stat.mtimeMs !== file.mtimeMs) return 'its modification time changed';
  if (!bytes.equals(file.bytes)) return 'its content changed';
  return undefined;
}
