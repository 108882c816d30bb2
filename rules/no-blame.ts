import { lazyLexicon, type PhraseMatch, type Range, type Sentence, type Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import {
  COMPOUND_FAULTS,
  type FaultTag,
  faultLexicon,
  GAP_BREAKERS,
  ownedFaultLexicon,
  type PartyTag,
  PRONOUN_BLOCKERS,
  partyLexicon,
  REDIRECT_CUES,
  type StandaloneTag,
  SYSTEM_NOUNS,
  standaloneBlameLexicon,
} from './lexicons/blame.js'
import { checkWithSignal, LEARNED_OPTION } from './shared/learned.js'
import { writerActs } from './shared/writer-acts.js'

const parties = lazyLexicon(partyLexicon)
const faults = lazyLexicon(faultLexicon)
const standalone = lazyLexicon(standaloneBlameLexicon)
const ownedFaults = lazyLexicon(ownedFaultLexicon)
const redirectCues = new Set<string>(REDIRECT_CUES)
const gapBreakers = new Set<string>(GAP_BREAKERS)
const compoundFaults = new Set<string>(COMPOUND_FAULTS)
const pronounBlockers = new Set<string>(PRONOUN_BLOCKERS)
const systemNouns = new Set<string>(SYSTEM_NOUNS)
/** How many words may stand between a party and a fault that follows it: "Border checks on anything from the US drag on". */
const MAX_GAP = 7

const STANDALONE_KINDS: Readonly<Record<StandaloneTag, Finding['kind']>> = {
  customer: 'customer',
  disown: 'disown',
  redirect: 'redirect',
  refuseHelp: 'redirect',
  contrast: 'disown',
  internal: 'colleague',
  carrier: 'carrier',
  customs: 'customs',
  platform: 'platform',
  supplier: 'supplier',
}

const PARTY_NAMES: Readonly<Record<PartyTag, string>> = {
  carrier: 'the courier',
  customs: 'customs',
  platform: 'the platform',
  supplier: 'a supplier',
  colleague: 'a colleague or another team',
  third: 'someone else',
}

export default createRule({
  id: 'no-blame',
  meta: {
    description:
      'Flags fault put on couriers, customs, the platform, suppliers, other teams or the customer, and disowning the problem.',
    recommended: true,
    scope: 'sentence',
    defaultSeverity: 'error',
    hasSuggestions: false,
    defaultOptions: { ...LEARNED_OPTION },
  },
  messages: {
    learned:
      'This sentence reads as putting the fault on someone else, or as pushing the problem away. Say what happened as the status, and what you are doing about it.',
    blame:
      '"{{phrase}}" puts the fault on {{party}}. Blaming others reads as an excuse and often ends in a dispute; state the status and what you are doing instead.',
    blameCustomer:
      '"{{phrase}}" puts the fault on the customer. Even when it is true, it starts an argument that can end in a dispute or a bad rating.',
    disown:
      '"{{phrase}}" pushes the problem away. Customers who are told that tend to open a dispute; say what you will do next instead.',
  },
  check(context) {
    checkWithSignal(
      context,
      'learned',
      (context) => {
        for (const sentence of context.sentences) {
          const found = findingsIn(sentence)
          const first = found[0]
          if (!first) continue
          const phrase = sentence.text.slice(
            first.range[0] - sentence.range[0],
            first.range[1] - sentence.range[0],
          )
          // No rewrite: what a blaming sentence says happened is usually the status the customer needs
          // ("the driver left it at the wrong unit"), and without the blame it has to be said anew, in
          // the seller's words. Cutting the blame out lost that fact, or left blame beside the cut.
          if (first.kind === 'customer')
            context.report({ messageId: 'blameCustomer', range: first.range, data: { phrase } })
          else if (first.kind === 'disown' || first.kind === 'redirect')
            context.report({ messageId: 'disown', range: first.range, data: { phrase } })
          else
            context.report({
              messageId: 'blame',
              range: first.range,
              data: { phrase, party: PARTY_NAMES[first.kind] },
            })
        }
      },
      { judgedByPhrases },
    )
  },
})

/** Sentences whose wording this rule's phrase lists know and judged (see `checkWithSignal`). */
// Fault words alone are not judged: most blame the lists miss has one, too far from its party.
export function judgedByPhrases(sentence: Sentence): boolean {
  return (
    standalone().mentionedIn(sentence) ||
    ownsNextStep(sentence) ||
    // The writer owns the fault ("something has gone wrong on our side"): no one else is blamed.
    ownedFaults()
      .find(sentence)
      .some((match) => match.tag === 'owned')
  )
}

/**
 * No party the lists know is named, and after a "but" the writer acts ("That's not something we
 * can fix from here, but I've opened a claim"): like a refusal that sends the customer nowhere, the
 * seller keeps the problem.
 */
function ownsNextStep(sentence: Sentence): boolean {
  const words = sentence.words
  const but = words.findIndex((word) => word.normal === 'but')
  if (but < 0 || parties().find(sentence).length > 0) return false
  return words.slice(but + 2).some((word) => writerActs(sentence, word))
}

/** A party in a sentence: found by the party lexicon, or a named system (see {@link namedSystems}). */
type PartyMatch = Pick<PhraseMatch<PartyTag>, 'tag' | 'words' | 'range'>

/**
 * A system owned by a name the lists cannot know, a marketplace's or an app's: "Tradeloft's
 * system", "Crafterly's listing tool". Only a capitalised possessive counts ("our system" is the
 * seller's own).
 */
function namedSystems(sentence: Sentence): PartyMatch[] {
  const found: PartyMatch[] = []
  const words = sentence.words
  for (let i = 0; i + 1 < words.length; i++) {
    const owner = words[i] as Word
    if (!NAMED_OWNER.test(owner.text)) continue
    const two = `${words[i + 1]?.normal} ${words[i + 2]?.normal}`
    const length = systemNouns.has(two) ? 2 : systemNouns.has((words[i + 1] as Word).normal) ? 1 : 0
    if (length === 0 || (words[i + 1] as Word).breakBefore) continue
    const last = words[i + length] as Word
    found.push({
      tag: 'third',
      words: words.slice(i, i + length + 1),
      range: [owner.range[0], last.range[1]],
    })
  }
  return found
}

const NAMED_OWNER = /^\p{Lu}[\p{L}\d]*['\u2019]s$/u

/** Every fault phrase in the sentence, in order of position. */
function findingsIn(sentence: Sentence): Finding[] {
  const found: Finding[] = []
  const partyMatches: PartyMatch[] = [...parties().find(sentence), ...namedSystems(sentence)]
  if (partyMatches.length > 0)
    // What the writer's own team did, owned as the writer's fault, explains rather than blames.
    for (const finding of partyFaults(sentence, partyMatches))
      if (finding.kind !== 'colleague' || ownedFaults().find(sentence).length === 0) found.push(finding)
  for (const match of standalone().find(sentence)) {
    const tag = match.tag as StandaloneTag
    // "We can't help with this, but..." only disowns when it sends the customer elsewhere.
    if (tag === 'refuseHelp' && !redirects(sentence, match, partyMatches.length > 0)) continue
    if (tag === 'contrast' && !contrasts(sentence, match)) continue
    // "I'll raise it with them" is the seller acting; only sending the customer is a redirect.
    if (tag === 'redirect' && writerActs(sentence, match.words[0] as Word)) continue
    found.push({
      range: match.range,
      first: match.words[0] as Word,
      kind: STANDALONE_KINDS[tag],
    })
  }
  // One report per sentence: the first finding.
  found.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1])
  return found
}

