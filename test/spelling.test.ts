import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/core.js'
import { standardSpellings, unmask } from '../src/parse/normalize.js'

const normals = (text: string) => parseDocument(text).words.map((word) => word.normal)

describe('standard spellings', () => {
  it('restores apostrophes that can only be contractions, and chat shorthand', () => {
    expect(normals('dont worry, u cant miss it')).toEqual(["don't", 'worry', 'you', "can't", 'miss', 'it'])
    // Scots and Irish forms, and chat forms of today and tonight.
    expect(normals("it'll be wi ye the morra")).toEqual(["it'll", 'be', 'with', 'you', 'the', 'tomorrow'])
    expect(normals('posting 2day or tonite')).toEqual(['posting', 'today', 'or', 'tonight'])
  })

  it('reads "ill", "well", "its" and "ur" by the word after them', () => {
    expect(normals('ill refund u now')).toEqual(["i'll", 'refund', 'you', 'now'])
    expect(normals('I was ill yesterday')).toEqual(['i', 'was', 'ill', 'yesterday'])
    // Any verb after a chat-typed "ill" makes it "I'll"; the adjective needs a copula, a feeling or a degree.
    expect(normals('ill set it aside')).toEqual(["i'll", 'set', 'it', 'aside'])
    expect(normals('ok ill mark it sold')).toEqual(['ok', "i'll", 'mark', 'it', 'sold'])
    expect(normals('she fell ill, really ill')).toEqual(['she', 'fell', 'ill', 'really', 'ill'])
    expect(normals('ill health')).toEqual(['ill', 'health'])
    expect(normals('well send it. it went well')).toEqual(["we'll", 'send', 'it', 'it', 'went', 'well'])
    expect(normals('its on its way')).toEqual(["it's", 'on', 'its', 'way'])
    expect(normals('its packaging was torn')).toEqual(['its', 'packaging', 'was', 'torn'])
    expect(normals('its arriving soon')).toEqual(["it's", 'arriving', 'soon'])
    expect(normals('ur order, ur welcome')).toEqual(['your', 'order', "you're", 'welcome'])
    expect(normals('lets get it sorted, it lets you track')).toEqual([
      "let's",
      'get',
      'it',
      'sorted',
      'it',
      'lets',
      'you',
      'track',
    ])
  })

  it('corrects common misspellings', () => {
    expect(standardSpellings(['definately', 'recieve', 'teh', 'tommorow'])).toEqual([
      'definitely',
      'receive',
      'the',
      'tomorrow',
    ])
  })

  it('reads masked swear words letter for letter, and nothing else', () => {
    expect(unmask('f***ed')).toBe('fucked')
    expect(unmask('a$$hole')).toBe('asshole')
    expect(unmask('sh1t')).toBe('shit')
    expect(unmask('f*cking')).toBe('fucking')
    expect(unmask('c#')).toBeUndefined()
    expect(unmask('***')).toBeUndefined()
    expect(unmask('b0x')).toBeUndefined()
  })
})

describe('hidden words', () => {
  it('makes one word of a swear word split by mask characters, keeping its place in the text', () => {
    const text = 'the courier f***ed this up, sh!t happens'
    const words = parseDocument(text).words
    expect(words.map((word) => word.normal)).toEqual([
      'the',
      'courier',
      'fucked',
      'this',
      'up',
      'shit',
      'happens',
    ])
    for (const word of words) expect(text.slice(...word.range)).toBe(word.text)
  })

  it('makes one word of a word split by an invisible character', () => {
    const text = 'Message me on Whats\u200bApp'
    const last = parseDocument(text).words.at(-1)
    expect(last?.normal).toBe('whatsapp')
    expect(last && text.slice(...last.range)).toBe('Whats\u200bApp')
  })

  it('leaves other marks between letters alone', () => {
    expect(normals('Hi!there, C# and US$5')).toEqual(['hi', 'there', 'c', 'and', 'us', '5'])
  })
})
