import { describe, expect, it } from 'vitest'
import {
  articleFor,
  cutsProtected,
  removeClause,
  removeSentence,
  removeWords,
  replaceClause,
  replaceSentence,
  replaceWords,
  verified,
} from '../rules/shared/prose-fixer.js'
import { applyEdits, type Edit, parseDocument, type Sentence, type Word } from '../src/core.js'

/** The text after `edits`, or undefined when the fixer offered none. */
function apply(text: string, edits: readonly Edit[] | undefined): string | undefined {
  if (!edits) return undefined
  return applyEdits(
    text,
    [...edits].sort((a, b) => a.range[0] - b.range[0]),
  )
}

function parsed(text: string, sentenceIndex = 0) {
  const document = parseDocument(text)
  const sentence = document.sentences[sentenceIndex] as Sentence
  const word = (normal: string, nth = 0): Word =>
    sentence.words.filter((candidate) => candidate.normal === normal)[nth] as Word
  return { document, sentence, word }
}

describe('removeWords', () => {
  it.each([
    ['It will arrive, for sure.', 'for', 'sure', 'It will arrive.'],
    ['Honestly, it is late.', 'honestly', 'honestly', 'It is late.'],
    ['The parcel, as I said, left today.', 'as', 'said', 'The parcel left today.'],
    ['It is obviously damaged.', 'obviously', 'obviously', 'It is damaged.'],
    ['You have a guaranteed easy return.', 'guaranteed', 'guaranteed', 'You have an easy return.'],
  ])('%s', (text, from, to, expected) => {
    const { sentence, word } = parsed(text)
    expect(apply(text, removeWords(sentence, word(from), word(to)))).toBe(expected)
  })

  it('refuses to cut into a template slot', () => {
    const text = 'Hi {{first name}}, thanks.'
    const { sentence, word } = parsed(text)
    expect(removeWords(sentence, word('name'), word('name'))).toBeUndefined()
  })
})

describe('replaceWords', () => {
  it('makes the article agree and keeps an acronym from capitalising mid-sentence', () => {
    const text = "I've raised an RMA for you."
    const { sentence, word } = parsed(text)
    expect(apply(text, replaceWords(sentence, word('rma'), word('rma'), 'return authorisation'))).toBe(
      "I've raised a return authorisation for you.",
    )
  })
})

describe('removeClause', () => {
  it.each([
    ['The parcel is late, and I will refund you.', 'refund', 'The parcel is late.'],
    // What is left points back at the removed clause: "It takes a few days" is the refund.
    ['I will refund you, but it takes a few days.', 'refund', undefined],
    ['I will refund you, but the courier is slow this week.', 'refund', 'The courier is slow this week.'],
    ['We will stop your package and issue you a refund.', 'issue', 'We will stop your package.'],
    ['It is late, I will refund you, and it is fine.', 'refund', 'It is late, and it is fine.'],
    ['Thanks, the form is here: <URL>', 'url', undefined],
  ])('%s', (text, at, expected) => {
    const { sentence, word } = parsed(text)
    expect(apply(text, removeClause(sentence, word(at)))).toBe(expected)
  })

  it.each([
    // The rest cannot stand alone, asks nothing any more, or the clause is the whole sentence.
    ['If it is lost, I will refund you.', 'refund'],
    ['Would you prefer a replacement or a refund?', 'refund'],
    ['I will refund you today.', 'refund'],
    ['For any queries about the ink, please call the team.', 'call'],
    ['I can send a replacement today, so you are covered.', 'send'],
  ])('offers nothing for %s', (text, at) => {
    const { sentence, word } = parsed(text)
    expect(removeClause(sentence, word(at))).toBeUndefined()
  })

  it('keeps what follows "so" when asked to: the dropped clause was only the cause', () => {
    const text = "Royal Mail lost it, so I've opened a claim."
    const { sentence, word } = parsed(text)
    expect(apply(text, removeClause(sentence, word('lost'), { after: 'so' }))).toBe("I've opened a claim.")
  })
})

describe('replaceClause and replaceSentence', () => {
  it.each([
    ["I'm sorry, I'll send you a new one.", 'send', "I'm sorry. Your request is under review."],
    ["Hi Jo, we'll pop a new one in the post.", 'pop', 'Hi Jo, your request is under review.'],
    ["To be honest, we'll send a new one.", 'send', 'Your request is under review.'],
    ["If you like, we'll send a new one", 'send', 'Your request is under review.'],
  ])('%s', (text, at, expected) => {
    const { sentence, word } = parsed(text)
    expect(apply(text, replaceClause(sentence, word(at), 'Your request is under review'))).toBe(expected)
  })

  it('keeps a bullet before the sentence and always ends with a full stop', () => {
    const text = '- email me at jo@example.com'
    const { sentence } = parsed(text)
    expect(apply(text, replaceSentence(sentence, 'Please reply here'))).toBe('- Please reply here.')
  })
})

describe('removeSentence', () => {
  it('takes the space to the next sentence, and offers nothing when too little would be left', () => {
    const text = 'Thanks for your order. Follow us on Instagram! It ships today.'
    const { document } = parsed(text)
    const sentence = document.sentences[1] as Sentence
    expect(apply(text, removeSentence(document, sentence))).toBe('Thanks for your order. It ships today.')
    expect(removeSentence(document, sentence, 20)).toBeUndefined()
  })
})

describe('cutsProtected', () => {
  it.each([
    ['Hi {{first_name}}, thanks.', 'first_name'],
    ['Dear [Customer Name], thanks.', 'customer'],
    ['Dear <<Buyer Name>>, thanks.', 'buyer'],
    ['Hi *|FNAME|*, thanks.', 'fname'],
    ['See https://example.com/help/page now.', 'help'],
    ['You said "guaranteed by Friday" to me.', 'guaranteed'],
  ])('%s', (text, inside) => {
    const { sentence, word } = parsed(text)
    const target = word(inside)
    expect(cutsProtected(sentence, [{ range: target.range, text: 'x' }])).toBe(true)
  })

  it('lets a rewrite take a whole slot', () => {
    const text = 'Dear [Name], thanks.'
    const { sentence } = parsed(text)
    expect(cutsProtected(sentence, [{ range: [5, 11], text: 'Sam' }])).toBe(false)
  })
})

describe('articleFor', () => {
  it.each([
    ['apple', 'an'],
    ['hour', 'an'],
    ['RMA', 'an'],
    ['UPS', 'a'],
    ['unique', 'a'],
    ['one', 'a'],
    ['return', 'a'],
    ['expected', 'an'],
  ])('%s -> %s', (word, article) => {
    expect(articleFor(word)).toBe(article)
  })
})

describe('verified', () => {
  it('drops edits that leave the problem in the rewritten sentence', () => {
    const text = 'The courier lost it and the courier broke it.'
    const { sentence, word } = parsed(text)
    const flagsCourier = (s: Sentence) => s.words.some((w) => w.normal === 'courier')
    const partial = removeWords(sentence, word('lost'), word('lost'))
    expect(verified(sentence, partial, flagsCourier)).toBeUndefined()
    expect(verified(sentence, replaceSentence(sentence, 'It was lost'), flagsCourier)).toBeDefined()
  })
})
