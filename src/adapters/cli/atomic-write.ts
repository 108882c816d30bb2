import { randomBytes } from 'node:crypto'
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { hashBytes, reason, type Snapshot } from './draft-file.js'

/** Why a fixed draft was not saved, in one line. */
export class NotWritten extends Error {
  override readonly name = 'NotWritten'
}

/**
 * Saves `bytes` to `path` so that a crash at any moment leaves either the old file or the new one,
 * never a mix: the bytes go to a temporary file in the same folder (same file system, so the rename
 * is atomic), which is flushed to disk and then renamed over the file.
 *
 * With `expected`, the file must still be what was read: a read-only file is refused (renaming
 * would get around its mode), and a file that changed since (an editor saved it, a line was
 * appended) is left alone, so nobody's edit is lost. The new file keeps the old one's mode and,
 * where allowed, its owner. Throws {@link NotWritten}.
 */
export function writeAtomically(path: string, bytes: Uint8Array, expected?: Snapshot): void {
  if (expected) checkWritable(path, expected)
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  )
  let fd: number
  try {
    // wx: fail rather than follow or reuse anything already at that name.
    fd = openSync(temporary, 'wx', 0o600)
  } catch (error) {
    throw new NotWritten(`Not fixed: cannot create a file in its folder: ${reason(error)}.`)
  }
  try {
    try {
      let written = 0
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
      if (expected) {
        fchmodSync(fd, expected.mode & 0o7777)
        try {
          fchownSync(fd, expected.uid, expected.gid)
        } catch {
          // Only the owner's own programs (or root) may give a file away; the mode is what matters.
        }
      } else fchmodSync(fd, 0o666 & ~process.umask())
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    // Checked as late as possible: what changes between here and the rename is the only window left.
    if (expected) checkUnchanged(path, expected)
    renameSync(temporary, path)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // Already renamed or never created.
    }
    if (error instanceof NotWritten) throw error
    throw new NotWritten(`Not fixed: ${reason(error)}.`)
  }
  syncFolder(dirname(path))
}

function checkWritable(path: string, expected: Snapshot): void {
  // No write bit for anyone means "do not change this", even for root, whom access() lets through.
  let writable = (expected.mode & 0o222) !== 0
  try {
    accessSync(path, constants.W_OK)
  } catch {
    writable = false
  }
  if (!writable) throw new NotWritten('Not fixed: the file is read-only.')
}

function checkUnchanged(path: string, expected: Snapshot): void {
  let now: Buffer
  let stat: ReturnType<typeof statSync>
  try {
    stat = statSync(path)
    now = readFileSync(path)
  } catch (error) {
    throw new NotWritten(`Not fixed: the file could not be read again before saving: ${reason(error)}.`)
  }
  const same =
    stat.dev === expected.dev &&
    stat.ino === expected.ino &&
    stat.size === expected.size &&
    stat.mtimeMs === expected.mtimeMs &&
    hashBytes(now) === expected.hash
  if (!same) throw new NotWritten('Not fixed: the file changed while it was being linted; run --fix again.')
}

/** Makes the rename itself durable. Some file systems cannot sync a folder; the rename stands regardless. */
function syncFolder(folder: string): void {
  let fd: number | undefined
  try {
    fd = openSync(folder, 'r')
    fsyncSync(fd)
  } catch {
    // Best effort.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
