import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { LruMap } from '../lru-map.js'

type Processor = ReturnType<typeof createProcessor>
let processor: Processor | undefined
function createProcessor() {
  return unified().use(retextEnglish).freeze()
}

/** retext-english's tree of `text`; the processor is made on first use. */
export function parseWithRetext(text: string): Root {
  processor ??= createProcessor()
  return processor.parse(text) as Root
}

/** The answers of {@link joinsNextSentence}, by word; bounded, so odd words cannot grow it. */
const joinsByWord = new LruMap<string, boolean>(4096)
/**
 * Longer words are never asked about: the longest abbreviation parse-english lists has nine letters
 * ("Northants"), and asking about a 100,000-letter "word" would parse it again.
 */
const LONGEST_ABBREVIATION = 16

/**
 * Whether retext joins "`word`." to a capitalised sentence after it, as it does for the
 * abbreviations parse-english lists ("Messrs. Smith", "Calif. We", "Thurs. We"). Those lists are not
 * exported, so the parser itself is asked, once per word.
 */
export function joinsNextSentence(word: string): boolean {
  if (word.length > LONGEST_ABBREVIATION) return false
  let joins = joinsByWord.get(word)
  if (joins === undefined) {
    let sentences = 0
    for (const paragraph of parseWithRetext(`${word}. The`).children)
      if (paragraph.type === 'ParagraphNode')
        for (const node of paragraph.children) if (node.type === 'SentenceNode') sentences++
    joins = sentences < 2
    joinsByWord.set(word, joins)
  }
  return joins
}
