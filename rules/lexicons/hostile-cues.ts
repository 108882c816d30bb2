import type { Lexicon } from '../../src/core.js'

/**
 * Hostility is often built from parts that are each harmless. "Jesus, it's been one day" is an
 * impatient interjection plus a minimised wait; "Re-read my last message, it's all in there" is a
 * repetition plus a judgement of the reader. One part alone is ordinary ("look, I've checked",
 * "it's been two days since it left"); two kinds in one sentence are a tone the customer will quote.
 *
 * - `edge`: an impatient or sarcastic marker ("look,", "seriously", "ok and", "bold move").
 * - `minimise`: making the customer's concern small ("it's been one day", "it's a £6 keyring").
 * - `judgeReader`: judging the customer's reading, sense or manners ("like everyone else does").
 * - `repeat`: pointing at how often it has been said or asked ("one last time", "re-read").
 * - `refuse`: closing the matter ("it is what it is", "I've done all I can", "the policy stands").
 * - `verdict`: judging the complaint ("not fair", "ridiculous", "making this so complicated").
 */
export type HostileCue = 'edge' | 'minimise' | 'judgeReader' | 'repeat' | 'refuse' | 'verdict' | 'disbelief'

/** `disbelief`, a kind found in the text rather than in words: "?!" or "!?". */
export const DISBELIEF = /\?!|!\?/

/** "over a $12 candle", "if a £6 phone case…": a sum named to make the complaint small. */
export const MINIMISED_AMOUNT =
  /\b(?:over|about|for|because of|if|when) (?:a|an|one) (?:[£$€₹]\s?)\d+(?:[.,]\d+)?\b/i

const SMALL_NUMBER = '(one|a|1|two|2|three|3|four|4|five|5|a couple of|a few|24|48|72)'

/** Edge words that are only an edge when they open the sentence ("Look, …" but "take a look"). */
export const OPENING_EDGES = [
  'seriously',
  'look',
  'cool',
  'great',
  'fine',
  'right',
  'sure',
  'noted',
  'bless',
  'charming',
  'lovely',
  'brilliant',
  'wonderful',
  'ok',
  'okay',
  'so',
  'but',
  'wow',
  // "Again, the colour on your screen…": the point made once more, as an opening.
  'again',
] as const

