import { readFileSync, statSync } from "node:fs";

/** An error the CLI reports as one line with exit code 2. */
export class UsageError extends Error {}

/** Bills read as text: plain text and Markdown. */
const TEXT_EXTENSIONS = /\.(?:txt|text|md|markdown|bill)$/i;
/** Bills read through an adapter (src/formats): Akoma Ntoso, USLM, CLML, AKN-HTML, Word. */
const FORMAT_EXTENSIONS = /\.(?:xml|akn|html?|docx)$/i;

/** Rejects files of a format rightslint does not read, rather than linting markup as prose. */
export function checkSupported(path: string): void {
  const base = path.split(/[\\/]/).pop() ?? path;
  if (!base.includes(".") || TEXT_EXTENSIONS.test(base) || FORMAT_EXTENSIONS.test(base)) return;
  const ext = base.slice(base.lastIndexOf(".")).toLowerCase();
  throw new UsageError(
    `${path}: ${ext} files are not supported (rightslint reads .txt, .md, Akoma Ntoso, USLM and CLML .xml, Akoma Ntoso .html and .docx bills)`,
  );
}

/**
 * Reads a bill as text: UTF-8 (a BOM is dropped), UTF-16 with a BOM; rejects binary files and
 * invalid UTF-8 with a one-line reason instead of guessing and losing text.
 */
export function readBill(path: string): string {
  return decodeBill(readBillBytes(path), path);
}

/** A bill's bytes, or a one-line UsageError (missing, a folder, unreadable). */
export function readBillBytes(path: string): Buffer {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`${path}: is a directory, not a bill`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`${path}: no such file`);
    if (code === "EACCES") throw new UsageError(`${path}: permission denied`);
    throw new UsageError(`${path}: cannot be read (${code ?? (e as Error).message})`);
  }
  return bytes;
}

export function decodeBill(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new UsageError(`${path}: looks like a binary file, not a bill`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(`${path}: is not valid UTF-8 (save it as UTF-8 or UTF-16 with a BOM)`);
  }
}
