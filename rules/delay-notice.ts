import {
  isNegated,
  lazyLexicon,
  type PhraseMatch,
  type ReplyDocument,
  type Sentence,
  type Word,
} from '../src/core.js'
import { createRule } from './create-rule.js'
import {
  cancelOptionLexicon,
  DATE_NOUNS,
  DATE_PREPOSITIONS,
  DATE_UNITS,
  type DelayTag,
  delayAnnouncementLexicon,
  noDateYetLexicon,
  proactiveAnnouncementLexicon,
  revisedDateLexicon,
  shippedNowLexicon,
  updatePromiseLexicon,
  waitingOnCustomerLexicon,
} from './lexicons/delay-notice.js'
import { LEARNED_OPTION, signalFlags } from './shared/learned.js'
import { endsSentence, inWritersVoice } from './shared/prose-fixer.js'

const announcements = lazyLexicon(delayAnnouncementLexicon)
const proactiveAnnouncements = lazyLexicon(proactiveAnnouncementLexicon)
const revisedDates = lazyLexicon(revisedDateLexicon)
const noDateYet = lazyLexicon(noDateYetLexicon)
const cancelOptions = lazyLexicon(cancelOptionLexicon)
const shippedNow = lazyLexicon(shippedNowLexicon)
const waitingOnCustomer = lazyLexicon(waitingOnCustomerLexicon)
const updatePromises = lazyLexicon(updatePromiseLexicon)
const dateUnits = new Set<string>(DATE_UNITS)
const dateNouns = new Set<string>(DATE_NOUNS)
/** How far after "don't have" the date noun may come: "don't have a confirmed new shipping date". */
const NOUN_WINDOW = 6
const datePrepositions = new Set<string>(DATE_PREPOSITIONS)
/** "3", "10-15", "3–5": a count before a unit. */
const COUNT = /^\d{1,3}(?:[-–]\d{1,3})?$/
/** Words that count a time frame without a figure: "a week", "another few days", "a couple of weeks". */
const ROUGH_COUNT: ReadonlySet<string> = new Set([
  'a',
  'an',
  'another',
  'one',
  'two',
  'three',
  'few',
  'couple',
])

/** Words before a rough time frame that put it ahead: "give me a week", "in a few days". */
const AHEAD: ReadonlySet<string> = new Set([
  'me',
  'us',
  'in',
  'within',
  'about',
  'around',
  'roughly',
  'another',
])

/** A unit of days or weeks after word `i`, across "few", "couple of", "more": "a few more days". */
function roughUnitAfter(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
    const normal = (words[j] as Word).normal
    if (dateUnits.has(normal)) return normal !== 'business' && normal !== 'working'
    if (!/^(?:few|couple|of|more|extra|or|so)$/.test(normal)) return false
  }
  return false
}
/** "14th", "14/03", "14.03.2025": a calendar date after "by", "on", "the"... */
const CALENDAR = /^\d{1,2}(?:st|nd|rd|th)$|^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/
/** Words after a `cannot` announcement that turn the date that follows into the revised one. */
const REVISED_AFTER = new Set(['until', 'till', 'before', 'after', 'from'])

/** How far before a date its past verb may stand: "decided to pack in on Tuesday". */
const PAST_REACH = 5
const PAST_VERBS = new Set([
  'broke',
  'went',
  'came',
  'fell',
  'got',
  'had',
  'did',
  'began',
  'ran',
  'died',
  'was',
  'were',
  'caught',
  'shut',
  'hit',
])
const FUTURE_WORDS = new Set([
  'will',
  "'ll",
  "i'll",
  "we'll",
  "it'll",
  "they'll",
  'should',
  'going',
  'gonna',
  'be',
  'expect',
  'hope',
  'aim',
  'now',
])
/** Words of rescheduling: the date after them is the new one ("pushed to Friday", "rebooked for Monday"). */
const RESCHEDULED = new Set([
  'delayed',
  'postponed',
  'pushed',
  'rescheduled',
  'scheduled',
  'rebooked',
  'booked',
  'planned',
  'expected',
  'moved',
  'estimated',
  'confirmed',
  'arranged',
])
/** Only a sentence's last characters are tested for its closing punctuation. */
const TAIL = 8

/** Date words that name the present ("today", "this week"), not a revised date, in the announcement itself. */
const CURRENT_PERIOD = new Set(['today', 'tonight', 'this'])

