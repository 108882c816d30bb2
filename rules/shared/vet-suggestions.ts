/**
 * The last look at every suggested rewrite, with the whole reply in view (a rule sees one sentence
 * at a time, and a sentence-scoped rule's results are kept per sentence text). A rewrite is dropped
 * when:
 * - linting the sentences it changes, with every rule, still finds anything of the rule it fixes
 *   there, or finds a problem of another rule that was not there (a partial fix is worse than none);
 * - it removes a sentence that the next one leans on ("… left it in the rain. I've reported it to
 *   them." loses who "them" is), or cuts more than a few words from the start or middle of a
 *   sentence, leaving what followed them without what it was written to follow;
 * - it removes a sentence of a reply whose every sentence (but a greeting or a sign-off) some first
 *   suggestion removes: fixing all would leave nothing;
 * - it removes a refund promise that was the reply's whole answer, leaving only thanks or an apology,
 *   or leaves the money's outcome stated elsewhere ("the amount will reflect in 5-7 days");
 * - it removes a request for details that was the reply's last step, leaving nothing after it;
 * - the reply should not be sent at all (an escalate-instead finding): no rewrite of it is ready;
 * - it is an off-platform rewrite in a reply that says this conversation cannot carry what the
 *   seller needs ("the file is too big to send here"): "reply here" contradicts it, and taking the
 *   contact out leaves the customer nowhere to go.
 */
import { applyEdits, type ReplyDocument, type Sentence, type Word } from '../../src/core.js'
import type { SuggestionVetter } from '../../src/engine/config.js'
import type { Diagnostic, Edit, ReplyContext, Suggestion } from '../../src/types.js'

/** Rules that judge the reply as a whole: what they find in a few sentences on their own says nothing. */
const WHOLE_REPLY_RULES: ReadonlySet<string> = new Set(['require-structure'])

/** The longest text, and the most texts per lint, that a rewrite is linted again on. */
const MAX_RELINT_CHARS = 2000
const MAX_RELINTS = 200

const OFF_PLATFORM_RULE = 'no-off-platform'
const ESCALATE_RULE = 'escalate-instead'
/** Rules whose finding is often the reply's whole answer (a refund promised): removed, nothing is left to send. */
const ANSWER_RULES: ReadonlySet<string> = new Set(['no-unreviewed-refund'])
/** Rules whose finding is often the reply's next step (details asked for): removed last, none is left. */
const NEXT_STEP_RULES: ReadonlySet<string> = new Set(['no-sensitive-data'])
/** Rules whose finding makes a polite stock sentence read as sarcasm (escalate-instead's stops every rewrite). */
const TONE_RULES: ReadonlySet<string> = new Set(['no-hostile-tone', 'no-profanity'])
/**
 * Rules about how a sentence treats someone. One of them fixed while another still flags the same
 * sentence ("what the f*ck do u want me to do about it" -> "what do u want me to do about it") leaves
 * a sentence the seller must rewrite anyway: reviewers accepted 13 of 23 such rewrites.
 */
const TREATMENT_RULES: ReadonlySet<string> = new Set([...TONE_RULES, 'no-blame'])
/** This conversation, named: "here", "this chat", "the messaging thing". */
const THIS_CHANNEL =
  /\b(?:here|this (?:chat|app|thread|site|platform|inbox|system)|messag(?:e|es|ing) (?:system|thing|app))\b/i
/** What it cannot do: "won't take attachments", "too long to paste", "eats my replies". */
const CANNOT =
  /\b(?:won'?t|can'?t|cannot|doesn'?t|does not|will not|isn'?t)\s+(?:take|let|allow|accept|attach|show|load|work|support|handle|upload|fit)\b|\btoo (?:long|big|large|slow|much)\b|\b(?:hard|difficult|tricky) to (?:explain|show|describe|send)\b|\beats?\b|\bglitch|\bbroken\b|\bnot working\b|\bkeeps? (?:deleting|blocking|hiding|losing)\b/i

function saysChannelFails(text: string): boolean {
  return THIS_CHANNEL.test(text) && CANNOT.test(text)
}

/** Words that point back to something said before them. */
const POINTS_BACK_AT_START =
  /^(?:it|its|it's|this|that|these|those|they|they're|they've|they'll|them|their|he|she|his|her|there|so|and|but|because|also|then)$/
