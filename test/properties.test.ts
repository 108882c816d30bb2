/**
 * Properties that hold for any input: no throw, ranges inside the text, excerpts and line/column
 * consistent with the offsets, deterministic output, input never mutated, fixes that only touch
 * their edits and converge. Drafts are arbitrary strings and realistic drafts assembled from the
 * fixtures' lines and awkward separators (CRLF, lone surrogates, RTL, emoji sequences, NBSP, tabs).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyFixes,
  createLinter,
  type Diagnostic,
  type LintOptions,
  type LintResult,
  type ReplyContext,
} from '../src/index.js'
import { parseDocumentInPieces, type ReplyDocument } from '../src/parse/document.js'
import type { PieceSizes } from '../src/parse/pieces.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

/** Every line of every fixture draft: real-looking sentences that make the rules fire (or nearly). */
const FIXTURE_LINES: string[] = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .flatMap((file) => readFileSync(join(FIXTURES, file), 'utf8').split(/\r?\n/))
  .filter((line) => line.trim() !== '')

const AWKWARD = [
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\r\n\r\n',
  '\t',
  '\u00A0',
  ' \u00A0 ',
  '\u2028',
  '\uFEFF',
  '\u200B',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDBFF',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏽',
  '🇬🇧',
  'שלום, ההזמנה שלך בדרך.',
  'مرحبا، طلبك في الطريق.',
  '\u202Eevil\u202C',
  'e\u0301',
  '＠ｅｘａｍｐｌｅ',
  '“quoted”',
  '> ',
  '"',
  '…',
  '—',
  "'",
  '‘',
  '.',
  '!!',
  '?!',
  '(',
  ')',
  '@',
  '#',
  '$',
  '%',
  '<',
  '[',
  '{{first_name}}',
  'https://example.com/x?y=1',
  'sam@example.com',
  '+44 20 7946 0958',
  '4111 1111 1111 1111',
]

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))
const awkward = fc.constantFrom(...AWKWARD)
const fixtureLine = fc.constantFrom(...FIXTURE_LINES)
const separator = fc.constantFrom(
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\r\n\r\n',
  '\t',
  '\u00A0',
  '  ',
  '. ',
  '\n> ',
)

/** A realistic draft: fixture lines joined by awkward separators, with awkward bits spliced in. */
const draft = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fixtureLine },
      { weight: 2, arbitrary: awkward },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .chain((parts) =>
    fc
      .array(separator, { minLength: parts.length, maxLength: parts.length })
      .map((separators) => parts.map((part, i) => part + (separators[i] as string)).join('')),
  )

/** Any string at all, weighted towards the kinds that break offset arithmetic. */
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.oneof(loneSurrogate, awkward, fc.string({ maxLength: 3 })), maxLength: 60 }),
  draft,
)

const context: fc.Arbitrary<ReplyContext> = fc.record(
  {
    fulfillment: fc.constantFrom('platform', 'seller'),
    messageKind: fc.constantFrom('reply', 'proactive'),
    refund: fc.constantFrom('none', 'requested', 'approved'),
    disputeActive: fc.boolean(),
    customerAbusive: fc.boolean(),
    platformName: fc.constantFrom('Kingston Express', ''),
    allowedDomains: fc.array(fc.constantFrom('example.com', 'kingston.example', ''), { maxLength: 2 }),
    order: fc.record(
      { id: fc.string({ maxLength: 12 }), trackingNumber: fc.string({ maxLength: 14 }) },
      { requiredKeys: [] },
    ),
    customerMessage: fc.oneof(fixtureLine, fc.string({ maxLength: 40 })),
  },
  { requiredKeys: [] },
)

const strict = createLinter({ preset: 'strict' })

/**
 * Line and column of an offset, counted here without the library: `\r\n`, `\r` and `\n` break
 * lines, and an offset between `\r` and `\n` is still on the line the `\r` ends.
 */
function positionsOf(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '\r' && text[i + 1] === '\n') continue
    if (char === '\n' || char === '\r') lineStarts.push(i + 1)
  }
  return (offset) => {
    // The last line start at or before the offset.
    let low = 0
    let high = lineStarts.length
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2)
      if ((lineStarts[middle] as number) <= offset) low = middle
      else high = middle
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 }
  }
}

