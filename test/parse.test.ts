import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeWord, parseDocument } from '../src/core.js'
import { analyzeSentence } from '../src/parse/nlp.js'

const sentenceTexts = (text: string) => parseDocument(text).sentences.map((sentence) => sentence.text)

describe('parseDocument offsets', () => {
  it('keeps every word, sentence and paragraph range equal to its text, across awkward characters', () => {
    const text =
      'Hi Tom,\r\nThanks — your order ships “today”.\tIt’s\u00a0on the way 😀👍🏽!\r\n\r\nSecond para: café naïve 🧑‍🍳 done.'
    const document = parseDocument(text)
    for (const word of document.words) expect(text.slice(word.range[0], word.range[1])).toBe(word.text)
    for (const sentence of document.sentences) {
      expect(text.slice(sentence.range[0], sentence.range[1])).toBe(sentence.text)
      for (const token of sentence.tokens) expect(text.slice(token.range[0], token.range[1])).toBe(token.text)
    }
    for (const paragraph of document.paragraphs) expect(text.slice(...paragraph.range)).toBe(paragraph.text)
    expect(document.paragraphs).toHaveLength(2)
    expect(document.words.map((word) => word.text)).toContain('It’s')
    expect(document.words.find((word) => word.text === 'It’s')?.normal).toBe("it's")
  })

  it('gives 1-based line and column in UTF-16 units, counting CRLF, CR and LF as one break each', () => {
    const text = 'a\r\nb\rc\nd 😀 e'
    const document = parseDocument(text)
    expect(document.position(0)).toEqual({ line: 1, column: 1 })
    expect(document.position(3)).toEqual({ line: 2, column: 1 })
    expect(document.position(5)).toEqual({ line: 3, column: 1 })
    expect(document.position(7)).toEqual({ line: 4, column: 1 })
    const e = text.indexOf('e')
    expect(document.position(e)).toEqual({ line: 4, column: 6 }) // the emoji is two code units
  })

  it('handles empty and whitespace-only drafts', () => {
    expect(parseDocument('').sentences).toEqual([])
    expect(parseDocument(' \n\t\r\n ').words).toEqual([])
  })

  it('freezes the document so rules cannot change what other rules see', () => {
    const document = parseDocument('One. Two.')
    expect(Object.isFrozen(document)).toBe(true)
    expect(Object.isFrozen(document.sentences)).toBe(true)
    expect(Object.isFrozen(document.words[0])).toBe(true)
    expect(Object.isFrozen(document.words[0]?.range)).toBe(true)
  })
})

describe('sentence splitting at line breaks', () => {
  it('splits a greeting, a sign-off and list items from the body', () => {
    expect(sentenceTexts('Hi Tom,\nThanks for your message.\nBest regards\nAnna')).toEqual([
      'Hi Tom,',
      'Thanks for your message.',
      'Best regards',
      'Anna',
    ])
    expect(sentenceTexts('Next steps:\n- check the label\n- reply here')).toEqual([
      'Next steps:',
      '- check the label',
      '- reply here',
    ])
  })

  it("never runs a quoted customer line into the seller's next line", () => {
    expect(sentenceTexts('> my parcel never came and\nThanks for waiting, it left today.')).toEqual([
      '> my parcel never came and',
      'Thanks for waiting, it left today.',
    ])
  })

  it('keeps hard-wrapped prose together', () => {
    expect(sentenceTexts('We have checked the parcel and it is\nstill with the courier.')).toEqual([
      'We have checked the parcel and it is\nstill with the courier.',
    ])
  })
})

describe('words', () => {
  it('marks words inside quotes and on e-mail quote lines', () => {
    const document = parseDocument('You said "it never came" and\n> this is quoted\nThanks.')
    const quoted = document.words.filter((word) => word.quoted).map((word) => word.text)
    expect(quoted).toEqual(['it', 'never', 'came', 'this', 'is', 'quoted'])
  })

  it('leaves an unbalanced quote alone', () => {
    expect(parseDocument('He said "hello and left.').words.some((word) => word.quoted)).toBe(false)
  })

  it('records punctuation between words, so phrases never match across it', () => {
    const words = parseDocument('courier, messed up').words
    expect(words.map((word) => word.breakBefore)).toEqual([false, true, false])
  })

  it('joins the ends of a number range across its dash, and nothing else', () => {
    const words = parseDocument('about 2–3 weeks or 2 - 3 days, not page 4 - see').words
    expect(words.map((word) => word.breakBefore)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      true,
    ])
  })

  it('splits a full stop that retext left on a word, but not inner stops of abbreviations', () => {
    const text = 'Fix it ASAP. then e.g. here.'
    const document = parseDocument(text)
    const words = document.words
    expect(words.map((word) => word.text)).toEqual(['Fix', 'it', 'ASAP', 'then', 'e.g.', 'here'])
    expect(document.sentences.map((sentence) => sentence.text)).toEqual(['Fix it ASAP.', 'then e.g. here.'])
    expect(words.map((word) => word.breakBefore)).toEqual([false, false, false, false, false, false])
    for (const word of words) expect(text.slice(...word.range)).toBe(word.text)
  })

  it('normalises case, apostrophes and dashes', () => {
    const words = parseDocument('DON’T re\u2011send E\u2010mail').words
    expect(words.map((word) => word.normal)).toEqual(["don't", 're-send', 'e-mail'])
  })
})

describe('compromise bridge', () => {
  it('maps term offsets back into the draft through smart quotes, emoji, NBSP and CRLF', () => {
    const text = 'Hello.\r\n“It’s\u00a0coming 😀 tomorrow,” she’ll  say.'
    const sentence = parseDocument(text).sentences[1]
    if (!sentence) throw new Error('expected two sentences')
    const analysis = analyzeSentence(sentence)
    for (const term of analysis.terms) {
      if (term.range[0] === term.range[1]) continue // the hidden half of a contraction
      expect(text.slice(term.range[0], term.range[1])).toBe(term.text)
    }
    const [match] = analysis.match('tomorrow')
    expect(match && text.slice(...match.range)).toBe('tomorrow')
    expect(analysis.has('#Date')).toBe(true)
  })
})

describe('normalizeWord', () => {
  it('lower-cases and unifies apostrophes, dashes and compatibility forms', () => {
    expect(normalizeWord('DON’T')).toBe("don't")
    expect(normalizeWord('don`t')).toBe("don't")
    expect(normalizeWord('e‐mail')).toBe('e-mail')
    expect(normalizeWord('ＷｈａｔｓＡｐｐ')).toBe('whatsapp')
  })

  it('gives what the full normalisation gives for any string (printable ASCII takes a short cut)', {
    timeout: 60_000,
  }, () => {
    const full = (word: string) =>
      word
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g, "'")
        .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-')
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 })),
        (word) => {
          expect(normalizeWord(word)).toBe(full(word))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
