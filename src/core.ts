/**
 * The engine and its building blocks, without the built-in rules: what rules/ imports. Internal:
 * the package's entries are index.ts (the API) and rule-kit.ts (for writing rules).
 */
export type { Preset, Registry, ResolvedConfig } from './engine/config.js'
export { defineRule, ruleCreator } from './engine/define-rule.js'
export type { Linter } from './engine/linter.js'
export { mergeReplyContexts, validateReplyContext } from './engine/reply-context.js'
export type { ReplyLintErrorCode } from './errors.js'
export { ReplyLintError } from './errors.js'
export {
  applyEdits,
  applyFixes,
  type FixResult,
  type SkippedFix,
  type SuggestionPick,
} from './fix/apply-fixes.js'
export { capitalize, matchCase } from './fix/case.js'
export { sentenceRemovalRange } from './fix/sentence-removal.js'
export {
  type FeatureNode,
  featureTree,
  type LearnedSignals,
  learnedSignals,
  type SignalSetData,
  sentenceFeatures,
} from './learned/signal.js'
export { isNlpReady, loadNlp } from './parse/compromise.js'
export type { Paragraph, ReplyDocument, Sentence, Token, TokenKind, Word } from './parse/document.js'
export { parseDocument } from './parse/document.js'
export type { NlpMatch, NlpSentence, NlpTerm } from './parse/nlp.js'
export { normalizeWord } from './parse/normalize.js'
export {
  CompiledLexicon,
  type FindOptions,
  type Lexicon,
  lazyLexicon,
  type PhraseEntry,
  type PhraseMatch,
} from './phrases/lexicon.js'
export { isNegated, NEGATORS } from './phrases/negation.js'
export { expandPattern, inflections } from './phrases/pattern.js'
export type * from './types.js'
