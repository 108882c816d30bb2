import type { Lexicon } from '../../src/core.js'
import {
  CURSE_PATTERNS,
  INSULT_PATTERNS,
  NAMED_LIKE_YOU,
  THREAT_EXCEPTIONS,
  THREAT_PATTERNS,
} from './abuse.js'
import { PARTY_CLASSES } from './actors.js'
import { DEGREE_WORDS } from './degree-words.js'
import { HINDSIGHT_EXPECTATIONS, HINDSIGHT_REPROACH } from './hindsight.js'

/**
 * Hostile phrasing, by the tone guideline it breaks (Kingston Express seller guide: calm,
 * respectful, neutral, professional; never emotional, defensive, sarcastic or accusatory).
 *
 * `swap` says how the rule rewrites a match: `''` removes it (with its commas), `To recap,`
 * replaces a finger-wagging recap ("As I already said,"), and a full sentence replaces a sentence
 * that holds nothing else ("Calm down.").
 */
export type HostileTag =
  | 'accusatory'
  | 'defensive'
  | 'condescending'
  | 'dismissive'
  | 'sarcastic'
  | 'arguing'
  | 'exasperated'
  | 'insult'
  | 'threat'

export const RECAP = 'To recap,'

/** Emoji that roll their eyes at the reader. */
export const EYE_ROLLS = ['\u{1F644}', '\u{1F612}'] as const

/**
 * Someone other than the customer an eye-roll may be aimed at: the courier, customs, a supplier, the
 * writer's own packer or partner ("Evri strike again 🙄", "my husband did the packing lol. men 🙄").
 * That is blame (no-blame's), not sarcasm at the reader.
 */
export const eyeRollTargetLexicon: Lexicon = {
  name: 'no-hostile-tone/eye-roll-targets',
  classes: {
    carrier: PARTY_CLASSES.carrier,
    customs: PARTY_CLASSES.customs,
    supplier: PARTY_CLASSES.supplier,
    ownTeam: PARTY_CLASSES.ownTeam,
    platform: PARTY_CLASSES.platform,
  },
  entries: [
    {
      match: [
        '(@carrier|@customs|@supplier|@ownTeam|@platform)',
        '(husband|wife|partner|packer|packers|men|boy|lads|staff|returns dept|returns department|warehouse team)',
      ],
      negatable: false,
    },
  ],
}
export const EMPATHY = 'I understand this is frustrating.'

const CUSTOMER_ACTION =
  '(read|checked|looked|measured|known|asked|told us|told me|let us know|let me know|said|mentioned|specified|messaged us|messaged me|written|informed us|informed me|warned us|warned me|put it|added a note|contacted us|contacted me|noticed|ordered|chosen|selected|entered|double-checked|paid attention|thought|waited|followed|kept|reported|bothered|realised|realized|listened|provided|included|tracked|been more careful|been home|been there|been available|picked|bought|gone for|paid for|typed|used|double checked)'

/** Words for saying, telling and explaining something: the repeated act an exasperated writer points to. */
const SAID =
  '(said|stated|explained|told you|mentioned|advised|pointed out|informed you|noted|answered|replied|covered|gone over|gone through|clarified|confirmed|sent)'
/** How many times it was said. */
const TIMES = '(twice|* times|a few times|a hundred times|repeatedly|over and over|again and again)'

/**
 * Verbs of reading and checking: an order to the customer ("read the listing again"), unless the
 * writer does them ("I'll check the tracking again").
 */
/** Names a writer calls the reader by: condescending only as an address set off by punctuation. */
export const ADDRESS_TERMS = [
  'pal',
  'sweetheart',
  'sweetie',
  'sweetpea',
  'your majesty',
  'your highness',
  'your royal highness',
  'your lordship',
  'your ladyship',
  'princess',
  'missy',
  'sunshine',
  'champ',
  'chief',
  'buddy',
  'keyboard warrior',
  'young man',
  'young lady',
] as const

/** Words after an opening "Obviously" that make it the writer's wish or a concession, not a put-down. */
export const OBVIOUSLY_KIND_OPENERS = [
  'we',
  'i',
  "we'd",
  "i'd",
  "we're",
  "i'm",
  "we'll",
  "i'll",
  "we've",
  "i've",
  'our',
  'my',
  'that',
  "that's",
  'this',
  'it',
  "it's",
  'nobody',
  'no',
] as const

export const INSTRUCTING_VERBS = ['read', 'check', 're-read', 'reread', 'look', 'scroll']

