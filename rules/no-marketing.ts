import { type Edit, lazyLexicon, type Range, type ReplyDocument, type Sentence } from '../src/core.js'
import { createRule } from './create-rule.js'
import { escalationLexicon } from './lexicons/escalation.js'
import { POINTERS } from './lexicons/follow-ups.js'
import {
  ASKED_ABOUT_RESTOCK,
  type MarketingTag,
  marketingLexicon,
  TOPIC_WORDS,
} from './lexicons/marketing.js'
import {
  ASKED_ABOUT_GOODS,
  type PitchCue,
  PRICE_IN_FIGURES,
  pitchCueLexicon,
} from './lexicons/marketing-pitch.js'
import { cueKindsIn } from './shared/cue-kinds.js'
import { checkWithSignal, LEARNED_OPTION, signalFlags } from './shared/learned.js'
import {
  followUpsOf,
  introducedList,
  offer,
  removeClause,
  removeListAndFollowUps,
  removeSentences,
  shorten,
} from './shared/prose-fixer.js'
import { softens } from './shared/softeners.js'

const lexicon = lazyLexicon(marketingLexicon)
const pitchCues = lazyLexicon(pitchCueLexicon)
const caseActions = lazyLexicon(escalationLexicon)
/** What a settlement may offer; follows and mailing lists are promotion whatever they buy. */
const TRADEABLE: ReadonlySet<MarketingTag | 'pitch'> = new Set([
  'coupon',
  'couponCode',
  'sale',
  'pitch',
  'crossSell',
])
/** Sale phrases whose middle word must be an amount: "flat … off", "extra … off", "up to … off". */
const AMOUNT_LEAD = /^(?:flat|extra|up to)\b/i
const NAMES_AMOUNT = /\d|\b(?:half|a third|a quarter|ten|twenty|fifty|five|fifteen|twenty-five)\b/i
const pointers = new Set<string>(POINTERS)
/** A softener this short is nothing else: "No pressure at all, just thought I'd mention it." */
const SHORT_FOLLOW_UP = 10
/** A pitch holds one of these besides any aside or price: an aside with a price is order talk. */
const PITCH_CORE: readonly PitchCue[] = ['novelty', 'invitation', 'offering']
/** Prices written in figures, which no phrase holds. */
const FIGURES: ReadonlyArray<readonly [PitchCue, RegExp]> = [['price', PRICE_IN_FIGURES]]
const topicWords = new Map<MarketingTag, ReadonlySet<string>>(
  (Object.keys(TOPIC_WORDS) as MarketingTag[]).map((tag) => [tag, new Set(TOPIC_WORDS[tag])]),
)
/** "Up to 50% off", "20% off everything": a percentage sale. */
const PERCENT_SALE =
  /\bup to \d{1,2}\s?%|\b\d{1,2}\s?%\s?off (?:everything|all|sitewide|storewide|selected)\b/i