function expectConsistent(text: string, result: LintResult): void {
  const { diagnostics } = result
  const lineColumn = positionsOf(text)
  for (const d of diagnostics) {
    const [start, end] = d.range
    expect(d.ruleId, d.message).not.toBe('internal-error')
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true)
    expect(0 <= start && start <= end && end <= text.length, `${d.ruleId} range [${start}, ${end}]`).toBe(
      true,
    )
    expect(d.excerpt).toBe(text.slice(start, end))
    expect(d.start).toEqual(lineColumn(start))
    expect(d.end).toEqual(lineColumn(end))
    expect(typeof d.message === 'string' && d.message.length > 0).toBe(true)
    for (const suggestion of d.suggestions)
      for (const edit of suggestion.edits) {
        const [editStart, editEnd] = edit.range
        expect(0 <= editStart && editStart <= editEnd && editEnd <= text.length).toBe(true)
        expect(typeof edit.text).toBe('string')
      }
  }
  expect(result.errorCount + result.warningCount + result.infoCount).toBe(diagnostics.length)
  const sorted = [...diagnostics].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  expect(diagnostics.map((d) => d.range)).toEqual(sorted.map((d) => d.range))
}

/** `applyFixes` rebuilt independently: every character outside the applied edits is kept in order. */
function expectFixesOnlyTouchEdits(text: string, diagnostics: Diagnostic[]): string {
  const result = applyFixes(text, diagnostics)
  const edits = result.applied
    .flatMap((d) => (d.suggestions[0] ? d.suggestions[0].edits : []))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let expected = ''
  let cursor = 0
  for (const edit of edits) {
    expect(edit.range[0], 'applied edits never overlap').toBeGreaterThanOrEqual(cursor)
    expected += text.slice(cursor, edit.range[0]) + edit.text
    cursor = edit.range[1]
  }
  expected += text.slice(cursor)
  expect(result.text).toBe(expected)
  expect(result.applied.length + result.skipped.length).toBeLessThanOrEqual(diagnostics.length)
  return result.text
}

const NUM_RUNS = 80

describe('lint on any input', () => {
  it('never throws, and every diagnostic points inside the text with a matching excerpt and line/column', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectConsistent(text, strict.lint(text))
      }),
      { numRuns: NUM_RUNS * 2 },
    )
  })

  it('holds with any reply context and preset', () => {
    fc.assert(
      fc.property(
        draft,
        context,
        fc.constantFrom('recommended', 'strict', 'kingston-express'),
        (text, replyContext, preset) => {
          const linter = createLinter({ preset, context: replyContext })
          expectConsistent(text, linter.lint(text))
          expectConsistent(text, strict.lint(text, replyContext))
        },
      ),
      { numRuns: NUM_RUNS },
    )
  })

  it('gives the same result twice, and from a fresh linter', () => {
    fc.assert(
      fc.property(anyText, context, (text, replyContext) => {
        const first = strict.lint(text, replyContext)
        expect(strict.lint(text, replyContext)).toEqual(first)
        expect(createLinter({ preset: 'strict', context: replyContext }).lint(text)).toEqual(first)
      }),
      { numRuns: NUM_RUNS },
    )
  })

  it('never changes its options or context, nor freezes them', () => {
    fc.assert(
      fc.property(draft, context, (text, replyContext) => {
        const options: LintOptions = { preset: 'strict', rules: { 'no-guarantees': ['warn', {}] } }
        const snapshot = structuredClone({ options, replyContext })
        const linter = createLinter(options)
        linter.lint(text, replyContext)
        createLinter({ ...options, context: replyContext }).lint(text)
        expect({ options, replyContext }).toEqual(snapshot)
        expect(Object.isFrozen(options) || Object.isFrozen(replyContext)).toBe(false)
        if (replyContext.allowedDomains) expect(Object.isFrozen(replyContext.allowedDomains)).toBe(false)
      }),
      { numRuns: 50 },
    )
  })
})

