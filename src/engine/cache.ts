import { sentenceRemovalRange } from '../fix/sentence-removal.js'
import { LruMap } from '../lru-map.js'
import type { ReplyDocument, Sentence, Token, Word } from '../parse/document.js'
import { IncrementalParser } from '../parse/incremental.js'
import { type NlpView, nlpView } from '../parse/nlp.js'
import { IndexScope } from '../phrases/sentence-index.js'
import type { Diagnostic, Edit, Range, ReplyContext, Suggestion } from '../types.js'

export { LruMap }

/**
 * What a linter remembers between calls, so relinting after a keystroke redoes only the sentences
 * that changed (plus the rules that judge the whole reply):
 *
 * - the previous parse, whose sentences before an edit are taken over as they are
 *   (`IncrementalParser`), with their rule results and `context.memo` values;
 * - the phrase lexicons' sentence indexes of the latest lint, for the sentences the next one keeps;
 * - compromise's view of each sentence text (the slow part of `context.nlp`);
 * - the reports of every `scope: 'sentence'` rule per sentence text and reply context, stored
 *   relative to the sentence start and shifted to wherever the same sentence stands in the next
 *   draft. A sentence enters this cache the second time it is seen.
 *
 * The shared parts are bounded, least recently used first out, so a long editing session cannot grow
 * memory without limit; what is kept per sentence object lives only until the next lint.
 */
export interface CacheLimits {
  /** Sentences (under one reply context each) whose rule results are kept. */
  sentences: number
  /** compromise views kept (they are much larger than rule results). */
  views: number
  /** Distinct reply contexts told apart at once. */
  contexts: number
}

export const DEFAULT_CACHE_LIMITS: Readonly<CacheLimits> = Object.freeze({
  sentences: 4000,
  views: 500,
  contexts: 64,
})

/** Reports per rule (by its position in the linter's rule list) on one sentence under one context. */
type SentenceEntry = Array<readonly StoredReport[] | undefined>

/** Most rules report nothing on most sentences: one shared frozen empty list for all of them. */
const NO_REPORTS: readonly StoredReport[] = Object.freeze([])
const NO_DIAGNOSTICS: Diagnostic[] = Object.freeze([]) as unknown as Diagnostic[]

export class LintCache {
  private readonly views: LruMap<string, NlpView>
  private readonly sentences: LruMap<string, SentenceEntry>
  private readonly contexts: LruMap<string, number>
  /** Ids are never reused, so an evicted context's entries can never be mistaken for another's. */
  private nextContextId = 0
  private readonly parser = new IncrementalParser()
  /**
   * What the latest lint held for each of its sentence objects. The parser hands back the same
   * objects for the sentences an edit did not touch, so the next lint finds their entries without
   * building a key, and their `context.memo` values. (A plain map of one document's sentences,
   * replaced on every lint: weak maps would make every young-generation GC slower.)
   */
  latest = new Map<Sentence, SentenceRecord>()
  /** The entries of the latest lint's sentences by key, whether or not the shared cache took them. */
  recent = new Map<string, SentenceEntry>()
  /** Hashes of sentence keys seen once (see `admit`). Small integers: no objects for the GC. */
  private readonly seen = new Set<number>()
  /** The reply context of the latest lint and its cache key. */
  private lastContext: { value: Readonly<ReplyContext>; key: string; prefix: string } | undefined

  /**
   * @param donor another linter's cache whose latest lint this one may read from (never write to):
   * text built from that lint's sentences (a rewrite checked beside its neighbours) finds their rule
   * results and compromise views there. Both must run the same rules in the same order.
   */
  constructor(
    limits: CacheLimits = DEFAULT_CACHE_LIMITS,
    private readonly donor?: LintCache,
  ) {
    this.views = new LruMap(limits.views)
    this.sentences = new LruMap(limits.sentences)
    this.contexts = new LruMap(limits.contexts)
  }

  /**
   * Whether a sentence's results go into the shared cache: only once its key has been seen before.
   * Most sentences are seen once (each keystroke makes a new one); storing them all kept every
   * intermediate sentence alive until evicted, and that is what made young-generation GCs slow.
   * A sentence seen again (a template line, an undo, the same reply linted twice) is stored; one
   * seen in the lint just before is found in `recent` with its results.
   * Keys are remembered as 30-bit hashes: a collision only stores a sentence early.
   */
  admit(key: string): boolean {
    const hash = hashKey(key)
    if (this.seen.has(hash)) return true
    if (this.seen.size >= this.sentences.limit * 4) this.seen.clear()
    this.seen.add(hash)
    return false
  }

