import type { Lexicon } from '../../src/core.js'
import { calledNames, INSULT_PATTERNS, NAMED_LIKE_YOU, THREAT_EXCEPTIONS, THREAT_PATTERNS } from './abuse.js'
import { DEGREE_WORDS } from './degree-words.js'

/**
 * - `profanity`: swearing and slurs.
 * - `intensifier`: swearing used only for emphasis ("the fucking parcel", "what the hell"); the
 *   rule offers to remove it.
 * - `insult`: name-calling aimed at a person.
 * - `threat`: threats against the customer.
 *
 * Matching is by whole words, so "Scunthorpe", "class", "assume" and "Dickens" never match.
 */
export type ProfanityTag = 'profanity' | 'intensifier' | 'insult' | 'threat'

/** Swear words that stand alone; also the list that masked ("f***", "sh!t") and stretched ("fuuuck") spellings are compared with. */
export const SWEAR_WORDS = [
  'fuck',
  'fucks',
  'fucked',
  'fucker',
  'fuckers',
  'fuckup',
  'fuckwit',
  'fck',
  'fuk',
  'motherfucker',
  'motherfuckers',
  'motherfucking',
  'shit',
  'shits',
  'shitty',
  'shite',
  'shitting',
  'shithead',
  'shitshow',
  'bullshit',
  'bullshitting',
  'horseshit',
  'crap',
  'crappy',
  'dammit',
  'damnit',
  'goddammit',
  'ass',
  'asses',
  'asshole',
  'assholes',
  'arse',
  'arsehole',
  'arseholes',
  'jackass',
  'smartass',
  'bitch',
  'bitches',
  'bitching',
  'bitchy',
  'bastard',
  'bastards',
  'bollocks',
  'cunt',
  'cunts',
  'twat',
  'twats',
  'wanker',
  'wankers',
  'dickhead',
  'dickheads',
  'tosser',
  'tossers',
  'bellend',
  'bellends',
  'knobhead',
  'knobheads',
  'piss-poor',
  'pisspoor',
  'bugger',
  'buggered',
  'buggering',
  'bollox',
  'bollix',
  'dipshit',
  'dipshits',
  'asshat',
  'asshats',
  'assclown',
  'assclowns',
  'a-hole',
  'a-holes',
  'clusterfuck',
  'fcuk',
  'fcuked',
  'foff',
  'fml',
  // Vulgar verbs of British English: "couldn't be arsed", "ballsed it up", "what a ballache".
  'arsed',
  'ballsed',
  'ballsup',
  'balls-up',
  'ballache',
  // Caribbean, Québécois and French oaths, Singlish and Malay ones.
  'bloodclaat',
  'bloodclot',
  'bumbaclot',
  'bumbaclaat',
  'bomboclaat',
  'raasclaat',
  'rassclaat',
  'raas',
  'rass',
  'tabarnak',
  'tabarnac',
  'merde',
  'knn',
  'lanjiao',
  'pukimak',
  // Swearing in the Englishes sellers write: South African, Filipino, Indian.
  'kak',
  'poes',
  'putangina',
  'putang ina',
  'tangina',
  'gago',
  'bhenchod',
  'behenchod',
  'madarchod',
  'chutiya',
  'piss',
  'pissed',
  'pissing',
  'slut',
  'sluts',
  'whore',
  'whores',
  'douche',
  'douchebag',
  'wtf',
  'stfu',
  'ffs',
  'omfg',
  'retard',
  'retarded',
  'faggot',
  'fag',
  'nigger',
  'nigga',
  'tranny',
] as const

/** Swear words that only add emphasis; removing them leaves the sentence intact. */
export const INTENSIFIERS = [
  'fucking',
  'fuckin',
  'fcking',
  'fking',
  // Clipped spellings: "the courier f'ing lost it", "fkn ridiculous".
  "f'ing",
  "f'in",
  'f-ing',
  'f-in',
  'f-king',
  'f-cking',
  'fkn',
  'fckn',
  'fkin',
  'fckin',
  'fuckn',
  'effing',
  'effin',
  'fuking',
  'fukin',
  'fcuking',
  'fcukin',
  'feckin',
  'damn',
  'damned',
  'sodding',
  'frigging',
  'friggin',
  'goddamn',
  'goddamned',
  'bloody',
] as const

/** Name-calling words that are insults on their own. */
export const INSULT_WORDS = [
  'idiot',
  'idiots',
  'idiotic',
  'moron',
  'morons',
  'moronic',
  'imbecile',
  'imbeciles',
  'cretin',
  'dimwit',
  'halfwit',
  'nitwit',
  'numbskull',
  'dumbass',
  'scumbag',
  'scumbags',
] as const

const AT_YOU =
  "(you|you're|you are|ur|u r|such a|what a|a total|a complete|an absolute|a real|you absolute|you total|you complete|you little)"