interface Finding {
  range: Range
  /** The first word of the flagged phrase (the rewrite starts at its clause). */
  first: Word
  kind: PartyTag | 'customer' | 'disown' | 'redirect'
}

/**
 * The first party with a fault phrase attached: after it (a few words may stand between, none
 * that hands the clause to someone else), before it, or owned by it ("the courier's fault").
 * Parties are looked up by the word they start or end at, so a long sentence stays linear.
 */
function partyFaults(sentence: Sentence, partyMatches: readonly PartyMatch[]): Finding[] {
  const words = sentence.words
  const byStart = new Map<number, PartyMatch>()
  const byEnd = new Map<number, PartyMatch>()
  for (const party of partyMatches) {
    if (!canBlame(words, party)) continue
    byStart.set((party.words[0] as Word).indexInSentence, party)
    byEnd.set((party.words[party.words.length - 1] as Word).indexInSentence, party)
  }
  for (const fault of faults().find(sentence)) {
    const tag = fault.tag as FaultTag
    const faultStart = (fault.words[0] as Word).indexInSentence
    const faultEnd = (fault.words[fault.words.length - 1] as Word).indexInSentence
    let party: PartyMatch | undefined
    if (tag === 'after') {
      for (let gap = 0; gap <= MAX_GAP && !party; gap++) {
        const candidate = byEnd.get(faultStart - 1 - gap)
        const role = candidate && roleOf(candidate)
        if (
          candidate &&
          (role === 'any' || role === 'subject') &&
          !isOwner(candidate) &&
          openGap(words, faultStart - gap, faultStart)
        )
          party = candidate
        // Another party or a breaker nearer the fault ends the search.
        if (gap > 0 && !openGap(words, faultStart - gap, faultStart)) break
      }
    } else if (tag === 'owned') {
      const candidate = byEnd.get(faultStart - 1)
      // "the courier's fault", or a named party before an error noun: "Courier error."
      const compound =
        candidate && roleOf(candidate) === 'any' && compoundFaults.has((words[faultEnd] as Word).normal)
      if (
        candidate &&
        roleOf(candidate) !== 'object' &&
        (isOwner(candidate) || compound) &&
        !(words[faultStart] as Word).breakBefore
      )
        party = candidate
    } else {
      const usable = (candidate: PartyMatch | undefined) =>
        candidate && (roleOf(candidate) === 'any' || roleOf(candidate) === 'object') ? candidate : undefined
      const next = usable(byStart.get(faultEnd + 1))
      const skipOne = usable(byStart.get(faultEnd + 2))
      // "that's on our new packer": a determiner and one describing word before the party.
      const skipTwo = usable(byStart.get(faultEnd + 3))
      if (next && !(words[faultEnd + 1] as Word).breakBefore) party = next
      else if (
        skipOne &&
        unbroken(words, faultEnd + 1, faultEnd + 2) &&
        !gapBreakers.has((words[faultEnd + 1] as Word).normal)
      )
        party = skipOne
      else if (
        skipTwo &&
        unbroken(words, faultEnd + 1, faultEnd + 3) &&
        DETERMINERS.has((words[faultEnd + 1] as Word).normal) &&
        !gapBreakers.has((words[faultEnd + 2] as Word).normal) &&
        // "on the 4pm DPD run" is a time, not a description of who.
        !/\d/.test((words[faultEnd + 2] as Word).normal)
      )
        party = skipTwo
    }
    if (!party) continue
    const partyStart = (party.words[0] as Word).indexInSentence
    const partyEnd = (party.words[party.words.length - 1] as Word).indexInSentence
    // "the courier messed up", not "courier messed up"; "lost your parcel" ends at "lost".
    let firstIndex = Math.min(partyStart, faultStart)
    const before = words[firstIndex - 1]
    if (before && !(words[firstIndex] as Word).breakBefore && DETERMINERS.has(before.normal)) firstIndex--
    let lastIndex = Math.max(partyEnd, faultEnd)
    while (lastIndex > firstIndex && DETERMINERS.has((words[lastIndex] as Word).normal)) lastIndex--
    return [
      {
        range: [(words[firstIndex] as Word).range[0], (words[lastIndex] as Word).range[1]],
        first: words[firstIndex] as Word,
        kind: party.tag as PartyTag,
      },
    ]
  }
  return []
}