  /** The phrase lexicons' sentence indexes of the latest lint, for the sentences the next one reuses. */
  private indexes: IndexScope | undefined

  /**
   * Where the lint of `document` keeps its sentence indexes (see `withIndexScope`). Kept for the next
   * lint only while the document is one the cache holds: the indexes of a whole book would keep
   * its words alive after the lint.
   */
  indexScope(document: ReplyDocument): IndexScope {
    const scope = new IndexScope(this.indexes)
    this.indexes = document.sentences.length > this.sentences.limit ? undefined : scope
    return scope
  }

  /** The draft's parse; an edited draft reuses the sentences before the edit (see IncrementalParser). */
  parse(text: string): ReplyDocument {
    return this.parser.parse(text)
  }

  /** compromise's view of a sentence text, built once and shared wherever the text appears. */
  view(text: string): NlpView {
    let view = this.views.get(text) ?? this.donor?.views.peek(text)
    if (!view) {
      view = nlpView(text)
      this.views.set(text, view)
    }
    return view
  }

  /** How many entries each part holds, for tests and tools. */
  sizes(): CacheLimits {
    return { sentences: this.sentences.size, views: this.views.size, contexts: this.contexts.size }
  }

  /**
   * The rule-result cache for one lint of `document` under `replyContext`. A document with more
   * sentences than the cache holds would only push out its own entries before they are reused
   * (a whole book, not a reply), and a part of a long text (`shared` false) is parsed afresh on
   * every lint, so its sentences are never met again: both share results only within the lint.
   */
  session(document: ReplyDocument, replyContext: Readonly<ReplyContext>, shared = true): CacheSession {
    if (!shared || document.sentences.length > this.sentences.limit)
      return new CacheSession(this, undefined, '', document, new Map())
    // An editor lints with the same context object keystroke after keystroke: skip building its key.
    if (this.lastContext?.value !== replyContext) {
      const key = stableKey(replyContext)
      let id = this.contexts.get(key)
      if (id === undefined) {
        id = this.nextContextId++
        this.contexts.set(key, id)
      }
      this.lastContext = { value: replyContext, key, prefix: `${id}\u0000` }
    } else this.contexts.get(this.lastContext.key)
    return new CacheSession(
      this,
      this.sentences,
      this.lastContext.prefix,
      document,
      undefined,
      this.donor?.latestEntries(replyContext),
    )
  }

  /** The latest lint's entries by key without its context prefix, when it ran under `replyContext`. */
  private latestEntries(replyContext: Readonly<ReplyContext>): DonatedEntries | undefined {
    const context = this.lastContext
    return context?.value === replyContext ? { prefix: context.prefix, entries: this.recent } : undefined
  }
}

/** Another cache's latest entries, keyed by `prefix` + sentence key. */
interface DonatedEntries {
  readonly prefix: string
  readonly entries: ReadonlyMap<string, SentenceEntry>
}

/**
 * The donor's entry for a sentence, copied (this cache may add to it; the donor's stays as it
 * was). Where the sentence could be removed in one text and not in the other, the entry of the
 * other is taken: the same findings, only their removal rewrites differ, and a rewrite's check
 * counts findings.
 */
function donatedEntry({ prefix, entries }: DonatedEntries, bare: string): SentenceEntry | undefined {
  const entry = entries.get(prefix + bare) ?? entries.get(prefix + flipRemovable(bare))
  return entry?.slice()
}

/** The sentence key with its removable flag (the character after the first NUL) the other way. */
function flipRemovable(key: string): string {
  const at = key.indexOf('\u0000') + 1
  return key.slice(0, at) + (key[at] === 'r' ? '-' : 'r') + key.slice(at + 1)
}

/** What the cache holds for one sentence object under one reply context. */
interface SentenceRecord {
  readonly prefix: string
  /** Rule results, looked up on first use, and the key they were found under. */
  entry: SentenceEntry | undefined
  key: string | undefined
  /** `context.memo` values by rule (its position in the linter's list), then by the rule's key. */
  memos: Array<Map<string, unknown> | undefined> | undefined
}

/** The cache as one lint of one document sees it. */
export class CacheSession {
  /** The record of each sentence of the document, by sentence index. */
  private readonly records: Array<SentenceRecord | undefined> = []
  /** This lint's entries by key, for the next lint (see `LintCache.recent`). */
  private readonly current = new Map<string, SentenceEntry>()

