import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument, type ReplyDocument, type Sentence } from '../src/core.js'
import { LintCache, LruMap } from '../src/engine/cache.js'
import {
  type AnyRule,
  createLinter,
  type Diagnostic,
  defineRule,
  type LintOptions,
  type ReplyContext,
} from '../src/index.js'
import { buildDocument, parseDocumentInPieces } from '../src/parse/document.js'
import { IncrementalParser } from '../src/parse/incremental.js'
import { commonSuffixLength, cutIntoPieces, movedPieces, type PieceSizes } from '../src/parse/pieces.js'
import { LineIndex } from '../src/parse/positions.js'
import { sentenceIndex, withIndexScope } from '../src/phrases/sentence-index.js'

/** Sentence-scoped: throws on "#", reports the whole text (outside its sentence) on "@", flags "parcel". */
const flaky = defineRule({
  id: 'acme/flaky',
  meta: {
    description: 'Throws, reaches outside its sentence, or flags "parcel".',
    recommended: false,
    scope: 'sentence',
    hasSuggestions: true,
    defaultOptions: {},
  },
  messages: { parcel: 'Say "box".', wide: 'Whole text.', suggestBox: 'Use "box".' },
  check(context) {
    for (const sentence of context.sentences) {
      if (sentence.text.includes('#')) throw new Error(`no "#" in ${JSON.stringify(sentence.text)}`)
      if (sentence.text.includes('@')) context.report({ messageId: 'wide', range: [0, context.text.length] })
      for (const word of sentence.words)
        if (word.normal === 'parcel')
          context.report({
            messageId: 'parcel',
            node: word,
            suggestions: [
              { messageId: 'suggestBox', edits: [{ range: word.range, text: 'box' }, sentenceEnd(sentence)] },
            ],
          })
    }
  },
})
const sentenceEnd = (sentence: { range: readonly [number, number] }) => ({
  range: [sentence.range[1], sentence.range[1]] as const,
  text: ' (box)',
})

