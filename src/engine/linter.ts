import { describeValue, ReplyLintError } from '../errors.js'
import { textFingerprint } from '../fix/fingerprint.js'
import type { ReplyDocument, Sentence } from '../parse/document.js'
import { type NlpSentence, nlpSentenceFor, type SharedNlpAnalysis, shareAnalysis } from '../parse/nlp.js'
import { LineIndex } from '../parse/positions.js'
import { withIndexScope } from '../phrases/sentence-index.js'
import type {
  Diagnostic,
  Edit,
  LintOptions,
  LintResult,
  Range,
  ReplyContext,
  ReportDescriptor,
  RuleContext,
} from '../types.js'
import { type AllowList, allowListExcuse, compileAllowList } from './allow-list.js'
import { type CacheSession, DEFAULT_CACHE_LIMITS, LintCache, LruMap } from './cache.js'
import { type ActiveRule, type Registry, type ResolvedConfig, resolveConfig } from './config.js'
import { deferSuggestions, mapSuggestions } from './deferred-suggestions.js'
import { dropExcused } from './excuses.js'
import { knownStringsExcuse } from './known-strings.js'
import { LONGEST_WHOLE, partsOf } from './parts.js'
import { mergeReplyContexts, validateReplyContext } from './reply-context.js'
import { finalize, internalError, summarize, toDiagnostic } from './report.js'

/** A configured linter: resolve options once, lint many drafts. */
export interface Linter {
  /** The resolved rules and context, for tools that want to show them. */
  readonly config: ResolvedConfig
  /**
   * Lints one draft. `context` is merged over the linter's own context for this call only.
   * Results of sentence-scoped rules are cached per sentence, so relinting an edited draft redoes
   * only the sentences that changed.
   */
  lint(text: string, context?: ReplyContext): LintResult
}

/** Builds a linter over a registry of rules and presets. The core never names a rule. */
export function createEngineLinter(options: LintOptions | undefined, registry: Registry): Linter {
  const config = resolveConfig(options, registry)
  const cache = new LintCache()
  const allowed = allowLists(config)
  // The registry vets its own rules' rewrites with its own rules: a plugin's rules run once per
  // lint, as their authors expect, and their suggestions are theirs to judge.
  const ownIds = new Set(registry.rules.map((rule) => rule.id))
  const ownRules = config.rules.filter((active) => ownIds.has(active.rule.id))
  // Rewritten sentences are linted apart from the drafts, so they never push a draft's sentences
  // out; the draft's own sentences beside a rewrite are found in the draft's latest lint.
  const vetCache = registry.vetSuggestions
    ? new LintCache(DEFAULT_CACHE_LIMITS, ownRules.length === config.rules.length ? cache : undefined)
    : undefined
  const isOwn = (diagnostic: Diagnostic) => ownIds.has(diagnostic.ruleId)
  // What a rewritten piece of text was found to hold, per reply context: an editor relints the
  // same sentences after every keystroke.
  const relinted = new LruMap<string, readonly Diagnostic[]>(RELINTED_LIMIT)
  return Object.freeze({
    config,
    lint(text: string, context?: ReplyContext): LintResult {
      assertText(text)
      const replyContext =
        context === undefined
          ? config.context
          : mergeReplyContexts(config.context, validateReplyContext(context))
      const lintWith = (
        lintCache: LintCache,
        part: string,
        whole: boolean,
        rules = config.rules,
        skip?: ReadonlySet<string>,
      ) => {
        const document = lintCache.parse(part)
        const result = withIndexScope(lintCache.indexScope(document), () =>
          lintDocument(
            document,
            rules,
            replyContext,
            lintCache.session(document, replyContext, whole),
            allowed,
            skip,
          ),
        )
        return { document, result }
      }
      const lintPart = (part: string, whole: boolean): LintResult => {
        const { document, result } = lintWith(cache, part, whole)
        if (
          !vetCache ||
          !registry.vetSuggestions ||
          !result.diagnostics.some((d) => isOwn(d) && d.suggestions.length > 0)
        )
          return result
        // Built on the first relint: most lints never have a rewrite read.
        let contextKey: string | undefined
        const relint = (snippet: string) => {
          contextKey ??= JSON.stringify(replyContext)
          const key = `${contextKey}\u0000${snippet}`
          let found = relinted.get(key)
          if (!found) {
            found = lintWith(vetCache, snippet, true, ownRules, registry.vetSuggestions?.unread).result
              .diagnostics
            relinted.set(key, found)
          }
          return found
        }
        const keptOf = registry.vetSuggestions(
          document,
          result.diagnostics.filter(isOwn),
          relint,
          replyContext,
        )
        let next = 0
        return summarize(
          result.diagnostics.map((d) => {
            if (!isOwn(d)) return d
            const index = next++
            return d.suggestions.length === 0 ? d : deferSuggestions(d, {}, () => keptOf(index))
          }),
        )
      }
      return text.length > LONGEST_WHOLE
        ? lintInParts(text, (part) => lintPart(part, false))
        : lintPart(text, true)
    },
  })
}