export const hostileToneLexicon: Lexicon<HostileTag> = {
  name: 'no-hostile-tone',
  skippable: DEGREE_WORDS,
  classes: {
    said: [SAID],
    times: [TIMES],
    customerMessages: [
      '(another|yet another|a fourth|a third|a fifth|a sixth|your fourth|your third|your fifth|your sixth|the fourth|the third|the fifth|the umpteenth|your umpteenth|your nth|the nth|your 3rd|your 4th|your 5th|your 10th) (message|email|question|chaser|complaint|reminder|follow-up|follow up)',
      // The customer's returns counted: "this is your fourth return with us since January".
      '(your) (third|fourth|fifth|sixth|umpteenth|nth|3rd|4th|5th|6th|10th) (return|claim|dispute|refund request)',
    ],
    customerConduct: [
      '(the|your|this|that|these|those|all the|all these|all those) *{0,2} (dispute|case|claim|chargeback|review|reviews|messages|emails|follow-ups|follow ups|chasers|reminders|comments|complaint|complaints|tone|language|caps|shouting|threats)',
    ],
    publishedInfo: [
      '(the|our|my)? (listing|description|item description|product description|title|size chart|size guide|sizing chart|sizing guide|sizing notes|product page|photos|pictures|ad|advert|policy|returns policy|terms|measurements|dimensions|care card|care instructions|instructions|order confirmation|confirmation email|tracking|tracking page)',
    ],
  },
  entries: [
    {
      tag: 'accusatory',
      match: [
        `(you|u) (could've|could have|would have|would've) ${CUSTOMER_ACTION}`,
        "(if you had|if you'd|had you|if you would have|if you'd have) (read|checked|looked|bothered|paid attention|listened|followed|measured)",
        '(did|have) you (even|actually|ever|really) (read|check|checked|look|looked|bother|measure|measured|try|tried|open|opened|follow|followed|use|used)',
        "(didn't you|did you not) (read|see|check|notice)",
        "(can't|cannot|can) you (not)? read",
        'you (failed|neglected) to',
        "(you|you've|youve) (clearly|obviously) (didn't|did not|don't|do not|haven't|have not|failed|ignored|missed|can't|cannot|never)",
        "(you're|you are|you were) the one (who|that)",
        // The customer's bad faith asserted: "a load of bollocks and you know it".
        '(and|&) (you|u) know it',
        'all you (had|have|needed|need) to do (was|is)',
        '(your|ur) own fault',
        "(it's|it is|that's|that is|this is|this was|that was|it was) (entirely|all|completely)? (your|ur) (own)? (fault|problem|mistake|responsibility)",
        "(that's|that is|this is) on you",
        'you (only|just)? have yourself to blame',
      ],
    },
    {
      tag: 'accusatory',
      match: HINDSIGHT_REPROACH,
      unless: HINDSIGHT_EXPECTATIONS,
      unlessScope: 'clause',
    },
    {
      // The reader corrected from above: "I think you'll find the photos match". After advice it
      // encourages: "try it on an ordinary socket and I think you'll find it's fine".
      tag: 'condescending',
      match: ["(i think|i'm sure|im sure) (you'll|you will|youll) find"],
      unless: ["(try|and|then|once|if|when) *{0,6} (i think|i'm sure|im sure) (you'll|you will|youll) find"],
    },
    {
      tag: 'defensive',
      match: [
        "(we|i) (did|have done|'ve done|did absolutely|have done absolutely) nothing wrong",
        // With the subject left to the clause before: "we packed it correctly and did nothing wrong here".
        '(and|but) (did|have done|did absolutely) nothing wrong',
        "(we're|we are|i'm|i am) not (going to|gonna) be (made|painted|cast|treated as|blamed as) (the|a)? (villain|bad guy|bad guys|scapegoat|liar|liars)",
        "(we've|i've) done nothing wrong",
        "(it's|it is|this is|that's|that is|this was|that was|it was) not (our|my) fault",
        // Not "it's my fault": owning the fault is what the guide asks for.
        "(it isn't|it wasn't|this isn't|that isn't|that wasn't|this wasn't|isnt|wasnt) (our|my) fault",
        "(we're|we are|i'm|i am|we were|i was) not (to blame|at fault)",
        "(we're|we are|i'm|i am|we were|i was) (in no way|not in any way|by no means|not remotely|in no sense) (to blame|at fault|responsible)",
        'no fault of (ours|mine|our own|my own)',
        // Whatever went wrong put elsewhere: "whatever happened to it, it didn't happen here",
        // "whatever happen to it after that is not for me to answer for".
        "(whatever|anything that|what) (happened|happens|happen|went wrong|goes wrong) *{0,6} (it|that)? (didn't|did not|didnt|wasn't|was not|isn't|is not|isnt) (happen)? (here|on my watch|on our watch|at our end|at my end|with us|with me|for me to answer for|for us to answer for|my responsibility|our responsibility|my problem|our problem)",
        "(whatever|anything that|what) (happened|happens|happen|went wrong|goes wrong) *{0,4} , (it|that) (didn't|did not|didnt|wasn't|was not) (happen)? (here|on my watch|on our watch|at our end|at my end|with us|with me)",
        '(we|i) (did|followed|handled) everything (correctly|right|properly|by the book)',
        "(we're|we are|i'm|i am) only (obligated|obliged|required) to",
        "(we're|we are|we were|i'm|i am) (not|under no) (obligated|obliged|obligation)",
        "(we|i) (don't|do not) have to (do|give|offer|refund|explain|justify|accept|replace)",
        '(we|i) stand by (our|my|that|it|this)',
        '(telling|tell) (me|us) how to (run|do) (my|our) (own)? (shop|business|job|work)',
        "(i'm|i am|im|we're|we are) not (a|an) (dry cleaner|mind reader|mind-reader|magician|miracle worker|charity|psychic)",
        // What the writer cannot do at a distance, said to mock: "I can't measure you from here".
        "(i|we) (can't|cannot|cant|can not) (measure|fit|weigh|try it on) (you|your|ur|it)? *{0,2} from here",
        "(i|we) (can't|cannot|cant|can not) read (your|ur|people's|peoples|customers') (mind|minds)",
        "(let's|lets|let me|let us) be (very|perfectly|absolutely|crystal|100%)? clear",
        'never (had|received|got|seen) (a|one|any|a single|one single) (complaint|complaints|problem|problems|issue|issues|bad review|return|returns)',
        // The same record in other words: "nine years without a single packing complaint", "I can
        // count the complaints on one hand", "hundreds of people wear these with no issue", "not one
        // has come back".
        'without (a single|one single|one|any) *{0,2} (complaint|complaints)',
        // "the same packaging we've used for years without complaint".
        '(for|in|over) (years|ages|decades|a decade|so long|a long time|many years) (now)? (without|with no|with zero) (complaint|complaints)',
        'count (the|our|my)? *{0,2} (complaints|returns|problems|issues|faults|breakages) on (one hand|one finger)',
        '(hundreds|thousands|loads|dozens|millions) of (people|customers|buyers|happy customers|other customers|orders|sets|pairs|units) *{0,6} (with no|without any|without a|without) (issue|issues|problem|problems|complaint|complaints|trouble|bother)',
        "not (one|a single one|one of them|a single one of them) (has|have|had|'s)? (ever)? (come back|been returned|been sent back|failed|broken|complained)",
        "(nobody|no one|noone|no-one|no other customer|none of our customers|no other buyer) (else)? (has|have|had|'s|ever) (ever)? (had|complained|reported|mentioned|raised|struggled)",
        // Without the auxiliary, as many Englishes write it: "nobody else complain", "no other buyer reports it".
        '(nobody|no one|noone|no-one) else (~complain|~report|~mention|~raise|~struggle)',
        '(no other customer|no other customers|none of our customers|no other buyer|no other buyers|none of my customers|none of my buyers) (~complain|~report|~mention|~raise|~struggle)',
        "(you're|you are|ur) the (first|only) (person|customer|one|buyer) *{0,4} (who|to|that|who's|ever)",
        "(i've|i have|we've|we have) been (doing|making|selling|packing|shipping|running) (this|these|it|the shop)? (for)? *{0,2} (years|decades)",
        '(i|we) think (i|we) know how to',
        "(i|we) know what (i'm|we're|i am|we are) doing",
        "(i'm|i am|we're|we are) (struggling|failing) to see (how|why)",
        '(i|we) fail to see (how|why)',
        "(i|we) (don't|do not|can't|cannot) see how (yours|this|that|it|your)",
        'what a load of (rubbish|nonsense|bollocks|crap|bull|bullshit|tosh|cobblers|codswallop|garbage)',
      ],
    },
    {
      // Arguing about fault: the writer's care vouched for against the customer's account, or
      // responsibility refused ("it wasn't broken when I posted it", "I can't take responsibility
      // for the fit"). Not a fault put elsewhere ("that's on them, not us"): that is no-blame's, and
      // labelled blame alone.
      tag: 'defensive',
      match: [
        "(it|this|that|the item|the parcel|the bowl|they|these|those) (wasn't|was not|weren't|were not|wasnt|werent) (broken|damaged|cracked|chipped|faulty|scratched|marked|dented|missing|stained) when (i|we) (posted|sent|packed|shipped|dispatched|despatched|checked) (it|them)",
        "(can't|cannot|cant|won't|will not|wont) (really)? (take|accept) (any)? (responsibility|the blame|blame|liability) for",
        // Proof brandished against the customer's account: "I've got the photos to prove it".
        "(i've got|i have|i've|we have|we've got|we've|ive got|i got) (the|all the)? (photos|pictures|pics|video|videos|proof|evidence|receipts|footage|screenshots) to (prove|back up|show) (it|that|this|so)",
        // Refused as a stance under way: "I'm not accepting responsibility for that".
        "(i'm|im|i am|we're|we are|were) not (taking|accepting) (any)? (responsibility|the blame|blame|liability)",
        '(i|we) (can assure you|assure you)? (that)? (we|i) know how to (pack|post|ship|package|wrap|send)',
      ],
    },
    {
      tag: 'defensive',
      match: [
        '(we|i) have to be honest',
        "(i'm|i am|i'll|we're|we are) (going to)? be (honest|frank|blunt)",
        'let me be (honest|frank|blunt)',
        'to be (frank|blunt)',
        'with (all)? due respect',
        'no (offence|offense)',
        'not to be (rude|funny|harsh|mean)',
      ],
      // Candour before owning the mistake is no defence: "I'll be honest, that's on me",
      // "to be frank, we made a mess of your order".
      unless: [
        "(that's on me|thats on me|it's on me|its on me|on us|my fault|our fault|my bad|my mistake|our mistake|my error|our error|i messed|we messed|i screwed|we screwed|i cocked|we cocked|i mucked|we mucked|i f'd|we f'd|i stuffed|we stuffed|we made a|i made a|i got it wrong|we got it wrong)",
      ],
      // No swap: a preface announces what the writer knows is blunt ("No offence, but…"), and
      // without it the rest reads blunter still. The seller rewrites the sentence.
    },
    {
      tag: 'condescending',
      match: [
        'obviously',
        '(as)? (is|was)? clearly (stated|shown|mentioned|written|explained|described|listed|noted|indicated)',
        'as (is|was) (already)? (stated|mentioned|explained)',
        'as already (stated|mentioned|explained|said)',
        // A recap that counts: "as mentioned twice now".
        '(as|like) (mentioned|said|stated|explained|pointed out) (twice|three times|four times|several times|many times|a few times|repeatedly|more than once) (now|already)?',
        'for the (last|third|fourth|fifth|hundredth|umpteenth|final|nth|tenth) time',
      ],
      swap: [''],
    },
    {
      tag: 'condescending',
      match: [
        "(i'll|i will|let me) (say|explain|repeat) (it|this|that)? (again|one more time|slowly|once more)",
        '(please|just)? read (it|the listing|the description|the policy|the item description|the page|my message|my previous message|my last message) (again|properly|carefully)',
        "(it's|it is) not rocket science",
        "(it's|it is) (really)? not that (hard|difficult|complicated)",
        "(it's|it is|its|this is|this isn't|it isn't|that's) (honestly|really|seriously|genuinely|just)? not (rocket science|brain surgery)",
        "(it's|it is|its) (honestly|seriously|genuinely) not (that)? (hard|difficult|complicated)",
        'surely you (know|understand|realise|realize|can see|must)',
        // Talking down by promising to go slowly or simply: "let's go through this slowly".
        "(let's|lets|let us|let me|i'll|ill|i will|we'll|we will) (go|walk|run|take|talk) (you)? (through|over) (this|it|that|everything|it all) (again)? (slowly|very slowly|really slowly|nice and slowly)",
        "(i'll|ill|i will|let me|let's|lets) (try to|try and)? (make|keep) (this|it|things) (really|very|super|nice and)? (simple|easy|basic)",
        // A judgement of the person: "that says more about you than about my shop".
        '(says|tells|shows) (a lot|more|plenty|everything|a great deal|all i need to know|all we need to know) about (you|your|the kind of)',
        // A lesson for next time: "next time please read the description before ordering".
        'next time (,)? *{0,4} (read|reading|check|checking|look at|looking at|measure|measuring|double-check|double-checking|double check|double checking) *{0,5} before (ordering|buying|purchasing|you order|you buy|placing|you place|you purchase)',
        '(next time|in future|in the future) (,)? (please|pls|kindly|just|maybe|perhaps|try to|try and|do)? (read|check|look at|double-check|double check) @publishedInfo',
        '(check|checking|read|reading|look at|looking at) (your|ur) (letterbox|mailbox|post box|postbox|inbox|email|emails|messages|spam folder|phone) (a bit|a little)? more (often|carefully|regularly|closely)',
        'you do (realise|realize|understand|know) that',
        "(don't|do not|did) you (even)? understand",
        '(as|like) (anyone|everyone|any customer|any adult) (knows|can see|would know|would)',
        '(any|a) reasonable person',
        'common sense',
        '(which|that) you would (know|have known|see|have seen) if',
        'patience is a virtue',
        'to err is human',
        'to forgive is divine',
      ],
    },
    {
      // A check set as the price of writing again: "please check the tracking before messaging
      // again". The writer's own check first ("I'll check with the depot before messaging again") is a plan.
      tag: 'condescending',
      match: [
        '(check|checking|read|reading|look|looking|scroll|scrolling|see|seeing) *{0,6} before (messaging|writing|contacting|emailing|texting|chasing|asking|complaining|replying|sending) (to)? (me|us)? (again|next time|another message|any more messages)',
      ],
      unless: [
        "(i'll|ill|i will|we'll|we will|let me|i'm going to|we're going to|i|we) (just)? (check|read|look|see)",
      ],
      unlessScope: 'clause',
    },
    {
      tag: 'condescending',
      match: [
        "(as|like) (i|we) (already|previously|have already|'ve already|just) (said|stated|explained|told you|mentioned|advised|pointed out|informed you|noted)",
        "(as|like) (i've|we've|i have|we have) (already|previously)? (said|stated|explained|told you|pointed out|informed you)",
        '(as|like) (i|we) (said|stated|explained|told you|mentioned) (before|earlier|previously|already|twice|several times|many times)',
        '(like|as) (i|we) (said|told you)',
      ],
      swap: ['To recap,'],
    },
    {
      tag: 'condescending',
      match: [
        "(i|we) (already|have already|'ve already) (told|explained|said|answered) (you|this|that)",
        "(i've|we've) already (told|explained|said|answered)",
        // The answer was there had the customer looked: "as the screen in front of you would tell you if you looked".
        "(would|'d|would have|would've) (tell|show|have told|have shown) (you|u) (that|this|so)? (if|had) (you|u) (had|'d)? (looked|checked|read|bothered|scrolled|opened|actually looked)",
        '(hard|impossible|difficult) to miss',
        // A lesson before ordering, said as one: "go through the listing carefully before placing order".
        '(read|check|go through|look at|look through|measure) *{0,4} (carefully|properly|thoroughly) before (placing|ordering|buying|purchasing|you order|you buy|you place)',
        // The source held up as plain: "the care tag is pretty clear on that".
        '(is|are|was) (pretty|very|quite|perfectly|really|crystal|abundantly) clear (on|about) (that|this|it)',
        // Others managed it: "same like every other customer who find it no problem".
        '(every other|all the other|all other|any other) (customer|customers|buyer|buyers|person|people) (who)? (find|found|finds|manage|managed|manages|get|got|gets|figure|figured|figures|understand|understood|understands)',
        '(look|check|read|try) again (more|a bit more)? (careful|carefully|properly|closely)',
        // Others managed: "most people figure that out but hey".
        '(most|other|every other) (people|customers|buyers|users|folks) (figure|work|manage|get|sort) (that|it|this) (out)?',
      ],
    },
    {
      // Indifference to what the customer does: "Return it or keep it, makes no difference to me". A
      // choice left open ("makes no difference to us which you pick") is no shrug.
      tag: 'dismissive',
      match: ['(makes|make|made) (no|zero|little) (difference|odds) to (me|us)'],
      unless: ['(difference|odds) to (me|us) (which|whether|what|how|either|if|when)'],
    },
    {
      tag: 'condescending',
      // Reassurance, a product, or things settling are no order to calm down: "so you can relax",
      // "our Calm Down chamomile blend", "it should settle down after a few washes".
      unless: [
        "(can|could|will|should|'ll|would|may|might) (now)? (relax|calm down|settle down|chill out)",
        '(our|the|my|this|that) (calm down|relax)',
        "(things|it|they|everything|it'll|they'll) (should|will|usually|normally|soon)? (settle|settles) down",
      ],
      unlessScope: 'clause',
      match: [
        '(please|just|you need to|you should)? (calm down|chill out|relax|take a deep breath|settle down|relax yourself|cool it|simmer down|take a chill pill)',
        "(let's|lets|let us) (all|both)? (take a breath|take a breather|take a step back|calm down|keep calm)",
        // "chill" alone is also what a cool box does: only said to a person.
        '(just|pls|please)? chill (mate|bro|man|dude|babe|hun|pls|please|lol|ffs|out|a bit)',
      ],
      swap: ['I understand this is frustrating.'],
    },
    {
      tag: 'dismissive',
      match: [
        'deal with it',
        'get over it',
        'take it or leave it',
        "(that's|that is|it's|it is) (just)? (how it is|the way it is|how it works|the way it works|life)",
        // The customer's request ruled out as not how things are done: "haggling isn't really how it works here".
        "(isn't|is not|isnt|not) (really)? (how|the way) (it|this|things|we|i) (works|work|operate|do things|does things) (here|round here|around here|in this shop)?",
        "(that's|thats|that is|it's|its) (just|simply) how * *{0,2} (work|works|behave|behaves|are|is|goes|go)",
        '(sort of|kind of|kinda|rather) the (whole)? point',
        'end of (story|discussion)',
        '(this|the|our) (conversation|discussion|matter) is (over|closed|finished)',
        "(i|we) (won't|will not|will no longer|shall not) (respond|reply|discuss|engage|be responding|be replying|entertain|be entertaining|tolerate|be tolerating|dignify)",
        // Declining the customer's account or the apology it asks for: "I'm not going to apologise for
        // a Sunday", "we take exception to the suggestion", "makes no difference to me".
        "(i'm|i am|im|we're|we are) not (going to|gonna|about to) (apologise|apologize|say sorry|be spoken to|be talked to|be lectured|be drawn into|put up with|tolerate)",
        '(take|takes|took|taking) (great|strong|real)? (exception|offence|offense) (to|at)',
        "(going to|have to|'ll have to|must|need to) push back (on|against)",
        'stop (messaging|emailing|contacting|texting|bothering|harassing) (us|me)',
        // However the messages are named: "please stop to send message every hour", "quit spamming".
        '(stop|quit) (to send|sending|send) (me|us)? (message|messages|msg|msgs|so many|the same|emails|texts|chasers|reminders)',
        '(stop|quit) (spamming|hounding|badgering) (us|me)?',
        // The wait left to the customer to sit out: "you'll just have to wait until they get round to it".
        "(you'll|you will|you|u|you'd|we'll all|we all) (just|simply) (have to|need to|gotta|got to|must) (wait|be patient|sit tight|hang on)",
        // Minimised: "it's a pair of earrings, not an emergency".
        "(it's|its|it is|this is|that's|thats) (a|an|one|just|only) *{1,4} , not (an emergency|a crisis|a tragedy|a disaster|life or death|a matter of life and death)",
        '(hardly|not exactly) (an emergency|a crisis|a tragedy|a disaster|life or death|a matter of life and death|the end of the world)',
        // The wait shrugged off as a tautology: "when it arrive it arrive", "it'll get there when it gets there".
        '(when|whenever) (it|they) (arrive|arrives) , (it|they) (arrive|arrives|will arrive)',
        '(when|whenever) (it|they) (come|comes) , (it|they) (come|comes|will come)',
        '(when|whenever) (it|they) (get|gets) there , (it|they) (get|gets|will get) there',
        '(when|whenever) (it|they) (turn|turns|show|shows) up , (it|they) (turn|turns|show|shows|will turn|will show) up',
        '(when|whenever) (it|they) (land|lands) , (it|they) (land|lands|will land)',
        "(it'll|it will|itll|they'll|they will) (arrive|come|get there|turn up|show up|land|be there|be with you) when (it|they) (arrives|arrive|comes|come|gets there|get there|turns up|turn up|shows up|show up|lands|land|is there|are there)",
        "(i|we) (don't|do not) have time (for|to)",
        "if you don't like it",
        '(shop|go|take your business) elsewhere',
        '(free|welcome) to (buy|shop|go|order|purchase) (from|at|with)? (somebody|someone|somewhere|anyone|another seller|another shop) else',
        // Closing the matter: "it is what it is", "the policy stands", "consider it refunded".
        "(it is|it's|its) what (it is|it is)",
        '(the|our|my) (policy|decision|answer|position) (stands|is final|remains)',
        "(the|our|my) (policy|decision|position) (has not|hasn't|hasnt) changed",
        "(i've|ive|i have|we've|we have) done (all|everything) (i|we) (can|could|possibly can)",
        // The recap in a plain verb, as many Englishes write the past: "I already explain already".
        '(i|we) already (explain|tell|say|answer|inform) (you|u|already|this|that|before|many|so many|many times)',
        // Not "consider it done", an eager yes.
        'consider it (refunded|dealt with|closed|settled)',
        "(i|we) (won't|will not|wont|refuse to) be (spoken|talked|shouted|sworn|written) (to|at)",
        "(there's|there is|theres) (really|honestly|simply|just|absolutely)? no (need|call) for (that|this|the|such) (language|tone|attitude|rudeness|behaviour|behavior)",
        // The customer's tone policed: "no need to be taking that tone with me", "watch your tone".
        "(there's|there is|theres)? no (need|call) (to|for you to) (be)? (take|taking|use|using|adopt|adopting) (that|this|such a) (tone|attitude)",
        '(watch|mind|check) (your|ur) (tone|language|attitude|manners|mouth)',
        "(don't|do not|dont) (take|use) (that|this) (tone|attitude) with (me|us)",
        'not (my|our) concern',
        'not my (circus|monkeys)',
        'see if (i|we) care',
        "(i|we) (couldn't|could not) care less",
        'if it (matters|means) that much to you',
        "maybe (don't|do not|dont|try not to) (order|buy|shop)",
        "(not sure|no idea) what (you were|you're|you are|u were) expecting",
        'what (did|do) you expect for',
        'there is nothing (more|else) to (discuss|say|add)',
        "(i've|we've|i have|we have) (already)? (said|explained) (all|everything) (there is|we can|i can)",
      ],
    },
    {
      tag: 'sarcastic',
      match: [
        'thanks for nothing',
        'good luck with that',
        'nice try',
        'oh really',
        '(what a|big) surprise',
        // Mock gravity over a small complaint: "green instead of blue, what a tragedy".
        '(what a|such a|oh what a|oh the|a real) (tragedy|catastrophe|travesty|calamity)',
        '(oh)? the horror',
        '(gee|wow) thanks',
        'must be nice',
        "i'm sure you (did|do|have|are|were)",
        'yeah right',
        'sure you did',
        'oh please',
        'give me a break',
        'how convenient',
      ],
    },
    {
      // "That's rubbish" is also British sympathy: "oh that's rubbish, sorry the handle came off".
      tag: 'arguing',
      match: [
        "(that's|that is|this is|it's|it is|thats) (simply|just|completely|totally|absolutely)? rubbish",
      ],
      unless: ['(sorry|apologies|oh no|oh|aw|aww|ah|ahh|ugh|argh|gutted|so sorry)'],
    },
    {
      tag: 'arguing',
      match: [
        "(you're|you are|you were) (simply|just|completely|totally|absolutely)? (wrong|mistaken|lying|incorrect)",
        // What went wrong put on the customer's side of the line: "whatever happened after that
        // happened on your side".
        '(whatever|anything that|what) (happened|happens|went wrong|goes wrong) (after that|after|next|from there|then)? (happened|happens|is|was)? on (your|ur) (side|end)',
        // Accused of lying or cheating, or told to stop accusing: "I'd ask you to be honest about how it
        // happened", "please stop assuming we are cheating you".
        "(i'd ask you to|i would ask you to|please|just|try to) (be honest|tell the truth|come clean) (about|with)",
        '(stop|quit) (assuming|accusing|implying|insinuating|suggesting|thinking) (we|i|that we|that i|us|me)',
        '(posting|spreading|telling|writing|leaving|making up) (lies|falsehoods|false reviews|fake reviews|made-up stories|fairy tales|fairytales) (about|on) (me|us|my|our)',
        "(that's|that is|this is|it's|it is) (simply|just|completely|totally|absolutely)? (not true|untrue|false|a lie|nonsense)",
        '(i|we) (strongly|completely|totally) disagree',
        '(i|we) (have to|must|will have to) disagree',
        "(i'm|i am|we're|we are) not (accepting|having|buying) (that|this|it)",
        "(i'm|i am|we're|we are) not (going to|gonna|about to) (argue|debate|go back and forth|get into|discuss|keep discussing)",
        "(that's|that is) not what you said",
        'for the record',
        // Judging the customer's own review or complaint: "a one-star review over a two-day delay is unfair".
        '(your|a|this|that|the|such a) (one-star|1-star|one star|1 star|two-star|2-star|negative|bad|low|harsh)? (review|feedback|rating|complaint|comment|claim|dispute|chargeback) *{0,6} (is|was|seems|feels|looks) (a bit|very|really|completely|totally|pretty|quite|rather|frankly|just)? (unfair|unjustified|uncalled for|ridiculous|over the top|out of order|not fair|unreasonable|excessive|petty|a bit much|way over the top)',
        '(how is|how was|how is that|how was that|how is it|how was it) (it|this|that)? (our|my) (fault|problem|responsibility|mistake)',
      ],
    },
    {
      tag: 'exasperated',
      match: [
        "(i've|we've|i have|we have) (now|already|now already)? (already)? @said (this|that|it|you)? (@times|before|already|again|above)",
        "(as|like) (i've|we've|i have|we have|i|we) now @said",
        '(how many times|how often) (do|must|should|will|have|did) (i|we) (have to|need to|got to|gotta)? (say|tell|explain|repeat|answer|spell)',
        'per my (previous|last|earlier|first|other) (two|three|few|couple of)? (message|messages|email|emails|reply|replies|note|response|responses)',
        "(not sure|no idea|don't know|dont know|i don't know) how many (more)? (ways|times) (i|we) (can|could|have to|need to) (say|explain|put|repeat|tell)",
        "(let me|i'll|i will|i'm going to) spell it out",
        "(i'm|i am|we're|we are) telling you (since|for|again|already)",
        '(why|how come) (are|do|did|will|have) you (keep|keeps|still|again|always)? (asking|messaging|sending|writing|contacting|chasing|bothering|emailing)',
        '(asking|saying|sending|writing) (us|me)? (the)? same (thing|question|message) (again|over and over|again and again|every day|every hour|daily|each day)',
        '(again and again|over and over again)',
        "this is the (second|third|fourth|fifth|sixth|umpteenth|nth|2nd|3rd|4th|5th|tenth) time (you've|you have|youve|i've|i have|ive|we've|we have)",
        // In the present too: "this is the fourth time I'm explaining this".
        "(this is|that's|it's) the (second|third|fourth|fifth|sixth|umpteenth|nth|2nd|3rd|4th|5th|tenth) time (i'm|i am|im|we're|we are) (explaining|telling|saying|repeating|answering|going over)",
        "(don't|do not|dont|stop|quit) (waste|wasting) (my|our) time",
        "the answer (hasn't|has not|hasnt|won't|will not|isn't going to) (changed|change)",
        "(i|we) (really|honestly|just|genuinely)? (don't|do not|dont) have the (energy|patience|strength|time) (to|for) (argue|deal|keep|go|this|explain|answer|be)",
        '(tired|sick|fed up|sick and tired) of (being|you|this|these|people|customers|answering|explaining|repeating|getting)',
        '(messages|customers|people|emails) like (this|you|these|yours) (make|makes) (me|us) (want to|wanna)',
        '(sigh|\\*sigh\\*)',
        "i (don't|do not) know (what|how) (else|more) (to|i can|can i|i could) (tell|say to|explain to|do for) you",
        "i (don't|do not) know what (else|more) (to|i can) (say|tell you|do|add)",
        "(i|we) (don't|do not) see what (else|more) you (want|expect|need)",
        // Pointing the reader back to what was already said: "re-read my last message".
        '(re-read|reread|re read|read back|scroll up to) (my|our|the) (last|previous|earlier|first|above)? (message|messages|reply|replies|email|emails|answer)',
        '(as|so) (simply|plainly|slowly) as (i|we) (can|possibly can)',
        '(same|identical) (question|message|complaint) (every|each) (single)? (day|time|hour)',
        "(not sure|i'm not sure|i am not sure|no idea|i have no idea|don't know|i don't know) what (else|more|exactly)? you (expect|want) (me|us)? (to do|from me|from us)?",
        'what (else|more|exactly) do you (want|expect) (me|us)? (to do|from me|from us)?',
        'what do you (want|expect) (me|us) to do',
        "(i|we) (can't|cannot) make (the|it|them|your) *{0,2} (go|drive|fly|arrive|move|travel|get there) (any)? (faster|quicker|sooner)",
        "(i've|i have|we've|we have) been more than (patient|fair|reasonable|helpful|generous|accommodating)",
        '(please)? refrain from (messaging|contacting|writing|emailing|sending)',
        // Told to stop chasing, or that chasing is useless: "don't keep asking every day", "asking
        // won't make it come faster".
        "(don't|do not|dont|no need to|stop|quit|there's no need to) (keep|keeping) (on)? (asking|messaging|chasing|writing|emailing|texting|pinging|bugging|hassling|nagging|checking in)",
        "(asking|chasing|messaging|nagging|complaining|pestering|messages|emails|reminders) (again|every day|daily|so much|more|all the time|constantly|me|us)? (won't|will not|wont|doesn't|does not|doesnt|isn't going to|is not going to|not going to|can't|cannot) (make|get|help|bring) (it|things|the parcel|your order|your parcel|them)? *{0,2} (faster|quicker|sooner)",
        '(stop|quit) (asking|messaging|emailing|writing|chasing|pestering|hassling|nagging)',
        "there's no (need|point) (to|in) (keep|keeps|keeping)? (asking|messaging|chasing|writing|emailing)",
      ],
    },
    {
      tag: 'dismissive',
      match: [
        "(it's|it is|that's|that is|this is|this isn't|it isn't|that isn't) (honestly|really|hardly|just|only|frankly)? (not a big deal|no big deal|not the end of the world|hardly a disaster|not a disaster|not a tragedy|nothing to worry about|a minor thing|hardly the end of the world|not worth all this fuss|not worth this fuss)",
        'no need to (be|get) (so|that|this)? (dramatic|upset|angry|rude|aggressive|worked up|emotional|hysterical|precious|defensive|nasty)',
        "(you're|you are) (being|getting) (a bit|very|really|so|quite|completely|totally|rather|pretty|a little|slightly)? (unreasonable|dramatic|ridiculous|rude|aggressive|silly|difficult|hysterical|childish|petty|entitled|paranoid|over the top|precious|demanding)",
        '(overreacting|over-reacting|over reacting|making a mountain out of a molehill)',
        "(let's|lets|let us) not (be|get) (so)? (dramatic|silly|hysterical|carried away|precious)",
        '(bent|bend|bending|gone|went) over backwards',
        // Making the wait small by setting it against a bigger one: "two days, not two months".
        '(day|days|hours|weeks) , not (two|three|four|six|2|3|4|6|a few|several) (months|weeks|years)',
        "(you're|you are|youre|ur) (the)? rudest",
        '(only|just) * (day|days|week|weeks|hours) late',
        '(only|just) (a few|a couple of) (day|days|week|weeks|hours) late',
        '(causing|giving) you (this|so|that) much (stress|grief|trouble|upset|bother)',
        "(you're|you are) welcome to (leave|post|write) (whatever|any|a bad|a negative|your) (review|feedback)",
        '(if you want|if you need) * *{0,3} (maybe|then)? (shop|go|buy|order) (somewhere else|elsewhere|there|from them)',
        "(we're|we are|were|i'm|i am) (a|just a|only a)? *{0,2} (business|shop|seller|team|company) , not (amazon|ebay|tesco|walmart|a robot|a machine|a big company|a big corporation|a big business|a big retailer|a warehouse)",
        'some of us have (actual|real|other)? (jobs|lives|work|things|kids|families|a life)',
        // Doubt about what the customer could want: "not sure what you expected", "if it makes you feel better".
        '(not sure|no idea) what (you|u) (expected|thought|were thinking)',
        'if it makes (you|u) feel better',
        "(online shopping|shopping online|buying online|buying second-hand|buying secondhand|buying vintage|vintage|handmade) (might not be|may not be|is not|isn't|isnt) for (you|u)",
        // The reader corrected from above: "I think you'll find the photos match", "quick lesson on how shipping works".
        '(quick|little|short|brief) lesson (on|in|about)',
        "(let's|lets|let us) not pretend",
        "(i've|i have|ive|i've got|i have got|we've got|we have) better things to do",
        '(leave|write|post|give) (whatever|any) (review|feedback|rating|reviews) (you|u) (like|want|fancy|please)',
        '(leave|write|post) whatever (makes you happy|you like|you want)',
        '(hardly|not exactly) (on me|on us|my fault|our fault|my problem|our problem)',
        '(perhaps|maybe) (reading|checking|measuring|looking at) *{0,5} (would help|before buying|before ordering|next time|first|in future)',
        "(can't|cannot|cant) (read minds|magic a|magic it|magic the|magic up|magic one)",
        '(mysteriously|magically) (vanished|disappeared|gone missing|vanish|disappear|evaporated)',
        // The writer's own limits set against the customer's demand: "I do have a life outside this
        // shop", "we are not your servants".
        "(i|we) (do|also)? (have|'ve got|have got) (a life|lives|better things to do|a business to run|a shop to run|other customers too|other customers as well|other customers to|other people to)",
        "(we're|we are|were|i'm|i am|im) not (your|ur) (servant|servants|slave|slaves|maid|personal assistant|personal shopper|mum|mom|mother|babysitter|nanny|butler|secretary|employee|employees|punching bag)",
        '(sod|bugger|piss|naff|clear|get) off',
        '(buy|get|order|shop for) (your|them|it|these|those|one)? *? (somewhere else|elsewhere)',
      ],
    },
    {
      tag: 'accusatory',
      match: [
        "(interesting|funny|strange|odd|curious) (that|how) (the|your|yours|it|it's|its|this|you|you're|these|those|all|every|some|people|customers|parcels|only)",
        '(you|u) (knew|know) (perfectly|full|very|damn) well',
        '(and)? i think you know (it|that)',
        "(perhaps|maybe) you (missed|overlooked|skipped|didn't see)",
        "(rich|that's rich|thats rich) , coming from",
        'some (people|customers|buyers) are never (satisfied|happy|pleased)',
        "(you|you've) (chose|chosen|decided|opted) (to|not to) (ignore|disregard|overlook|skip|read|reply|respond)",
        "(you might|you may|you'll|you will|you should|maybe you should|perhaps you should|you could|you'd better) (want to)? (check|look at|read|try reading|look in|read through) your own",
        '(before|instead of) (telling|accusing|blaming|saying to|claiming to|shouting at|demanding) (me|us|a small business|sellers|a seller)',
        '(accusing|accuse) (me|us|a small business|a seller|sellers) of',
        "are you sure (it's|it is|you|you're|that|this|they|there) (actually|really|definitely)?",
        "(i'll|i will|i'm going to|i am going to|i'm gonna) (just)? assume (you|that you) (didn't|did not|haven't|have not|never|missed|ignored|overlooked|skipped|forgot)",
        "not sure why (you've|you have|you|you'd) (waited|left it|taken|only just|decided)",
        '(and|then) (then)? (complain|moan|whinge|get upset|get angry|kick off) (that|about|when)',
        "(you|you've) (signed|ordered|chose|picked|agreed to|accepted|approved|confirmed) (for)? (it|this|that|the) *{0,3} yourself",
        'you (yourself)? (signed|ordered|chose|picked|agreed|accepted|approved|confirmed) (for)? (it|this|that) (yourself)',
      ],
    },
    {
      tag: 'condescending',
      match: [
        "(i'd|i would|i'd have|i would have) (have)? thought (that|it|this)? (was|is|it was|it's|that's|would be)? (fairly|pretty|quite|rather|blindingly|painfully)? (obvious|clear|self-explanatory)",
        '(fairly|pretty|blindingly|painfully|glaringly) obvious',
        "(obviously|clearly) (you|you've|you're|you'd)",
        '(just)? to walk you through it',
        '(put|say|explain) (this|it|that) (in)? (simpler|simple|plain|plainer|basic) (terms|words|english)',
        '(reading age|mental age|attention span|iq) of (a|an)',
        '(since|as) (it|this) (seems|appears) to be (confusing|difficult|hard|too complicated|beyond you)',
        '(you|u) do (realise|realize|understand|know) (these|this|it|they)',
        // Judging how the reader reads: "not sure why this is so hard to follow", "check properly".
        '(so|this|that|really) (hard|difficult|complicated|confusing|tricky) to (follow|understand|grasp|get|take in)',
        "(why|not sure why|no idea why) (you're|you are|youre|ur|u r) (making|finding|struggling with) (this|it|things)",
        '(are|were) (you|u) (actually|even|really) (reading|looking|checking|listening)',
        '(check|read|look) (it|them|that|this|the *)? (properly|carefully) (before|first)',
        '(before|instead of) you (accuse|blame) (anybody|anyone|people|us|me|a seller|the seller)',
        // Judgement called premature: "check with the neighbours before assuming the worst".
        '(before|instead of) (assuming|accusing|blaming|jumping to conclusions|making accusations|throwing accusations|pointing fingers|pointing the finger|shouting|kicking off)',
        // Others held up as managing what the customer did not: "most people manage to check those".
        '(most|other|normal|all other|everyone else|every other) (people|customers|buyers|folk|shoppers)? (manage|managed|seem to manage|seem to have managed|have no trouble|have no problem|had no trouble|had no problem) (to)? (check|read|measure|follow|work|figure|find|understand|see|use)',
        "(it's|it is|its|they're|theyre|it was|they were) not (exactly|really|like it's|like its)? (hidden|a secret|hard to find|small print)",
        '(yours is|yours was) the (only|first) (one|order|parcel) (with|to|that|out of)',
        '(you people|people like you)',
        '(learn|get|find) (some)? manners',
        '(like|as) (everyone|everybody|every other customer|all our other customers|the rest of our customers) (else)? (does|do|manages|did)',
        // "The listing does say they run small" states a fact; "clearly says" holds it up.
        '@publishedInfo (clearly|plainly|quite clearly|very clearly|specifically|explicitly|actually|already) (say|says|state|states|show|shows|explain|explains|mention|mentions|list|lists|note|notes)',
        'as (the|our|my) *? (listing|description|title|size chart|size guide|product page|photos|policy|page|dimensions) (clearly|plainly|already|does) (says|states|shows|explains|mentions|lists|said|stated|showed)',
        // The same pointer with the page after the verb: "it clearly says on the listing", "as it
        // says quite clearly in the description".
        '(it|this|that|as it|like it) (clearly|plainly|explicitly) (says|states|shows|mentions|said|stated) (on|in|under) @publishedInfo',
        '(as|like) (it|they) (says|say|states|said|stated) (clearly|plainly|explicitly) (on|in|under) @publishedInfo',
        "(it's|its|they're|theyre|that's|the information is|the details are|everything is|all the info is) (all)? (right|clearly)? there (in|on) (the|your|my) (email|order confirmation|listing|description|photos|title|tracking|message|page)",
        "(it's|its|they're|theyre|they are|it is) there for a reason",
        "@publishedInfo (is|are|'s) (right)? there for a reason",
        // How plainly it was shown, held up to the customer: "it says so in massive letters on the
        // listing", "it's in bold on the product page".
        '(in|written in|printed in) (bold|big letters|massive letters|huge letters|large letters|capital letters|capitals|block capitals|black and white|large print|big bold letters|bold letters|red letters|big writing) (on|in|at) @publishedInfo',
        '(on|in|under) (the|our|my) (listing|description|title|photos|pictures|size chart|size guide|policy|page|product page|label) for a reason',
        // Reading prescribed before the customer speaks: "maybe try reading it before throwing insults around".
        '(try|trying) (reading|checking|looking at|scrolling) (it|them|the|your|my|up) *{0,3} before',
        '(read|check) (the|your|my) (tracking|email|order confirmation|confirmation|size chart|size guide|instructions|messages) (properly|carefully|again|first|before)',
        '(read|check) the (listing|description) (first|before)',
        "if you (had|would have|would've|bothered to)? (read|checked|looked at) (the|my|our) *{0,2} (properly|carefully|first|before)",
        "(youd|you'd) (know|have known|have seen|see)",
      ],
    },
    {
      tag: 'sarcastic',
      match: [
        '(oh|ah)? great , (another|more|yet another)',
        // Praise for one more message: "Wonderful, another where's-my-parcel message".
        '(oh|ah)? (wonderful|brilliant|fantastic|lovely|marvellous|marvelous|splendid|super|perfect) , (another|more|yet another) *{0,3} (message|messages|email|emails|question|questions|complaint|complaints|chaser|chasers|reminder|reminders|follow-up|follow-ups|claim|dispute|case)',
        'oh (great|wonderful|brilliant|fantastic|lovely|joy|perfect|goody|how lovely|how nice)',
        '(wow|well) , (charming|ok|okay|rude|lovely|nice)',
        'charming',
        '(smh|eye roll)',
        'let me (just)? drop everything',
        "(sure|yeah|right|oh sure) , (let's|lets) (make it|blame|pretend)",
        '(thank you|thanks) (so much|very much)? for your (fourth|third|fifth|sixth|umpteenth|latest|tenth|nth|4th|3rd|5th) (message|email|reminder|question)',
        // Effusive thanks for a low rating: "thanks so much for the one-star before even opening the
        // box" (plain "thanks for the 2-star review and for explaining" is sincere).
        '(thank you|thanks|cheers) (so much|very much|a lot|loads|ever so much) for the (one-star|1-star|one star|1 star|two-star|2-star|two star|2 star) (review|rating|feedback)?',
        // Busy-ness granted as a jab: "I'm sure you're very busy, but the tracking number has been…".
        "(i'm|im|i am) sure (you're|youre|you are) (very|so|really|terribly|incredibly|extremely)? (busy|a busy person|rushed off your feet) , but",
        'because (of course|obviously)',
        // Thanks taken back in a tag: "thanks for your patience, all four minutes of it", "what little of it is left".
        '(patience|understanding|kindness) , all *{1,2} (seconds|minutes|minute|hours|hour|days|day) of it',
        '(patience|understanding|kindness) , (what little|such as it is|if you can call it that|what there is of it)',
        // "Sure, I'll just teleport it to you, shall I?": a mock offer closed by a mock question.
        "(sure|oh sure|yeah|right|oh yes|of course|oh yeah) , (i'll|ill|i will|let me) just *{1,6} , (shall|will|should|can) i",
        "(you're|youre|you are) welcome , by the way",
        "(you're|youre|you are) (lucky|fortunate) (to be getting|to get|i'm replying|im replying|i replied|we replied|to have a reply|to be getting a reply)",
        "(dunno|no idea|not sure|i don't know) how (it|this|that|i|we) (could|can) (be|make it|put it) (any|more)? (clearer|plainer|simpler|more obvious)",
        'are we (looking at|reading|talking about) the same (listing|item|order|page|photos|thing)',
        'believe it or not',
        // A mock offer of impossible speed: "I'll ring up Australia Post and ask them to strap a rocket to it for you".
        '(ask|get|tell|make|have) *{0,3} to (strap a rocket|fly it over|fly it to you|fly it round|teleport it|send it by helicopter|send it by private jet)',
      ],
    },
    {
      tag: 'exasperated',
      match: ['@customerMessages'],
      // "I've put in another complaint with the courier" counts the writer's own messages.
      unless: [
        '(put in|made|raised|filed|lodged|logged|make|raise|file|lodge|log|sent|send|chased with|chase with) @customerMessages',
        // The writer's next message to the customer: "I'll send you another message once it ships".
        '(send|sent|sending|drop|write|get|give) (you|u|ya) @customerMessages',
      ],
    },
    {
      tag: 'exasperated',
      match: [
        '(what|what exactly) (am i|are we) (meant|supposed) to do',
        // The same helplessness put to the customer: "what do you want me to do, fly to Perth?".
        '(what the hell|what the heck|what the fuck|what on earth|what in the world) (do|did|would) (you|u) (want|expect) (me|us) to do',
        // Anything to end it: "full refund, whatever makes this go away".
        '(whatever|anything that|anything to) (makes|make|gets|get) (this|it|you) (go away|stop|end|over with)',
      ],
      // "What am I meant to do when the courier keeps…" complains about a party, which no-blame judges.
      unless: ['(meant|supposed) to do (when|if|once|after|about it when)'],
    },
    {
      tag: 'defensive',
      match: ['with respect'],
      // "With respect to your question…" is a preposition, not a retort. No swap, as for the other
      // prefaces: without it, "you're wrong about the dimensions" reads blunter still.
      unless: ['with respect to'],
    },
    {
      tag: 'dismissive',
      // Only a shrug that ends its clause ("So what?"); see isPointed in the rule.
      match: ['so what'],
    },
    {
      // Reprimanding how the customer behaves, as a teacher would: "please keep it civil", "the case
      // really wasn't necessary", "no need to write me an essay", "I'm disappointed in how you've
      // handled this", "I'd have sorted it if you'd asked first".
      tag: 'condescending',
      match: [
        // Told what to keep: "keep your messages civil". A shared request ("if we could keep things
        // civil", "I'd ask that we keep the conversation respectful") sets a boundary calmly.
        '(please|just)? keep (your messages|your tone|your replies|your comments|your emails) (civil|polite|respectful|professional|courteous)',
        '(please|just) keep it (civil|polite)',
        "(don't|do not|dont|please don't|please dont) (lecture|patronise|patronize|preach to|school|educate) (me|us)",
        "(i'm|i am|im|we're|we are|were) (quite|really|very|frankly|a little|a bit)? (disappointed|surprised|saddened) (in|by|at|with) (how|the way|your) (you|you've|youve|you have)?",
        "(i|we) (really|honestly|genuinely)? (don't|do not|dont) appreciate being (called|accused|spoken to|talked to|sworn at|shouted at)",
        'no need (to|for) (write|writing|send|sending)? (me|us)? (an|the|all the|such|all this|all that|this|that)? (essay|essays|novel|lecture|lectures|theatrics|dramatics|hysterics|attitude|sarcasm|caps|capitals|capital letters|block capitals|all caps|exclamation marks)',
        "@customerConduct (really|honestly|frankly|simply)? (wasn't|weren't|isn't|aren't|was not|were not|is not|are not) (really|at all)? (necessary|needed|called for|warranted|required|helpful)",
        "(i'd|i would|id|we'd|we would) (happily|gladly)? have (sorted|fixed|resolved|refunded|replaced|helped with|dealt with) (it|this|that|the problem|the issue)? (if|had) (you'd|you had|you|youd) (just|only|simply)? (messaged|asked|contacted|come to|told|written to|spoken to)",
        '(been|doing|done) (this|it) (a lot|much|far|way)? longer than (you|u)',
        "(i'll|i will|ill) (try to|try and)? (explain|put|say) (this|it|that) (more)? (simply|plainly)",
        "(don't|do not|dont) expect (any|much|more)? (help|a reply|replies|anything|favours|favors|sympathy) from (me|us)",
      ],
    },
    {
      // Counting how often the writer has had to say or ask it: "we've now asked you three times
      // for photos", "I've explained the return process twice".
      tag: 'exasperated',
      match: [
        "(i've|we've|i have|we have|ive|weve) (now|already|now already)? @said you * *{0,2} @times",
        "(i've|we've|i have|we have|ive|weve) (now|already|now already)? @said (to you|this to you|it to you) *{0,3} @times",
        "(i've|we've|i have|we have|ive|weve) (now|already|now already)? (asked you|reminded you|requested|chased you) *{0,4} @times",
        "(i've|we've|i have|we have|ive|weve) (now|already|now already)? @said (the|your|this|that|my|our) *{1,2} @times",
        "(we've|we have|i've|i have|weve|ive) (already)? been (over|through) (this|that|it|all this|all that)",
        '(same as|like) the (last|previous|other) (two|three|four|five|few|couple of|2|3|4|5) times',
        '(second|third|fourth|fifth|umpteenth|nth|2nd|3rd|4th|5th) time (asking|telling|saying|explaining|answering|replying)',
        '(oh)? (here|there) we go again',
        '(message|messaging|email|emailing|chase|chasing|ask|asking|contact|contacting|text|texting) (me|us) (every|each) (single)? (day|hour|morning|evening|five minutes|few hours|half hour)',
        "(i'm|im|i am|we're|we are) (only)? (going to|gonna) (say|explain|tell you|write) (this|it|that) (once|one time|one last time|slowly)",
        "(not going to|won't|will not|wont|refuse to|not gonna) keep (going|go) (back and forth|round in circles|around in circles|over this|over it|over the same)",
        "(i'm|im|i am|we're|we are) (done|finished) (here|with this conversation|with this discussion|with you|talking about this|discussing this)",
        "(can't|cannot|cant|couldn't|could not) (make|put|say|explain) (it|this|that) (any)? (clearer|plainer|simpler|more clearly|more plainly)",
        "(which|what) part of *{1,6} (was|is|wasn't|isn't) (unclear|confusing|hard to understand|difficult to understand|clear)",
        // Understanding hoped for at last, after an explanation: "I hope this is now clear", "trust that clears it up this time".
        '(hope|trust|assume) (this|that|it|everything) (is|has been|makes it|makes things)? (now|finally|at last) (clear|clearer|understood|sorted|settled)',
        '(hope|trust|assume|hopefully) (this|that) (clears|clarifies|settles|explains) (it|things|the matter|matters|everything)? (up)? (now|this time|once and for all|at last|finally)',
      ],
    },
    {
      // The customer's conduct named and judged futile or needless: "shouting at me will not make the
      // van move faster", "messaging me daily won't help", "no need for the name calling". The
      // writer's own chasing ("me chasing them won't speed it up") is no rebuke.
      tag: 'condescending',
      match: [
        "(shouting|messaging|chasing|calling|complaining|swearing|yelling|nagging|spamming|harassing|threatening|moaning|emailing|texting|writing|accusing|insulting|abusing|ranting) (at|to)? (me|us|people|someone|sellers)? *{0,3} (will not|won't|wont|isn't going to|is not going to|doesn't|does not|will never|won't ever|is not gonna|isn't gonna) (make|help|change|speed|get|bring|hurry|move|solve|fix)",
        // Not "no need for language like that": a calm boundary.
        'no (need|call) for (the|that|this|such|all the|all this|all that|any)? (name calling|name-calling|swearing|insults|abuse|rudeness|shouting|threats|accusations|hostility|aggression)',
        // Permission given with a shrug: "escalate all you want", "report me all you like".
        '(escalate|complain|report|review|message|moan|shout|argue|dispute|claim) (me|it|us)? all (you|u) (want|like)',
        "(a|an|such a|complete|total) waste of (both of)? (our|my|everyone's|both our) time",
      ],
      unless: [
        "(me|us|i|we|i'm|we're) (shouting|messaging|chasing|calling|complaining|emailing|texting|writing)",
      ],
    },
    {
      // A lesson in how things work, or patience ordered: "just so you understand how online selling
      // works", "for what I'd hope are self-explanatory reasons", "please calm yourself". Not "just so
      // you know how it works", which explains.
      tag: 'condescending',
      match: [
        '(just so|so that|so) (you|u) (understand|realise|realize) how (online selling|selling|this|it|returns|refunds|shipping|postage|couriers|delivery|deliveries|the post|things|marketplaces|pre-orders|preorders) (works|work)',
        '(might|may|would) be worth (learning|reading up on|finding out|knowing)',
        'self-explanatory',
        '(calm|compose) yourself',
        '(learn|have) some patience',
      ],
    },
    {
      // "That won't change the fact…" closes the matter; conceding what the customer lived through
      // ("doesn't change the fact it reached you damaged") does not.
      tag: 'dismissive',
      match: ["(it|that|this) (won't|will not|doesn't|does not) change the (fact|facts)"],
      unless: ['change the fact (that)? (it|they|your *|the *) (reached|arrived|came to|got to) you'],
    },
    {
      // Mock feats, mock sympathy and mock doubt: "I'll just ask FedEx to teleport it", "the team,
      // who I'm sure will be devastated", "which you may or may not have read", "I'm sure it's easy
      // to miss", "if you can stop typing in capitals long enough to…".
      tag: 'sarcastic',
      match: [
        '(teleport|teleporting|conjure|conjuring|beam it|pull it out of thin air|magic it)',
        'wave (a|my) (magic)? wand',
        '(back in|here in|welcome to) the real world',
        "(who|which|they|and they|the team|everyone) (i'm|i am|im) (sure|certain) (will be|are|is|were|was) (devastated|thrilled|delighted|heartbroken|crushed|gutted|overjoyed|shocked|fascinated)",
        '(may|might) or (may|might) not have (read|seen|noticed|checked|looked|opened)',
        "(i'm|i am|im) sure (it's|it is|it was|its) (so|very|really)? (easy|hard|difficult|tricky) to (miss|overlook|not see|not notice)",
        '(if|once|when) (you|u) (can|could|manage to) (stop|put down|tear yourself away from) *{0,4} long enough',
        "(will be|'ll be|would be) (thrilled|delighted|happy|glad|lucky|so happy) to have (you|u)",
      ],
    },
    {
      tag: 'condescending',
      match: [
        'in (fairly|pretty|perfectly|very|quite|really) (plain|simple) english',
        '(choose|pick|mind|watch) (your|ur) words (carefully|wisely|more carefully)?',
      ],
    },
    {
      // A last warning, a demand never to write again, a reply the customer is told not to expect.
      tag: 'dismissive',
      match: [
        "(this is|consider this|this is your|this is a|that's your|that was your) (your)? (final|last|formal|only) warning",
        "(don't|dont|do not) (message|contact|email|text|write to) (me|us) again",
        '(you|u) (can|could) (hardly|scarcely) expect',
        "(that's|thats|that is) all (i|we) (have|'ve got|have got) to say",
        'not (my|our) problem if (you|u)',
      ],
    },
    {
      // Doubting the customer's account, or reframing their complaint as their own doing: "I find it
      // hard to believe it snapped on its own", "I have to say I'm surprised", "That's not a fault,
      // that's buyer's remorse".
      tag: 'arguing',
      match: [
        '(i|we) (find|found) (it|this|that) (very|really|quite|rather|a bit|a little|pretty|extremely)? (hard|difficult|tough) to (believe|accept|credit)',
        '(i|we) (struggle|struggled|am struggling|are struggling) to (believe|accept)',
        "(i have to say|i must say|i've got to say|honestly|frankly|to be honest) , (i'm|i am|we're|we are|i was|we were) (very|really|quite|a bit|a little|genuinely)? surprised",
        "(i'm|i am|we're|we are) (very|really|quite|a bit|a little|genuinely)? surprised (anyone|that anyone|you'd|you would|that you)",
        "(that's|thats|that is|it's|its|it is|this is) not (a|an) (fault|defect|claim|problem|issue|complaint|mistake|error) , (that's|thats|that is|it's|its|it is|this is)",
      ],
      // Wonder rather than doubt: "hard to believe it's been a year", "hard to believe how fast it went".
      unless: [
        "(believe|accept) (it's|its|it has|that it's|that it has) been",
        '(believe|accept) how (fast|quick|quickly|lucky|much|many|far|well|popular)',
      ],
    },
    {
      // Talking down by simplifying, and counting the customer's messages back at them: "let me get
      // this straight", "I'll let you do the maths", "your message, all seven of them".
      tag: 'condescending',
      match: [
        'let me get (this|that|it) straight',
        "(allow me to|let me|i will|i'll) spell (this|that|things) out",
        '(break|broken|lay|laid) (it|this|that|things) (down|out) (for you)? (as)? (simply|slowly|in simple|in plain|step by step|in small)',
        "(i'll|i will|i can) let you do the (maths|math|sums)",
        '(message|messages|email|emails|chasers|texts) , all (two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) of them',
        '(before|instead of) (calling|labelling|labeling|branding) (people|me|us|my|our|someone|others|sellers|anyone|a seller|small businesses)',
        // Other customers held up as the ones who can: "customers who can manage a polite message".
        '(customers|people|buyers|folk|those|everyone else) who (can|could|actually|manage to|know how to|bother to) (manage|read|write|be polite|follow|use|understand)',
      ],
    },
    {
      // A warning dressed as advice: "I'd be careful making claims like that", "you might want to
      // think twice before calling me a scammer".
      tag: 'threat',
      match: [
        "(i'd|i would|id|you'd|you would|youd|you might want to|you may want to|you want to) (be careful|be very careful|think twice|think very carefully|think carefully) (about|before|making|calling|saying|accusing|throwing|with what|what you)",
      ],
    },
    {
      // Arguing about fault by asking how the seller could have known, or by what duty requires.
      tag: 'arguing',
      match: [
        '(how|how exactly|and how) (would|were|was|could|should) (we|i) (have)? (known|know|guessed|guess|been expected to know|supposed to know|meant to know)',
        // Told to think again about a claim they made: "I would ask you to reconsider your claim".
        '(ask|urge|suggest|advise) (you)? (to)? (reconsider|rethink|think again about) (your|the|this) (claim|complaint|dispute|case|accusation|review)',
        "(which is|that's|that is|and that's) (all|everything|exactly what) (we're|we are|i'm|i am|we were|i was) (required|obliged|obligated|expected) to do",
      ],
    },
    {
      // Mock deference and invitations to complain more: "since you clearly know more about it than I
      // do", "anything else you'd like to complain about?".
      tag: 'sarcastic',
      match: [
        '(you|u) (clearly|obviously|apparently|evidently)? know (so much|a lot|far|much|way)? (more|better) *{0,4} than (me|i do|us|we do|i|we)',
        "(anything|something) else (you'd|you would|youd|you want|you wish|u want) (like)? (to)? (complain|moan|whinge|grumble|nitpick|criticise|criticize|pick at|find fault with) (about|with)?",
      ],
    },
    {
      // Asking what the customer could have expected, or why the writer gets the complaint: "what were
      // you expecting, gold plating?", "not sure why I'm the one getting the angry message".
      tag: 'dismissive',
      match: [
        '(so|and|but)? what (else|exactly)? (were|was|did|are) (you|u) (expecting|expect)',
        "(not sure|no idea|dunno|don't know|dont know|i don't know|i dont know|not really sure) why (i'm|im|i am|we're|we are|were|i|we) (the one|the ones|even)? (getting|being|taking|receiving|copping|catching) (the|an|this|all the|all this|any)?",
        "(not sure|no idea|not really sure|don't see|dont see) what (the|your) (issue|problem|complaint) (is|even is) (now|here|then|anymore|any more)",
        "(that's|thats|that is|it's|its|this is) (just)? not how (returns|refunds|exchanges|warranties|postage|shipping|couriers|deliveries|tracking|this|it|any of this|things|business) (work|works)",
        "(we're|we are|i'm|i am|were|im) (a|an|just a|only a)? *{0,3} , not (miracle workers|miracle worker|magicians|magician|mind readers|mind-readers|psychics|wizards|superheroes|superhuman)",
      ],
    },
    {
      // Curses and insulting questions aimed at the reader.
      tag: 'insult',
      match: [
        '(are|r) (you|u) (seriously|really|honestly|actually|just|being)? (this|that|so|that much|really)? (thick|stupid|dense|dim|blind|daft|slow|simple|illiterate|brain dead|brain-dead|dumb)',
        '(who|why) the (fuck|fucking|hell|heck|f) (told|said to|gave) (you|u)',
        '(why|how) the (fuck|fucking|hell|heck|f) (do|did|would|are|were|can|could) (you|u)',
        "some people (shouldn't|should not|should never|should not be) (be allowed|be let|have)",
        '(wtf|what the fuck|what the hell|what the heck|wth) (is|was|are|were) (this|that|your|you|these)',
      ],
    },
    {
      // Talking down by the name the writer calls the reader: "your majesty", "pal", "sweetheart".
      // Only as an address set off by punctuation (see isPointed): not "our chief designer".
      tag: 'condescending',
      match: [`(${ADDRESS_TERMS.join('|')})`],
    },
    { tag: 'insult', match: [...INSULT_PATTERNS, ...CURSE_PATTERNS] },
    { tag: 'insult', match: NAMED_LIKE_YOU, negatable: false },
    { tag: 'threat', match: THREAT_PATTERNS, unless: THREAT_EXCEPTIONS },
  ],
}

/**
 * Words for what the customer said or claims: set in scare quotes after "your"/"the" ("thanks for
 * your 'feedback'", "the “damage”") they say the writer does not believe it.
 */
export const SCARE_QUOTABLE = [
  'feedback',
  'complaint',
  'complaints',
  'review',
  'issue',
  'issues',
  'problem',
  'problems',
  'concern',
  'concerns',
  'emergency',
  'damage',
  'fault',
  'defect',
  'research',
  'advice',
  'evidence',
  'proof',
  'mistake',
  'experience',
  'situation',
  'claim',
] as const

/** Subjects of a tautology that shrugs the question off: "it'll get there when it gets there". */
export const TAUTOLOGY_SUBJECTS = ['it', 'they', 'he', 'she', 'that', 'yours'] as const
