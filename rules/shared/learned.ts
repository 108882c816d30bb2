import { learnedSignals, type RuleContext, type Sentence } from '../../src/core.js'
import { signalSetData } from '../lexicons/learned-signals.js'

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
 * The fewest words a sentence needs for a rule's signal to report it. One or two words are too
 * little to weigh: "Sure!" and "Sure thing!" score as the sarcastic "Sure." of hostile drafts. What
 * a short sentence can be ("Seriously?", "Whatever.") the phrase lists name.
 */
const MIN_SIGNAL_WORDS = 3

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
  const flagged = context.sentences.filter(
    (sentence) => sentence.words.length >= MIN_SIGNAL_WORDS && signalFlags(context.ruleId, sentence),
  )
  // Most sentences score low: the rule then runs as it is, with nothing to track.
  if (flagged.length === 0) {
    check(context)
    return
  }
  const reported = new Set<Sentence>()
  const tracking: Context = {
    ...context,
    report(descriptor) {
      const start = (descriptor.range ?? descriptor.node?.range)?.[0]
      if (start !== undefined)
        for (const sentence of flagged)
          if (start >= sentence.range[0] && start < sentence.range[1]) reported.add(sentence)
      context.report(descriptor)
    },
  }
  check(tracking)
  for (const sentence of flagged)
    if (!reported.has(sentence) && !use.judgedByPhrases(sentence))
      context.report({ messageId, node: sentence })
}

const signals = learnedSignals(signalSetData)

/** Whether rule `ruleId`'s learned signal flags the sentence, for a rule that uses it its own way. */
export function signalFlags(ruleId: string, sentence: Sentence): boolean {
  return sentence.words.length > 0 && signals().flags(ruleId, sentence)
}

/** Signal `name`'s probability for the sentence; undefined when no such signal was trained. */
export function signalProbability(name: string, sentence: Sentence): number | undefined {
  return signals().probability(name, sentence)
}