export const profanityLexicon: Lexicon<ProfanityTag> = {
  name: 'no-profanity',
  skippable: DEGREE_WORDS,
  entries: [
    { tag: 'profanity', match: `(${SWEAR_WORDS.join('|')})`, negatable: false },
    {
      tag: 'intensifier',
      match: [
        `(${INTENSIFIERS.filter((word) => word !== 'bloody').join('|')})`,
        'bloody (it|this|that|thing|things|parcel|package|order|item|courier|driver|system|website|site|app|customer|customers|people|time|hell)',
        '(what|why|how|where|who|when) the (hell|fuck|f)',
        '(hell|fuck) (no|yes|off)',
        'go to hell',
        'screw (you|this|that|off)',
        'piss off',
        '(sod|bugger|naff|feck|frig) off',
        '(fk|fks|fs|for fk|for fks) sake',
        // The oath clipped to its letter or minced: "for f's sake", "for feck's sake", "f off", "f'd up".
        "for (f's|feck's|fecks|effing|f'ing|frig's|frigs) sake",
        "(f'd|f'ed|f-ed|effed) (up|it|off)",
        '(feck|fecking|frigging|friggin|fecked)',
      ],
      negatable: false,
    },
    {
      // The oath clipped to its letter: "kindly f off", "f you". A letter named ("size F", "the F
      // you see on the label") is no oath.
      tag: 'intensifier',
      match: '(f|eff) (off|you)',
      unless: [
        '(size|sizes|grade|grades|the|an|a|letter|column|row|section|block|gate|unit|flat|type|class|vitamin|key|button|level|degrees|plan|option|part|model|series|line|band|cup|width|fitting) (f|eff)',
      ],
      negatable: false,
    },
    {
      // "I bloody messed up", "a bloody joke": the oath, wherever it stands, unless it is literal.
      tag: 'intensifier',
      match: 'bloody',
      unless: [
        'bloody (nose|noses|mary|marys|wound|wounds|stain|stains|tissue|tissues|discharge|sunday|minded)',
      ],
      negatable: false,
    },
    {
      // Oaths and dismissals said whole: "Jesus Christ, it's been one day", "get stuffed", "thats BS".
      tag: 'profanity',
      match: [
        'jesus (h)? christ',
        "(for)? (christ's|christs) sake",
        'christ almighty',
        'get stuffed',
        "(that's|thats|that is|what|total|complete|utter|absolute|pure|such) bs",
      ],
      // The name itself, not the oath: "the Jesus Christ figurine", "a print of Jesus Christ".
      unless: [
        '(of|the|a|our|this|that) jesus (h)? christ',
        'jesus (h)? christ (superstar|statue|statues|figure|figures|figurine|figurines|icon|icons|painting|paintings|print|prints|poster|posters|pendant|pendants|crucifix|medal|medals|medallion|candle|candles|art|portrait|portraits|picture|pictures)',
      ],
      negatable: false,
    },
    { tag: 'insult', match: `(${INSULT_WORDS.join('|')})`, negatable: false },
    // "I've no time for muppets like you": the name stands whatever the clause denies.
    { tag: 'insult', match: NAMED_LIKE_YOU, negatable: false },
    // "You're so entitled" calls names; "you're entitled to open a case" states a right.
    {
      tag: 'insult',
      match:
        "(you're|you are|ur|u r|you sound|you seem|are you) (so|really|very|totally|completely|just|being)? entitled",
      unless: ['entitled to'],
      unlessScope: 'clause',
      negatable: false,
    },
    {
      tag: 'insult',
      match: [
        ...INSULT_PATTERNS,
        // A name called at anyone is name-calling in the reply: "the driver's a complete muppet".
        ...calledNames(SWEAR_WORDS),
        `${AT_YOU} (dummy|cock|pig|crook|nutcase|psycho|weirdo|dinosaur)`,
        // Name-calling aimed at a third party: "whichever clown at DPD", "some numpty at the depot".
        '(whichever|whatever|some|the|that|those|these) (bloody|absolute|complete|total)? (clown|clowns|numpty|numpties|muppet|muppets|drongo|drongos|cowboy|cowboys|idiot|idiots|moron|morons|plonker|plonkers|pillock|pillocks|donkey|donkeys|monkey|monkeys|jobsworth|jobsworths|bastard|bastards|eejit|eejits|wazzock|wazzocks|prat|prats|berk|berks|galah|galahs|git|gits|dipstick|dipsticks|wally|wallies|prick|pricks) (at|from|in|who|that|working at|over at|down at)',
        "(you're|you are|ur|u r|you sound|you seem|are you) (so|really|very|totally|completely|just|being)? (stupid|dumb|thick|pathetic|clueless|useless|incompetent|ignorant|brainless|braindead|dense|slow|delusional|crazy|insane|mental|ridiculous|greedy|rude|unhinged)",
        '(stupid|dumb|idiotic|pathetic|mumu|bodoh|moronic) (question|questions|customer|customers|person|people|request|complaint|complaints|man|woman|guy|lady|comment|comments|review|message|talk)',
        'shut (up|your mouth)',
        'get a life',
        '(grow|man) up',
        'no one cares',
        'nobody cares',
        'who cares',
      ],
    },
    {
      tag: 'threat',
      match: [
        "(i|we|i'll|we'll|i will|we will|i'm going to|we're going to|i am going to|we are going to|i'd|we'd) (hurt|kill|destroy|ruin|expose|hunt down|come for|come after|sue|report) you",
        "(i|we|i'll|we'll|i will|we will) (hunt|track) you down",
        "(i'll|we'll|i will|we will|i'm going to|we're going to) (make|see to it that) you (pay|regret|suffer|sorry)",
        '(i|we) know where you live',
        '(watch|mind) your (back|step|mouth)',
        "(you'll|you will|you're going to|you are going to) (regret|pay for|be sorry)",
        'see you in court',
        '(publish|leak|expose|reveal) your (address|details|information|info|name|photo|photos|number|identity)',
        '(post|share|put) your (address|details|information|info|name|photo|photos|number|identity) (online|publicly|everywhere|on social)',
        '(kill|hurt|punch|slap|smack) (you|yourself)',
        'go die',
        ...THREAT_PATTERNS,
      ],
      unless: THREAT_EXCEPTIONS,
    },
  ],
}

/** Spelling tricks: what each mask or look-alike character may stand for. `*`, `#`, `%` and `-` hide any letter. */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  '@': 'a',
  $: 's',
  '!': 'il',
  '1': 'il',
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
}