/** "Just pop it below", "You can type it in here": an "it" early in the next sentence. */
const IT_EARLY = /^(?:it|its|them)$/
/** A verb left out because the sentence before says it: "Will let you know when it does." */
const ELLIPSIS_BACK =
  /\b(?:when|once|if|until|till|as soon as) (?:it|they|that|this|he|she) (?:does|do|did|has|have|is|are|happens|changes)\b[.!?]*\s*$/i
const POINTS_BACK_ANYWHERE = /^(?:they|they're|they've|they'll|them|their|theirs|he|she|him|his)$/

export const vetSuggestions: SuggestionVetter = Object.assign(vet, { unread: WHOLE_REPLY_RULES })

function vet(
  document: ReplyDocument,
  diagnostics: readonly Diagnostic[],
  relint: (text: string) => readonly Diagnostic[],
  replyContext: Readonly<ReplyContext> = {},
): (index: number) => Suggestion[] {
  const linted = new Map<string, readonly Diagnostic[]>()
  // Bounded work: a huge sentence, or a reply with hundreds of rewrites, keeps them unrelinted
  // rather than linting the same long text again for each one.
  let budget = MAX_RELINTS
  const lintOnce = (text: string): readonly Diagnostic[] | undefined => {
    let found = linted.get(text)
    if (!found) {
      if (text.length > MAX_RELINT_CHARS || budget <= 0) return undefined
      budget--
      found = relint(text)
      linted.set(text, found)
    }
    return found
  }
  // What the whole reply says, worked out for the first rewrite read.
  let reply:
    | { removesAll: boolean; channelFails: boolean; hostile: boolean; escalate: boolean; request: boolean }
    | undefined
  return (index) => {
    const diagnostic = diagnostics[index] as Diagnostic
    if (diagnostic.suggestions.length === 0) return diagnostic.suggestions
    reply ??= {
      removesAll: everySentenceRemoved(document, diagnostics),
      channelFails: document.sentences.some((sentence) => saysChannelFails(sentence.text)),
      hostile: diagnostics.some((found) => TONE_RULES.has(found.ruleId)),
      escalate: diagnostics.some((found) => found.ruleId === ESCALATE_RULE),
      request: showsRequest(document, replyContext),
    }
    // A reply that should not be sent at all (a dispute, an abusive customer, a settlement offered
    // off the platform) gets no rewrite: reworded, it would read as ready to send, and taking out
    // one part of a settlement ("and I'll refund you") leaves the rest of it ("Close the case.").
    if (reply.escalate) return []
    // "Thanks for your message." beside an insult or a threat reads as sarcasm.
    if (reply.hostile && WHOLE_REPLY_RULES.has(diagnostic.ruleId)) return []
    // Where the seller says this conversation cannot carry what they need, taking their contact
    // out, or inviting a reply here, answers nothing.
    if (reply.channelFails && diagnostic.ruleId === OFF_PLATFORM_RULE) return []
    if (
      TREATMENT_RULES.has(diagnostic.ruleId) &&
      anotherTreatmentRuleInSentence(document, diagnostics, diagnostic)
    )
      return []
    const { removesAll, request } = reply
    return diagnostic.suggestions.filter(
      (suggestion) =>
        !(removesAll && removedSentences(document, suggestion.edits).length > 0) &&
        !(
          ANSWER_RULES.has(diagnostic.ruleId) &&
          (leavesOnlyCourtesy(document, suggestion.edits) || statesOutcome(document, suggestion.edits))
        ) &&
        !(NEXT_STEP_RULES.has(diagnostic.ruleId) && removesLastStep(document, suggestion.edits)) &&
        !(
          suggestion.edits.some((edit) => CLAIMS_REQUEST.test(edit.text)) &&
          (!request || statesOutcome(document, suggestion.edits))
        ) &&
        keeps(document, diagnostic, suggestion, lintOnce),
    )
  }
}

/** Another treatment rule flags the sentence that holds the diagnostic's start. */
function anotherTreatmentRuleInSentence(
  document: ReplyDocument,
  diagnostics: readonly Diagnostic[],
  diagnostic: Diagnostic,
): boolean {
  const sentence = sentencesAround(document, diagnostic.range[0], diagnostic.range[0])[0]
  if (!sentence) return false
  return diagnostics.some(
    (other) =>
      other.ruleId !== diagnostic.ruleId &&
      TREATMENT_RULES.has(other.ruleId) &&
      other.range[0] < sentence.range[1] &&
      other.range[1] > sentence.range[0],
  )
}

function keeps(
  document: ReplyDocument,
  diagnostic: Diagnostic,
  suggestion: Suggestion,
  lint: (text: string) => readonly Diagnostic[] | undefined,
): boolean {
  const touched = suggestion.edits.flatMap((edit) => sentencesAround(document, edit.range[0], edit.range[1]))
  touched.sort((a, b) => a.index - b.index)
  if (touched.length === 0) return true
  const start = Math.min((touched[0] as Sentence).range[0], ...suggestion.edits.map((edit) => edit.range[0]))
  const end = Math.max(
    (touched[touched.length - 1] as Sentence).range[1],
    ...suggestion.edits.map((edit) => edit.range[1]),
  )
  const before = document.text.slice(start, end)
  const edits: Edit[] = suggestion.edits.map((edit) => ({
    range: [edit.range[0] - start, edit.range[1] - start],
    text: edit.text,
  }))
  const after = applyEdits(before, edits)
  // A sentence removed, or replaced by a stock one, takes with it what the next one may point back to.
  const covered = removedSentences(document, suggestion.edits, true)
  if (covered.length > 0 && leansBack(document, covered)) return false
  if (strandsReference(document, suggestion.edits)) return false
  if (cutsMidSentence(document, suggestion.edits)) return false
  if (splitsFromFollower(document, suggestion.edits)) return false
  if (!/[\p{L}\p{N}]/u.test(after)) return true
  const is = lint(after)
  // Nothing found in the rewrite but what judges the whole reply: it neither leaves nor raises a
  // problem, whatever the original held, so the original need not be linted again.
  if (!is || is.every((found) => WHOLE_REPLY_RULES.has(found.ruleId))) return true
  const was = lint(before)
  return !was || !leavesOrRaises(diagnostic, was, is)
}

/** The fixing rule still fires in the rewritten sentences, or another rule fires more often than before. */
function leavesOrRaises(
  { ruleId }: Diagnostic,
  before: readonly Diagnostic[],
  after: readonly Diagnostic[],
): boolean {
  const counts = (found: readonly Diagnostic[]) => {
    const byRule = new Map<string, number>()
    for (const d of found) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1)
    return byRule
  }
  const was = counts(before)
  for (const [rule, n] of counts(after))
    if (rule !== ruleId && !WHOLE_REPLY_RULES.has(rule) && n > (was.get(rule) ?? 0)) return true
  if (WHOLE_REPLY_RULES.has(ruleId)) return false
  // Anything of the fixing rule left in the sentences it rewrites: "should" swapped in while
  // "guaranteed" or "I swear" stays, one run of capitals lowered beside another. The seller has to
  // rewrite the sentence anyway, and the half-fixed one reads worse than the draft.
  return after.some((d) => d.ruleId === ruleId)
}

