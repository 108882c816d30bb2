/**
 * Function words of English-lexifier contact languages that standard English never uses: West
 * African Pidgin ("abeg no vex", "wetin happen"), Caribbean Creole ("mi nuh know"), Singlish ("can
 * lah"). A reply written in one reads a stock English sentence as pasted in.
 */
export const CONTACT_LANGUAGE_WORDS: readonly string[] = [
  // West African Pidgin
  'abeg',
  'dey',
  'wetin',
  'una',
  'sabi',
  'oga',
  'wahala',
  'sef',
  'abi',
  'comot',
  'shey',
  'pikin',
  'oya',
  'biko',
  // Caribbean Creole
  'mi',
  'vex',
  'nuh',
  'yuh',
  'unu',
  // Singlish
  'lah',
  'leh',
  'lor',
  'alamak',
  'shiok',
  'sia',
  'liao',
]

/**
 * Of those, the words no English reply borrows or names anyone by ("abeg", "lah", "liao"): one is
 * enough to mark the register. The rest ("oga", "mi", "vex") turn up alone in English replies.
 */
export const CONTACT_LANGUAGE_MARKERS: readonly string[] = [
  'abeg',
  'wetin',
  'sabi',
  'comot',
  'lah',
  'liao',
  'alamak',
  'nuh',
  'yuh',
  'unu',
]