/** A promo code after "use code": capitals and digits, like SAVE10 or WELCOME-2024. */
const CODE_AFTER = /^\s?[:"'“]?\s?(?=[A-Z0-9-]*\d|[A-Z]{4})[A-Z0-9][A-Z0-9-]{3,19}\b/
/** Words of stock news, which answer a customer who asked about the goods. */
const STOCK_NEWS = /^(?:stock|restock|restocks|restocked|arrivals|delivery|shipment|batch)$/
/** Below this many words outside the promotional sentence, removing it leaves no reply. */
const MIN_WORDS_LEFT = 3

const messages = {
  learned:
    'This sentence reads as promotion. Order messages are for the order; leave offers, new products and follow requests out of them.',
  couponCode:
    '"{{phrase}}" hands out a discount code. Marketplaces forbid coupons and other marketing in order messages; keep the reply to this order.',
  coupon:
    '"{{phrase}}" promotes a discount on future purchases. Marketplaces forbid marketing in order messages; keep the reply to this order.',
  crossSell:
    '"{{phrase}}" promotes other products or services. Order messages are for this order only, and marketplaces treat cross-selling in them as prohibited marketing.',
  newsletter:
    '"{{phrase}}" invites the customer to a mailing list or club. Marketplaces forbid collecting customers for your own marketing through order messages.',
  pitch:
    '"{{phrase}}" pitches something beyond this order. Order messages are for this order only; marketplaces treat promotion in them as prohibited marketing.',
  sale: '"{{phrase}}" advertises a sale or deal. Marketplaces forbid promotions in order messages; answer what the customer asked.',
  follow:
    '"{{phrase}}" asks the customer to follow you elsewhere. Marketplaces forbid marketing and calls to action that lead customers off the platform.',
  suggestRemove: 'Remove the promotional sentence.',
  suggestRemoveClause: 'Remove the promotional part of the sentence.',
  suggestRemoveList: 'Remove the promotional list and the line that introduces it.',
} as const

export default createRule({
  id: 'no-marketing',
  meta: {
    description:
      'Flags coupons, discount codes, cross-sells, newsletters, sales and "follow us" in order messages, unless the customer asked about them.',
    // Without the customer's message, an answer to "any discounts?" reads like a pitch: strict only.
    recommended: false,
    defaultSeverity: 'warn',
    hasSuggestions: true,
    defaultOptions: { ...LEARNED_OPTION },
  },
  messages,
  check(context) {
    const customerMessage = context.replyContext.customerMessage
    const asked = askedTopics(customerMessage)
    const askedAboutGoods = customerMessage !== undefined && ASKED_ABOUT_GOODS.test(customerMessage)
    // "Will it come back?": a follow or a restock alert answers it; a mailing list for other goods still pitches.
    const askedAboutRestock = customerMessage !== undefined && ASKED_ABOUT_RESTOCK.test(customerMessage)
    checkWithSignal(
      context,
      'learned',
      (context) => {
        const carriesOn = (next: Sentence) => carriesPitchOn(next, context.options.learned)
        for (const sentence of context.sentences) {
          const found: { tag: MarketingTag | 'pitch'; range: Range }[] = []
          const matches = context.memo(sentence, 'matches', (own) => lexicon().find(own))
          for (const match of matches) {
            const tag = match.tag as MarketingTag
            if (asked.has(tag) || (tag === 'follow' && askedAboutRestock)) continue
            // "We expect new stock in two weeks" answers "do you have it in a 52?", a question about the goods.
            if (
              tag === 'crossSell' &&
              askedAboutGoods &&
              match.words.some((word) => STOCK_NEWS.test(word.normal))
            )
              continue
            // "flat 20% off", "an extra £5 off" name an amount; "left the flat number off" does not.
            if (tag === 'sale' && AMOUNT_LEAD.test(match.text) && !NAMES_AMOUNT.test(match.text)) continue
            if (tag === 'couponCode') {
              // "Use code SAVE10" hands out a code; "did you use the code?" asks about one.
              const code = CODE_AFTER.exec(context.text.slice(match.range[1], match.range[1] + 40))
              if (!code) continue
              found.push({ tag, range: [match.range[0], match.range[1] + code[0].length] })
            } else found.push({ tag, range: match.range })
          }
          if (found.length === 0 && !asked.has('sale')) {
            const percent = PERCENT_SALE.exec(sentence.text)
            if (percent)
              found.push({
                tag: 'sale',
                range: [
                  sentence.range[0] + percent.index,
                  sentence.range[0] + percent.index + percent[0].length,
                ],
              })
          }
          if (found.length === 0 && !askedAboutGoods) {
            const pitch = pitchIn(sentence)
            if (pitch) found.push({ tag: 'pitch', range: pitch })
          }
          if (found.length === 0) continue
          if (found.every((item) => TRADEABLE.has(item.tag)) && isTrade(sentence)) continue
          // One diagnostic per sentence: "Use code SAVE10 for 10% off your next order" is one promotion.
          const first = found[0] as { tag: MarketingTag | 'pitch'; range: Range }
          const range: Range = [first.range[0], Math.max(...found.map((item) => item.range[1]))]
          const firstWord = sentence.words.find((word) => word.range[1] > range[0])
          const clause = firstWord && removeClause(sentence, firstWord)
          const inClause = (at: Range) =>
            clause?.some((edit) => edit.range[0] <= at[0] && at[1] <= edit.range[1]) ?? false
          // What the clause leaves must not carry on the pitch ("…, lots of chunky knits and two new
          // colourways."): then the sentence goes.
          const leavesPitch =
            !!clause &&
            (pitchCues()
              .find(sentence)
              .some((match) => !inClause(match.range)) ||
              matches.some((match) => !inClause(match.range)) ||
              // "…on our own website tho, bit.ly/…, worth a look": the shop or link left behind still sells.
              STILL_SELLING.some((pattern) => pattern.test(outside(sentence, clause))))
          const covered = inClause(range) && !leavesPitch
          // A pitch made as a list goes whole with its opening line when that line or every item
          // pitches ("Extras you can add:", "- padded sleeve, £12"): one bullet removed leaves the
          // others selling.
          const list = introducedList(context.document, sentence)
          const pitches = (other: Sentence) => cueKindsIn(other, pitchCues(), FIGURES).kinds.size > 0
          const pitchedList =
            list &&
            (pitches(list[0]) ||
              context.sentences
                .slice(context.sentences.indexOf(list[0]) + 1, context.sentences.indexOf(list[1]) + 1)
                .every(pitches))
              ? list
              : undefined
          context.report({
            messageId: first.tag,
            range,
            data: { phrase: shorten(context.text.slice(range[0], range[1])) },
            // The promotional clause goes when the rest of the sentence stands ("Sorry for the slow
            // reply, we've been busy launching our new range." -> "Sorry for the slow reply.").
            suggestions: pitchedList
              ? offer(
                  'suggestRemoveList',
                  removeListAndFollowUps(context.document, pitchedList, carriesOn, MIN_WORDS_LEFT),
                )
              : covered
                ? offer('suggestRemoveClause', clause)
                : offer('suggestRemove', pitchRemoval(context.document, sentence, carriesOn)),
          })
        }
      },
      { judgedByPhrases, enabled: asked.size === 0 && !askedAboutGoods },
    )
  },
})

/** The seller's own shop elsewhere, or a link: what a pitch points the customer to. */
const OWN_SHOP =
  /\b(?:our|my) (?:own )?(?:website|site|web ?shop|online shop|store|shop)\b|\bhttps?:\/\/|\bwww\.|\.(?:ly|com|co|io|shop|store|net|ie|au|uk)\//i

/** What a clause removal may leave that still sells: the shop or a link, a referral, a code. */
const STILL_SELLING: readonly RegExp[] = [
  OWN_SHOP,
  // "…we're having a massive sale this weekend": the sale named is still the pitch.
  /\b(?:sale|sales|clearance|promo|promotion)\b/i,
  /\brefer (?:a|your|any) (?:friend|mate|pal)s?\b/i,
  /\bcode:? [A-Z0-9][A-Z0-9-]{3,}\b/,
]

/** The sentence's text outside the edits' ranges: what a clause removal leaves. */
function outside(sentence: Sentence, edits: readonly { range: Range }[] | undefined): string {
  let text = ''
  let at = sentence.range[0]
  for (const edit of [...(edits ?? [])].sort((a, b) => a.range[0] - b.range[0])) {
    text += sentence.text.slice(at - sentence.range[0], Math.max(at, edit.range[0]) - sentence.range[0])
    at = Math.max(at, edit.range[1])
  }
  return text + sentence.text.slice(at - sentence.range[0])
}

/**
 * A sentence that only carries a removed pitch on: a short softener ("No pressure at all.", "Just
 * say the word and I'll add you."), or a pointer back with a softener or a pitch cue ("They're 10%
 * cheaper there, so have a look.").
 */
function carriesPitchOn(next: Sentence, learned: boolean): boolean {
  if (isSocialProof(next)) return true
  // Stock said to go fast ("The speckled range sells out in about an hour."): the pitch's urgency.
  if (next.words.length <= SHORT_FOLLOW_UP * 2 && SCARCITY.test(next.text)) return true
  // What the rule's signal would report on its own once the pitch is gone ("You can sign up at the
  // bottom of our shop page."): it tells how to take the offer up, and goes with it.
  if (learned && signalFlags('no-marketing', next) && !judgedByPhrases(next)) return true
  // A pitch of its own right after ("Add both before Friday and the bundle price saves you £12."):
  // left alone it still sells, and it may point back at what went.
  if (lexicon().find(next).length > 0) return true
  const softened = softens(next)
  if (softened && next.words.length <= SHORT_FOLLOW_UP) return true
  // One pitch cue alone is order talk ("Postage was £3.20."): only with a pointer back is it the pitch,
  // or in a fragment with no verb of its own that can only lean on the pitch ("Perfect for Christmas presents.").
  const pointsBack = next.words.some((word) => pointers.has(word.normal)) || isFragment(next)
  return pointsBack && (softened || cueKindsIn(next, pitchCues(), FIGURES).kinds.size > 0)
}

/** The most words of a fragment that leans on the sentence before. */
const FRAGMENT_WORDS = 6
/** Words that give a sentence a verb of its own. */
const FINITE =
  /^(?:is|was|are|were|be|been|has|have|had|will|would|can|could|should|do|does|did|it's|that's|there's|i'm|we're|you're|they're|i've|we've|i'll|we'll|you'll|goes|comes|ships|arrives|costs)$/

function isFragment(sentence: Sentence): boolean {
  const words = sentence.words
  return words.length > 0 && words.length <= FRAGMENT_WORDS && !words.some((word) => FINITE.test(word.normal))
}

/**
 * What other buyers do, said to sell: "Lots of people grab one for a partner.", "Customers with
 * this phone pair it with our screen protector." Beside a removed pitch it still sells.
 */
function isSocialProof(sentence: Sentence): boolean {
  return sentence.words.length <= SHORT_FOLLOW_UP * 2 && SOCIAL_PROOF.test(sentence.text)
}
const SCARCITY =
  /\b(?:sells? out|sold out within|selling fast|sells? fast|goes fast|go fast|won'?t last|never lasts?|(?:only|just) (?:a few|a handful|\d+) left|limited (?:stock|numbers|run|edition)|while (?:stocks?|supplies) last|(?:gone|go|goes) in (?:minutes|hours|an hour|a day|seconds))\b/i
const SOCIAL_PROOF =
  /\b(?:(?:most|lots of|many|plenty of|loads of|heaps of|tons of|a lot of|all) (?:of )?(?:our |my )?(?:customers|people|buyers|folks|clients|shoppers|regulars|bakers|makers|knitters|riders|gardeners|growers|owners|parents|players|users)|(?:customers|people|buyers) (?:with|who))\b/i

/** The pitch sentence with a social-proof lead-in before it and what carries it on after it. */
function pitchRemoval(
  document: ReplyDocument,
  sentence: Sentence,
  carriesOn: (next: Sentence) => boolean,
): Edit[] | undefined {
  const before = document.sentences[document.sentences.indexOf(sentence) - 1]
  const beforeKinds = before ? cueKindsIn(before, pitchCues(), FIGURES).kinds : undefined
  // A pitch drawn as a consequence ("So if you add another pack…") takes the price or news it was
  // drawn from ("Shipping is free over $60.") with it, as it takes social proof before it.
  const premise = !!beforeKinds && CONSEQUENCE_OPENER.test(sentence.text) && beforeKinds.size > 0
  // A pointer to the shop ("Kindly have a look at our shop.") takes the news it points to ("We've
  // just restocked it in 12 new colours.") with it: left alone, that news still sells.
  const pointsToNews =
    !!beforeKinds?.has('novelty') &&
    sentence.words.length <= POINTER_WORDS &&
    !cueKindsIn(sentence, pitchCues(), FIGURES).kinds.has('novelty')
  const lead =
    before &&
    before.paragraphIndex === sentence.paragraphIndex &&
    (isSocialProof(before) || premise || pointsToNews)
      ? before
      : sentence
  const after = followUpsOf(document, sentence, carriesOn)
  return removeSentences(document, lead, after[after.length - 1] ?? sentence, MIN_WORDS_LEFT)
}

/** The most words of a sentence that only points to the shop. */
const POINTER_WORDS = 14

/** A sentence drawn from the one before: "So if you…", "Which means…". */
const CONSEQUENCE_OPENER = /^\W*(?:so|which means|that means|meaning)\b/i

/** Sentences whose wording this rule's phrase lists know and judged (see `checkWithSignal`). */
export function judgedByPhrases(sentence: Sentence): boolean {
  return lexicon().mentionedIn(sentence) || isTrade(sentence)
}

/**
 * A discount offered as the price of closing a case is no promotion: "If you drop the chargeback
 * I'll knock 20% off your next order" is a settlement, which escalate-instead reports; calling it
 * an advert as well would misname the problem. (A discount for a review is left to
 * no-review-manipulation the same way, by the lexicon's `unless`.)
 */
function isTrade(sentence: Sentence): boolean {
  return caseActions().find(sentence).length > 0
}

/**
 * Where a sentence pitches without a sales word: two kinds of pitch cue, one of them more than an
 * aside or a price (see {@link pitchCueLexicon}). The range runs from the first cue to the last.
 */
function pitchIn(sentence: Sentence): Range | undefined {
  const { kinds, range } = cueKindsIn(sentence, pitchCues(), FIGURES)
  return kinds.size >= 2 && PITCH_CORE.some((kind) => kinds.has(kind)) ? range : undefined
}

/** The topics the customer's own message raised: answering them is not promotion. */
function askedTopics(customerMessage: string | undefined): ReadonlySet<MarketingTag> {
  const asked = new Set<MarketingTag>()
  if (!customerMessage) return asked
  const words = new Set(customerMessage.toLowerCase().match(/[\p{L}\p{N}'-]+|%/gu) ?? [])
  for (const [tag, topic] of topicWords) if ([...topic].some((word) => words.has(word))) asked.add(tag)
  return asked
}