/** [start, end) of what differs in `after` from `before` (common prefix and suffix set aside). */
export function changedSpan(before: string, after: string): [number, number] {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let tail = 0
  while (
    tail < before.length - start &&
    tail < after.length - start &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++
  return [start, Math.max(after.length - tail, start)]
}

/**
 * The sentences that meet [start, end] (touching counts), found by binary search: a long reply with
 * many rewrites costs no scan of every sentence per rewrite.
 */
function sentencesAround(document: ReplyDocument, start: number, end: number): Sentence[] {
  const sentences = document.sentences
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sentences[middle] as Sentence).range[1] < start) low = middle + 1
    else high = middle
  }
  const found: Sentence[] = []
  for (let i = low; i < sentences.length && (sentences[i] as Sentence).range[0] <= end; i++)
    found.push(sentences[i] as Sentence)
  return found
}

/** The sentences (with words) that the edits delete whole (or, with `replaced`, also replace whole). */
function removedSentences(document: ReplyDocument, edits: readonly Edit[], replaced = false): Sentence[] {
  const candidates = [
    ...new Set(edits.flatMap((edit) => sentencesAround(document, edit.range[0], edit.range[1]))),
  ]
  return candidates.filter(
    (sentence) =>
      sentence.words.length > 0 &&
      edits.some(
        (edit) =>
          edit.range[0] <= (sentence.words[0] as Word).range[0] &&
          (sentence.words[sentence.words.length - 1] as Word).range[1] <= edit.range[1] &&
          (!/[\p{L}\p{N}]/u.test(edit.text) ||
            // A change of case keeps the words; a stock sentence does not.
            (replaced &&
              edit.text.toLowerCase() !== document.text.slice(edit.range[0], edit.range[1]).toLowerCase())),
      ),
  )
}