/** Sentences a suggestion adds; worded so no placeholder is left for the seller to fill. */
// No promise to update: a rewrite promises nothing the draft did not.
const DATE_UNKNOWN = "We don't have a new date yet."
const CANCEL_OPTION = "If you'd rather not wait, you can cancel the order at any time before it ships."

/** What is reported, and the sentence offered, for each missing part. */
const MISSING = {
  date: { messageId: 'missingRevisedDate', suggestion: 'suggestDateUnknown', text: DATE_UNKNOWN },
  cancel: { messageId: 'missingCancelOption', suggestion: 'suggestCancelOption', text: CANCEL_OPTION },
  both: {
    messageId: 'missingDateAndCancel',
    suggestion: 'suggestDateUnknownAndCancel',
    text: `${DATE_UNKNOWN} ${CANCEL_OPTION}`,
  },
} as const

export default createRule({
  id: 'delay-notice',
  meta: {
    description:
      'Flags a notice that your own shipment is delayed when it gives no revised date (or why none is known) and no option to cancel.',
    recommended: true,
    defaultSeverity: 'warn',
    hasSuggestions: true,
    defaultOptions: {
      ...LEARNED_OPTION,
      /**
       * For seller-fulfilled orders, require both a revised date (or why none is known) and a
       * cancel option, as the US FTC Mail Order Rule does for a first delay notice. Off by default:
       * marketplace guides are met by either one.
       */
      requireBoth: false,
    },
  },
  messages: {
    missingRevisedDate:
      'This delay notice gives no revised shipping date. Say when you now expect to ship, or that no date is known yet and why; the customer needs it to decide whether to wait.',
    missingCancelOption:
      'This delay notice does not tell the customer they can cancel. Offer the option to cancel; a delay without that choice is a common reason for disputes.',
    missingDateAndCancel:
      'This delay notice gives neither a revised shipping date nor the option to cancel. Say when you now expect to ship (or that no date is known yet) and that the customer can cancel instead of waiting.',
    suggestDateUnknown: 'Add that no new date is known yet and that you will update the customer.',
    suggestCancelOption: 'Add the option to cancel instead of waiting.',
    suggestDateUnknownAndCancel: 'Add that no new date is known yet and the option to cancel.',
  },
  check(context) {
    const fulfillment = context.replyContext.fulfillment
    // The platform ships (and handles delays and cancellations) for platform-fulfilled orders.
    if (fulfillment === 'platform') return
    const sentences = context.sentences
    const proactive = context.replyContext.messageKind === 'proactive'
    let announcement: Announcement | undefined
    for (const sentence of sentences) {
      if (isQuestion(sentence)) continue
      const match = proactive
        ? context.memo(sentence, 'proactive-announcement', (own) => proactiveAnnouncements().find(own)[0])
        : context.memo(sentence, 'announcement', (own) => announcements().find(own)[0])
      if (match) {
        announcement = { sentence, match }
        break
      }
    }
    // A delay said in words the lists do not know ("dispatch is slower than normal this week"):
    // the learned signal finds the announcement, and the checks below for a date and a cancel
    // option are the same.
    if (!announcement && context.options.learned)
      for (const sentence of sentences)
        if (!isQuestion(sentence) && signalFlags(context.ruleId, sentence) && !judgedByPhrases(sentence)) {
          announcement = { sentence }
          break
        }
    if (!announcement) return
    // "…but it has now been dispatched": the reply explains a delay that is over.
    if (sentences.some((sentence) => shippedNow().find(sentence).length > 0)) return
    // "Your card was declined. The order is on hold. Could you update the payment method?"
    if (sentences.some((sentence) => waitingOnCustomer().find(sentence).length > 0)) return

    const dated = sentences.find((sentence) => givesDate(sentence, announcement))
    const hasDate = dated !== undefined
    const hasCancel = sentences.some((sentence) => cancelOptions().find(sentence).length > 0)
    if (hasDate && hasCancel) return
    // A notice that offers a date or a choice meets the marketplace guides; the FTC's stricter
    // reading (both, for orders the seller ships) is an option.
    const requireBoth = context.options.requireBoth === true && fulfillment === 'seller'
    if (!requireBoth && (hasDate || hasCancel)) return

    const { match } = announcement
    // The added sentence follows the announcement (or the revised date when that comes later) and
    // the sentences that go on explaining it, so it does not split a delay from its reason.
    const sentence = endOfExplanation(
      context.document,
      dated && dated.index > announcement.sentence.index ? dated : announcement.sentence,
    )
    const missing = MISSING[!hasDate && !hasCancel ? 'both' : hasDate ? 'cancel' : 'date']
    // Either part meets the guides, and only the seller can offer a cancellation: unless they asked
    // for both, the rewrite says only what the draft implies, that no new date is known yet.
    const fix = missing === MISSING.both && !requireBoth ? MISSING.date : missing
    const added = inWritersVoice(sentences, fix.text)
    // "No new shipping date yet… cancel before it ships" is false of an order the reply says has left.
    // A pre-order ships on the date its listing set: "no confirmed date yet" would contradict it.
    const leftAlready = sentences.some(
      (candidate) => ALREADY_LEFT.test(candidate.text) || PRE_ORDER.test(candidate.text),
    )
    // Sentences spliced onto a list item ("• Next update: soon. We don't have…") do not read as a list.
    const inList = LIST_ITEM.test(lineOf(context.text, sentence.range[0]))
    // "No new date yet" with no word of an update leaves the customer with nothing to wait for, and a
    // rewrite may not promise one for the seller: no rewrite then.
    const promisesUpdate = sentences.some((candidate) => updatePromises().mentionedIn(candidate))
    context.report({
      messageId: missing.messageId,
      range: match?.range ?? announcement.sentence.range,
      suggestions:
        leftAlready || inList || (fix !== MISSING.cancel && !promisesUpdate)
          ? []
          : [
              {
                messageId: fix.suggestion,
                edits: [
                  {
                    range: [sentence.range[1], sentence.range[1]],
                    text: `${separatorAfter(sentence)}${added}`,
                  },
                ],
              },
            ],
    })
  },
})

