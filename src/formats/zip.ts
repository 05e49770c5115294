/**
 * Reads the entries of a zip archive (what a .docx is): the central directory, then each entry
 * stored or deflated. Enough to tell a Word document from another file and to read its parts;
 * mammoth reads the document itself.
 */
import { inflateRawSync } from "node:zlib";

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  read(): Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

export function readZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => {
    if (at + 4 > bytes.length) throw new ZipError("truncated archive");
    return view.getUint32(at, true);
  };
  const u16 = (at: number): number => {
    if (at + 2 > bytes.length) throw new ZipError("truncated archive");
    return view.getUint16(at, true);
  };
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("not a zip archive (no central directory)");
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (u32(at) !== CENTRAL) throw new ZipError("damaged zip archive (bad central directory)");
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const local = u32(at + 42);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder(flags & 0x800 ? "utf-8" : "latin1").decode(rawName);
    at += 46 + nameLength + extraLength + commentLength;
    entries.set(name, {
      name,
      read: () => {
        if (u32(local) !== LOCAL) throw new ZipError(`damaged zip archive (entry ${name})`);
        const start = local + 30 + u16(local + 26) + u16(local + 28);
        const data = bytes.subarray(start, start + compressed);
        if (data.length < compressed) throw new ZipError(`truncated zip archive (entry ${name})`);
        if (method === 0) return data;
        if (method === 8) {
          try {
            const out = inflateRawSync(data);
            if (out.length !== size) throw new ZipError(`damaged zip archive (entry ${name})`);
            return out;
          } catch (e) {
            if (e instanceof ZipError) throw e;
            throw new ZipError(`damaged zip archive (entry ${name})`);
          }
        }
        throw new ZipError(`unsupported compression in zip entry ${name}`);
      },
    });
  }
  return entries;
}