/**
 * What follows the last removed sentence leans on it: the next sentence opens with a word that
 * points back, or is a fragment ("typical."), or one of the next two holds "they", "them", …
 */
function leansBack(document: ReplyDocument, removed: readonly Sentence[]): boolean {
  const last = removed[removed.length - 1] as Sentence
  const next = document.sentences[last.index + 1]
  if (!next || next.words.length === 0) return false
  if (next.words.length < 2 || POINTS_BACK_AT_START.test((next.words[0] as Word).normal)) return true
  if (next.words.slice(0, 5).some((word) => IT_EARLY.test(word.normal))) return true
  if (ELLIPSIS_BACK.test(next.text)) return true
  return document.sentences
    .slice(last.index + 1, last.index + 3)
    .some((sentence) => sentence.words.some((word) => POINTS_BACK_ANYWHERE.test(word.normal)))
}

/** A stock sentence that speaks of the customer's request ("Your request is under review."). */
const CLAIMS_REQUEST = /\byour (?:\w+ )?request\b/i
/** The customer asked for something: a refund, a return, a replacement, to cancel. */
const ASKS = /\b(?:refund|money back|return|replace(?:ment)?|exchange|cancel|send (?:another|a new))/i
/** The draft speaks of what the customer asked for: "your request", "you asked", "you'd like a refund". */
const REQUEST_IN_DRAFT =
  /\b(?:your (?:\w+ )?(?:request|claim|return|complaint|case)|you(?:'ve| have)? (?:asked|requested)|you(?:'d| would) like|you want(?:ed)? (?:a|to|your)|(?:asking|asked) (?:for|about|if|whether))\b/i

/**
 * "Your request is under review" needs a request: the reply context says one was made, the
 * customer's message asks for a remedy, or the draft speaks of it. Otherwise it states what the
 * draft did not (a seller's offer is not a customer's request).
 */
function showsRequest(document: ReplyDocument, context: Readonly<ReplyContext>): boolean {
  if (context.refund === 'requested') return true
  if (context.customerMessage !== undefined && ASKS.test(context.customerMessage)) return true
  return REQUEST_IN_DRAFT.test(document.text)
}

/** Money already on its way: "the amount will reflect in 5-7 days", "credited to your card". */
const OUTCOME =
  /\b(?:(?:amount|money|refund|it|funds|payment)\s(?:(?:will|should|shall|would)\s)?(?:be\s)?(?:reflect\w*|show\w*\s(?:up|back)|appear\w*|credited|returned|land\w*|hit\w*)|credited to|reimbursed|back (?:on|to|in|into) (?:your|ur|the) (?:card|account|bank|paypal|wallet))\b/i

/**
 * What the reply keeps besides the edits still speaks of the money's outcome: "under review" beside
 * "the amount will reflect in your account in 5-7 days" contradicts it, and without the promise
 * that sentence still makes it.
 */
function statesOutcome(document: ReplyDocument, edits: readonly Edit[]): boolean {
  return OUTCOME.test(
    replyWith(
      document,
      edits.map((edit) => ({ range: edit.range, text: ' ' })),
    ),
  )
}

/** The whole reply with the edits applied. */
function replyWith(document: ReplyDocument, edits: readonly Edit[]): string {
  return applyEdits(
    document.text,
    [...edits].sort((a, b) => a.range[0] - b.range[0]),
  )
}

/** Pronouns for someone named before them: "…lost it, and they never called back". */
const PERSONAL = /^(?:they|them|their|theirs|they're|they've|they'll|he|him|his|he's|she|her|hers|she's)$/
/** Words that name nothing: removing only these strands no pronoun. */
const NAMES_NOTHING: ReadonlySet<string> = new Set(
  "a an the and but or so if as to of in on at by for with from that this which who just really honestly actually absolutely definitely certainly basically literally seriously obviously clearly frankly again please also still even only very quite totally completely fully 100 no not never ever i i'm i've i'll we we're we've we'll you you're it it's is are was were be been will would can could should do does did have has had".split(
    ' ',
  ),
)
/** The words "it" and "there" point back to a thing or place named just before them. */
const THING = /^(?:it|its|there)$/
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'your',
  'a',
  'an',
  'our',
  'my',
  'this',
  'that',
  'his',
  'her',
  'their',
])