/** Sentence-scoped, through compromise: flags modal verbs, so cached views are shifted correctly. */
const modals = defineRule({
  id: 'acme/modals',
  meta: { description: 'Flags modal verbs.', recommended: false, scope: 'sentence', defaultOptions: {} },
  messages: { modal: '"{{modal}}" is a modal.' },
  check(context) {
    for (const sentence of context.sentences) {
      if (!sentence.words.some((word) => /^(will|should|can|must|'ll)$/.test(word.normal))) continue
      for (const match of context.nlp(sentence).match('#Modal'))
        context.report({ messageId: 'modal', range: match.range, data: { modal: match.text } })
    }
  },
})

/** Reply-scoped: throws on "%", and flags every sentence compromise tags with a number. */
const replyWide = defineRule({
  id: 'acme/reply-wide',
  meta: { description: 'Counts numbers over the reply.', recommended: false, defaultOptions: {} },
  messages: { number: 'A number.' },
  check(context) {
    if (context.text.includes('%')) throw new Error('no "%" in a reply')
    for (const sentence of context.sentences)
      if (/\d/.test(sentence.text))
        for (const term of context.nlp(sentence).terms)
          if (term.tags.has('Value') && term.range[1] > term.range[0])
            context.report({ messageId: 'number', range: term.range })
  },
})

/** Reply-scoped, through `context.memo`: flags sentences with a digit, its findings kept per sentence. */
const memoDigits = defineRule({
  id: 'acme/memo-digits',
  meta: { description: 'Flags digits, remembered per sentence.', recommended: false, defaultOptions: {} },
  messages: { digit: 'A digit.' },
  check(context) {
    for (const sentence of context.sentences)
      for (const range of context.memo(sentence, 'digits', (own) =>
        own.words.filter((word) => /\d/.test(word.text)).map((word) => word.range),
      ))
        context.report({ messageId: 'digit', range })
  },
})

const DRAFTS = [
  "Hi Sam,\n\nThe courier messed up, this isn't my problem. You'll definitely get it today though!!\nIf it doesn't turn up, email me at sam.seller@example.com or call 0344 493 0787 and I'll refund you now.",
  'Thanks for reaching out. Your order is currently being handled by Kingston Express and is still in transit. Delivery is actively monitored, and we’ll update you if anything changes.',
  'Hello Ana,\r\n\r\nThanks for your patience 😊. Your parcel will arrive on Friday, I guarantee it.\r\nFor anything else, message me on WhatsApp or visit our website for 10% off.\r\n\r\nBest regards,\r\nLeo',
  '> Where is my parcel?\n> It was due "last week".\nSorry, {{first_name}}, your parcel ships tomorrow. We will definitely refund you if not.',
  "hi\nsorry about that. most parcels take 3 days!! ill check your order No. 4456 with photo ID. They hold it 😊 It's fine... ok",
  '',
]

/** Pieces typed or pasted: letters, sentence breaks, line breaks (LF and CRLF), emoji, quotes, trigger words. */
const PIECES = [
  'e',
  'a',
  ' ',
  '.',
  '. ',
  '! ',
  '?',
  '!!',
  '\n',
  '\r\n',
  '\n\n',
  '\t',
  '\u00a0',
  '😀',
  '👍🏽',
  '"',
  '“',
  '”',
  '’',
  '> ',
  '#',
  '@',
  '%',
  'I',
  'You',
  ' parcel',
  ' will',
  ' definitely',
  ' today',
  ' guarantee',
  ' WhatsApp',
  ' 0344 493 0787',
  ' me@example.com',
  ' Sorry. ',
  'Thanks for waiting. ',
  ' Messrs. Smith',
  ' Dr. ',
  ' Thurs. We',
  ' sorry. most',
  '. ill',
  ' No. 4456',
  ' ID. They',
  ' 😊 It',
  '☀️ we',
  '... ok',
  '\nb) ',
  '\nhi\n',
]

/** Markdown templates with directives, and pieces of markup and directives to type into them. */
const MARKDOWN_DRAFTS = [
  "Hi Sam,\n\n<!-- reply-lint-disable-next-line no-guarantees -->\nYou'll definitely get it today. Email me at sam@example.com.\n\n<!-- reply-lint-disable no-off-platform, no-blame -->\nThe courier messed up, call 0344 493 0787.\n<!-- reply-lint-enable -->\nI'll refund you now, with Kingston Express.",
  "**You'll definitely get it** <!-- reply-lint-disable-next-line --> today.\n\n> Where is it?\n\n<!-- reply-lint-ignore -->\nThanks for waiting!!",
]
const MARKDOWN_PIECES = [
  ...PIECES,
  '<!-- reply-lint-disable -->',
  '<!-- reply-lint-enable -->\n',
  '\n<!-- reply-lint-disable-next-line no-guarantees -->\n',
  '<!-- reply-lint-enable no-off-platform -->',
  '<!--',
  '-->',
  '**',
  '`x`',
  '\n```\n',
]

type Edit = { at: number; remove: number; insert: string }
const editOf = (pieces: readonly string[]): fc.Arbitrary<Edit> =>
  fc.record({
    at: fc.nat({ max: 400 }),
    remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 40 })),
    insert: fc.oneof(
      fc.constant(''),
      fc.constantFrom(...pieces),
      fc.string({ maxLength: 3, unit: 'binary' }),
    ),
  })
const edit = editOf(PIECES)
const apply = (text: string, { at, remove, insert }: Edit) => {
  const start = Math.min(at, text.length)
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove))
}

const CONTEXTS: Array<ReplyContext | undefined> = [
  undefined,
  { fulfillment: 'platform', messageKind: 'proactive' },
  { refund: 'approved', allowedDomains: ['example.com'] },
  { disputeActive: true, customerAbusive: true, order: { id: '0344 493 0787' } },
]

/** Lints every step with one long-lived linter and with a fresh one; they must agree exactly. */
function checkEditSequences(
  options: LintOptions,
  numRuns: number,
  drafts: readonly string[] = DRAFTS,
  edits: fc.Arbitrary<Edit> = edit,
): void {
  fc.assert(
    fc.property(
      fc.constantFrom(...drafts),
      fc.array(fc.tuple(edits, fc.nat({ max: 9 })), { minLength: 1, maxLength: 12 }),
      (draft, steps) => {
        const linter = createLinter(options)
        let text = draft
        linter.lint(text)
        for (const [step, contextPick] of steps) {
          text = apply(text, step)
          // Mostly the same context, as in an editor; now and then another one.
          const context = contextPick < 7 ? undefined : CONTEXTS[contextPick - 6]
          expect(linter.lint(text, context)).toEqual(createLinter(options).lint(text, context))
        }
      },
    ),
    { numRuns },
  )
}