/**
 * Lints a long text part by part (see `partsOf`) and reports in the whole text's offsets, lines
 * and fingerprint. Only one part's document is alive at a time. A rule that fails fails once:
 * its internal-error diagnostic stands at the start of the text, whichever part it failed in.
 */
function lintInParts(text: string, lintPart: (part: string) => LintResult): LintResult {
  const lines = new LineIndex(text)
  const fingerprint = textFingerprint(text)
  const diagnostics: Diagnostic[] = []
  for (const [start, end] of partsOf(text)) {
    for (const found of lintPart(text.slice(start, end)).diagnostics) {
      const delta = found.ruleId === 'internal-error' ? 0 : start
      const range = shiftRange(found.range, delta)
      diagnostics.push(
        mapSuggestions(
          found,
          {
            range,
            start: lines.position(range[0]),
            end: lines.position(range[1]),
            textFingerprint: fingerprint,
          },
          (suggestions) =>
            suggestions.map((suggestion) =>
              Object.freeze({
                ...suggestion,
                edits: Object.freeze(
                  suggestion.edits.map((edit) =>
                    Object.freeze({ range: shiftRange(edit.range, delta), text: edit.text }),
                  ),
                ) as Edit[],
              }),
            ),
        ),
      )
    }
  }
  return summarize(finalize(diagnostics))
}

const shiftRange = (range: Range, delta: number): Range =>
  Object.freeze([range[0] + delta, range[1] + delta]) as Range

const EMPTY: readonly never[] = Object.freeze([])
/** Rewritten pieces of text whose findings a linter keeps. */
const RELINTED_LIMIT = 2000

/** The configuration's allowed phrases, compiled (resolving the config checked them already). */
interface AllowLists {
  global: AllowList | undefined
  byRule: ReadonlyMap<string, AllowList>
}

function allowLists(config: ResolvedConfig): AllowLists {
  const byRule = new Map<string, AllowList>()
  for (const { rule, allow } of config.rules) {
    const list = compileAllowList(allow, `rules.${rule.id}.allow`, 'invalid-rule-options')
    if (list) byRule.set(rule.id, list)
  }
  return { global: compileAllowList(config.allow, 'allow', 'invalid-options'), byRule }
}

export function assertText(text: unknown): asserts text is string {
  if (typeof text !== 'string')
    throw new ReplyLintError(
      'invalid-input',
      `lint(text): text must be the draft as a string; got ${describeValue(text)}.`,
      'text',
    )
}