/**
 * A removal inside a sentence takes with it whom or what a word left behind points to: "InPost
 * lost it and they…" without "InPost", "forwarded it" without "your label". A removal of whole
 * sentences is `leansBack`'s to judge.
 */
function strandsReference(document: ReplyDocument, edits: readonly Edit[]): boolean {
  for (const edit of edits) {
    if (/[\p{L}\p{N}]/u.test(edit.text)) continue
    const sentence = sentencesAround(document, edit.range[0], edit.range[1])[0]
    if (!sentence) continue
    const removed = sentence.words.filter(
      (word) => word.range[0] >= edit.range[0] && word.range[1] <= edit.range[1],
    )
    if (removed.length === 0 || removed.length === sentence.words.length) continue
    if (removed.every((word) => NAMES_NOTHING.has(word.normal))) continue
    const rest = sentence.words.filter((word) => word.range[0] >= edit.range[1])
    const next = document.sentences[sentence.index + 1]?.words ?? []
    if ([...rest, ...next].some((word) => PERSONAL.test(word.normal))) return true
    const namesThing = removed.some((word, i) => DETERMINERS.has(word.normal) && i + 1 < removed.length)
    if (namesThing && rest.slice(0, 6).some((word) => THING.test(word.normal))) return true
  }
  return false
}

/**
 * Sentences put in between a sentence and the next one that leans on it ("…your order is on hold
 * pending QC. <inserted> Once it clears it will go to dispatch."): "it" now points at the inserted
 * words. An insertion goes where nothing after it points back.
 */
function splitsFromFollower(document: ReplyDocument, edits: readonly Edit[]): boolean {
  for (const edit of edits) {
    if (edit.range[0] !== edit.range[1] || !/[.!?]\s*$/.test(edit.text.trim())) continue
    const next = document.sentences.find((sentence) => sentence.range[0] >= edit.range[1])
    const previous = next && document.sentences[next.index - 1]
    if (!next || !previous || previous.paragraphIndex !== next.paragraphIndex) continue
    if (leansBack(document, [previous])) return true
  }
  return false
}

/** The most words a removal may take from the start or middle of a sentence ("before leaving feedback"). */
const MAX_WORDS_CUT_MID_SENTENCE = 3

/**
 * A removal of more than a few words that leaves words of its sentence after it: the opening or a
 * middle part of the sentence goes, and what is left after the cut was written to follow it ("That's
 * the driver's doing, not ours - he's left it…" -> "he's left it…"; "Tell you what, I'll take 30%
 * off and you keep it" -> "Tell you what, and you keep it"). A removal that ends the sentence, or
 * takes all of it, keeps what was written before it as it was.
 */
function cutsMidSentence(document: ReplyDocument, edits: readonly Edit[]): boolean {
  for (const edit of edits) {
    const inserted = edit.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
    if (inserted > 1) continue
    const sentence = sentencesAround(document, edit.range[0], edit.range[1])[0]
    if (!sentence) continue
    const removed = sentence.words.filter(
      (word) => word.range[0] >= edit.range[0] && word.range[1] <= edit.range[1],
    )
    if (removed.length - inserted <= MAX_WORDS_CUT_MID_SENTENCE) continue
    if (!sentence.words.some((word) => word.range[1] > edit.range[1])) continue
    // An opening that ends in "that" ("I can confirm that…", "Please be aware that…") framed a whole
    // clause, which reads on without it.
    const lastRemoved = sentence.words.filter((word) => word.range[1] <= edit.range[1]).pop()
    if (edit.range[0] <= sentence.range[0] && lastRemoved?.normal === 'that') continue
    // A time clause taken out whole ("…message me first before you leave any feedback") was an
    // adjunct: the sentence reads on without it.
    if (opensTimeClause(sentence, edit, removed)) continue
    // An aside set off on both sides ("Yes, for the third time, the parcel left…") was written to be
    // skipped: the sentence reads on without it.
    if (!isAside(document.text, edit)) return true
  }
  return false
}