/**
 * How a party may take part in a fault: "they" as the subject of a fault after it, "them" as the
 * object of one before it ("down to them"), "their" only as an owner ("their fault").
 */
function roleOf(party: PartyMatch): 'subject' | 'object' | 'owner' | 'any' {
  if (party.tag !== 'third' || party.words.length > 1) return 'any'
  const normal = (party.words[0] as Word).normal
  if (normal === 'them') return 'object'
  if (/^(they|they've|they're|they'd|he|she|he's|she's)$/.test(normal)) return 'subject'
  return 'owner'
}

/** "Customs are the ones holding it up, not us": "not us" after a comma, "and" or "but". */
function contrasts(sentence: Sentence, match: PhraseMatch<StandaloneTag>): boolean {
  const first = match.words[0] as Word
  // "Not us." as a sentence of its own answers the blame put before it.
  const whole = first.indexInSentence === 0 && match.words.length === sentence.words.length
  if (
    !whole &&
    !(first.normal === 'and' || first.normal === 'but' || (first.breakBefore && first.indexInSentence > 0))
  )
    return false
  // "they ship direct from our partner in Leeds, not from us" says where an order comes from: a
  // "not from" that answers a "from" of shipping before it names a place, not a fault.
  if (!match.words.some((word) => word.normal === 'from')) return true
  return !sentence.words
    .slice(0, first.indexInSentence)
    .some(
      (word, i, before) =>
        word.normal === 'from' &&
        (SHIPPING_VERBS.has(before[i - 1]?.normal ?? '') || SHIPPING_VERBS.has(before[i - 2]?.normal ?? '')),
    )
}

/** Verbs that say where an order comes from: "ships direct from", "is sent from". */
const SHIPPING_VERBS: ReadonlySet<string> = new Set(
  'ship ships shipped shipping dispatch dispatches dispatched sent send sends post posts posted'.split(' '),
)

/** A pronoun party is the subject of its own clause: not "I asked DPD whether they damaged it". */
function canBlame(words: readonly Word[], party: PartyMatch): boolean {
  if (party.tag !== 'third') return true
  const first = party.words[0] as Word
  const before = words[first.indexInSentence - 1]
  return !before || first.breakBefore || !pronounBlockers.has(before.normal)
}

/** "the courier's", "couriers'", "their", "yodels" (as in "at yodels end"): a party that owns. */
function isOwner(party: PartyMatch): boolean {
  const last = (party.words[party.words.length - 1] as Word).normal
  return (
    /'s?$/.test(last) ||
    last === 'their' ||
    (party.tag === 'third' && party.words.length === 1 && /s$/.test(last) && !/^(they|their)$/.test(last))
  )
}

const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'your',
  'our',
  'their',
  'a',
  'an',
  'this',
  'that',
  'my',
])

