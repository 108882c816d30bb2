import { type Edit, lazyLexicon, matchCase, type PhraseMatch, type Sentence, type Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import {
  APOLOGY_FILLER,
  APOLOGY_WORDS,
  NOT_AN_APOLOGY_BEFORE,
  type NonApologyTag,
  nonApologyLexicon,
  REGRET_SUBJECTS,
  REGRET_WORDS,
} from './lexicons/non-apology.js'
import { clauseOf } from './shared/prose-fixer.js'

/** What the customer expected or assumed: an apology for it judges the expectation. */
const EXPECTATIONS: ReadonlySet<string> = new Set([
  'expected',
  'thought',
  'assumed',
  'imagined',
  'hoped',
  'believed',
])
/** The same expectation in the progressive: "sorry if you were expecting it sooner". */
const EXPECTING: ReadonlySet<string> = new Set(['expecting', 'hoping', 'thinking', 'assuming', 'imagining'])
/** How something seems, not what it is: "sorry that the wait feels long" still doubts it. */
const PERCEPTIONS: ReadonlySet<string> = new Set([
  'feels',
  'felt',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'looks',
  'looked',
  'sounds',
  'sounded',
])
const lexicon = lazyLexicon(nonApologyLexicon)
const apologyWords = new Set<string>(APOLOGY_WORDS)
const regretWords = new Set<string>(REGRET_WORDS)
const regretSubjects = new Set<string>(REGRET_SUBJECTS)
const filler = new Set<string>(APOLOGY_FILLER)
const notApologyBefore = NOT_AN_APOLOGY_BEFORE.map((phrase) => phrase.split(' '))
/** How many apologies a reply may hold before they read as scripted. */
const MAX_APOLOGIES = 2

const FEEL = new Set(['feel', 'felt', 'feels', 'feeling'])
const TOPIC_PREPOSITIONS = new Set(['about', 'with', 'regarding', 'over'])
const ADVERBS = new Set(['sincerely', 'truly', 'deeply', 'really', 'so', 'very', 'profusely'])

export default createRule({
  id: 'no-non-apology',
  meta: {
    description:
      'Flags non-apologies ("sorry if you feel", "sorry for any inconvenience") and replies that apologise three or more times.',
    recommended: true,
    defaultSeverity: 'warn',
    hasSuggestions: true,
    defaultOptions: {},
  },
  messages: {
    conditional:
      '"{{phrase}}" makes the apology depend on whether anything went wrong. Customers read that as a non-apology; say what you are sorry for.',
    youFeel:
      '"{{phrase}}" apologises for how the customer feels rather than for what happened, which reads as a non-apology and tends to escalate a complaint.',
    anyHarm:
      '"{{phrase}}" sounds scripted and hedges on whether there was any harm at all. Apologise for the actual problem so it reads as sincere.',
    tooManyApologies:
      'This reply apologises {{count}} times. Repeated apologies read as scripted and bury the answer; one specific apology is enough.',
    suggestThe: 'Apologise for the problem itself: "for the …" instead of "for any …".',
    suggestSpecific: 'Drop the condition and apologise for what happened.',
    suggestRemoveApology: 'Remove the repeated apology.',
    suggestRemoveUnnamed: 'Remove the apology: the reply names no such problem.',
  },
  check(context) {
    const sentences = context.sentences
    for (const sentence of sentences) {
      for (const match of context.memo(sentence, 'matches', (own) => lexicon().find(own))) {
        const tag = match.tag as NonApologyTag
        // "Sorry for any delays!" in a reply that names no delay: "the delays" would admit one.
        const unnamed = tag === 'anyHarm' && unnamedHarm(sentences, sentence, match)
        const edits = unnamed
          ? []
          : tag === 'anyHarm'
            ? anyHarmEdits(sentence, match)
            : specificEdits(sentence, match)
        const removal =
          unnamed && sentences.length > 1 && onlyApologises(sentence, match)
            ? removalEdits(sentences, new Set([sentence.index]))
            : []
        context.report({
          messageId: tag,
          range: match.range,
          data: { phrase: match.text },
          suggestions:
            edits.length > 0
              ? [{ messageId: tag === 'anyHarm' ? 'suggestThe' : 'suggestSpecific', edits }]
              : removal.length > 0
                ? [{ messageId: 'suggestRemoveUnnamed', edits: removal }]
                : [],
        })
      }
    }

    const apologies: Word[] = []
    for (const sentence of sentences) apologies.push(...context.memo(sentence, 'apologies', apologiesIn))
    if (apologies.length <= MAX_APOLOGIES) return

    // Drop apology-only sentences ("Please accept my apologies.") from the end, never the first apology.
    const firstSentence = (apologies[0] as Word).sentenceIndex
    const perSentence = new Map<number, number>()
    for (const word of apologies)
      perSentence.set(word.sentenceIndex, (perSentence.get(word.sentenceIndex) ?? 0) + 1)
    const removed = new Set<number>()
    let firstRemoved = -1
    let remaining = apologies.length
    for (let i = sentences.length - 1; i >= 0 && remaining > MAX_APOLOGIES; i--) {
      const sentence = sentences[i] as Sentence
      if (sentence.index === firstSentence || !perSentence.has(sentence.index) || !isApologyOnly(sentence))
        continue
      removed.add(i)
      firstRemoved = i
      remaining -= perSentence.get(sentence.index) ?? 0
    }
    // Point at the apology that the rewrite removes first, else at the first apology over the limit.
    const target =
      firstRemoved >= 0
        ? (apologies.find(
            (word) => word.sentenceIndex === (sentences[firstRemoved] as Sentence).index,
          ) as Word)
        : (apologies[MAX_APOLOGIES] as Word)
    context.report({
      messageId: 'tooManyApologies',
      range: target.range,
      data: { count: apologies.length },
      suggestions: removed.size
        ? [{ messageId: 'suggestRemoveApology', edits: removalEdits(sentences, removed) }]
        : [],
    })
  },
})

/** Harms that are facts, each with the words by which the rest of a reply would name one. */
const NAMED_BY: ReadonlyArray<[RegExp, RegExp]> = [
  [
    /^delays?$/,
    /\b(?:delay|delays|delayed|late|longer|wait|waiting|held up|slow|behind|backlog|not (?:yet )?(?:arrived|shipped|sent))\b/i,
  ],
  [/^damages?$/, /\b(?:damage|damaged|broken|broke|cracked|smashed|dented|chipped|scratched)\b/i],
  [
    /^(?:mistakes?|errors?|mix-?ups?)$/,
    /\b(?:mistake|error|mix-?up|wrong|incorrect|instead of|rather than|swapped)\b/i,
  ],
]

/** "any delays" where no other sentence of the reply names a delay: "the delays" would state one. */
function unnamedHarm(sentences: readonly Sentence[], sentence: Sentence, match: PhraseMatch): boolean {
  const any = match.words.find((word) => word.normal === 'any')
  const harm = any && sentence.words[any.indexInSentence + 1]
  const named = harm && NAMED_BY.find(([noun]) => noun.test(harm.normal))?.[1]
  // "any delays you may be experiencing": the customer's own experience, which "the" does not admit;
  // "any delay in getting back to you": the harm is named where it stands.
  const after = harm ? (sentence.words[harm.indexInSentence + 1]?.normal ?? '') : ''
  if (!harm || /^(you|you've|you're|in|with|on|to|from)$/.test(after)) return false
  // The rest of its own sentence counts too: "…sent the black frame instead of the walnut one, sorry for any mix-up".
  const base = sentence.range[0]
  const rest = sentence.text.slice(0, match.range[0] - base) + sentence.text.slice(match.range[1] - base)
  return (
    !!named && !named.test(rest) && !sentences.some((other) => other !== sentence && named.test(other.text))
  )
}

/** The writer apologises with `words[index]` (not quoted, not "no need to apologise"). */
function isApology(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word
  if (word.quoted) return false
  if (regretWords.has(word.normal)) {
    const previous = words[index - 1]
    if (!previous || word.breakBefore || !regretSubjects.has(previous.normal)) return false
  } else if (!apologyWords.has(word.normal)) return false
  return !notApologyBefore.some((phrase) => {
    if (index < phrase.length) return false
    for (let k = 0; k < phrase.length; k++) {
      const before = words[index - phrase.length + k] as Word
      if (before.normal !== phrase[k]) return false
      if ((words[index - phrase.length + k + 1] as Word).breakBefore) return false
    }
    return true
  })
}

/** The sentence holds nothing but the matched apology and filler words: "Sorry for any delays!". */
function onlyApologises(sentence: Sentence, match: PhraseMatch): boolean {
  return sentence.words.every(
    (word) => filler.has(word.normal) || (word.range[0] >= match.range[0] && word.range[1] <= match.range[1]),
  )
}

/** A sentence that only apologises ("Once again, sorry for the trouble."), so dropping it loses nothing. */
function isApologyOnly(sentence: Sentence): boolean {
  return (
    sentence.words.length > 0 &&
    sentence.words.some((word) => apologyWords.has(word.normal)) &&
    sentence.words.every((word) => filler.has(word.normal) && !word.quoted)
  )
}

/** Deletes whole sentences with the space that separates them from their neighbours. */
function removalEdits(sentences: readonly Sentence[], removed: ReadonlySet<number>): Edit[] {
  const edits: Edit[] = []
  const indexes = [...removed].sort((a, b) => a - b)
  let i = 0
  while (i < indexes.length) {
    const first = indexes[i] as number
    let last = first
    while (removed.has(last + 1)) last++
    const next = sentences[last + 1]
    const previous = sentences[first - 1]
    const start = (sentences[first] as Sentence).range[0]
    const end = (sentences[last] as Sentence).range[1]
    if (next) edits.push({ range: [start, next.range[0]], text: '' })
    else if (previous) edits.push({ range: [previous.range[1], end], text: '' })
    else edits.push({ range: [start, end], text: '' })
    i += last - first + 1
  }
  return edits
}

/** A condition on whether anything happened at all: "if anything…", "if there's been…". */
const UNSURE_WHAT = /^(?:anything|anyone|anybody|something|someone|somebody|there|there's|theres)$/

/** Subjects that take "have", not "has". */
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(['you', 'we', 'i', 'they', 'u', 'these', 'those'])

/** Harms written in the plural after "any" that read as one after "the". */
const SINGULAR_HARMS: ReadonlyMap<string, string> = new Map([
  ['inconveniences', 'inconvenience'],
  ['troubles', 'trouble'],
  ['hassles', 'hassle'],
  ['frustrations', 'frustration'],
  ['disappointments', 'disappointment'],
])

/** How far after the harm its doubted cause may end: "the late arrival of your curtains may have caused". */
const HARM_CAUSE_WORDS = 11
/** Words that open a new clause: past them a "may" is no longer about the harm. */
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'so',
  'because',
  'while',
  'which',
  'when',
  'if',
  'as',
  'although',
])
/** "… may have caused / brought / had", "… may be experiencing": the harm, doubted. */
const HARM_PARTICIPLE = /^(?:caused|brought|created|had|made|given|been|felt|experienced|suffered|faced|put)$/
const HARM_PROGRESSIVE = /ing$/