/** Conjunctions that open a clause of time or of substitution, which a sentence can do without. */
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['before', 'after', 'until', 'till', 'instead'])

/**
 * The edit takes out (as `removed`, the sentence's words inside it) a clause from its opening
 * conjunction ("first" ordering it may go along) to the sentence's end or a comma.
 */
function opensTimeClause(sentence: Sentence, edit: Edit, removed: readonly Word[]): boolean {
  const opener = removed[0]?.normal === 'first' ? removed[1] : removed[0]
  if (!opener || !TIME_CLAUSE_OPENERS.has(opener.normal)) return false
  const next = sentence.words.find((word) => word.range[0] >= edit.range[1])
  return (
    !next ||
    /[,;]/.test(sentence.text.slice(edit.range[1] - sentence.range[0], next.range[0] - sentence.range[0])) ||
    next.breakBefore ||
    /^(and|so|but)$/.test(next.normal)
  )
}

/** The edit takes out a stretch with a comma or dash before it and one at its own end. */
function isAside(text: string, edit: Edit): boolean {
  if (/[\p{L}\p{N}]/u.test(edit.text)) return false
  const before = text.slice(0, edit.range[0]).trimEnd()
  const removed = text.slice(edit.range[0], edit.range[1]).trimEnd()
  return /[,–—-]$/.test(before) && /[,–—-]$/.test(removed)
}

/** A short greeting or sign-off: no content of its own ("Hi Sam,", "Kind regards, Jo"). */
const COURTESY = /^(?:hi|hello|hey|dear|hiya|cheers|kind|best|regards|warm|thanks)$/

function carriesContent(sentence: Sentence): boolean {
  const first = sentence.words[0]
  return !!first && !(COURTESY.test(first.normal) && sentence.words.length <= 3)
}

/** Words that open a sentence that only greets, thanks, apologises or agrees. */
const COURTESY_OPENERS =
  /^(?:hi|hello|hey|dear|hiya|thanks|thank|cheers|sorry|apologies|glad|great|oh|ah|gosh|ok|okay|yes|right|no|kind|best|regards|warm|many|you're|youre)$/
/** The longest sentence read as courtesy alone ("Hi, I can see you've opened a case."). */
const MAX_COURTESY_WORDS = 9

/**
 * What is left once the edits take words out greets, thanks, apologises or agrees, and nothing
 * more: the reply's answer went with what was removed ("Thanks for your patience, Marc. We'll put
 * the $68 back on your card." -> "Thanks for your patience, Marc."; "sorry it's late, I'll knock
 * 10% off" -> "sorry it's late.").
 */
function leavesOnlyCourtesy(document: ReplyDocument, edits: readonly Edit[]): boolean {
  if (edits.some((edit) => /[\p{L}\p{N}]{2}/u.test(edit.text))) return false
  const pieces = replyWith(document, edits)
    .split(/[.!?\n]/)
    .map((piece) => piece.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [])
    .filter((words) => words.length > 0)
  return pieces.every(
    (words) =>
      COURTESY_OPENERS.test((words[0] as string).replace('’', "'")) && words.length <= MAX_COURTESY_WORDS,
  )
}

/**
 * The edits remove the reply's last sentence with content: what the seller asked for was the next
 * step ("The payment didn't go through. Could you send the 3 digits on the back?" -> "The payment
 * didn't go through."), and nothing after it tells the customer what happens now.
 */
function removesLastStep(document: ReplyDocument, edits: readonly Edit[]): boolean {
  const removed = removedSentences(document, edits)
  const last = removed[removed.length - 1]
  if (!last) return false
  return !document.sentences.slice(last.index + 1).some(carriesContent)
}

/** Every sentence that carries something has a diagnostic whose first suggestion removes it. */
function everySentenceRemoved(document: ReplyDocument, diagnostics: readonly Diagnostic[]): boolean {
  const withWords = document.sentences.filter(carriesContent)
  if (withWords.length === 0) return false
  const removed = new Set<number>()
  for (const diagnostic of diagnostics) {
    const first = diagnostic.suggestions[0]
    if (first) for (const sentence of removedSentences(document, first.edits)) removed.add(sentence.index)
  }
  return withWords.every((sentence) => removed.has(sentence.index))
}
