// The pathological inputs `npm run bench` times in the "hostile inputs" table: every shape that
// once crashed reply-lint, hung it or made it superlinear, built at any size. Plain JavaScript, so
// bench/child.mjs (which must not load a TypeScript loader) builds the same texts as bench/run.ts.

/** `unit` repeated and cut to exactly `size` UTF-16 code units. */
const repeatTo = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

/** Half `left`, one `middle`, half `right`: `*`×n `a` `*`×n. */
const around = (left, middle, right, size) => {
  const half = Math.max(0, Math.floor((size - middle.length) / 2))
  return left.repeat(half) + middle + right.repeat(size - half - middle.length)
}

/**
 * name -> { format, what, make(size, corpus) }. `corpus` is prose: the corpus replies joined as
 * paragraphs, as long as asked.
 */
export const HOSTILE_SHAPES = {
  'prose (corpus replies)': { format: 'text', make: (size, corpus) => corpus(size) },
  'underscores (400k in one line)': { format: 'text', make: (size) => repeatTo('_', size) },
  "'___ a ' repeated": { format: 'text', make: (size) => repeatTo('___ a ', size) },
  "'A\\n' lines": { format: 'text', make: (size) => repeatTo('A\n', size) },
  "'> a\\n' quote lines": { format: 'text', make: (size) => repeatTo('> a\n', size) },
  'one sentence, no stops': {
    format: 'text',
    make: (size, corpus) => corpus(size).replace(/[.!?\n]/g, ','),
  },
  'one line, no white space': { format: 'text', make: (size) => repeatTo('word.', size) },
  'links and e-mail addresses': {
    format: 'text',
    make: (size) => repeatTo('See https://shop.example/a?b=c or mail jo@example.com now. ', size),
  },
  'phone and card numbers': {
    format: 'text',
    make: (size) => repeatTo('Call 0344 493 0787 or pay with 4111 1111 1111 1111 today ', size),
  },
  'template slots and x runs': {
    format: 'text',
    make: (size) => repeatTo('Hi {{name}}, order XX/XX [ORDER_ID] %FIELD% lorem ipsum ', size),
  },
  'Markdown: > ×n': { format: 'markdown', make: (size) => repeatTo('>', size) },
  "Markdown: '- ' ×n": { format: 'markdown', make: (size) => repeatTo('- ', size) },
  'Markdown: * ×n, a, * ×n': { format: 'markdown', make: (size) => around('*', 'a', '*', size) },
  "Markdown: '[a]' repeated": { format: 'markdown', make: (size) => repeatTo('[a]', size) },
  "Markdown: '*a' repeated": { format: 'markdown', make: (size) => repeatTo('*a', size) },
  'Markdown: prose (corpus replies)': { format: 'markdown', make: (size, corpus) => corpus(size) },
  'HTML: <b> ×n': { format: 'html', make: (size) => repeatTo('<b>', size) },
  'HTML: prose in paragraphs': {
    format: 'html',
    make: (size, corpus) => `<p>${corpus(size - 7).replace(/\n\n/g, '</p><p>')}</p>`.slice(0, size),
  },
}

/**
 * Markdown at its limits (MARKUP_LIMITS): the most a draft may hold of what makes micromark
 * superlinear, to show the limits bound a parse. Each is timed once, at its own size.
 */
export const MARKDOWN_AT_LIMITS = {
  '5,000 emphasis markers (*a)': () => '*a'.repeat(5_000),
  "5,000 link markers ('[a]')": () => '[a]'.repeat(2_500),
  '2,500 nested emphasis levels (* ×2,500, a, * ×2,500)': () => around('*', 'a', '*', 5_001),
  '1,000 nested list items': () => '- - a\n'.repeat(500),
  'blockquotes 256 deep, 19 lines': () => `${'> '.repeat(256)}a\n`.repeat(19),
}

/** 1,000 sentences with a link, linted with 100,000 allowed domains (none of them the link's). */
export function manyAllowedDomains() {
  const allowedDomains = Array.from({ length: 100_000 }, (_, i) => `Shop${i}.Example`)
  const text = 'Track it at https://carrier.example/x1 today. '.repeat(1_000)
  return { text, allowedDomains }
}
