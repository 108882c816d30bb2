import type { Lexicon } from '../../src/core.js'

/**
 * - `conditional`: the apology depends on whether anything went wrong ("sorry if this caused trouble").
 * - `youFeel`: the apology is for the customer's feelings, not for what happened ("sorry you feel that way").
 * - `anyHarm`: "sorry for any inconvenience": doubts that there was any harm, and sounds scripted.
 */
export type NonApologyTag = 'conditional' | 'youFeel' | 'anyHarm'

/** Words that make an apology, in their normalised forms. */
export const APOLOGY_WORDS = [
  'sorry',
  'apologies',
  'apology',
  'apologise',
  'apologize',
  'apologises',
  'apologizes',
  'apologised',
  'apologized',
  'apologising',
  'apologizing',
] as const

/** "regret" counts as an apology only after "we" or "I" ("we deeply regret the delay"). */
export const REGRET_WORDS = ['regret', 'regrets'] as const
export const REGRET_SUBJECTS = ['we', 'i', 'deeply', 'sincerely', 'truly', 'greatly', 'do'] as const

/**
 * Word sequences after which an apology word does not count as the writer apologising:
 * "no need to apologise", "don't be sorry", "nothing to be sorry about".
 */
export const NOT_AN_APOLOGY_BEFORE = [
  'no need to',
  'no need to be',
  "don't need to",
  "don't need to be",
  "don't",
  "don't be",
  'do not',
  'do not be',
  'nothing to be',
  'never',
  'not',
] as const

/**
 * Words an apology-only sentence is made of ("Please accept my sincere apologies again."). Such a
 * sentence can be dropped when a reply apologises too often, without losing any information.
 */
export const APOLOGY_FILLER = [
  ...APOLOGY_WORDS,
  'please',
  'kindly',
  'accept',
  'my',
  'our',
  'sincere',
  'sincerest',
  'sincerely',
  'deepest',
  'deep',
  'humble',
  'again',
  'once',
  'more',
  'we',
  'i',
  "i'm",
  "we're",
  'am',
  'are',
  'is',
  'so',
  'very',
  'really',
  'truly',
  'deeply',
  'terribly',
  'extremely',
  'do',
  'for',
  'about',
  'the',
  'this',
  'that',
  'all',
  'any',
  'and',
  'inconvenience',
  'trouble',
  'delay',
  'wait',
  'hassle',
  'confusion',
  'frustration',
  'mix-up',
  'caused',
] as const

const ANY_APOLOGY = '(sorry|apologies|apology|apologise|apologize|apologises|apologizes)'
const SINCERELY = '(sincerely|truly|deeply|really|so|very|profusely)?'
/** Nouns after "any" in the Spanish and French forms of "sorry for any inconvenience". */
const FRENCH_HARMS =
  '(désagrément|désagréments|inconvénient|inconvénients|gêne|confusion|retard|dérangement|problème|souci)'

export const nonApologyLexicon: Lexicon<NonApologyTag> = {
  name: 'no-non-apology',
  entries: [
    {
      tag: 'youFeel',
      match: [
        `${ANY_APOLOGY} ${SINCERELY} (if|that)? you (feel|felt|feels|think|thought|believe|believed)`,
        `sorry to (hear|see|learn) (that)? you (feel|felt)`,
        `(sorry|apologies) (if|that)? you're feeling (this|that) way`,
        // "regret" with its subject, for the same feelings: "we regret that you feel our service fell short".
        `(we|i) ${SINCERELY} (regret|regrets) (that|if)? you (feel|felt|feels|think|thought|believe|believed)`,
        // The hurt put down to the customer's reading: "sorry that's how you've taken it".
        `${ANY_APOLOGY} ${SINCERELY} (that's|that is|this is|if that's|if that is|if this is) how (you|you've|you have|you've been) (taken|took|take|taking|read|see|seen|understood|interpreted|received) (it|this|that|my message|our message|the message)`,
      ],
    },
    {
      tag: 'conditional',
      match: [
        `${ANY_APOLOGY} ${SINCERELY} (if|in case)`,
        // The condition first: "If we have caused any inconvenience, we sincerely apologise."
        'if (we|i|this|that|it|our|the) *{0,2} (have|has|may have|might have|had)? (caused|created|brought) (you)? (any) *',
        // The harm itself in doubt, apology after: "If we upset you in any way, we apologise".
        `if (we|i|this|that|it|our|the) *{0,2} (have|has|may have|might have|had)? (upset|offended|annoyed|inconvenienced|disappointed|frustrated|hurt|bothered|troubled|confused) (you)? *{0,3} , (we|i|we're|i'm|we are|i am)? (sincerely|truly|do|really|so|very)? ${ANY_APOLOGY}`,
      ],
      // A courtesy before a request, not an apology for harm: "Apologies if you've already sent it".
      unless: [
        'already',
        '(duplicate|repeat) (message|question|email)',
        // Modesty before a question of the writer's own: "sorry if this is a silly question".
        "(if|in case) (this|it|that) (is|'s|sounds) (a|an)? (silly|stupid|dumb|daft|obvious|basic|odd|strange|weird) (question|ask)",
        "(if|in case) (i'm|i am|im) (asking|being) (a|an)? (silly|stupid|dumb|daft|obvious|pedantic|fussy|nosy|picky)",
      ],
    },
    {
      tag: 'anyHarm',
      match: [
        `${ANY_APOLOGY} ${SINCERELY} (for|about)? (any|any and all) *`,
        `${ANY_APOLOGY} ${SINCERELY} (for|about)? whatever (inconvenience|trouble|hassle|confusion|frustration|upset|disappointment|problems|issues|stress|distress|annoyance)`,
        `sorry to (hear|see|learn) (of|about) (any|any and all) *`,
        '(regret|regrets) (any|any and all) *',
        // "We regret the inconvenience caused, if any": the doubt comes last.
        '(inconvenience|trouble|disappointment|delay|confusion|frustration|upset|hassle) (caused|this caused|this has caused|this may have caused)? , if any',
        // Spanish and French: "lamentamos cualquier confusión", "désolé pour tout désagrément".
        '(lamentamos|lamento|sentimos|siento|disculpa|disculpas|disculpe|disculpen|perdón|perdon|perdone|perdonen) (por)? (cualquier|cualquiera) *',
        `(désolé|désolée|désolés|désolées|excusons|excuses|regrettons) (pour|de)? (tout|toute|tous|toutes) (les)? ${FRENCH_HARMS}`,
      ],
    },
  ],
}