describe('incremental relinting', () => {
  it('equals a fresh lint after every edit, with every rule on', () => {
    checkEditSequences({ preset: 'strict' }, 60)
  }, 120_000)

  it('equals a fresh lint with plugin rules that throw, reach outside their sentence, use compromise or memo', () => {
    checkEditSequences({ preset: 'strict', plugins: [flaky, modals, replyWide, memoDigits] }, 60)
  }, 120_000)

  it('equals a fresh lint with allowed phrases, global and per rule, and unused directives reported', () => {
    checkEditSequences(
      {
        preset: 'strict',
        allow: ['Kingston Express', 'definitely (get|arrive)', 'whatsapp', '~refund you'],
        rules: { 'no-guarantees': ['error', { allow: ['guarantee it'] }] },
        reportUnusedDirectives: true,
      },
      40,
    )
  }, 120_000)

  it('equals a fresh lint of Markdown with directives, allowed phrases and unused reports', () => {
    checkEditSequences(
      {
        preset: 'strict',
        format: 'markdown',
        allow: ['Kingston Express', 'messed up'],
        rules: { 'no-off-platform': ['error', { allow: ['0344 493 0787'] }] },
        reportUnusedDirectives: 'error',
      },
      40,
      MARKDOWN_DRAFTS,
      editOf(MARKDOWN_PIECES),
    )
  }, 120_000)

  it('reuses a sentence only where it could be removed the same way (its neighbourhood)', () => {
    const linter = createLinter({ preset: 'strict' })
    const suggestionIds = (text: string, lint: (text: string) => { diagnostics: readonly Diagnostic[] }) =>
      lint(text).diagnostics.map((diagnostic) =>
        diagnostic.suggestions.map((suggestion) => suggestion.messageId),
      )
    // Alone, the sentence is the whole reply and cannot be removed; with a line break after it, it can.
    for (const text of [
      'Email me at me@example.com',
      'Email me at me@example.com\n',
      'Email me at me@example.com',
    ])
      expect(suggestionIds(text, (t) => linter.lint(t))).toEqual(
        suggestionIds(text, (t) => createLinter({ preset: 'strict' }).lint(t)),
      )
  })

  it('judges a sentence again where the sentences around it change what it means', () => {
    // Each pair: a sentence linted alone first, then beside a sentence that changes its result.
    const pairs = [
      // A vouch after an estimate goes with it.
      [
        'Thanks. Your parcel reaches Dublin on the 3rd.',
        'Thanks. Your parcel reaches Dublin on the 3rd. You have my word on that.',
      ],
      // The secret named in the sentence before is what this one asks for.
      [
        'Thanks. Please type it here.',
        'Thanks. We need the 3-digit code on the back of your card. Please type it here.',
      ],
    ]
    for (const [alone, beside] of pairs) {
      const linter = createLinter({ preset: 'strict' })
      linter.lint(alone as string)
      linter.lint(alone as string)
      expect(linter.lint(beside as string).diagnostics).toEqual(
        createLinter({ preset: 'strict' }).lint(beside as string).diagnostics,
      )
    }
  })

  it('judges a sentence afresh in any reply, whatever replies it was seen in before', () => {
    // Sentences whose result can hang on a neighbour: a vouch after an estimate, a secret named
    // before a request for "it", a pointer back at another channel, and plain ones between.
    const pool = [
      'Your parcel reaches Dublin on the 3rd.',
      'You have my word on that.',
      'We need the 3-digit code on the back of your card.',
      'Please type it here.',
      'Email me at sam@example.com.',
      "I'll send the bulk price over there.",
      'Thanks for your patience.',
      'It went out with An Post this morning.',
    ]
    const reply = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '))
    fc.assert(
      fc.property(fc.array(reply, { minLength: 2, maxLength: 4 }), (replies) => {
        const linter = createLinter({ preset: 'strict' })
        for (const text of replies) {
          linter.lint(text)
          expect(linter.lint(text).diagnostics).toEqual(
            createLinter({ preset: 'strict' }).lint(text).diagnostics,
          )
        }
      }),
      { numRuns: 200 },
    )
  }, 120_000)

  it('runs a sentence-scoped rule again only on the sentences that changed', () => {
    const checked: string[] = []
    const spy: AnyRule = defineRule({
      id: 'acme/spy',
      meta: {
        description: 'Records what it checks.',
        recommended: false,
        scope: 'sentence',
        defaultOptions: {},
      },
      messages: { seen: 'Seen.' },
      check(context) {
        for (const sentence of context.sentences) checked.push(sentence.text)
      },
    })
    const linter = createLinter({ preset: 'strict', plugins: [spy] })
    linter.lint('Thanks for waiting. Your parcel left today. We will update you.')
    expect(checked).toHaveLength(3)
    checked.length = 0
    linter.lint('Thanks for waiting. Your parcel left today! We will update you.')
    expect(checked).toEqual(['Your parcel left today!'])
    checked.length = 0
    linter.lint('A new first line.\nThanks for waiting. Your parcel left today! We will update you.')
    expect(checked).toEqual(['A new first line.'])
    checked.length = 0
    linter.lint('Thanks for waiting. Your parcel left today! We will update you.', { refund: 'approved' })
    expect(checked).toHaveLength(3)
  })

  it('does not cache a report of the whole text from a sentence that is the whole text', () => {
    const linter = createLinter({ preset: 'strict', plugins: [flaky] })
    const wide = (text: string) =>
      linter
        .lint(text)
        .diagnostics.filter((d) => d.ruleId === 'acme/flaky')
        .map((d) => d.range)
    expect(wide('@')).toEqual([[0, 1]])
    expect(wide('\n\n@')).toEqual([[0, 3]])
    expect(wide('e\n@')).toEqual([[0, 3]])
  })

  it('moves cached reports, their suggestions and line/column with the sentence', () => {
    const options: LintOptions = { preset: 'strict' }
    const phone = (text: string, linter = createLinter(options)) =>
      linter.lint(text).diagnostics.filter((d) => d.messageId === 'phone')
    const linter = createLinter(options)
    const [before] = phone("Text me on 0344 493 0787 and I'll check it tonight.", linter)
    const text = "Hi Sam,\r\nThanks.\r\nText me on 0344 493 0787 and I'll check it tonight."
    const moved = phone(text, linter)
    expect(moved).toEqual(phone(text))
    expect(moved[0]?.range).toEqual([(before?.range[0] ?? 0) + 18, (before?.range[1] ?? 0) + 18])
    expect(moved[0]?.start).toEqual({ line: 3, column: 12 })
    expect(moved[0]?.suggestions[0]?.edits[0]?.range).toEqual([18, 43])
    // Returned diagnostics are the caller's: changing them leaves the cache alone.
    ;(moved[0] as { message: string }).message = 'changed'
    expect(phone(text, linter)).toEqual(phone(text))
  })

  it('does not cache a report that reaches outside its sentence', () => {
    const linter = createLinter({ preset: 'strict', plugins: [flaky] })
    expect(
      linter.lint('Mail me@x.co now. Fine.').diagnostics.find((d) => d.messageId === 'wide')?.range,
    ).toEqual([0, 23])
    expect(
      linter.lint('Mail me@x.co now. Fine, thanks.').diagnostics.find((d) => d.messageId === 'wide')?.range,
    ).toEqual([0, 31])
  })
})

