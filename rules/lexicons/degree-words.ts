/**
 * Degree and stance words that colour a phrase without changing what it says: "it says quite
 * clearly on the listing", "we can't really take responsibility", "this is bloody nonsense". A
 * lexicon that lists them as `skippable` matches its phrases with any of them in between, so its
 * patterns need not spell out every "(so|really|very)?". Words that change what a phrase says
 * ("not", "never", "almost", "only") and discourse fillers that start a new thought ("basically",
 * "so", "just") are not among them.
 */
export const DEGREE_WORDS: readonly string[] = [
  'quite',
  'very',
  'really',
  'pretty',
  'rather',
  'fairly',
  'extremely',
  'super',
  'honestly',
  'literally',
  'clearly',
  'obviously',
  'genuinely',
  'truly',
  'seriously',
  'frankly',
  'bloody',
]