/** The sentence announcing the delay, and the phrase that does when the lists know it. */
interface Announcement {
  sentence: Sentence
  match?: PhraseMatch<DelayTag>
}

/** Sentences whose announcement wording the lists know (see `checkWithSignal`). */
export function judgedByPhrases(sentence: Sentence): boolean {
  return announcements().mentionedIn(sentence)
}

/**
 * The order has gone, or sits with a carrier or customs: what the stock sentences about a date to
 * ship and cancelling "before it ships" cannot follow.
 */
const ALREADY_LEFT =
  /\b(?:left (?:the|our) (?:workshop|warehouse|studio|depot)|(?:has|have|was|were|been) (?:dispatched|shipped|posted|sent)|is on its way|was delivered|has been delivered|(?:stuck|sitting|held|waiting|delayed) (?:at|in) (?:the|their|a|customs)\b(?: (?:hub|depot|sorting|customs|facility|warehouse|centre|center|post office))?|(?:been|is|got|gets) stuck|in transit|with (?:the|their) (?:courier|carrier|driver|post office)|out for delivery|(?:at|in|through) customs|customs (?:are|is|have|has) (?:holding|sitting on|checking|got)|went out|(?:has|have|had) gone out)\b/i

const PRE_ORDER = /\bpre-?orders?\b/i

