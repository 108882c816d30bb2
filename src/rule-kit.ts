/**
 * What a rule is written with, beyond `defineRule`: phrase lexicons (word patterns with exceptions,
 * negation scope and rewrites, compiled once into a word trie), negation, case-keeping rewrites, and
 * the types of the parsed reply a rule reads.
 *
 * @example
 * import { defineRule, lazyLexicon } from 'reply-lint/rule-kit'
 *
 * const asap = lazyLexicon({ name: 'asap', entries: [{ match: '(asap|as soon as possible)', swap: 'soon' }] })
 * export default defineRule({
 *   id: 'no-asap',
 *   meta: { scope: 'sentence' },
 *   messages: { asap: '"{{phrase}}" promises a time.', suggestSoon: 'Say "soon".' },
 *   check(context) {
 *     for (const sentence of context.sentences)
 *       for (const match of asap().find(sentence)) ...
 *   },
 * })
 */
export { defineRule, ruleCreator } from './engine/define-rule.js'
export { capitalize, matchCase } from './fix/case.js'
export type { Paragraph, ReplyDocument, Sentence, Token, TokenKind, Word } from './parse/document.js'
export type { NlpMatch, NlpSentence, NlpTerm } from './parse/nlp.js'
export { normalizeWord } from './parse/normalize.js'
export {
  type CompiledLexicon,
  type FindOptions,
  type Lexicon,
  lazyLexicon,
  type PhraseEntry,
  type PhraseMatch,
} from './phrases/lexicon.js'
export { isNegated, NEGATORS } from './phrases/negation.js'
export type {
  Edit,
  Range,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleDefinition,
  RuleMeta,
  RuleMetaInput,
  RuleOptions,
  SuggestionDescriptor,
  SuggestionMessageId,
} from './types.js'