/**
 * Words `from`..`to` (exclusive) may stand between a party and its fault: no punctuation, no
 * breaker. A relative clause on the party is its own: "our supplier in Leeds, who have been
 * cutting corners".
 */
function openGap(words: readonly Word[], from: number, to: number): boolean {
  if (from < 0) return false
  for (let i = from; i <= to && i < words.length; i++) {
    const word = words[i] as Word
    if (i < to && RELATIVE.has(word.normal)) continue
    if (word.breakBefore) return false
    if (i < to && gapBreakers.has(word.normal)) return false
  }
  return true
}

const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'whose'])

/** Words `from`..`to` (inclusive) all exist and none follows punctuation. */
function unbroken(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (!words[i] || (words[i] as Word).breakBefore) return false
  return true
}

/** "We can't help" disowns only when the sentence sends the customer to someone else. */
function redirects(sentence: Sentence, match: PhraseMatch<StandaloneTag>, hasParty: boolean): boolean {
  const words = sentence.words
  const last = match.words[match.words.length - 1] as Word
  if (words[last.indexInSentence + 1]?.normal === 'but' && !words[last.indexInSentence + 1]?.breakBefore)
    return false // "I can't help but feel..."
  if (hasParty) return true
  // Only the words after the match: a scan from there, not through the whole sentence per match.
  for (let i = last.indexInSentence + 1; i < words.length; i++)
    if (redirectCues.has((words[i] as Word).normal) && !/^(us|me)$/.test(words[i + 1]?.normal ?? ''))
      return true
  return false
}