/** "sorry for any inconvenience (this may have caused)" -> "sorry for the inconvenience (this has caused)". */
function anyHarmEdits(sentence: Sentence, match: PhraseMatch): Edit[] {
  const any = match.words.find((word) => word.normal === 'any')
  if (!any) return []
  // "sorry for inconvenience if any caused": "any" stands for the harm itself, and no one word fixes it.
  if (sentence.words[any.indexInSentence - 1]?.normal === 'if') return []
  const words = sentence.words
  let end = any
  const and = words[any.indexInSentence + 1]
  const all = words[any.indexInSentence + 2]
  if (and?.normal === 'and' && all?.normal === 'all' && !and.breakBefore && !all.breakBefore) end = all
  const edits: Edit[] = [{ range: [any.range[0], end.range[1]], text: matchCase(any.text, 'the') }]
  // "any inconveniences" is one harm after "the": "sorry for the inconvenience".
  const harm = words[end.indexInSentence + 1]
  const single = harm && !harm.breakBefore ? SINGULAR_HARMS.get(harm.normal) : undefined
  if (harm && single) edits.push({ range: harm.range, text: matchCase(harm.text, single) })
  // "I regret any misunderstanding" states regret, not an apology: "I'm sorry for the misunderstanding".
  const subject = words[any.indexInSentence - 2]
  const verb = words[any.indexInSentence - 1]
  if (verb?.normal === 'regret' && subject && /^(i|we)$/.test(subject.normal) && !verb.breakBefore)
    edits.unshift({
      range: [subject.range[0], verb.range[1]],
      text: matchCase(subject.text, subject.normal === 'i' ? "I'm sorry for" : "we're sorry for"),
    })
  // "… this may have caused", "… you may be experiencing" doubt the harm a second time.
  // The harm's cause may be a long subject ("the late arrival of your curtains may have caused"); a
  // new clause ("…and we may have to…") ends the search.
  for (
    let i = end.indexInSentence + 2;
    i < Math.min(words.length - 1, end.indexInSentence + HARM_CAUSE_WORDS);
    i++
  ) {
    const word = words[i] as Word
    const next = words[i + 1] as Word
    if (word.breakBefore || next.breakBefore || CLAUSE_OPENERS.has(word.normal)) break
    if (word.normal !== 'may' && word.normal !== 'might') continue
    const subject = words[i - 1] as Word
    // "… this may cause", "… you may experience": a harm still to come, doubted; it goes, and the
    // apology is for the harm itself.
    if (
      (/^(?:cause|bring|create)$/.test(next.normal) &&
        /^(?:this|that|it|which)$/.test(subject.normal) &&
        !subject.breakBefore) ||
      (/^(?:experience|face|encounter|suffer|notice|feel)$/.test(next.normal) &&
        /^(?:you|u|customers|that|which)$/.test(subject.normal) &&
        !subject.breakBefore &&
        words[i + 2]?.normal !== 'been')
    ) {
      // "… this may cause (you)", then the sentence's end or its next clause ("… and appreciate your patience").
      let last = next
      const object = words[i + 2]
      if (object && !object.breakBefore && object.normal === 'you') last = object
      const after = words[last.indexInSentence + 1]
      if (after === undefined || after.breakBefore || /^(?:and|but)$/.test(after.normal)) {
        const before = words[i - 2] as Word
        edits.push({ range: [before.range[1], last.range[1]], text: '' })
      }
      break
    }
    // "… that may have been experienced": the doubted harm in the passive goes whole, since "that
    // has been experienced" names no one and still hedges.
    const passive = words[i + 3]
    if (
      next.normal === 'have' &&
      words[i + 2]?.normal === 'been' &&
      passive &&
      !passive.breakBefore &&
      HARM_PARTICIPLE.test(passive.normal) &&
      /^(?:that|which)$/.test(subject.normal)
    ) {
      const after = words[passive.indexInSentence + 1]
      // "… that may have been caused by the layout" keeps its cause: "… that has been caused by …", below.
      if (after === undefined || after.breakBefore || /^(?:and|but)$/.test(after.normal)) {
        const before = words[i - 2] as Word
        edits.push({ range: [before.range[1], passive.range[1]], text: '' })
        break
      }
    }
    const verb = words[i + 2]
    const followsAsHarm =
      !!verb &&
      !verb.breakBefore &&
      (next.normal === 'have' ? HARM_PARTICIPLE : HARM_PROGRESSIVE).test(verb.normal)
    if ((next.normal === 'have' || next.normal === 'be') && followsAsHarm) {
      // The verb agrees with its subject: "this has caused", "you have had", "you are experiencing".
      const plural = PLURAL_SUBJECTS.has(subject.normal)
      const text = next.normal === 'have' ? (plural ? 'have' : 'has') : plural ? 'are' : 'is'
      edits.push({ range: [word.range[0], next.range[1]], text })
      break
    }
  }
  return edits
}

