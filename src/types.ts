import type { BuiltinRuleId, BuiltinRuleOptions, PresetName } from './generated/builtin-rules.js'
import type { Paragraph, ReplyDocument, Sentence, Word } from './parse/document.js'
import type { NlpSentence } from './parse/nlp.js'

export type { BuiltinRuleId, BuiltinRuleOptions, PresetName }

/** How loud a diagnostic is. `off` disables a rule in configuration. */
export type Severity = 'info' | 'warn' | 'error'
export type SeverityOrOff = Severity | 'off'

/** A half-open span of UTF-16 code units into the caller's original text: `text.slice(range[0], range[1])`. */
export type Range = readonly [start: number, end: number]

/** 1-based line and column (column counts UTF-16 code units, like editors and vfile). */
export interface Position {
  line: number
  column: number
}

/** One text replacement: `text.slice(0, range[0]) + text + text.slice(range[1])`. */
export interface Edit {
  range: Range
  text: string
}

export interface Suggestion {
  messageId: string
  message: string
  edits: Edit[]
}

export interface Diagnostic {
  ruleId: string
  messageId: string
  severity: Severity
  message: string
  range: Range
  start: Position
  end: Position
  /** Exactly `text.slice(range[0], range[1])`. */
  excerpt: string
  suggestions: Suggestion[]
  docsUrl: string | undefined
  /**
   * A fingerprint of the whole text the diagnostic was found in. `applyFixes` refuses the
   * diagnostic's suggestions on any other text (an edited draft, or the output of a previous
   * `applyFixes`). Set on every diagnostic `lint` returns; a diagnostic built by hand may leave it
   * out, and then only its own range is checked against `excerpt`.
   */
  textFingerprint?: string
}

/** What the seller knows about the order and the conversation. Every field is optional. */
export interface ReplyContext {
  /** Who ships: the platform (e.g. "Dispatched by Kingston Express") or the seller. */
  fulfillment?: 'platform' | 'seller'
  /** A reply to a customer message, or a message the seller starts. */
  messageKind?: 'reply' | 'proactive'
  /** Where a refund stands. `approved` allows refund statements. */
  refund?: 'none' | 'requested' | 'approved'
  disputeActive?: boolean
  customerAbusive?: boolean
  /** The marketplace's name, e.g. "Kingston Express". */
  platformName?: string
  /** Domains links may point to (the platform, carriers). Subdomains are included. */
  allowedDomains?: string[]
  /** Known strings that must never be flagged (order id, tracking number, product title). */
  order?: { id?: string; trackingNumber?: string; productTitle?: string }
  /** The customer message being answered, when known. */
  customerMessage?: string
}

export type RuleOptions = Record<string, unknown>

/**
 * Options every rule takes, whatever its own: the engine handles them, the rule never sees them.
 * (A type, not an interface: an interface would not be assignable to `Record<string, unknown>`.)
 */
export type CommonRuleOptions = {
  /**
   * Phrases this rule never reports (a service name, a brand): plain phrases or patterns in the
   * lexicon syntax. A diagnostic of the rule whose flagged words all fall inside an occurrence is
   * dropped. Adds to the top-level `allow`.
   */
  allow?: readonly string[]
}

/**
 * `'warn'` or `['warn', { maxWords: 30 }]`: a severity, or a severity and some of the rule's options
 * (and `allow`, which every rule takes).
 */
export type RuleSetting<Options extends RuleOptions = RuleOptions> =
  | SeverityOrOff
  | readonly [SeverityOrOff, (Partial<Options> & CommonRuleOptions)?]

/**
 * A rule id `rules` accepts: a built-in rule's, or a plugin rule's (`plugin/rule`, as plugins
 * prefix their rules with their name).
 */
export type RuleId = BuiltinRuleId | `${string}/${string}`

/**
 * Per-rule settings. Built-in rule ids and each one's options are literal types, so a misspelt id or
 * option fails to compile; plugin rules (`acme/no-asap`) take any options, checked when linting.
 */
export type RulesConfig = { [Id in BuiltinRuleId]?: RuleSetting<BuiltinRuleOptions[Id]> } & {
  [id: `${string}/${string}`]: RuleSetting
}

export interface LintOptions {
  /** Starting rule set; defaults to `recommended`. */
  preset?: PresetName
  /** Per-rule overrides on top of the preset. */
  rules?: RulesConfig
  /** Extra rules, or plugins bundling rules. Their rules are on (at their default severity) unless set `off`. */
  plugins?: ReadonlyArray<AnyRule | Plugin>
  context?: ReplyContext
  /**
   * What the draft is written in. `markdown` and `html` lint only the prose (not code, link targets,
   * tags or attributes) and report every offset into the original markup. Defaults to `text`.
   */
  format?: 'text' | 'markdown' | 'html'
  /**
   * Phrases no rule reports: plain phrases (`'Guaranteed Delivery'`) or patterns in the lexicon
   * syntax (`'(next|same) day guaranteed'`, `'~guarantee delivery'`). A diagnostic whose flagged
   * words all fall inside an occurrence of one is dropped. Matched on words as the lexicons match
   * them: case, apostrophes and dashes do not matter, nor does punctuation between the words.
   */
  allow?: readonly string[]
  /**
   * Reports inline directives that suppress nothing (`unused-directive` diagnostics): a
   * `reply-lint-disable` no problem fell under, a `reply-lint-enable` with nothing disabled, a
   * misspelt directive, and in plain text any directive at all (plain text has none: the customer
   * would read it). A severity, `true` (`'warn'`) or `false`/`'off'` (the default).
   */
  reportUnusedDirectives?: boolean | SeverityOrOff
}

