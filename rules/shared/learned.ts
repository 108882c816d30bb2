import { learnedSignal, type RuleContext, type Sentence } from '../../src/core.js'
import { signalData } from '../lexicons/learned-signals.js'

/** The option every rule with a learned signal takes: `learned: false` leaves the phrase lists alone. */
export const LEARNED_OPTION = {
  /**
   * Also flag sentences the phrase lists miss that the rule's learned signal (trained on labelled
   * drafts) scores above its threshold. Such a diagnostic has no rewrite.
   */
  learned: true,
}

export interface SignalUse {
  /**
   * The sentence holds wording the phrase lists know and judged: a negated or hedged guarantee, a
   * neutral review request, a courier named beside a plain fact. Their judgement stands, so the
   * signal speaks only for wordings the lists do not know.
   */
  judgedByPhrases(sentence: Sentence): boolean
  /** False when the reply's context explains what the signal cannot see (the customer asked about offers). */
  enabled?: boolean
}

/**
 * Runs a rule's phrase-list `check`, then reports `messageId` on each of the context's sentences
 * that it reported nothing on, that its phrase lists did not judge, and that its learned signal flags.
 */
export function checkWithSignal<Context extends RuleContext<{ learned: boolean }, string>>(
  context: Context,
  messageId: string,
  check: (context: Context) => void,
  use: SignalUse,
): void {
  if (!context.options.learned || use.enabled === false) {
    check(context)
    return
  }
  const reported = new Set<Sentence>()
  const sentenceAt = (offset: number) =>
    context.sentences.find((sentence) => offset >= sentence.range[0] && offset < sentence.range[1])
  const tracking: Context = {
    ...context,
    report(descriptor) {
      const range = descriptor.range ?? descriptor.node?.range
      const sentence = range && sentenceAt(range[0])
      if (sentence) reported.add(sentence)
      context.report(descriptor)
    },
  }
  check(tracking)
  const signal = signalFor(context.ruleId)
  for (const sentence of context.sentences)
    if (
      !reported.has(sentence) &&
      sentence.words.length > 0 &&
      signal.flags(sentence) &&
      !use.judgedByPhrases(sentence)
    )
      context.report({ messageId, node: sentence })
}

const signals = new Map<string, ReturnType<typeof learnedSignal>>()
function signalFor(ruleId: string) {
  let signal = signals.get(ruleId)
  if (!signal) {
    signal = learnedSignal(() => signalData(ruleId))
    signals.set(ruleId, signal)
  }
  return signal()
}