export const hostileCueLexicon: Lexicon<HostileCue> = {
  name: 'no-hostile-tone/cues',
  entries: [
    {
      tag: 'edge',
      match: [
        '(seriously|honestly though|jesus|christ|jeez|geez|god almighty|good grief|for goodness sake|for god sake|ffs|wtf|omfg|smh|ugh|urgh|pfft|sheesh)',
        'i mean',
        '(ok|okay|right|so) and',
        'just saying',
        'bold move',
        '(but|fine|ok|okay) , (okay|ok|fine|whatever)',
        'funny how',
        'literally',
        '(noted|fine|right|charming|lovely|brilliant|wonderful|great|cool|sure|bless|look|wow|again)',
        // Candour and certainty used as a stick: "frankly that's ridiculous", "obviously it needs a bulb".
        '(frankly|obviously)',
        'lol',
        'lmao',
      ],
    },
    {
      tag: 'minimise',
      match: [
        `(it's|its|it has|it's only|its only|it has only|that's|thats) (literally|only|just)? (been)? (literally|only|just)? ${SMALL_NUMBER} (day|days|working day|working days|business day|business days|hour|hours|week)`,
        `(after|within|in) (literally|only|just)? ${SMALL_NUMBER} (day|days|hours|hour|working days)`,
        'not (two|three|six|2|3|6) (months|weeks|years)',
        '(a|an) (tiny|small|little|slight|hairline|minor) (scratch|mark|mark|scuff|chip|dent|crease|difference|thing)',
        '(the|a) (whole|entire) point',
        // The wait counted as if it were long: "three whole days".
        `${SMALL_NUMBER} (whole|entire) (day|days|working days|business days|hours|week|weeks)`,
        // The product's nature as the answer: "that's pretty standard", "that's just how monitors work".
        "(that's|thats|that is|which is) (pretty|fairly|perfectly|completely|totally)? (standard|normal|expected)",
        "(it's|its|it is) (honestly|literally|really|seriously)? (just|only) (one|two|three|1|2|3|a) (button|buttons|screw|screws|step|steps|click|clicks|switch|cable|plug)",
        "(it's|its|it is|this is|that's|thats) (a|an|only a|just a) * (pound|quid|dollar|euro|rupee|£|\\$)",
        'the size of (a|an)',
        'over nothing',
        '(such|so) (a|an)? (fuss|drama|big deal)',
        "(it'll|itll|it will|they'll|it) (move|arrive|get there|turn up|come) when (it|they) (moves|move|arrives|arrive|gets there|turns up|comes)",
      ],
    },
    {
      tag: 'judgeReader',
      match: [
        "(why|not sure why|no idea why) (you're|you are|youre|ur) (making|being|getting|finding|struggling)",
        'like (everyone|everybody|anyone|any other customer|all our other customers|other people) (else)? (does|do|did|would|manages)?',
        '(most|other|normal|sensible) people (who|manage|can|seem|understand|know|follow)',
        '(you|u) do (realise|realize|know|understand) *{0,6} (right|yeah)',
        '(actually|even|properly|bothered to|ever) (read|reading|check|checking|look|looking|follow|following)',
        '(before|instead of) (you)? (accuse|accusing|claim|claiming|complain|complaining|messaging|opening|raising|blaming)',
        '(are|were|did|do) (you|u) (actually|even|really|honestly)',
        '(check|read|look) (properly|carefully|again|first|harder)',
        '(your|ur) (own)? (screen|eyes|reading|settings)',
        "(isn't|isnt|is not|not|aren't) for (you|u)",
        '(slowly|in plain english|in simple terms|in simple english)',
        '(stressing|worrying|upsetting) (you|u) (out)? (this|that|so) much',
        "(you|you've|youve) (put|plugged|fitted|installed|washed|used|read) * (wrong|upside down|backwards|the wrong way)",
      ],
    },
    {
      tag: 'repeat',
      match: ['(one|once) (more|last|final) time', 'once (more|again)'],
      // The writer's own errand done again is no repeat at the reader: "I'll try one more time with the courier".
      unless: [
        "(i'll|ill|we'll|i will|we will|let me|i can|we can|i'm going to|i am going to|we're going to|we are going to) (try|chase|check|call|ring|phone|ask|contact|send|post|look|email|message|nudge|push|follow up|try them) *{0,3} (one|once) (more|last|final)? (time|more|again)",
      ],
      unlessScope: 'clause',
    },
    {
      tag: 'repeat',
      match: [
        '(re-read|reread|re read)',
        '(read|check) (it|my|the|your) *{0,3} again',
        '(the)? same (question|thing|message|complaint) (again|every|over)',
        '(every|each) single (day|time|message)',
        '(last|previous|past) (two|three|four|five|2|3|4|5) (messages|emails|replies)',
        '(two|three|four|five|six|2|3|4|5|6) (messages|emails|chasers) (in|today|this|since)',
        "(i've|ive|i have|we've|we have) (already)? (replied|answered|explained|told you|said|gone over|covered) (this|that|it|all)",
        // The customer's own message named is a plain report ("I have answered your DM") unless "already".
        "(i've|ive|i have|we've|we have) already (replied|answered|explained|told you|said|gone over|covered) (your|to your)",
        'in my (last|previous|earlier|first) (message|reply|email)',
      ],
    },
    {
      tag: 'refuse',
      match: [
        '(nothing|anything) (more|else|further) to (add|say|discuss)',
        "(and)? (that's|thats) (it|that|all)",
        "(i've|ive|i have|we've|we have) had (enough|it up to here)",
        '(whatever|do whatever) you (think|want|like|decide|feel)',
        "(don't|dont|do not) (act|talk|speak) like",
      ],
    },
    {
      tag: 'refuse',
      match: ['(take it|leave it) (up)? (with|or)'],
      // "Leave it with me" takes the problem on; it refuses nothing.
      unless: ['leave it with (me|us|myself)'],
      unlessScope: 'clause',
    },
    {
      tag: 'verdict',
      match: [
        "(isn't|isnt|is not|not|hardly) (fair|reasonable|right|justified)",
        "(don't|dont|do not) think (that's|thats|that is|the claim is|it's|its|this is) (fair|reasonable|right|justified)",
        '(nonsense|ridiculous|absurd|laughable|unbelievable|outrageous|rude|rudest|dramatic|dealbreaker|deal-breaker)',
        '(making|make|made) (this|it|things) (so)? (complicated|difficult|hard|a big deal)',
        '(not|nothing) (a|to do with) (fault|defect)',
        '(no|nothing) wrong with (it|the|your)',
        "(it's|its|it is|they're|theyre|they are|it isn't|it's not) (not)? (broken|faulty|defective|damaged|a fault|a defect)",
        'a (load|pile|bunch) of',
        '(carry on|go on|kick off|act|acting|carrying on|going on) like (that|this)',
      ],
    },
  ],
}