  constructor(
    private readonly owner: LintCache,
    /** Undefined when this lint stores nothing. */
    private readonly cache: LruMap<string, SentenceEntry> | undefined,
    private readonly prefix: string,
    private readonly document: ReplyDocument,
    /**
     * For a document longer than the shared cache holds: entries by key for this lint alone, so
     * its identical sentences (a template line repeated, a list of the same words) are checked
     * once each. Nothing of it is kept for the next lint.
     */
    private readonly local?: Map<string, SentenceEntry>,
    private readonly donated?: DonatedEntries,
  ) {}

  /** The `local` entry of each sentence, by sentence index (a sentence is asked about once per rule). */
  private readonly localEntries: Array<SentenceEntry | undefined> = []

  view(text: string): NlpView {
    return this.owner.view(text)
  }

  /** See `RuleContext.memo`; nothing is kept for a document the cache does not hold. */
  memo<T>(ruleIndex: number, sentence: Sentence, key: string, compute: (sentence: Sentence) => T): T {
    if (!this.cache) return compute(sentence)
    const record = this.record(sentence)
    record.memos ??= []
    let values = record.memos[ruleIndex]
    if (!values) {
      values = new Map()
      record.memos[ruleIndex] = values
    }
    if (values.has(key)) return values.get(key) as T
    const value = compute(sentence)
    values.set(key, value)
    return value
  }

  /** Hands this lint's sentence records and entries to the next lint. */
  finish(): void {
    this.owner.recent = this.current
    const latest = new Map<Sentence, SentenceRecord>()
    this.records.forEach((record, index) => {
      if (record) latest.set(this.document.sentences[index] as Sentence, record)
    })
    this.owner.latest = latest
  }

  /** The rule's cached reports on `sentence`, placed where the sentence now stands; undefined on a miss. */
  reports(ruleIndex: number, sentence: Sentence): Diagnostic[] | undefined {
    const stored = this.entry(sentence)?.[ruleIndex]
    if (!stored) return undefined
    if (stored.length === 0) return NO_DIAGNOSTICS
    const base = sentence.range[0]
    return stored.map((report) => place(report, base, this.document))
  }

  /**
   * Keeps the rule's reports on `sentence`, unless one reaches outside the sentence or covers the
   * whole text: such a result depends on text around it and is recomputed every time.
   */
  store(ruleIndex: number, sentence: Sentence, reports: readonly Diagnostic[]): void {
    const entry = this.entry(sentence)
    if (!entry) return
    if (reports.length > 0) {
      // A report of the whole text is about the text even when the sentence happens to be all of it.
      const whole: Range = [0, this.document.text.length]
      for (let i = 0; i < reports.length; i++) {
        const report = reports[i] as Diagnostic
        if (!staysInside(report, sentence.range) || covers(report, whole)) return
      }
    }
    entry[ruleIndex] =
      reports.length === 0
        ? NO_REPORTS
        : Object.freeze(reports.map((report) => relative(report, sentence.range[0])))
  }

  private entry(sentence: Sentence): SentenceEntry | undefined {
    if (!this.cache) return this.local && this.localEntry(sentence, this.local)
    const record = this.record(sentence)
    if (!record.entry) {
      const bare = sentenceKey(sentence, this.document.text)
      const key = this.prefix + bare
      let entry = this.cache.get(key)
      if (!entry) {
        // Seen in the lint just before (here or in the donor's): its second sight, so it goes into
        // the shared cache now. The same rules under the same context: the donor's results hold.
        entry = this.owner.recent.get(key) ?? (this.donated && donatedEntry(this.donated, bare))
        if (entry) this.cache.set(key, entry)
        else {
          entry = []
          if (this.owner.admit(key)) this.cache.set(key, entry)
        }
      }
      this.current.set(key, entry)
      record.entry = entry
      record.key = key
    }
    return record.entry
  }

  private localEntry(sentence: Sentence, local: Map<string, SentenceEntry>): SentenceEntry {
    let entry = this.localEntries[sentence.index]
    if (!entry) {
      const key = sentenceKey(sentence, this.document.text)
      entry = local.get(key)
      if (!entry) {
        entry = []
        local.set(key, entry)
      }
      this.localEntries[sentence.index] = entry
    }
    return entry
  }

