import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/core.js'
import { parseDocumentInPieces } from '../src/parse/document.js'

interface SegmentationCase {
  category: string
  text: string
  sentences: string[]
}

const CASES: SegmentationCase[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'segmentation', 'cases.json'), 'utf8'),
)
const sentencesOf = (text: string) => parseDocument(text).sentences.map((sentence) => sentence.text)

describe('sentence segmentation on the labelled cases', () => {
  it('splits at least 99% of the cases exactly as labelled', () => {
    const wrong = CASES.filter(
      (sample) => JSON.stringify(sentencesOf(sample.text)) !== JSON.stringify(sample.sentences),
    )
    // Printed so a regression names its cases.
    for (const sample of wrong) console.log(sample.category, sample.sentences, sentencesOf(sample.text))
    expect(CASES.length).toBeGreaterThanOrEqual(150)
    expect(1 - wrong.length / CASES.length).toBeGreaterThanOrEqual(0.99)
  })

  it('covers every kind of boundary the drafts need', () => {
    const categories = new Set(CASES.map((sample) => sample.category))
    for (const category of [
      'lower-case',
      'abbreviation',
      'order-number',
      'id',
      'emoji',
      'ellipsis',
      'line-break',
      'list',
      'greeting',
      'signoff',
    ])
      expect(categories).toContain(category)
  })

  it('gives the same sentences when the text is parsed in the smallest pieces', () => {
    const tiny = { blankLine: 1, sentenceEnd: 1, anySpace: 4096 }
    const text = CASES.map((sample) => sample.text).join('\n\n')
    const whole = parseDocument(text).sentences.map((sentence) => sentence.range)
    expect(parseDocumentInPieces(text, tiny).sentences.map((sentence) => sentence.range)).toEqual(whole)
  })
})

describe('sentence segmentation', () => {
  it('splits chat written in lower case at its full stops, but not after abbreviations', () => {
    expect(sentencesOf('sorry about that. most parcels take 3 days. ill check')).toEqual([
      'sorry about that.',
      'most parcels take 3 days.',
      'ill check',
    ])
    expect(sentencesOf('It has cables etc. and a case, approx. three of each.')).toHaveLength(1)
  })

  it('joins "No." to its number and splits after an initialism', () => {
    expect(sentencesOf('Your order No. 4456 shipped. Bring photo ID. They hold it.')).toEqual([
      'Your order No. 4456 shipped.',
      'Bring photo ID.',
      'They hold it.',
    ])
    expect(sentencesOf('Is it in stock? No. 2 weeks.')).toEqual(['Is it in stock?', 'No.', '2 weeks.'])
  })

  it('ends a sentence at an emoji before a new clause, not before the rest of a phrase', () => {
    expect(sentencesOf('Great news 😊 It shipped today.')).toEqual(['Great news 😊', 'It shipped today.'])
    expect(sentencesOf("It's coming 😀 tomorrow.")).toHaveLength(1)
    expect(sentencesOf('Done! 🚚 It left today.')).toEqual(['Done! 🚚', 'It left today.'])
  })
})