/**
 * Rules bundled under a name. Each rule's id gets the name as its prefix: a rule `no-asap` in the
 * plugin `acme` is `acme/no-asap` in `rules`, in diagnostics and in `context.ruleId`.
 */
export interface Plugin {
  /** Kebab-case, without a slash. */
  name: string
  rules: readonly AnyRule[]
}

export interface LintResult {
  diagnostics: Diagnostic[]
  errorCount: number
  warningCount: number
  infoCount: number
}

/** What a rule passes to `context.report`. Give `range`, or a `node` (a word or sentence) to flag. */
export interface ReportDescriptor<MessageId extends string = string> {
  messageId: MessageId
  range?: Range
  node?: { range: Range }
  data?: Record<string, string | number>
  /** Rewrites; each names one of the rule's `suggest…` messages. */
  suggestions?: ReadonlyArray<SuggestionDescriptor<SuggestionMessageId<MessageId>>>
}

/**
 * The messageIds a suggestion may use: those of the rule's messages that start with `suggest`
 * (`suggestEstimate`). Declaring such a message is what gives a rule suggestions.
 */
// An intersection, not a conditional type: it keeps `Rule<Options, 'a' | 'suggestB'>` assignable to
// `Rule<any, string>` (TypeScript treats a conditional type's parameter as invariant).
export type SuggestionMessageId<MessageId extends string> = MessageId & `suggest${string}`

export interface SuggestionDescriptor<MessageId extends string = string> {
  messageId: MessageId
  data?: Record<string, string | number>
  edits: readonly Edit[]
}

/** The frozen view of one lint that a rule receives. */
export interface RuleContext<Options extends RuleOptions = RuleOptions, MessageId extends string = string> {
  readonly ruleId: string
  /**
   * The whole draft. A sentence-scoped rule must not let its result depend on it (results are
   * cached per sentence text): slice `sentence.text`. A report that reaches outside its sentence,
   * or covers the whole text, is never cached.
   */
  readonly text: string
  /** The whole parsed reply; see `text` about sentence-scoped rules. */
  readonly document: ReplyDocument
  /** The reply's paragraphs; empty for sentence-scoped rules. */
  readonly paragraphs: readonly Paragraph[]
  /** The sentences to judge: all of them, or just one for sentence-scoped rules. */
  readonly sentences: readonly Sentence[]
  /** The words of `sentences`. */
  readonly words: readonly Word[]
  readonly options: Readonly<Options>
  readonly replyContext: Readonly<ReplyContext>
  /** compromise's analysis of one sentence, built on first request and shared by all rules. */
  nlp(sentence: Sentence): NlpSentence
  /**
   * `compute(sentence)`, remembered for this sentence of the document: a rule that judges the
   * whole reply can keep what it works out per sentence, and the next lint of an edited draft
   * reuses it for every sentence the edit did not touch. `compute` must read only that sentence,
   * the options and the reply context (never other sentences), and `key` must tell apart the
   * different things one rule computes.
   */
  memo<T>(sentence: Sentence, key: string, compute: (sentence: Sentence) => T): T
  report(descriptor: ReportDescriptor<MessageId>): void
}

/** A rule's `meta` as `defineRule` takes it: every field may be left out. */
export interface RuleMetaInput<Options extends RuleOptions = RuleOptions> {
  /** One line: what the rule flags. */
  description?: string
  /** Part of the built-in `recommended` preset. Defaults to `false`; plugin rules are on unless set `off`. */
  recommended?: boolean
  /**
   * `sentence`: the rule judges each sentence on its own (its result depends only on that sentence's
   * text, the reply context and the options). The engine then runs `check` once per sentence with
   * `context.sentences`/`words` holding just that sentence, and may cache the result per sentence.
   * `reply` (the default): one `check` over the whole reply.
   */
  scope?: 'sentence' | 'reply'
  /** Severity when a preset or plugin turns the rule on without saying. Defaults to `warn`. */
  defaultSeverity?: Severity
  /**
   * Whether the rule offers rewrites. Inferred: a rule has suggestions when one of its messages is a
   * `suggest…` message. If given, it must agree.
   */
  hasSuggestions?: boolean
  /** Option values used when the user gives none; also the shape user options are checked against. Defaults to `{}`. */
  defaultOptions?: Options
  /** Extra checks on merged options; return a message naming the problem, or undefined. */
  validateOptions?: (options: Options) => string | undefined
  /** Where the rule is documented; a rule creator ({@link ruleCreator}) derives it from the id. */
  docsUrl?: string
}

/** A rule's `meta` with its defaults filled in. */
export interface RuleMeta<Options extends RuleOptions = RuleOptions>
  extends Readonly<Omit<RuleMetaInput<Options>, 'recommended' | 'hasSuggestions' | 'defaultOptions'>> {
  readonly description: string
  readonly recommended: boolean
  readonly hasSuggestions: boolean
  readonly defaultOptions: Readonly<Options>
}

/** What `defineRule` takes: an id, the messages and `check`; `meta` is optional. */
export interface RuleDefinition<
  Options extends RuleOptions = RuleOptions,
  MessageId extends string = string,
> {
  /** Kebab-case. A plugin's rules get the plugin's name as prefix; a rule used alone may carry one (`acme/no-asap`). */
  id: string
  meta?: RuleMetaInput<Options>
  /** The messages by messageId; `{{name}}` placeholders are filled from a report's `data`. */
  messages: Record<MessageId, string>
  check(context: RuleContext<Options, MessageId>): void
}

export interface Rule<Options extends RuleOptions = RuleOptions, MessageId extends string = string> {
  readonly id: string
  readonly meta: RuleMeta<Options>
  readonly messages: Readonly<Record<MessageId, string>>
  check(context: RuleContext<Options, MessageId>): void
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds rules of every option type
export type AnyRule = Rule<any, string>
