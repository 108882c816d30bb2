import type { Lexicon } from '../../src/core.js'

/**
 * - `certain`: certainty words on an arrival or outcome ("will definitely arrive").
 * - `pledge`: the writer pledges an outcome ("I guarantee", "guaranteed delivery").
 * - `timed`: a flat future arrival; only a guarantee when a date or time is named ("it will arrive tomorrow").
 * - `never-again`: a promise that a problem will not recur.
 */
export type GuaranteeTag = 'certain' | 'pledge' | 'timed' | 'neverAgain'

export const CERTAINTY_ADVERBS = [
  'definitely',
  'certainly',
  'surely',
  'absolutely',
  'undoubtedly',
  '100%',
] as const
const CERTAIN = `(${CERTAINTY_ADVERBS.join('|')})`
const ARRIVAL = '(~arrive|~reach|~land|delivered|released|cleared|there|with|here|resolved|fixed|refunded)'
const RECEIVE = '(~get|~receive|~have|see)'
const THING = '(it|them|your|the|this|that|these|those|a)'

export const guaranteeLexicon: Lexicon<GuaranteeTag> = {
  name: 'no-guarantees',
  /** A hedge anywhere in the sentence turns a statement into an estimate. */
  unless: [
    'should',
    '(expected|expect|expecting|estimated|estimate|anticipated|anticipate)',
    '(usually|normally|typically|generally|likely|probably|hopefully|ideally)',
    '(may|might|could)',
    '(approximately|approx|roughly|around)',
    '(aim|aiming|try|trying|hope|hoping)',
    '(tracking|tracker) (shows|says|indicates|suggests)',
    'according to',
    'if (all|everything) goes',
  ],
  entries: [
    {
      tag: 'certain',
      match: [
        `${CERTAIN} (be)? ${ARRIVAL}`,
        `${CERTAIN} ${RECEIVE} ${THING}`,
        `${CERTAIN} on (time|schedule)`,
      ],
    },
    { tag: 'certain', match: ['for (sure|certain)', 'without fail', 'no doubt'] },
    {
      tag: 'pledge',
      match: [
        '(i|we) (can|do)? (~guarantee|~promise) (that|it|you|your|the|this|delivery|arrival)',
        '(i|we) (can)? (assure|reassure) you (that|it|your|the)',
        '(guaranteed|guarantee) (to|delivery|arrival|by|before|on|within|today|tomorrow)',
        "(it's|its|they're|is|are) guaranteed",
      ],
    },
    {
      tag: 'timed',
      match: [
        `(will|shall|it'll|they'll|you'll) (be)? ${ARRIVAL}`,
        `(you'll|you will) ${RECEIVE} ${THING}`,
        '(is|are) going to (arrive|be delivered|reach you|be there)',
        '(customs|courier|carrier|driver|postman|post office) will (~release|~clear|~deliver|~bring|~drop|~arrive)',
      ],
      unless: ['get back to', 'let you know', 'update you', 'keep you'],
    },
    {
      tag: 'neverAgain',
      match: [
        "(will|'ll|shall) never happen again",
        "(won't|will not|shall not) happen again",
        'never (ever)? happen again',
      ],
      negatable: false,
    },
  ],
}