  private record(sentence: Sentence): SentenceRecord {
    let record = this.records[sentence.index]
    if (!record) {
      const previous = this.owner.latest.get(sentence)
      if (previous?.prefix === this.prefix) {
        record = previous
        // Still this lint's entry by key too, for a next lint that parses the sentence afresh.
        if (record.entry && record.key !== undefined) this.current.set(record.key, record.entry)
      } else record = { prefix: this.prefix, entry: undefined, key: undefined, memos: undefined }
      this.records[sentence.index] = record
    }
    return record
  }
}

/** The report's range and every edit of its suggestions lie within `[start, end]`. */
function staysInside(report: Diagnostic, [start, end]: Range): boolean {
  const inside = (range: Range) => range[0] >= start && range[1] <= end
  return inside(report.range) && report.suggestions.every((s) => s.edits.every((edit) => inside(edit.range)))
}

/** The report's range or one of its edits is exactly `[start, end]`. */
function covers(report: Diagnostic, [start, end]: Range): boolean {
  const same = (range: Range) => range[0] === start && range[1] === end
  return same(report.range) || report.suggestions.some((s) => s.edits.some((edit) => same(edit.range)))
}

const KIND_CODES = { word: 'w', punctuation: 'p', symbol: 's', whitespace: '_' } as const

/**
 * Everything a sentence-scoped rule can see of a sentence besides where it stands: its text, its
 * tokens (kind and extent) and which words are quoted (an e-mail quote line starts before the
 * sentence, so the text alone does not say).
 */
/**
 * A sentence's shape and text, and whether it could be removed where it stands (its neighbourhood:
 * see `sentenceRemovalRange`), so a report made in one neighbourhood is not reused in another.
 */
function sentenceKey(sentence: Sentence, text: string): string {
  let shape = ''
  let at = sentence.range[0]
  // Index loops: for…of here allocated an iterator per sentence on every lint.
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    // Tokens are contiguous; a gap, should one ever appear, is part of the shape.
    if (token.range[0] !== at) shape += `@${token.range[0] - sentence.range[0]}`
    shape += KIND_CODES[token.kind] + (token.range[1] - token.range[0])
    at = token.range[1]
  }
  const words = sentence.words
  for (let i = 0; i < words.length; i++) if ((words[i] as Word).quoted) shape += `q${i}`
  const removable = sentenceRemovalRange(text, sentence.range) ? 'r' : '-'
  return `${shape}\u0000${removable}${sentence.text}`
}

/** A sentence-scoped rule's report with its ranges relative to the sentence start, and no line/column. */
type StoredReport = Readonly<Omit<Diagnostic, 'start' | 'end'>>

function relative(report: Diagnostic, base: number): StoredReport {
  return Object.freeze({
    ruleId: report.ruleId,
    messageId: report.messageId,
    severity: report.severity,
    message: report.message,
    range: shift(report.range, -base),
    excerpt: report.excerpt,
    suggestions: shiftSuggestions(report.suggestions, -base),
    docsUrl: report.docsUrl,
  })
}

/** A stored report placed at `base` in `document`: a new diagnostic shaped like the engine's. */
function place(report: StoredReport, base: number, document: ReplyDocument): Diagnostic {
  const range = shift(report.range, base)
  return {
    ruleId: report.ruleId,
    messageId: report.messageId,
    severity: report.severity,
    message: report.message,
    range,
    start: document.position(range[0]),
    end: document.position(range[1]),
    excerpt: report.excerpt,
    suggestions: shiftSuggestions(report.suggestions, base),
    docsUrl: report.docsUrl,
  }
}

function shiftSuggestions(suggestions: readonly Suggestion[], delta: number): Suggestion[] {
  return suggestions.map((suggestion) =>
    Object.freeze({
      messageId: suggestion.messageId,
      message: suggestion.message,
      edits: Object.freeze(
        suggestion.edits.map(
          (edit): Edit => Object.freeze({ range: shift(edit.range, delta), text: edit.text }),
        ),
      ) as Edit[],
    }),
  )
}

const shift = (range: Range, delta: number): Range =>
  Object.freeze([range[0] + delta, range[1] + delta]) as Range

/** FNV-1a over the UTF-16 code units, folded to 30 bits so the number stays a small integer in V8. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return (hash ^ (hash >>> 30)) & 0x3fffffff
}

/** JSON with object keys sorted, so equal contexts built in a different order share a key. */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableKey((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  return JSON.stringify(value) ?? 'undefined'
}