function isQuestion(sentence: Sentence): boolean {
  return /\?["'”’)\]]*$/.test(sentence.text.slice(-TAIL))
}

/** The sentence names a revised date or time frame, or says why none is known yet. */
function givesDate(sentence: Sentence, announcement: Announcement): boolean {
  if (explainsNoDate(sentence)) return true
  // "We can't dispatch it today": a date straight after a `cannot` announcement is the missed one.
  const missedUntil =
    sentence === announcement.sentence && announcement.match?.tag === 'cannot'
      ? clauseEnd(sentence, announcement.match)
      : -1
  const counts = (start: number, index: number) =>
    (start >= missedUntil || REVISED_AFTER.has(sentence.words[index - 1]?.normal ?? '')) &&
    !missedOrCause(sentence, index)
  for (const found of revisedDates().find(sentence)) {
    const first = found.words[0]
    if (!first) return true
    // "We're running behind this week": the current period is when the delay happens, not a new
    // date, in whichever sentence announces it ("It hasn't gone out. I'm behind on posting this week.").
    if (
      CURRENT_PERIOD.has(first.normal) &&
      (sentence === announcement.sentence || announcements().find(sentence).length > 0)
    )
      continue
    if (pastEvent(sentence, first.indexInSentence)) continue
    // "Your order missed Friday's collection": a date inside the announcement is the missed one.
    if (
      sentence === announcement.sentence &&
      announcement.match &&
      within(first.range[0], announcement.match.range)
    )
      continue
    if (counts(first.range[0], first.indexInSentence)) return true
  }
  return sentence.words.some((word, i) => {
    const next = sentence.words[i + 1]
    const previous = sentence.words[i - 1]
    const dated =
      (COUNT.test(word.normal) && next !== undefined && dateUnits.has(next.normal)) ||
      // "give me a week or so", "another few days", "in a couple of weeks": a time frame in words.
      (ROUGH_COUNT.has(word.normal) &&
        (word.normal === 'another' || AHEAD.has(previous?.normal ?? '')) &&
        roughUnitAfter(sentence.words, i)) ||
      (CALENDAR.test(word.normal) && previous !== undefined && datePrepositions.has(previous.normal)) ||
      // "around 14 May": "May" is a month after a day number (alone it is far more often the verb).
      (/^\d{1,2}(?:st|nd|rd|th)?$/.test(word.normal) && next?.normal === 'may')
    return dated && counts(word.range[0], i)
  })
}

/** How far back a negation reaches a date: "it won't be going out today". */
const MISSED_REACH = 6
/** Past verbs after a date that make it the cause's date: "the firing on Monday didn't go to plan". */
const PAST_AFTER = /^(?:didn't|wasn't|weren't|broke|went|failed|cracked|came|fell|ran|was|were|had)$/

/** A plan or a request dated now: "I'm posting it today", "please update it today" ("running behind this week" is no plan). */
const PLANNED_NOW =
  /^(?:please|pls|posting|sending|shipping|dispatching|despatching|packing|resubmitting|resending|reposting|finishing|making|printing|wrapping|mailing|bringing|dropping|taking|redoing|remaking)$/

/**
 * The date is not a revised one: the date the order misses ("it won't go out today as planned"),
 * the date of the cause ("the firing on Monday didn't go to plan", "Nomvula is off sick this
 * week"). A date after "until", "before"... is the new one, whatever negation precedes it.
 */
function missedOrCause(sentence: Sentence, index: number): boolean {
  const words = sentence.words
  // "until the 18th": the word before the article says what the date is.
  const article = words[index - 1]?.normal === 'the' ? 1 : 0
  const before = words[index - 1 - article]?.normal ?? ''
  if (REVISED_AFTER.has(before) || before === 'by') return false
  if (isNegated(words, index, MISSED_REACH)) return true
  for (let i = index + 1; i < words.length && i <= index + 3; i++) {
    const word = words[i] as Word
    if (word.breakBefore) break
    if (PAST_AFTER.test(word.normal)) return true
  }
  // The present period ("today", "this week") dates a new plan only with a word of the future.
  if (!CURRENT_PERIOD.has(words[index]?.normal ?? '')) return false
  for (let i = index - 1; i >= 0; i--) {
    const word = words[i] as Word
    // "I'm resubmitting it today", "please update it today": a plan or a request, dated now.
    if ((FUTURE_WORDS.has(word.normal) && word.normal !== 'be') || PLANNED_NOW.test(word.normal)) return false
    if (word.breakBefore || /^(?:and|but|so|because|as)$/.test(word.normal)) break
  }
  return true
}

function within(offset: number, range: readonly [number, number]): boolean {
  return range[0] <= offset && offset < range[1]
}

/**
 * The date tells when the cause happened, not when the order will go: "our embroidery machine
 * broke down on Tuesday". A past verb shortly before it, with no future word between; words of
 * rescheduling ("delayed", "pushed") name a new date, so they do not count.
 */
function pastEvent(sentence: Sentence, dateIndex: number): boolean {
  const words = sentence.words
  if (/^(until|till|til|by|from|after|before|to|next)$/.test(words[dateIndex - 1]?.normal ?? '')) return false
  for (let i = dateIndex - 1; i >= 0 && i >= dateIndex - PAST_REACH; i--) {
    const word = words[i] as Word
    if (FUTURE_WORDS.has(word.normal)) return false
    if (PAST_VERBS.has(word.normal) || (/^[a-z]{3,}ed$/.test(word.normal) && !RESCHEDULED.has(word.normal)))
      // "It will be posted on Friday", "due to be finished on the 12th": a participle after "be" is
      // the plan, not the cause.
      return !/^(?:be|being)$/.test(words[i - 1]?.normal ?? '')
    if (word.breakBefore) return false
  }
  return false
}

/** "We don't have a confirmed date yet", "there's no firm date", "not sure yet when it will ship". */
function explainsNoDate(sentence: Sentence): boolean {
  const words = sentence.words
  return noDateYet()
    .find(sentence)
    .some((match) => {
      if (match.tag === 'unsure') return true
      const last = match.words[match.words.length - 1] as Word
      for (
        let i = last.indexInSentence + 1;
        i < words.length && i <= last.indexInSentence + NOUN_WINDOW;
        i++
      ) {
        const word = words[i] as Word
        if (word.breakBefore) return false
        if (dateNouns.has(word.normal)) return true
      }
      return false
    })
}

/** Where the clause holding the match ends: the next punctuation or joining word. */
function clauseEnd(sentence: Sentence, match: PhraseMatch): number {
  const words = sentence.words
  const last = match.words[match.words.length - 1] as Word
  for (let i = last.indexInSentence + 1; i < words.length; i++) {
    const word = words[i] as Word
    if (word.breakBefore || /^(and|but|so|because|as)$/.test(word.normal)) return word.range[0]
  }
  return sentence.range[1]
}

/**
 * The last sentence, from `start` on in its paragraph, that still explains: a statement, not a
 * question, a closing, a request or the writer's next step ("I'll message you", "Thanks!"). An
 * apology for the delay stays with it even when it goes on to a next step ("Sorry about that,
 * I'll let you know once it's out."): the added lines never come between the news and the apology.
 */
function endOfExplanation(document: ReplyDocument, start: Sentence): Sentence {
  let last = start
  for (let index = start.index + 1; index < document.sentences.length; index++) {
    const next = document.sentences[index] as Sentence
    if (/\n\s*\n/.test(document.text.slice(last.range[1], next.range[0]))) break
    if (next.text.includes('?') || isSignOff(document, last, next)) break
    // "We apologise … and appreciate your patience" already closes: the added line goes before it.
    if (THANKS_FOR_PATIENCE.test(next.text)) break
    if (APOLOGY_OPENS.test(next.text)) {
      last = next
      break
    }
    if (MOVES_ON.test(next.text)) break
    last = next
  }
  return last
}

/** Thanks for the wait, which closes a notice: "appreciate your patience", "thank you for your understanding". */
const THANKS_FOR_PATIENCE =
  /\b(?:appreciate|thank you for|thanks for|grateful for) (?:your|ur) (?:patience|understanding)\b/i

/** A sentence that opens with an apology: "Sorry about that, …", "so sorry ya", "Apologies for the wait." */
const APOLOGY_OPENS =
  /^\W*(?:(?:so|really|very|truly|terribly) )?(?:sorry|apologies|my apologies|i'm sorry|im sorry|we're sorry|i apologi[sz]e|we apologi[sz]e)\b/i

/**
 * A sentence that moves on from explaining: thanks (in any language), a sign-off, a request, the
 * writer's next step. An apology for the delay is still about it: the added lines go after it.
 */
const MOVES_ON =
  /^\W*(?:thanks|thank|merci|gracias|danke|grazie|cheers|regards|best|kind|love|many|warm|hope|please|pls|let|feel|if|once|when|i'll|ill|we'll|well|i will|we will|i'm going|we're going|you can|you could|(?:we |i )?(?:really )?appreciate|x+\b)|\b(?:will|'ll)\b/i
/** A sign-off kiss at the end of a sentence: "…when its fixed x". */
const KISS_END = /\sx{1,3}o?x?[.!]*$/i

/** A sentence ending in a kiss, or a short unpunctuated line of its own ("Team Dhwani Electronics"). */
function isSignOff(document: ReplyDocument, previous: Sentence, sentence: Sentence): boolean {
  if (KISS_END.test(sentence.text)) return true
  const onItsOwnLine = document.text.slice(previous.range[1], sentence.range[0]).includes('\n')
  return onItsOwnLine && sentence.words.length <= 4 && !endsSentence(sentence.text.slice(-TAIL))
}

/** A line that is a list item: "- …", "• …", "* …", "1. …". */
const LIST_ITEM = /^\s*(?:[-•*◦▪]|\d{1,2}[.)])\s/

/** The whole line of `text` holding `offset`. */
function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const end = text.indexOf('\n', offset)
  return text.slice(start, end < 0 ? text.length : end)
}

/** What goes between the announcement and the added sentence: a space, or a full stop first. */
function separatorAfter(sentence: Sentence): string {
  return endsSentence(sentence.text.slice(-TAIL)) ? ' ' : '. '
}