describe('incremental parsing', () => {
  const shape = (document: ReplyDocument) =>
    JSON.stringify([document.paragraphs, document.sentences, document.words])

  it('equals a fresh parse after every edit, and keeps the objects of the paragraphs before the edit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DRAFTS),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (draft, steps) => {
          const parser = new IncrementalParser()
          let text = draft
          let previous = parser.parse(text)
          for (const step of steps) {
            const edited = apply(text, step)
            const document = parser.parse(edited)
            expect(shape(document)).toBe(shape(parseDocument(edited)))
            // A paragraph that ends in a letter or digit, with a blank line and the next paragraph's
            // first character (a letter or digit too) before the edit, is taken over as it is.
            const editAt = Math.min(step.at, text.length)
            for (const paragraph of previous.paragraphs) {
              const gap = /^[ \t\r\n]*/.exec(text.slice(paragraph.range[1]))?.[0] ?? ''
              const blank = gap.replace(/\r\n/g, '\n').replace(/\r/g, '\n').split('\n').length > 2
              const nextStart = paragraph.range[1] + gap.length
              const wordsAround = /^[A-Za-z0-9]{2}$/.test(
                text.charAt(paragraph.range[1] - 1) + text.charAt(nextStart),
              )
              if (blank && nextStart < editAt && wordsAround) expect(document.paragraphs).toContain(paragraph)
            }
            previous = document
            text = edited
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('reuses the sentences before an edit and parses the rest', () => {
    const parser = new IncrementalParser()
    const first = parser.parse(
      'Hi Sam,\n\nThanks for waiting. Your parcel left today.\n\nWe will update you.',
    )
    const second = parser.parse(
      'Hi Sam,\n\nThanks for waiting. Your parcel left today.\n\nWe will update you soon.',
    )
    expect(second.sentences.slice(0, 3)).toEqual(first.sentences.slice(0, 3))
    second.sentences.slice(0, 3).forEach((sentence, i) => {
      expect(sentence).toBe(first.sentences[i])
    })
    expect(second.sentences[3]).not.toBe(first.sentences[3])
    expect(second.sentences[3]?.text).toBe('We will update you soon.')
    // An edit in the first paragraph moves everything after it: nothing is taken over.
    const third = parser.parse(
      'Hi Samuel,\n\nThanks for waiting. Your parcel left today.\n\nWe will update you soon.',
    )
    expect(third.sentences.some((sentence) => second.sentences.includes(sentence))).toBe(false)
    expect(shape(third)).toBe(shape(parseDocument(third.text)))
  })

  it('hands back the same document for the same text, and parses again after any change', () => {
    const parser = new IncrementalParser()
    const text = 'Hi Sam,\n\nThanks for waiting. Your parcel left today.'
    const first = parser.parse(text)
    expect(parser.parse(text)).toBe(first)
    const edited = parser.parse(`${text} `)
    expect(edited).not.toBe(first)
    expect(edited.text).toBe(`${text} `)
    expect(parser.parse(text)).not.toBe(first)
    expect(shape(parser.parse(text))).toBe(shape(first))
  })

  it('keeps the sentences before an edit in the same paragraph', () => {
    const parser = new IncrementalParser()
    const text = 'Thanks for waiting. Your parcel left today. We will update you'
    const first = parser.parse(text)
    const second = parser.parse(`${text} soon`)
    const third = parser.parse(`${text} soon.`)
    expect(shape(third)).toBe(shape(parseDocument(`${text} soon.`)))
    for (const [before, after] of [
      [first, second],
      [second, third],
    ] as const) {
      after.sentences.slice(0, 2).forEach((sentence, i) => {
        expect(sentence).toBe(before.sentences[i])
      })
      expect(after.sentences[2]).not.toBe(before.sentences[2])
      expect(after.paragraphs[0]).not.toBe(before.paragraphs[0])
      expect(after.paragraphs[0]?.sentences[0]).toBe(before.sentences[0])
    }
    // "Dr. Smith": parse-latin may join a short word and a stop to what follows, so no cut there.
    const fourth = parser.parse('Thanks for waiting. Dr. Smith will call.')
    const fifth = parser.parse('Thanks for waiting. Dr. Smith will call you.')
    expect(fifth.sentences[0]).toBe(fourth.sentences[0])
    expect(fifth.sentences[1]).not.toBe(fourth.sentences[1])
    expect(shape(fifth)).toBe(shape(parseDocument(fifth.text)))
  })

  it('cuts at sentence ends after short words, but not after abbreviations retext joins', () => {
    const fine: PieceSizes = { blankLine: 0, sentenceEnd: 0, anySpace: 8_192 }
    const text = 'Please DM us. We are on it. Dr. Smith, etc. Then Y. Tan. Calif. We ship now. Thanks.'
    const ends = cutIntoPieces(text, fine).map((piece) => text.slice(0, piece.end).trimEnd().split(' ').pop())
    expect(ends).toEqual(['us.', 'it.', 'Tan.', 'now.', 'Thanks.'])
    expect(shape(parseDocumentInPieces(text, fine))).toBe(shape(parseDocument(text)))
  })

  it('does not cut after the longer abbreviations parse-english joins to the next sentence', () => {
    const parser = new IncrementalParser()
    const text = 'Thanks for waiting. Messrs. Smith will call. See you Thurs. We ship.'
    parser.parse(text)
    // After an edit, the text after it is cut at sentence ends: not after "Messrs." or "Thurs.".
    const edited = parser.parse(`Thanks for waiting! ${text.slice('Thanks for waiting. '.length)}`)
    expect(edited.sentences.map((sentence) => sentence.text)).toEqual([
      'Thanks for waiting!',
      'Messrs. Smith will call.',
      // A day before a sentence starter ends the sentence (the segmenter's reading), though the text is not cut there.
      'See you Thurs.',
      'We ship.',
    ])
    expect(shape(edited)).toBe(shape(parseDocument(edited.text)))
  })

  it('moves the sentences after an edit instead of parsing them again, when their lines are unchanged', () => {
    const coarse: PieceSizes = { blankLine: 0, sentenceEnd: Infinity, anySpace: 8_192 }
    const fine: PieceSizes = { blankLine: 0, sentenceEnd: 0, anySpace: 8_192 }
    const draft = 'Hi Sam,\n\nYour parcel left today.\n\nWe will update you. Thanks for waiting.'
    const first = buildDocument(draft, coarse, undefined, fine)
    const edited = draft.replace('Sam', 'Samuel')
    const second = buildDocument(edited, coarse, first, fine)
    expect(shape(second.document)).toBe(shape(parseDocument(edited)))
    const lines = new LineIndex(edited)
    const suffix = commonSuffixLength(draft, edited, 'Hi Sam'.length)
    expect(movedPieces(first, edited, second.pieces, 0, suffix, lines)).toEqual({
      from: 1,
      previousFrom: 1,
      delta: 3,
    })
    // The moved sentences are new objects (their offsets moved) built from the previous ones.
    expect(second.document.sentences[1]?.range).toEqual([
      (first.document.sentences[1]?.range[0] as number) + 3,
      (first.document.sentences[1]?.range[1] as number) + 3,
    ])
    expect(second.document.sentences[1]).not.toBe(first.document.sentences[1])
    // A sentence on the edited line is parsed again: its line starts before the unchanged text.
    const sameLine = 'Thanks for waiting. Your parcel left today.'
    const previous = buildDocument(sameLine, fine, undefined, fine)
    const changed = sameLine.replace('Thanks', 'Thank you')
    const next = buildDocument(changed, coarse, previous, fine)
    expect(
      movedPieces(
        previous,
        changed,
        next.pieces,
        0,
        commonSuffixLength(sameLine, changed, 'Thank'.length),
        new LineIndex(changed),
      ),
    ).toBeUndefined()
    expect(shape(next.document)).toBe(shape(parseDocument(changed)))
  })

  it('cuts a first draft or an unrelated text at paragraphs, and an edit finely after the edit', () => {
    const coarse: PieceSizes = { blankLine: 0, sentenceEnd: Infinity, anySpace: Infinity }
    const fine: PieceSizes = { blankLine: 0, sentenceEnd: 0, anySpace: Infinity }
    const cuts = (built: { pieces: readonly { end: number }[] }) => built.pieces.map((piece) => piece.end)
    const draft = 'Thanks for waiting. Your parcel left today.\n\nWe will update you shortly. Sorry again.'
    const first = buildDocument(draft, coarse, undefined, fine)
    expect(cuts(first)).toEqual([45, draft.length])
    const other = 'Hello there. We are sorry about the delay.\n\nIt left today. It will arrive soon.'
    expect(cuts(buildDocument(other, coarse, first, fine))).toEqual([44, other.length])
    const edited = draft.replace('update', 'email')
    const second = buildDocument(edited, coarse, first, fine)
    // Kept: the first paragraph; after the change, cut at every sentence end.
    expect(cuts(second)).toEqual([45, edited.length - 'Sorry again.'.length, edited.length])
    expect(second.document.sentences[0]).toBe(first.document.sentences[0])
    expect(shape(second.document)).toBe(shape(parseDocument(edited)))
  })
})

describe('context.memo', () => {
  const computed: string[] = []
  const counter = defineRule({
    id: 'acme/counter',
    meta: { description: 'Counts words, remembered per sentence.', recommended: false, defaultOptions: {} },
    messages: { words: '{{count}} words.' },
    check(context) {
      let count = 0
      for (const sentence of context.sentences)
        count += context.memo(sentence, 'count', (own) => {
          computed.push(own.text)
          return own.words.length
        })
      context.report({ messageId: 'words', range: [0, 0], data: { count } })
    },
  })
  const draft = 'Hi Sam,\n\nThanks for waiting. Your parcel left today.\n\nWe will update you.'

  it('computes once per sentence while the sentence is unchanged, and again for a new context', () => {
    const linter = createLinter({ preset: 'strict', rules: {}, plugins: [counter] })
    const count = (text: string, context?: ReplyContext) =>
      linter.lint(text, context).diagnostics.find((d) => d.ruleId === 'acme/counter')?.message
    computed.length = 0
    expect(count(draft)).toBe('13 words.')
    expect(computed).toHaveLength(4)
    computed.length = 0
    expect(count(`${draft} Soon.`)).toBe('14 words.')
    expect(computed).toEqual(['We will update you.', 'Soon.'])
    computed.length = 0
    expect(count(`${draft} Soon.`, { refund: 'approved' })).toBe('14 words.')
    expect(computed).toHaveLength(5)
  })

  it('refuses a sentence of another document with an internal-error diagnostic', () => {
    const stranger = parseDocument('Another text.').sentences[0] as Sentence
    const wrong = defineRule({
      id: 'acme/wrong-memo',
      meta: { description: 'Memoizes a foreign sentence.', recommended: false, defaultOptions: {} },
      messages: { never: 'Never.' },
      check(context) {
        context.memo(stranger, 'x', () => 1)
      },
    })
    const { diagnostics } = createLinter({ preset: 'recommended', plugins: [wrong] }).lint(
      'Thanks for waiting.',
    )
    const failure = diagnostics.find((d) => d.ruleId === 'internal-error')
    expect(failure?.message).toContain('acme/wrong-memo')
    expect(failure?.message).toContain('memo() takes a sentence of the document being linted')
  })
})

describe('cache bounds', () => {
  it('forgets the least recently used entry', () => {
    const map = new LruMap<string, number>(2)
    map.set('a', 1)
    map.set('b', 2)
    map.get('a')
    map.set('c', 3)
    expect([map.get('a'), map.get('b'), map.get('c'), map.size]).toEqual([1, undefined, 3, 2])
  })

  it('keeps at most its limit of sentences, views and contexts over a long session', () => {
    const cache = new LintCache({ sentences: 50, views: 5, contexts: 3 })
    for (let i = 0; i < 500; i++) {
      // Each draft twice: a sentence's results are kept once it has been seen before.
      for (const _ of [1, 2]) {
        const document = parseDocument(`Draft number ${i} is here. It will arrive.`)
        const session = cache.session(document, { platformName: `Shop ${i % 7}` })
        for (const sentence of document.sentences) {
          session.store(0, sentence, [])
          session.view(sentence.text)
        }
      }
    }
    expect(cache.sizes()).toEqual({ sentences: 50, views: 5, contexts: 3 })
  })

  it('keeps nothing for the next lint of a document with more sentences than it holds, but shares within the lint', () => {
    const cache = new LintCache({ sentences: 2, views: 5, contexts: 3 })
    const document = parseDocument('One. Two. One.')
    const session = cache.session(document, {})
    const [one, two, again] = document.sentences as Sentence[]
    session.store(0, one as Sentence, [])
    // The same sentence further on is answered from this lint's own results; another is not.
    expect([one, two, again].map((sentence) => session.reports(0, sentence as Sentence))).toEqual([
      [],
      undefined,
      [],
    ])
    session.finish()
    expect(cache.sizes().sentences).toBe(0)
    const next = parseDocument('One. Two. One.')
    expect(cache.session(next, {}).reports(0, next.sentences[0] as Sentence)).toBeUndefined()
  })

  it('carries sentence indexes to the next lint, except those of a document too big to hold', () => {
    const cache = new LintCache({ sentences: 2, views: 5, contexts: 3 })
    const indexOfFirst = (document: ReplyDocument) =>
      withIndexScope(cache.indexScope(document), () => sentenceIndex(document.sentences[0]?.words ?? []))
    const small = parseDocument('Your parcel left. It will arrive.')
    expect(indexOfFirst(small)).toBe(indexOfFirst(small))
    const big = parseDocument('Your parcel left. It will arrive. We will update you.')
    const fromBig = indexOfFirst(big)
    expect(indexOfFirst(big)).not.toBe(fromBig)
  })
})
