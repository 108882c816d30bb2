/** The texts the benchmark lints, all built from the real replies in the corpus. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { seededRandom } from './stats.js'

export const CORPUS_FILE = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev.jsonl')

/** The reply texts of a JSON-lines corpus, in file order. */
export function loadReplies(file = CORPUS_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text)
}

export const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length

/**
 * Drafts of about 100 words (90-120, 101 on average): consecutive corpus replies joined as
 * paragraphs (a typical full seller reply is 60-150 words; most corpus rows are fragments). Where the
 * next reply would take an unfinished draft past `most`, that draft is dropped and a new one starts;
 * a reply longer than `most` on its own is left out. The target is stated per ~100-word reply;
 * without the bound the longest drafts (up to 303 words, a sixth of them over 130) set the p99 by
 * their length alone. Long texts are measured by the corpus throughput and the 100 KB and 1 MB rows.
 */
export function hundredWordReplies(replies: readonly string[], least = 90, most = 120): string[] {
  const drafts: string[] = []
  let parts: string[] = []
  let words = 0
  for (const reply of replies) {
    const count = wordCount(reply)
    if (words + count > most) {
      parts = []
      words = 0
    }
    if (count > most) continue
    parts.push(reply)
    words += count
    if (words >= least) {
      drafts.push(parts.join('\n\n'))
      parts = []
      words = 0
    }
  }
  return drafts
}

/** One document of at least `chars` UTF-16 code units: the corpus repeated as paragraphs. */
export function documentOfSize(replies: readonly string[], chars: number): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < chars; i++) {
    const reply = replies[i % replies.length] as string
    parts.push(reply)
    length += reply.length + 2
  }
  return parts.join('\n\n').slice(0, chars)
}

/**
 * One-keystroke edits of a draft: a letter typed inside a word of its last sentence (where a
 * writer usually is), at seeded places so every run makes the same edits.
 */
export function keystrokeEdits(draft: string, count: number, seed: number): string[] {
  return keystrokeOffsets(draft, count, seed).map((at) => `${draft.slice(0, at)}e${draft.slice(at)}`)
}

/** Where {@link keystrokeEdits} types: offsets inside words of the last 30% of the draft. */
export function keystrokeOffsets(draft: string, count: number, seed: number): number[] {
  const random = seededRandom(seed)
  const tail = Math.floor(draft.length * 0.7)
  const offsets: number[] = []
  for (let i = 0; i < count; i++) {
    let at = tail + Math.floor(random() * (draft.length - tail))
    while (at < draft.length && !/\p{L}/u.test(draft.charAt(at))) at++
    if (at >= draft.length) at = draft.length
    offsets.push(at)
  }
  return offsets
}

/** One draft of about `words` words: consecutive corpus replies joined as paragraphs. */
export function draftOfWords(replies: readonly string[], words: number): string {
  const parts: string[] = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const reply = replies[i % replies.length] as string
    parts.push(reply)
    count += wordCount(reply)
  }
  return parts.join('\n\n')
}

/** What a writer adds at the end of a draft, one letter at a time. */
export const TYPED_SENTENCE = ' We will update you as soon as the courier scans it again.'

/** The draft after each keystroke of {@link TYPED_SENTENCE} typed at its end. */
export function typedAtEnd(draft: string, typed = TYPED_SENTENCE): string[] {
  return Array.from(typed, (_, i) => draft + typed.slice(0, i + 1))
}

/** What a writer adds after the first word of a draft (a greeting, usually), one letter at a time. */
export const TYPED_WORD = ' really'

/** The draft after each keystroke of {@link TYPED_WORD} typed after its first word. */
export function typedNearStart(draft: string, typed = TYPED_WORD): string[] {
  const at = Math.max(0, draft.search(/\s/))
  return Array.from(typed, (_, i) => draft.slice(0, at) + typed.slice(0, i + 1) + draft.slice(at))
}