/** What the listing shows or says, which a conditional apology about it may go on to defend. */
const LISTING_PARTS: ReadonlySet<string> = new Set(
  'photos photo pictures picture pics images image listing listings description descriptions title advert ad wording sizing measurements'.split(
    ' ',
  ),
)

/**
 * "sorry if you feel we let you down" -> "sorry that we let you down";
 * "sorry you feel frustrated" -> "sorry that you're frustrated";
 * "sorry if you feel this way" -> "sorry about this"; "sorry if I was unclear" -> "sorry that I was unclear".
 */
function specificEdits(sentence: Sentence, match: PhraseMatch): Edit[] {
  const words = sentence.words
  const apology = match.words[0] as Word
  const at = (i: number): Word | undefined => {
    const word = words[i]
    return word && !word.breakBefore ? word : undefined
  }
  let j = apology.indexInSentence + 1
  if (at(j) && ADVERBS.has((words[j] as Word).normal)) j++
  if (at(j)?.normal === 'to' && at(j + 1) && /^(hear|see|learn)$/.test((words[j + 1] as Word).normal)) j += 2
  const conditionAt = j
  // "sorry to hear …" already: a rewrite does not say it again.
  const heard = words.slice(apology.indexInSentence + 1, conditionAt).some((word) => word.normal === 'to')
  if (at(j)?.normal === 'if' || at(j)?.normal === 'that') j++
  else if (at(j)?.normal === 'in' && at(j + 1)?.normal === 'case') j += 2
  const startWord = words[conditionAt] as Word

  const subject = at(j)
  const verb = at(j + 1)
  const feels =
    (subject?.normal === 'you' && verb && FEEL.has(verb.normal)) ||
    (subject?.normal === "you're" && verb?.normal === 'feeling')
  if (!feels || !verb) {
    const condition = at(conditionAt)
    if (!condition || condition.normal === 'that' || conditionAt === j) return []
    // "sorry if you expected next-day delivery" and "sorry if the wait feels long" keep their sting
    // in any form ("sorry to hear you expected…", "sorry that the wait feels long"): no rewrite.
    const conditionWords = words.slice(j, clauseOf(sentence, words[j] ?? startWord)[1])
    const expects =
      EXPECTATIONS.has(at(j + 1)?.normal ?? '') ||
      (at(j + 1)?.normal === 'were' && EXPECTING.has(at(j + 2)?.normal ?? ''))
    if (/^you(?:'d)?$/.test(at(j)?.normal ?? '') && expects) return []
    if (conditionWords.some((word) => PERCEPTIONS.has(word.normal))) return []
    // "sorry if you weren't happy with it" -> "sorry to hear you weren't happy with it": how the
    // customer found it is theirs to report, not a condition to doubt.
    if (!heard && apology.normal === 'sorry' && /^you(?:'re|'ve|'d)?$/.test(at(j)?.normal ?? ''))
      return [{ range: [condition.range[0], (words[j - 1] as Word).range[1]], text: 'to hear' }]
    // "apologies if anything fell short" has no "that" form, and "sorry if there's been a mix-up"
    // -> "sorry that there's been a mix-up" admits what the seller may go on to dispute.
    if (UNSURE_WHAT.test(at(j)?.normal ?? '')) return []
    // "apologise if the packaging was not up to your standards": measured by the customer's
    // standards, the "that" form still puts the problem on them.
    const conditionWord = words[j]
    if (
      conditionWord &&
      words
        .slice(j, clauseOf(sentence, conditionWord)[1])
        .some(
          (word, k, clause) => word.normal === 'your' && CUSTOMER_MEASURES.has(clause[k + 1]?.normal ?? ''),
        )
    )
      return []
    // "apologies if the photos made them look bigger": the "that" form says the listing misled,
    // which the draft goes on to dispute ("they are the 2cm drop like it says").
    const head = /^(?:the|our|my)$/.test(at(j)?.normal ?? '') ? at(j + 1) : at(j)
    if (LISTING_PARTS.has(head?.normal ?? '')) return []
    // "sorry if the delay caused any issues with your plans" -> "sorry about the delay": the "that"
    // form would say the delay did cause issues, which the draft left open; what it names is the delay.
    const named = namedCause(words, j)
    if (named) {
      const clauseEnd = clauseOf(sentence, words[j] as Word)[1]
      return [
        {
          range: [condition.range[0], (words[clauseEnd - 1] as Word).range[1]],
          // "sorry about the delay", "apologies for the delay".
          text: `${apology.normal === 'sorry' ? 'about' : 'for'} ${sentence.text.slice(named.start - sentence.range[0], named.end - sentence.range[0])}`,
        },
      ]
    }
    // "sorry if that caused any stress" -> "sorry that caused stress", not "that that".
    const thatFollows = at(j)?.normal === 'that'
    const edits: Edit[] = thatFollows
      ? [{ range: [condition.range[0], (at(j) as Word).range[0]], text: '' }]
      : [{ range: [condition.range[0], (words[j - 1] as Word).range[1]], text: 'that' }]
    // "… if this caused any confusion" -> "… that this caused confusion"; "… has caused you any
    // frustration" -> "… has caused you frustration".
    for (let k = j; k < Math.min(words.length - 1, j + 5); k++) {
      const object =
        /^(you|u|us|them)$/.test((words[k + 1] as Word).normal) && !(words[k + 1] as Word).breakBefore
      const any = words[k + (object ? 2 : 1)]
      if (!any || any.breakBefore || (words[k] as Word).breakBefore) break
      if (
        any.normal === 'any' &&
        /^(caused|causes|cause|created|made|given|gave)$/.test((words[k] as Word).normal)
      ) {
        edits.push({ range: [any.range[0], removalEnd(sentence, any)], text: '' })
        break
      }
    }
    return edits
  }

  const m = j + 2
  const a = at(m)
  const b = at(m + 1)
  const thisWay =
    !a ||
    ((a.normal === 'this' || a.normal === 'that') && (!b || b.normal === 'way')) ||
    a.normal === 'so' ||
    (a.normal === 'like' && (b?.normal === 'this' || b?.normal === 'that') && !at(m + 2))
  if (thisWay) {
    const last = a ? (b && (b.normal === 'way' || a.normal === 'like') ? b : a) : verb
    // "sorry you feel that way about the packaging" -> "sorry about the packaging".
    const topic = at(last.indexInSentence + 1)
    if (topic && TOPIC_PREPOSITIONS.has(topic.normal) && at(last.indexInSentence + 2))
      return [
        { range: [startWord.range[0], topic.range[1]], text: apology.normal === 'sorry' ? 'about' : 'for' },
      ]
    return [{ range: [apology.range[0], last.range[1]], text: aboutThis(apology) }]
  }
  // "sorry you feel frustrated" -> "sorry that you're frustrated": the customer's own feeling.
  if (EMOTIONS.has(a.normal)) {
    const past = verb.normal === 'felt'
    return [{ range: [startWord.range[0], verb.range[1]], text: past ? 'that you were' : "that you're" }]
  }
  // "sorry you feel the candle is weak" -> "sorry to hear the candle is weak": the customer's report,
  // neither doubted nor made the seller's admission. A clause about the seller ("you feel our
  // packaging is poor") would become one, and a bare participle ("you felt ignored") has no clause
  // to report: no rewrite fits either.
  const opener = a.normal === 'that' && b ? b : a
  // "I apologise to hear…" is not English, and "I apologise that the wait…" would admit it.
  if (apology.normal !== 'sorry' || SELLER_SUBJECTS.has(opener.normal)) return []
  if (!REPORTED_SUBJECTS.has(opener.normal) && !(/^\p{Lu}/u.test(opener.text) && opener.normal !== 'i'))
    return []
  // "sorry to hear the delivery charge is unfair" would agree with a verdict on the seller's own
  // price or policy: the seller rewords it.
  for (let k = opener.indexInSentence; k < opener.indexInSentence + 4; k++)
    if (SELLER_DECISIONS.has(at(k)?.normal ?? '') || SELLER_WORK.has(at(k)?.normal ?? '')) return []
  // "sorry to hear the ring doesn't match the description", "… the packaging was excessive": a
  // verdict on the listing or the seller's work, reported, reads as conceded (reviewers rejected 9 of 13).
  const clauseEnd = clauseOf(sentence, opener)[1]
  for (let k = opener.indexInSentence; k < clauseEnd; k++)
    if (LISTING_VERDICTS.has(at(k)?.normal ?? '')) return []
  // "sorry you feel the candle is too weak" -> "sorry the candle isn't what you hoped for": the
  // disappointment owned, the verdict neither doubted nor conceded ("sorry to hear the candle is too
  // weak" reads as agreeing with it). A longer clause keeps the reported form.
  const hoped = notWhatHoped(words, opener, clauseEnd)
  if (hoped) return [{ range: [startWord.range[0], opener.range[0]], text: '' }, hoped]
  return [{ range: [startWord.range[0], opener.range[0]], text: heard ? '' : 'to hear ' }]
}

const NEGATED_COPULAS: ReadonlyMap<string, string> = new Map([
  ['is', "isn't"],
  ['are', "aren't"],
  ['was', "wasn't"],
  ['were', "weren't"],
])
/** Words that make a verdict a matter of degree: "too weak", "a bit dull". */
const OPINION_DEGREES: ReadonlySet<string> = new Set([
  'too',
  'enough',
  'bit',
  'quite',
  'rather',
  'very',
  'overly',
  'little',
])
const SERVICE_SUBJECTS: ReadonlySet<string> = new Set(
  'wait waiting delivery shipping postage time delay courier service response reply process'.split(' '),
)
/** Words that carry a verdict on into more than the thing judged: "…is weak and the lid is loose". */
const CLAUSE_LINKS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'so',
  'because',
  'as',
  'since',
  'or',
  'which',
])

/** The verdict after the thing judged, as "isn't what you hoped for", when it is short and the clause's own. */
function notWhatHoped(words: readonly Word[], opener: Word, clauseEnd: number): Edit | undefined {
  for (let c = opener.indexInSentence + 1; c <= opener.indexInSentence + 4 && c < clauseEnd; c++) {
    const copula = words[c] as Word
    if (copula.breakBefore) return undefined
    const negated = NEGATED_COPULAS.get(copula.normal)
    if (!negated) continue
    const verdict = words.slice(c + 1, clauseEnd)
    if (verdict.length === 0 || verdict.length > 5) return undefined
    if (verdict.some((word) => CLAUSE_LINKS.has(word.normal) || /^(?:not|n't|never)$/.test(word.normal)))
      return undefined
    // Only a matter of degree ("too weak", "a bit dull") is an opinion to leave the customer; a
    // state ("loose", "cracked") is their report, and a wait is the seller's to own.
    if (!verdict.some((word) => OPINION_DEGREES.has(word.normal))) return undefined
    if (words.slice(opener.indexInSentence, c).some((word) => SERVICE_SUBJECTS.has(word.normal)))
      return undefined
    const last = verdict[verdict.length - 1] as Word
    return {
      range: [copula.range[0], last.range[1]],
      text: `${matchCase(copula.text, negated)} what you hoped for`,
    }
  }
  return undefined
}

/** Words of a verdict on the listing or the seller's work ("not as described", "misleading", "excessive"). */
const LISTING_VERDICTS: ReadonlySet<string> = new Set(
  'described description misdescribed misleading advertised excessive unfair false fake misrepresented'.split(
    ' ',
  ),
)

/** What the seller decides: a customer's verdict on these is an argument, not a report. */
const SELLER_DECISIONS: ReadonlySet<string> = new Set(
  'charge charges fee fees price prices pricing cost costs postage policy policies terms rules rule decision process service'.split(
    ' ',
  ),
)

/**
 * What the seller did to the order: "sorry to hear the packaging was inadequate" reports a verdict
 * on the seller's own work and reads as conceding it.
 */
const SELLER_WORK: ReadonlySet<string> = new Set(
  'packaging packing wrapping handling communication communications correspondence'.split(' '),
)

/** Subjects that put the seller in the clause: reporting it would admit it. */
const SELLER_SUBJECTS: ReadonlySet<string> = new Set(
  "we we've we're we'd we'll our ours us i i'm i've i'd i'll my me".split(' '),
)

/** Words that open a clause about something else: the item, the parcel, the carrier, the wait. */
const REPORTED_SUBJECTS: ReadonlySet<string> = new Set(
  "the a an this these those it it's its there your their his her they they're he she some something nothing everything one both each every no none".split(
    ' ',
  ),
)

/** What a condition may measure the problem by that is the customer's: "not up to your standards". */
const CUSTOMER_MEASURES: ReadonlySet<string> = new Set([
  'standards',
  'standard',
  'expectations',
  'expectation',
  'liking',
  'taste',
])

/** Feelings the customer names for themselves: "you feel frustrated" is theirs to say, not an admission. */
const EMOTIONS: ReadonlySet<string> = new Set(
  'frustrated upset disappointed annoyed angry unhappy worried concerned stressed confused anxious'.split(
    ' ',
  ),
)

/** A removed word takes the space after it along. */
function removalEnd(sentence: Sentence, word: Word): number {
  return sentence.text.charAt(word.range[1] - sentence.range[0]) === ' ' ? word.range[1] + 1 : word.range[1]
}

function aboutThis(apology: Word): string {
  if (apology.normal === 'sorry') return `${apology.text} about this`
  return `${apology.text} for this`
}

/** The words of a sentence that apologise. */
function apologiesIn(sentence: Sentence): Word[] {
  return sentence.words.filter((_, index) => isApology(sentence.words, index))
}

const CAUSED = /^(?:caused|causes|cause|created|made|gave)$/
const CAUSE_AUXILIARIES = /^(?:has|have|had|may|might|could|will|would)$/
const NAMED_THING = /^(?:the|this|these|those|that)$/
/** "has been", "was", "'s been" before how the thing felt: "if the wait has been frustrating". */
const FELT_COPULAS = /^(?:is|was|were|are|been|has|have|'s)$/
const FELT_SUBJECTS: ReadonlySet<string> = new Set(
  'wait waiting delay delays mix-up mixup confusion hassle back-and-forth process response reply'.split(' '),
)
/** How the thing felt to the customer, which the apology need not repeat. */
const FELT =
  /^(?:frustrating|stressful|annoying|upsetting|disappointing|inconvenient|irritating|worrying|confusing|hassle|nuisance)$/

/**
 * The thing named as the cause in "if the delay (has) caused any…" or as what was felt in "if the
 * wait has been frustrating", when it opens with "the", "this", "that"… (not the writer's own "my
 * reply"): its offsets, or undefined. "Sorry about the wait" owns it; "…that the wait has been
 * frustrating" reads stilted and is still about the feeling.
 */
function namedCause(words: readonly Word[], from: number): { start: number; end: number } | undefined {
  const first = words[from]
  if (!first || !NAMED_THING.test(first.normal)) return undefined
  for (let k = from + 1; k < Math.min(words.length, from + 6); k++) {
    const word = words[k] as Word
    if (word.breakBefore) return undefined
    // Only for the service itself (the wait, a delay, a mix-up): "sorry about the colour" would
    // concede a fault in the goods that the draft may go on to deny.
    if (FELT_COPULAS.test(word.normal) && k > from + 1 && FELT_SUBJECTS.has((words[k - 1] as Word).normal)) {
      let felt = k
      while (felt < Math.min(words.length, k + 4) && !FELT.test((words[felt] as Word).normal)) {
        if ((words[felt] as Word).breakBefore) return undefined
        felt++
      }
      if (felt < words.length && FELT.test((words[felt] as Word).normal))
        return { start: first.range[0], end: (words[k - 1] as Word).range[1] }
    }
    if (!CAUSED.test(word.normal)) continue
    if (words[k + 1]?.normal !== 'any') return undefined
    let last = k - 1
    while (last > from && CAUSE_AUXILIARIES.test((words[last] as Word).normal)) last--
    if (last === k - 1 && CAUSE_AUXILIARIES.test((words[last] as Word).normal)) return undefined
    return { start: first.range[0], end: (words[last] as Word).range[1] }
  }
  return undefined
}
