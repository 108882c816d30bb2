import { createHash } from 'node:crypto'
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'

/** How a draft's bytes are turned into text, so `--fix` writes them back the same way. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** What a file looked like when it was read: `--fix` writes only if it still looks like this. */
export interface Snapshot {
  dev: number
  ino: number
  size: number
  mtimeMs: number
  mode: number
  uid: number
  gid: number
  hash: string
}

export interface Draft {
  /** The text without its byte order mark: columns on the first line start at 1. */
  text: string
  encoding: Encoding
  bom: boolean
}

/** A file that cannot be linted as a draft, with the reason in one line. */
export class UnreadableDraft extends Error {
  override readonly name = 'UnreadableDraft'
  constructor(
    message: string,
    /** `warn` for files that are simply not drafts (binary, another encoding); `error` when reading failed. */
    readonly severity: 'error' | 'warn',
  ) {
    super(message)
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]
/** git's test for binary: a NUL byte in the first 8000 bytes. Text in UTF-8 never has one. */
const BINARY_PROBE = 8000

/**
 * Turns a file's bytes into text. UTF-8 (with or without a BOM) and UTF-16 with a BOM are read;
 * anything else is refused rather than guessed, because a wrong guess is written back by `--fix`
 * as replacement characters. Throws {@link UnreadableDraft}.
 */
export function decodeDraft(bytes: Uint8Array): Draft {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le', true)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), 'utf-16be', true)
  const bom = UTF8_BOM.every((byte, index) => bytes[index] === byte)
  const body = bom ? bytes.subarray(3) : bytes
  const nul = body.subarray(0, BINARY_PROBE).indexOf(0)
  if (nul !== -1)
    throw new UnreadableDraft(`Skipped: a binary file (a NUL byte at offset ${nul + (bom ? 3 : 0)}).`, 'warn')
  return decodeStrict(body, 'utf-8', bom)
}

function decodeStrict(body: Uint8Array, encoding: Encoding, bom: boolean): Draft {
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD; ignoreBOM: the BOM is handled above.
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body)
    return { text, encoding, bom }
  } catch {
    const where =
      encoding === 'utf-8' ? ` (first bad byte at offset ${firstInvalidUtf8(body) + (bom ? 3 : 0)})` : ''
    throw new UnreadableDraft(
      `Skipped: not valid ${encoding.toUpperCase()}${where}. Save it as UTF-8 to lint it.`,
      'warn',
    )
  }
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // The lenient decoder turns each bad sequence into U+FFFD; a U+FFFD that was in the file is EF BF BD.
  const lenient = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  let offset = 0
  let from = 0
  for (;;) {
    const found = lenient.indexOf('\uFFFD', from)
    if (found === -1) return bytes.length
    offset += Buffer.byteLength(lenient.slice(from, found))
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset
    offset += 3
    from = found + 1
  }
}

/** The bytes to write for `text` in the draft's own encoding, with its BOM if it had one. */
export function encodeDraft(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8')
    return bom ? Buffer.concat([Buffer.from(UTF8_BOM), body]) : body
  }
  const body = Buffer.from(text, 'utf16le')
  if (encoding === 'utf-16be') body.swap16()
  const mark = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Reads a regular file and what it looked like (from the same open file, so the two agree).
 * Throws {@link UnreadableDraft} for anything that is not a readable regular file.
 */
export function readSnapshot(path: string): { bytes: Buffer; snapshot: Snapshot } {
  let fd: number
  try {
    // O_NONBLOCK: a FIFO opens without waiting for a writer (and is refused below).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw new UnreadableDraft(`Cannot read: ${reason(error)}.`, 'error')
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new UnreadableDraft('Skipped: not a regular file.', 'warn')
    const bytes = readFileSync(fd)
    const { dev, ino, size, mtimeMs, mode, uid, gid } = stat
    return { bytes, snapshot: { dev, ino, size, mtimeMs, mode, uid, gid, hash: hashBytes(bytes) } }
  } catch (error) {
    if (error instanceof UnreadableDraft) throw error
    throw new UnreadableDraft(`Cannot read: ${reason(error)}.`, 'error')
  } finally {
    closeSync(fd)
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  EISDIR: 'a directory',
  ELOOP: 'a symbolic link loop',
  EIO: 'an input/output error',
  EROFS: 'a read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
}

/** "permission denied (EACCES)": a file system error in words, with its code for searching. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (typeof code !== 'string') return String((error as Error)?.message ?? error)
  return `${REASONS[code] ?? 'failed'} (${code})`
}
