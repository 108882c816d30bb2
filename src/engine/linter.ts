import { describeValue, ReplyLintError } from '../errors.js'
import type { ReplyDocument, Sentence } from '../parse/document.js'
import { analyzeSentence, type NlpSentence } from '../parse/nlp.js'
import { withIndexScope } from '../phrases/sentence-index.js'
import type {
  Diagnostic,
  LintOptions,
  LintResult,
  ReplyContext,
  ReportDescriptor,
  RuleContext,
} from '../types.js'
import { type AllowList, allowListExcuse, compileAllowList } from './allow-list.js'
import { type CacheSession, LintCache } from './cache.js'
import { type ActiveRule, type Registry, type ResolvedConfig, resolveConfig } from './config.js'
import { dropExcused } from './excuses.js'
import { knownStringsExcuse } from './known-strings.js'
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
  return Object.freeze({
    config,
    lint(text: string, context?: ReplyContext): LintResult {
      assertText(text)
      const replyContext =
        context === undefined
          ? config.context
          : mergeReplyContexts(config.context, validateReplyContext(context))
      const document = cache.parse(text)
      return withIndexScope(cache.indexScope(document), () =>
        lintDocument(document, config.rules, replyContext, cache.session(document, replyContext), allowed),
      )
    },
  })
}

const EMPTY: readonly never[] = Object.freeze([])

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
): LintResult {
  const analyses = new Map<Sentence, NlpSentence>()
  const nlp = (sentence: Sentence): NlpSentence => {
    let analysis = analyses.get(sentence)
    if (!analysis) {
      assertOwnSentence(document, sentence, 'nlp')
      analysis = analyzeSentence(sentence, cached.view(sentence.text))
      analyses.set(sentence, analysis)
    }
    return analysis
  }

  // One frozen one-sentence list per sentence, shared by every sentence-scoped rule that runs on it
  // (made on first need: after a keystroke most sentences are answered from the cache).
  const singletons: Array<readonly Sentence[] | undefined> = []
  const singletonOf = (sentence: Sentence): readonly Sentence[] =>
    (singletons[sentence.index] ??= Object.freeze([sentence]))
  const diagnostics: Diagnostic[] = []
  for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) {
    const { rule, severity, options } = rules[ruleIndex] as ActiveRule
    const reports: Diagnostic[] = []
    // Made once per rule and shared by its contexts (one per sentence for sentence-scoped rules).
    const memo = <T>(sentence: Sentence, key: string, compute: (sentence: Sentence) => T): T => {
      assertOwnSentence(document, sentence, 'memo')
      return cached.memo(ruleIndex, sentence, key, compute)
    }
    const report = (descriptor: ReportDescriptor) => {
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
            rule.check(contextFor(singletonOf(sentence), true))
            cached.store(ruleIndex, sentence, reports.length === from ? EMPTY : reports.slice(from))
          }
        }
      else rule.check(contextFor(document.sentences, false))
      for (let k = 0; k < reports.length; k++) diagnostics.push(reports[k] as Diagnostic)
    } catch (error) {
      diagnostics.push(internalError(rule.id, error, document))
    }
  }

  cached.finish()
  // After the cache: what it keeps is what the rules reported, and the excuses apply on every lint.
  const kept = dropExcused(diagnostics, document, [
    knownStringsExcuse(replyContext),
    allowListExcuse(document, allowed.global, allowed.byRule),
  ])
  return summarize(finalize(kept))
}

/** `nlp()` and `memo()` work on the sentences of the document being linted, and no other. */
function assertOwnSentence(document: ReplyDocument, sentence: Sentence, method: string): void {
  if (document.sentences[sentence.index] !== sentence)
    throw new ReplyLintError('invalid-report', `${method}() takes a sentence of the document being linted.`)
}