function lintDocument(
  document: ReplyDocument,
  rules: readonly ActiveRule[],
  replyContext: Readonly<ReplyContext>,
  cached: CacheSession,
  allowed: AllowLists,
  /** Rules left out of this lint (their place in `rules`, which the cache goes by, is kept). */
  skip?: ReadonlySet<string>,
): LintResult {
  // compromise's analysis of each sentence, shared by the rules; each rule reads it through its own
  // handle (see `nlpSentenceFor`), so nothing one rule does to it reaches another.
  const analyses = new Map<Sentence, SharedNlpAnalysis>()
  const analysisOf = (sentence: Sentence): SharedNlpAnalysis => {
    let analysis = analyses.get(sentence)
    if (!analysis) {
      analysis = shareAnalysis(sentence, cached.view(sentence.text))
      analyses.set(sentence, analysis)
    }
    return analysis
  }
  /** False once this lint has returned: a rule that kept its context (an async `check`) can do no more. */
  let open = true
  const assertOpen = (method: string) => {
    if (!open)
      throw new ReplyLintError(
        'invalid-report',
        `${method}() was called after the lint finished; check() must do all its work before it returns.`,
      )
  }

  // One frozen one-sentence list per sentence, shared by every sentence-scoped rule that runs on it
  // (made on first need: after a keystroke most sentences are answered from the cache).
  const singletons: Array<readonly Sentence[] | undefined> = []
  const singletonOf = (sentence: Sentence): readonly Sentence[] =>
    (singletons[sentence.index] ??= Object.freeze([sentence]))
  const diagnostics: Diagnostic[] = []
  for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) {
    const { rule, severity, options } = rules[ruleIndex] as ActiveRule
    if (skip?.has(rule.id)) continue
    const reports: Diagnostic[] = []
    // Made once per rule and shared by its contexts (one per sentence for sentence-scoped rules).
    let handles: Map<Sentence, NlpSentence> | undefined
    const nlp = (sentence: Sentence): NlpSentence => {
      assertOpen('nlp')
      assertOwnSentence(document, sentence, 'nlp')
      handles ??= new Map()
      let handle = handles.get(sentence)
      if (!handle) {
        handle = nlpSentenceFor(analysisOf(sentence))
        handles.set(sentence, handle)
      }
      return handle
    }
    const memo = <T>(sentence: Sentence, key: string, compute: (sentence: Sentence) => T): T => {
      assertOpen('memo')
      assertOwnSentence(document, sentence, 'memo')
      return cached.memo(ruleIndex, sentence, key, compute)
    }
    const report = (descriptor: ReportDescriptor) => {
      assertOpen('report')
      muteRejection(descriptor)
      reports.push(toDiagnostic(rule, severity, document, descriptor))
    }
    const contextFor = (sentences: readonly Sentence[], scoped: boolean): RuleContext =>
      Object.freeze({
        ruleId: rule.id,
        text: document.text,
        document,
        paragraphs: scoped ? EMPTY : document.paragraphs,
        sentences,
        words: scoped ? (sentences[0] as Sentence).words : document.words,
        options,
        replyContext,
        nlp,
        memo,
        report,
      })
    try {
      if (rule.meta.scope === 'sentence')
        for (let index = 0; index < document.sentences.length; index++) {
          const sentence = document.sentences[index] as Sentence
          const hit = cached.reports(ruleIndex, sentence)
          if (hit) for (let k = 0; k < hit.length; k++) reports.push(hit[k] as Diagnostic)
          else {
            const from = reports.length
            refuseAsync(rule.check(contextFor(singletonOf(sentence), true)))
            cached.store(ruleIndex, sentence, reports.length === from ? EMPTY : reports.slice(from))
          }
        }
      else refuseAsync(rule.check(contextFor(document.sentences, false)))
      for (let k = 0; k < reports.length; k++) diagnostics.push(reports[k] as Diagnostic)
    } catch (error) {
      muteRejection(error)
      diagnostics.push(internalError(rule.id, error, document))
    }
  }
  open = false

  cached.finish()
  // After the cache: what it keeps is what the rules reported, and the excuses apply on every lint.
  const kept = dropExcused(diagnostics, document, [
    knownStringsExcuse(replyContext),
    allowListExcuse(document, allowed.global, allowed.byRule),
  ])
  const sorted = finalize(kept)
  const fingerprint = sorted.length > 0 ? textFingerprint(document.text) : ''
  for (const diagnostic of sorted) diagnostic.textFingerprint = fingerprint
  return summarize(sorted)
}

/**
 * `check` is synchronous. One that returns a promise (an `async` function) or any other thenable
 * fails the rule: its results would arrive after the lint has returned. Its rejection is handled
 * here, so it never surfaces as an unhandled rejection that ends the process.
 */
function refuseAsync(result: unknown): void {
  if (!muteRejection(result)) return
  throw new ReplyLintError(
    'invalid-rule',
    'check() returned a promise; rules are synchronous (an async check is not supported).',
  )
}

/**
 * If `value` is a promise or another thenable, handles its rejection (so a rule's promise, returned,
 * thrown or reported, can never end the process as an unhandled rejection) and says so.
 */
function muteRejection(value: unknown): boolean {
  if (value === undefined || value === null || (typeof value !== 'object' && typeof value !== 'function'))
    return false
  let then: unknown
  try {
    then = (value as { then?: unknown }).then
  } catch {
    return false // A revoked proxy, or a `then` getter that throws: no promise.
  }
  if (typeof then !== 'function') return false
  try {
    Promise.resolve(value).catch(() => {})
  } catch {
    // A `constructor` getter that throws: Promise.resolve gave up before anything could reject.
  }
  return true
}

/** `nlp()` and `memo()` work on the sentences of the document being linted, and no other. */
function assertOwnSentence(document: ReplyDocument, sentence: Sentence, method: string): void {
  if (document.sentences[sentence.index] !== sentence)
    throw new ReplyLintError('invalid-report', `${method}() takes a sentence of the document being linted.`)
}