describe('silencing on any input', () => {
  /** A draft and phrases taken from it: one to three of its words in a row, as written or in lower case. */
  const draftAndPhrases = draft.chain((text) => {
    // Words with a letter and none of the pattern syntax; a draft without any allows a name of its own.
    const words = text
      .split(/[\s.,!?;:"“”]+/)
      .filter((word) => /\p{L}/u.test(word) && !/[()|{}~@*?]/.test(word))
    if (words.length === 0) words.push('Kingston', 'Express')
    const phrase = fc
      .tuple(fc.nat({ max: words.length - 1 }), fc.integer({ min: 1, max: 3 }), fc.boolean())
      .map(([at, length, lower]) => {
        const phrase = words.slice(at, at + length).join(' ')
        return lower ? phrase.toLowerCase() : phrase
      })
    return fc.tuple(fc.constant(text), fc.array(phrase, { minLength: 1, maxLength: 3 }))
  })
  const key = (d: Diagnostic) => `${d.ruleId} ${d.messageId} ${d.range[0]} ${d.range[1]} ${d.message}`

  it('allow only ever drops diagnostics, globally or per rule, and keeps them consistent', () => {
    fc.assert(
      fc.property(draftAndPhrases, ([text, allow]) => {
        const all = new Set(strict.lint(text).diagnostics.map(key))
        for (const options of [
          { preset: 'strict', allow },
          {
            preset: 'strict',
            rules: { 'no-guarantees': ['error', { allow }], 'no-blame': ['error', { allow }] },
          },
        ] as LintOptions[]) {
          const result = createLinter(options).lint(text)
          expectConsistent(text, result)
          for (const diagnostic of result.diagnostics) expect(all.has(key(diagnostic))).toBe(true)
        }
      }),
      { numRuns: NUM_RUNS },
    )
  })

  it('a plain-text draft with directive-like comments silences nothing and stays consistent', () => {
    const comment = fc.constantFrom(
      '<!-- reply-lint-disable -->',
      '<!-- reply-lint-disable-next-line no-guarantees -->\n',
      '<!-- reply-lint-enable',
      '-->',
      '<!--',
    )
    const withComments = fc
      .tuple(draft, fc.array(fc.tuple(fc.nat({ max: 400 }), comment), { maxLength: 4 }))
      .map(([text, inserts]) =>
        inserts.reduce((current, [at, piece]) => current.slice(0, at) + piece + current.slice(at), text),
      )
    const reporting = createLinter({ preset: 'strict', reportUnusedDirectives: 'warn' })
    fc.assert(
      fc.property(withComments, (text) => {
        const result = reporting.lint(text)
        expectConsistent(text, result)
        expect(result.diagnostics.filter((d) => d.ruleId !== 'unused-directive')).toEqual(
          strict.lint(text).diagnostics,
        )
        for (const d of result.diagnostics.filter((d) => d.ruleId === 'unused-directive'))
          expect(d.excerpt).toMatch(/^<!--\s*reply-lint[\s\S]*-->$/)
      }),
      { numRuns: NUM_RUNS },
    )
  })
})

describe('applyFixes on any input', () => {
  it('changes nothing outside its edits, and relinting and fixing again converges', () => {
    fc.assert(
      fc.property(fc.oneof(draft, anyText), (text) => {
        let current = text
        let passes = 0
        for (; passes < 4; passes++) {
          const { diagnostics } = strict.lint(current)
          const next = expectFixesOnlyTouchEdits(current, diagnostics)
          if (next === current) break
          current = next
        }
        expect(passes, `fixes still change the text after ${passes} passes`).toBeLessThan(4)
      }),
      { numRuns: NUM_RUNS },
    )
  })
})

describe('long inputs', () => {
  const big = (size: number) => {
    const parts: string[] = []
    let length = 0
    for (let i = 0; length < size; i++) {
      const line = FIXTURE_LINES[(i * 7919) % FIXTURE_LINES.length] as string
      const separator = AWKWARD[i % 11] as string
      parts.push(line, separator, i % 5 === 0 ? '\n\n' : ' ')
      length += line.length + separator.length + 2
    }
    return parts.join('')
  }

  it('lints 1 MB of drafts without throwing, with consistent ranges', () => {
    const text = big(1024 * 1024)
    const result = strict.lint(text)
    expectConsistent(text, result)
    expectFixesOnlyTouchEdits(text, result.diagnostics)
  }, 60_000)

  it('lints a 1 MB draft with no blank line, and one with no white space at all', () => {
    const text = big(1024 * 1024).replace(/\s+/g, ' ')
    expectConsistent(text, strict.lint(text))
    const solid = 'word.'.repeat(200_000)
    expectConsistent(solid, strict.lint(solid))
  }, 60_000)
})

describe('parsing long texts in pieces', () => {
  const WHOLE: PieceSizes = { blankLine: Infinity, sentenceEnd: Infinity, anySpace: Infinity }
  const TINY: PieceSizes = { blankLine: 1, sentenceEnd: 1, anySpace: Infinity }
  const shape = (document: ReplyDocument) => ({
    paragraphs: document.paragraphs.map((p) => [p.index, p.range, p.sentences.map((s) => s.index)]),
    sentences: document.sentences.map((s) => [s.range, s.paragraphIndex, s.tokens, s.words]),
  })

  it('gives the same document as parsing in one piece, wherever it may cut', () => {
    fc.assert(
      fc.property(fc.oneof(draft, anyText), (text) => {
        expect(shape(parseDocumentInPieces(text, TINY))).toEqual(shape(parseDocumentInPieces(text, WHOLE)))
      }),
      { numRuns: NUM_RUNS * 2 },
    )
  })

  it('gives the same document when sentences end in stops, abbreviations, links, numbers or emoji', () => {
    // What decides whether parse-latin merges two sentences or paragraphs: the word and marks before the space.
    const piece = fc.constantFrom(
      ...['look', 'ok', 'Dr', 'etc', 'e.g', 'U.S', 'Y', 'I', 'no', 'We', 'please', "We'd", '5', '1-866'],
      ...['🐶', '👍🏻', ':)', '^JD', 'é', 'Ünder', 'straße', '(1/2)', '"', '“', '”', '’', '(', ')', '—', '•'],
      ...['www.x.com', 'a@b.co'],
      // Abbreviations parse-latin or parse-english joins to the next sentence, and short words.
      ...['Messrs', 'Calif', 'Thurs', 'thurs', 'Northumb', 'Yorks', 'Staffs', 'Bldgs', 'Mr', 'St'],
      ...['vs', 'al', 'Jan', 'mon', 'Inc', 'Ltd', 'ft', 'us', 'it', 'DM', 'now', 'x.com', '5us', 'Ph.D'],
      // Where the sentence splitter adds or joins sentences: lower case, initialisms, numbers, emoji.
      ...[
        'sorry',
        'most',
        'ill',
        'ID',
        'No',
        'no',
        '4456',
        'approx',
        'L',
        'the',
        '£5',
        '#A-1',
        '😊',
        '☀️',
        'hi',
        'b)',
      ],
    )
    const marks = fc.constantFrom(
      '',
      '',
      '.',
      '!',
      '?',
      '...',
      '…',
      '.)',
      '."',
      '.”',
      ',',
      ':',
      '?!',
      '.....',
      '!!',
      ' 😊',
    )
    const space = fc.constantFrom(' ', ' ', '\n', '\n\n', '\n\n\n', '\n \n', '\r\n\r\n', '\t')
    const paragraphs = fc
      .array(fc.tuple(piece, marks, space), { minLength: 1, maxLength: 30 })
      .map((parts) => parts.map((part) => part.join('')).join(''))
    fc.assert(
      fc.property(paragraphs, (text) => {
        expect(shape(parseDocumentInPieces(text, TINY))).toEqual(shape(parseDocumentInPieces(text, WHOLE)))
      }),
      { numRuns: NUM_RUNS * 4 },
    )
  })

  it('keeps the offsets of a text cut anywhere at white space', () => {
    const anywhere: PieceSizes = { blankLine: 1, sentenceEnd: 1, anySpace: 1 }
    fc.assert(
      fc.property(fc.oneof(draft, anyText), (text) => {
        const document = parseDocumentInPieces(text, anywhere)
        for (const word of document.words) expect(text.slice(word.range[0], word.range[1])).toBe(word.text)
        for (const sentence of document.sentences)
          expect(text.slice(sentence.range[0], sentence.range[1])).toBe(sentence.text)
        expect(document.paragraphs.flatMap((p) => p.sentences)).toEqual(document.sentences)
      }),
      { numRuns: NUM_RUNS },
    )
  })
})
