import type { Lexicon } from '../../src/core.js'
import { UNMISTAKABLE_NAMES } from './abuse.js'
import { CARRIER_NAMES, CUSTOMS_NAMES, PARTY_CLASSES, PLATFORM_NAMES, SUPPLIER_NAMES } from './actors.js'
import { DEGREE_WORDS } from './degree-words.js'
import { HINDSIGHT_EXPECTATIONS, HINDSIGHT_REPROACH } from './hindsight.js'

/** Who the fault is put on. Decides the message and the neutral rewrite. */
export type PartyTag = 'carrier' | 'customs' | 'platform' | 'supplier' | 'colleague' | 'third'

/**
 * How a fault phrase attaches to a party:
 * - `after`: it follows the party ("the courier **messed up**", "Royal Mail round here **are a nightmare**");
 * - `before`: it precedes the party ("**caused by** the courier", "**whichever clown at** DPD");
 * - `owned`: it follows a possessive party ("the courier's **fault**", "at Yodel's **end**").
 */
export type FaultTag = 'after' | 'before' | 'owned'

/** Standalone blame: fault on the customer, disowning the problem, or disowning plus a redirect. */
export type StandaloneTag =
  | 'customer'
  | 'disown'
  | 'redirect'
  | 'refuseHelp'
  | 'contrast'
  | 'internal'
  | 'carrier'
  | 'customs'
  | 'platform'
  | 'supplier'

/** Names one word long, also written as a possessive without the apostrophe ("at yodels end"). */
const bareOwners = (list: readonly string[]) =>
  list.filter((name) => !name.includes(' ')).map((name) => `${name}s`)

/** Parties, each a class of who the sentence may put the fault on. */
export const partyLexicon: Lexicon<PartyTag> = {
  name: 'no-blame/parties',
  classes: PARTY_CLASSES,
  entries: [
    { tag: 'carrier', match: ['@carrier', '@carrierOwner'], negatable: false },
    { tag: 'customs', match: ['@customs', '@customsOwner'], negatable: false },
    { tag: 'platform', match: ['@platform', '@platformOwner'], negatable: false },
    { tag: 'supplier', match: ['@supplier', '@supplierOwner'], negatable: false },
    { tag: 'colleague', match: ['@ownTeam', '@ownTeamOwner'], negatable: false },
    {
      tag: 'third',
      match: [
        "(they|they've|they're|they'd|their|them|he|she|he's|she's|his|her)",
        '(their|the|them) (lot|people|guys|boys|staff|drivers)',
        '(their|his|her) (estimates|estimate|system|drivers|driver|staff|service|tracking|depot|hub|people|website|app|process|team|times|timings|checks|updates|listing tool|stock sync|checkout|payment check|payment system|label system|stock system|algorithm|software|portal)',
        // Someone unnamed, known by where they work: "someone there mislabelled it".
        '(someone|somebody) (there|at the depot|at the hub|in the depot|at their end|on their end)',
        `(${[...bareOwners(CARRIER_NAMES), ...bareOwners(CUSTOMS_NAMES)].join('|')})`,
        // Someone unnamed, known by what they handled: "whoever packed this", "the lad who delivered it".
        '(whoever|somebody who|someone who|the person who|the guy who|the lad who|the bloke who|the girl who|the one who) (packed|handled|delivered|sorted|scanned|loaded|processed|wrapped|picked|posted|drove|dropped|checked|labelled|labeled|took) (it|this|that|them|your|the)? (order|parcel|box|item|one)?',
      ],
      negatable: false,
    },
  ],
}

/**
 * Insults people use for a party they blame: "whichever clown at DPD", "some numpty at the depot".
 * Also the masked and spelled-out forms the parser reads ("a55hole" is "asshole").
 */
const OWN_INSULTS = [
  'clown',
  'clowns',
  'idiot',
  'idiots',
  'moron',
  'morons',
  'muppet',
  'muppets',
  'numpty',
  'numpties',
  'drongo',
  'drongos',
  'cowboy',
  'cowboys',
  'amateur',
  'amateurs',
  'joker',
  'jokers',
  'monkey',
  'monkeys',
  'donkey',
  'donkeys',
  'imbecile',
  'imbeciles',
  'eejit',
  'eejits',
  'plonker',
  'plonkers',
  'pillock',
  'pillocks',
  'wally',
  'wallies',
  'genius',
  'geniuses',
  'bozo',
  'bozos',
  'cretin',
  'cretins',
  'halfwit',
  'halfwits',
  'numbskull',
  'asshole',
  'assholes',
  'arsehole',
  'arseholes',
  'bastard',
  'bastards',
  'twat',
  'twats',
  'wanker',
  'wankers',
  'prick',
  'pricks',
  'dickhead',
  'dickheads',
  'tosser',
  'tossers',
  'jobsworth',
  'jobsworths',
  'fool',
  'fools',
  'lunatic',
  'lunatics',
  'chancer',
  'chancers',
  'gorilla',
  'gorillas',
]
/** Every name, the shared ones too, with a plural for one-word names. */
const INSULTS = `(${[...new Set([...OWN_INSULTS, ...UNMISTAKABLE_NAMES, ...UNMISTAKABLE_NAMES.filter((name) => !name.includes(' ')).map((name) => `${name}s`)])].join('|')})`

/** Judgements of a party: "are a nightmare", "are cowboys", "not great at". */
const BAD_JUDGEMENT = [
  '(so|really|absolutely|completely|utterly|totally|just|pretty|a bit|bloody|notoriously|truly|beyond|frankly|honestly|genuinely|seriously)? (useless|hopeless|incompetent|rubbish|terrible|awful|appalling|shocking|diabolical|dreadful|pathetic|shambolic|clueless|careless|lazy|unreliable|unreasonable|unprofessional|untrustworthy|dodgy|crooks|crooked|thieves|liars|chaotic|hit and miss|rubbish at|terrible at|awful at|useless at|bad at|hopeless at|crap|crappy|shit|shite|shitty|garbage|trash|pants|naff|dire|a pain in the arse|a pain in the ass|a pain in the neck)',
  '(a|an) (bit of a|right|real|complete|total|absolute|proper|utter|fucking|bloody|effing|actual)? (joke|nightmare|shambles|shower|disaster|mess|shitshow|circus|farce|pain|headache|law unto themselves|bunch of cowboys|bunch of clowns|bunch of idiots|bunch of amateurs|bunch of jokers)',
  `(a|an) (bit of a|right|real|complete|total|absolute|proper|bunch of)? ${INSULTS}`,
  `${INSULTS}`,
  '(a|an|the)? (black hole|rip-off|rip off|racket|lottery|law unto themselves)',
  '(all over the place|the worst|not great|no good|not fit for purpose|beyond useless|worse than useless|the bottleneck|the hold-up|the holdup|the problem here|the ones holding it up|the ones to blame|to blame|at fault|the ones at fault|the reason it|the reason your|the reason for the delay|why it|why your|not great at|not good at|slow as|painfully slow|so slow|really slow|incredibly slow|ridiculously slow|very slow|super slow|extremely slow|always late|never on time|late again|wrong half the time|wrong again|always wrong|notorious)',
]

/** Fault phrases, matched next to a party (see {@link FaultTag}). */
export const faultLexicon: Lexicon<FaultTag> = {
  name: 'no-blame/faults',
  skippable: DEGREE_WORDS,
  classes: {
    judgement: BAD_JUDGEMENT,
  },
  entries: [
    {
      tag: 'after',
      match: [
        // Messing up, in every register the parser normalises to ("f***ed" is "fucked").
        '(~mess|~screw|~muck|~cock|~foul|~stuff|~balls|~bugger|~fuck|~louse) (it|this|that|things|everything|this one|that one|the order|the delivery|your order|your parcel|the whole thing|it all|the tracking|the address)? (right|completely|totally|royally|well and truly)? up',
        "~make (a|an)? (right|real|complete|total|proper|absolute|bit of a|bit of an)? (hash|mess|pig's ear|pigs ear|arse|balls|dog's dinner|muddle|shambles|mistake|error|blunder|cock-up|cockup|mix-up|botch|botch-up|balls-up|screw-up|hash-up|mess-up|boo-boo)",
        '~botch',
        '~bungle',
        '~butcher',
        '~let (it|this|that|things|them|standards|quality) (slide|slip)',
        '~go (walkabout|missing|astray|awol)',
        "(what|wot) (they|theyre|they're|they are|he is|hes|he's|she is|shes|she's) (playing at|doing|on about)",
        '~fumble',
        '~let (a lot of|so many|loads of|some|bad|faulty|duff|dodgy) *{0,2} through',
        '~go to the wrong (house|address|estate|street|town|flat|door|building|city|place)',
        // Systems that fail: "their payment check glitches", "randomly cancels orders".
        '(glitches|glitched|glitching|~malfunction|~bug out)',
        '(randomly|wrongly|mistakenly|accidentally) (~cancel|~reject|~delete|~hide|~block|~drop|~remove|~refund|~flag)',
        "(isn't|is not|aren't|are not|wasn't|weren't|not) working (properly|right|correctly)",
        "(isn't|is not|aren't|are not|wasn't|weren't|not) doing (their|his|her|its) (job|jobs) (properly|right|correctly)?",
        '~drop the ball',
        '~let (you|us|me|our customers|everyone) down',
        // Losing, damaging, and handling things badly.
        '~lose (it|them|your|the|my|our|this|that|these|those|another|track|parcels|packages|things|stuff|items|orders|one|half|a|an|about|loads|so many|half of)',
        '(~misplace|mislay|mislaid|~misroute|~misdeliver|~mislabel|~mishandle|~misread|~mis-sort|~misdirect)',
        '(~damage|~break|~smash|~crush|~dent|ding|dinged|dings|~squash|~wreck|~ruin|~trash|~mangle|~bash) (it|them|your|the|this|that|these|those|a|an|my|our|every|half)',
        '(~bend|~fold|~chuck|~throw|~dump|~kick|~toss|~fling|~lob|~rip|~tear|~stamp on|~stand on|~sit on|~stack|~squeeze|~cram|~force|~shove|~jam) (it|them|your|the|this|that|these|those|a|an|my|our|stuff|parcels|packages|things)',
        // Dropping as damage is done ("they dropped it"); "will drop it" or "drops it at the depot"
        // is how a parcel is delivered.
        '(dropped|dropping) (it|them|your|the|this|that|these|those|a|an|my|our|stuff|parcels|packages|things)',
        '~drop (it|them|your|the|parcels|packages) (on the floor|on the ground|down the stairs|from|hard|everywhere|all over)',
        "~leave (it|them|your|the|a|this|that) (parcel|package|box|order|table|item)? (out)? (in|on|at|by|over|under|behind|outside) (the|a|your|someone|somebody|some)? (rain|wrong|random|bush|hedge|bin|street|road|gutter|puddle|neighbour|neighbour's|neighbours)",
        '(~send|~deliver|~take|~ship|~bring|~post|~route|~forward|~return) (it|them|your|the|this|that)? (parcel|package|order|item|box)? (to|at)? (the)? wrong',
        '(~send|~deliver|~ship|~post|~give|~pack|~pick|~put|~grab|~label|~print|~use|~supply) (you|us|me)? (the|a)? wrong',
        // Supplying other or less than was ordered: "they sent over a different lot", "shorted us on the last shipment".
        '(~send|~ship|~supply|~deliver|~give) (you|us|me)? (over|out|across)? (a|the)? (different|wrong) (lot|batch|colour|color|shade|size|model|version|part|parts|stock|fabric|material|one|ones)',
        '(shorted|short-changed|shortchanged|short-shipped|short shipped|shorting|short-shipping) (us|you|me|the|our|on)',
        '(~send|~pack|~pick|~grab|~ship|~post|~put|~give) (you|us|me)? (the|a|an) *{1,4} (not|instead of) (the|a|an)',
        '(~send|~supply|~give|~deliver|~ship) (you|us|me)? (a|the|some)? (shitty|crap|crappy|faulty|bad|dodgy|defective|dud|duff|substandard|cheap|broken|damaged) (batch|lot|load|box|stock|parts|part|items|clasps|one|ones)',
        '~get (it|this|that|things|the address|the order|your order|the size|the colour|the label|the labels|the numbers|everything)? (all)? wrong',
        '~mix (it|them|the numbers|the labels|the orders|the parcels|things|everything|the addresses)? up',
        // A wrong act owned by the party that did it: "our fulfilment partner shipped the old version by mistake".
        '(~ship|~send|~pack|~post|~deliver|~label|~pick|~print|~cancel|~return|~dispatch) *{0,4} (by mistake|in error|by accident|accidentally)',
        '~swap (the)? (labels|parcels|orders)',
        // Not doing what they should.
        '(~fail|~forget|~neglect|~refuse) to',
        // Something left out: "my assistant packed it and forgot the earring backs".
        '(~forget|~omit|left out|leaves out|leave out|left off) (the|your|a|an|some|one|half|both)',
        "(can't|cannot|couldn't|could not|couldnt|cant) be (bothered|arsed|assed|asked)",
        "(didn't|did not|don't|do not|doesn't|does not|never|won't|wouldn't) (even|always|ever)? (bother|bothered|try|tried|knock|knocked|ring|check|checked|look|wait|attempt|attempted|turn up|show up|care|listen|answer|read|deliver|scan|update|leave a card|call|save|sync|register|record|process)",
        "(can't|cannot|couldn't|could not) (organise|organize|read|count|manage|get anything right|do anything right|do their job|do their jobs|be trusted|find their way|tell left from right|follow instructions|follow simple instructions)",
        '(never|rarely|seldom|hardly ever) (deliver|delivers|get it right|gets it right|turn up|turns up|show up|shows up|answer|answers|respond|responds|reply|replies|knock|knocks|bother|bothers|update|updates|scan|scans)',
        // Holding things up.
        '(~hold) (it|things|everything|them|us|your parcel|parcels|the parcel|your order|the order|your package|packages)? up',
        '~sit on (it|them|parcels|the parcel|your parcel|packages|your package|orders|things|your)',
        // Handling one thing wrong: "weighed it wrong", "scanned it incorrectly".
        '(~weigh|~scan|~label|~address|~sort|~read|~charge|~price|~route|~measure) (it|them|the|your|this|that)? *? (wrong|wrongly|incorrectly)',
        '~drag (their|its|his|her) (feet|heels)',
        // Handling done roughly: "the courier boys are handling very roughly these days".
        '(~handle|~treat|~throw|~chuck) (it|them|parcels|packages|things|boxes|stuff)? (very|so|really|far too|too)? (roughly|badly|carelessly)',
        '~drag on (forever|for ages|and on|for weeks|for months)',
        '~take (forever|ages|an age|their sweet time|its sweet time|their time)',
        '(~slow) (it|things|everything|us)? down',
        '(~delay) (it|things|everything|your parcel|your order|parcels|orders|deliveries|it again)',
        '(keep|keeps|kept|always|constantly|forever|often|regularly|routinely) (~delay|~lose|~damage|~break|~misplace|~mishandle|~ignore|~mess|~screw|~cancel|~reschedule|~return)',
        // Charging and cheating.
        '(~slap|~whack|~stick) (on|it on|on top|a fee|fees|charges|an admin fee)',
        '(~overcharge|~fleece|~scam|~con|~rob|~steal|~pocket)',
        // Only with what was taken: "they're pinching" is also how tight shoes feel.
        '(~nick|~pinch) (it|them|stuff|things|parcels|packages|your|the|my|our|items|orders|anything|everything)',
        '~rip (you|us|people|customers|everyone) off',
        '(cheap|cheaped|cheaping|~skimp|~scrimp) (out|on)',
        '~cut corners',
        '~lie (to)?',
        '~ignore (it|us|me|you|the|our|your|my|every|all|instructions)',
        '~double-book',
        '~decide to (leave|mark|send|return|throw|chuck|dump|fold|cancel|ignore|hold|keep|bin|open|dump|stop|close)',
        '(~harass|~bully|~hassle)',
        // Judgements: with or without the verb ("they're the bottleneck", "are a nightmare").
        '(is|are|was|were|been|being|be)? @judgement',
        '(has|have|had) been @judgement',
        '(~cause|~create) (the|this|these|all the|all these|so many|a lot of)? (problem|problems|delay|delays|issue|issues|mess|chaos|havoc|headache|hold-up)',
        '(~be|is|are|was|were) (always|constantly|notoriously|forever|continually) (late|slow|delayed|losing|causing|messing|screwing|breaking|damaging)',
      ],
      // A stole is also a shawl: "to hear the stole was loved". Where a carrier does not go is its
      // service, not a failing: "this carrier won't deliver to PO boxes", "An Post don't deliver on a Sunday".
      unless: [
        '(the|a|an|this|that|your|my|our|silk|wool|woollen|pashmina|cashmere|knitted) (stole|stoles)',
        "(doesn't|does not|don't|do not|won't|will not|can't|cannot) deliver (to|on|at) (a|any)? (po box|po boxes|p.o. box|p.o. boxes|box|boxes|sunday|sundays|saturday|saturdays|weekend|weekends|the weekend|bank holidays|public holidays|holidays|locker|lockers|parcel lockers)",
      ],
      unlessScope: 'clause',
      negatable: true,
    },
    {
      tag: 'before',
      match: [
        '(~blame) (it|this|that|the delay|the damage)? (on)?',
        '(caused|messed up|screwed up|cocked up|fucked|fucked up|lost|damaged|broken|crushed|smashed|mishandled|misplaced|misdelivered|misrouted|mis-sorted|missorted|mis-routed|mis-delivered|mislaid|dropped|thrown|thrown about|thrown around|kicked about|chucked|dented|bent|folded|opened and resealed|held up|seized|impounded|mislabelled|mislabeled|botched|ruined|wrecked|mangled|kicked|dumped|squashed|stood on|sat on|left out|fumbled) *{0,4} by',
        // A poor job named before whose it was: "piss poor effort from dpd".
        '(total|complete|absolute|utter)? (bullshit|bullsh*t|bs|bollocks|crap|rubbish|nonsense|garbage|trash|pants) (from|by)',
        '(piss poor|poor|shocking|terrible|awful|appalling|pathetic|rubbish|crap|shit|shite|useless|lazy|sloppy|careless) (effort|service|job|work|handling|packing) (from|by)',
        `(whichever|whatever|some|the|that) (bloody|absolute|complete|total|utter)? ${INSULTS} *{1,3} (at|from|in) (the|our)?`,
        '(all|entirely|completely|totally|purely|solely|squarely|100)? (down to|thanks to|courtesy of|the fault of|on account of)',
        '(mistake|mistakes|error|errors|mix-up|mixup|screw-up|cock-up|cockup|balls-up|blunder|blunders|incompetence|negligence|carelessness|failure|failures|glitch|glitches|bug|mess|muck-up|foul-up) (by|from|of|on the part of|at|in|with|made by|on)',
        '(is|was|this is|that is|it is) (the)? (problem|fault) of',
        '(caused by|due to|because of|thanks to) (a|an|the)? (miscommunication|mistake|mix-up|screw-up|error|blunder|failure|negligence|glitch|bug|cock-up|balls-up) (between|by|from|of|at|with|on the part of|in|on)',
        '(the|a)? (fault|blame|responsibility) (is|was|lies|lay|rests|sits) (entirely|squarely|solely|firmly)? (with|on)',
        "(it's|it is|it was|this is|this was|that's|that is|that was|thats|its|this one's|this ones|it's all|that's all) (all|entirely|completely|totally|squarely|100|definitely)? (down to|on)",
        '(is|are|was|were) (all|entirely|completely|totally|purely|solely|squarely)? (down to|the fault of|the responsibility of|on)',
        `(whichever|whatever|some|the|that|this|what|which) (bloody|absolute|complete|total|utter)? ${INSULTS} (at|from|in|working at|over at|down at|at the)`,
        `(the|those|these|some) (bloody|absolute|complete|total)? ${INSULTS} (at|from|in)`,
      ],
      // Where something can be seen, not whose fault: "it's on the app", "the tracking is on their system".
      unless: [
        "(it's|its|it is|is|are|they're|theyre|it's all|its all) (now|all|already|still)? on (the|their|your|our|its|his|her) (app|system|website|site|page|tracking|account|order page|portal|dashboard)",
      ],
      unlessScope: 'clause',
      negatable: true,
    },
    {
      // A curse on the party itself: "bloody customs", "bollocks to parcelforce". Our own
      // equipment cursed ("our bloody printer") is an apology's colour, not blame.
      tag: 'before',
      match: ['(bloody|sodding|bleeding|damn|damned|flipping|frigging|bollocks to|sod|screw)'],
      unless: [
        '(our|my|the) (bloody|sodding|bleeding|damn|damned|flipping|frigging) (printer|label printer|machine|computer|laptop|system|van|car|kiln|oven|website|site|app|internet|wifi)',
        '(our|my) (bloody|sodding|bleeding|damn|damned|flipping|frigging)',
      ],
      negatable: true,
    },
    {
      tag: 'owned',
      match: [
        '(own)? (fault|mistake|error|problem|responsibility|liability|screw-up|cock-up|doing|mess|incompetence|negligence|carelessness|end|side|lookout|glitch|bug|system glitch|blunder|mix-up|watch)',
      ],
      negatable: true,
    },
  ],
}

const YOU = "(you|you've|you have|you had|you'd|u)"
/** What a customer gives when ordering: "the address you put in at checkout". */
const CUSTOMER_INPUT =
  '(address|postcode|post code|zip|zip code|zipcode|eircode|pin code|details|information|info|size|option|variant|colour|color|house number|flat number|apartment number|unit number|instructions|delivery instructions|phone number|email|name)'
const DEFICIENT =
  "(was|were|is|are|had|has|'s)? (wrong|incorrect|invalid|incomplete|missing|not complete|not valid|not right|outdated|out of date|old|blank|empty|the wrong one|missing a house number|missing the house number|missing a number|without a house number|without a number)"
const LACKS =
  "(doesn't|didn't|does not|did not|don't|do not) (have|include|contain|match|exist|say|show) (a|an|the|any)?"

/**
 * Fault phrases that stand on their own: fault put on the customer, disowning the problem, or a
 * party named as the cause ("that's 100% a UPS thing"). `refuseHelp` ("we can't help") only
 * counts when the sentence also sends the customer elsewhere.
 */
export const standaloneBlameLexicon: Lexicon<StandaloneTag> = {
  name: 'no-blame/standalone',
  skippable: DEGREE_WORDS,
  classes: {
    carrierName: [
      `(${CARRIER_NAMES.join('|')})`,
      '(courier|carrier|delivery|postal|post office|driver|depot)',
    ],
    customsName: [`(${CUSTOMS_NAMES.join('|')})`],
    platformName: [
      `(${PLATFORM_NAMES.join('|')})`,
      `(${PLATFORM_NAMES.map((name) => `${name}'s`).join('|')})`,
    ],
    supplierName: [`(${SUPPLIER_NAMES.join('|')})`],
    customerInput: [
      `${CUSTOMER_INPUT} ${YOU} (entered|gave|given|typed|put|put in|provided|supplied|used|selected|chose|chosen|picked|wrote|filled in|gave us|left)`,
    ],
    deficient: [DEFICIENT, LACKS],
    // Use that wears an item out, named as plain to see ("a dress you've clearly worn").
    wornOrUsed: [
      '(worn|washed|used|dropped|tumble dried|tumble-dried|ironed|bleached|sat on|stood on|overloaded|misused|mistreated|dropped|knocked|run over)',
    ],
    // What goes wrong with goods, and the moment they leave the seller or reach the customer: the two
    // halves of "the damage happened after delivery".
    damageEvent: [
      '(happened|happen|happens|occurred|occur|occurs|was done|were done|was caused|were caused|broke|broken|cracked|damaged|dropped|crushed|dented|scratched|bent|snapped|smashed|marked|torn|ripped|squashed|shattered)',
    ],
    reachedCustomer: [
      '(delivery|arrival)',
      '(it|they|the parcel|the package|the box|the item|your parcel|your order) (arrived|was delivered|were delivered|got to you|reached you|was signed for)',
    ],
    leftSeller: [
      '(handoff|hand-off|handover|hand-over|collection|dispatch)',
      '(it|they|the parcel|the package|the box|the item|your parcel|your order) (left|was collected|was handed over|were handed over|leave|had left) (us|me|here|our hands|the workshop|my *|our *)?',
      '(we|i) (handed|passed|dropped) (it|them) (over|off|to)',
    ],
    misuse: [
      '(worn|washed|used|dropped|put|left|stored|exposed|submerged|overloaded|plugged|tumble dried|tumble-dried|ironed|bleached|sat on|stood on|forced|pulled|yanked|overcharged|misused|mistreated)',
    ],
  },
  entries: [
    {
      tag: 'customer',
      match: [
        `${YOU} (entered|gave|given|typed|put|provided|selected|chose|chosen|picked|used|ordered|bought|supplied|listed|left|clicked|filled in) (us)? (a|an|the|your)? (wrong|incorrect|invalid|incomplete|old|outdated|bad)`,
        // The detail named before the fault: "you typed the apartment number wrong".
        `${YOU} (typed|entered|put|wrote|filled in|spelled|spelt|keyed) (the|your|a|an) *{1,3} (wrong|wrongly|incorrectly)`,
        '@customerInput *{0,3} @deficient',
        // A detail missed at checkout, put as what went wrong: "the flat number was left off when you
        // checked out, so the driver couldn't find you".
        `(the|your|ur) ${CUSTOMER_INPUT} (was|were|got|'s)? (left off|missed off|left out|left blank|not filled in|not given|not included|never added|not added|missed|omitted) (when|as|while) (you|u) (checked out|ordered|placed|paid|filled|entered|typed)`,
        // The customer's own click or keystroke held up against the complaint: "which is what you clicked".
        "(which is|which was|that is|that was|that's|thats|matches|match|matched|exactly) (exactly)? what (you|u) (clicked|typed|selected|chose|picked|entered|wrote|put in|ticked|keyed in)",
        `${YOU} (clearly|obviously|evidently|simply|just)? (didn't|did not|failed to|forgot to|neglected to|never|didnt) (bother)? (to)? (read|check|enter|provide|include|collect|pick up|respond to|reply to|answer|update|select|choose|follow|measure|open the door|come to the door|sign for it|put|add|give|fill in|look at|notice|try|do|use|run|install|charge)`,
        // The customer's own act named as the cause: "a result of you not being home", "thanks to
        // you choosing economy".
        `(a result of|the result of|because of|due to|down to|caused by|thanks to) (you|u) (not)? (being|choosing|picking|ordering|selecting|entering|using|washing|leaving|missing|ignoring|skipping|forgetting|giving|typing|booking|collecting|answering|replying|checking|measuring|reading|signing|following)`,
        "(and|but|so) now (you're|you are|youre|ur) (surprised|shocked|complaining|moaning|upset|confused|annoyed) (that|it|they|about|when|because)?",
        "(we|i) (never|didn't|did not|didnt) (got|get|receive|received|hear back|heard back|hear|heard) (a|any|your)? (reply|response|answer|confirmation|approval) (from you)? , so",
        "(we|i) (never|didn't|did not|didnt) (hear back|heard back|hear|heard) from you *{0,3} , so",
        `${YOU} never (read|checked|entered|provided|included|collected|picked up|responded|replied|answered|updated|selected|followed|measured|signed for it|bothered)`,
        // The customer's own choice stressed: "a delivery slot you chose yourself".
        `${YOU} (chose|picked|selected|removed|cut|booked|entered|typed|ordered|washed|opened|fitted|assembled|set|agreed to|took off|threw away) *{0,4} yourself`,
        `${YOU} (clearly|obviously)? (didn't|did not|didnt) bother`,
        `${YOU} (used|installed|fitted|washed|assembled|stored|set up|wore|charged|cleaned|dried|handled) (it|them|the item|the product) (wrong|wrongly|incorrectly|improperly)`,
        "(you're|you are|you've been|you have been|ur) (using|installing|fitting|washing|assembling|storing|wearing|charging|cleaning) (it|them) (wrong|wrongly|incorrectly|improperly)",
        "(you|you'd|u) must (have|of|'ve) (entered|given|typed|put|provided|selected|ordered|chosen|used|picked|clicked|grabbed|misread|dropped|washed)",
        "(because|since|as) (you|you're|you were) (not|weren't|wasn't) (home|in|available|there|around)",
        "(because|since|as) you (weren't|wasn't|aren't|were not) (home|in|available|there|around)",
        "(it's|it is|it was|this is|this was|that's|that is|that was|thats|its) (all|entirely|completely|totally)? (your|ur|the customer's|the buyer's) (own)? (fault|mistake|error|problem|responsibility|lookout)",
        "(due to|because of|caused by) (your|ur|the customer's|the buyer's) (own)? (mistake|error|fault|carelessness|negligence)",
        "(you're|you are|ur|you were) the one (who|that) (can't|cannot|couldn't|didn't|did not|ordered|chose|picked|entered|put|typed|selected|gave|broke|dropped)",
        // What follows put on the customer: "if you refuse to pay it, that's on you".
        "(that's|that is|thats|it's|its|this is|which is|that one's) (all|entirely)? on (you|u|yourself)",
        // The fault named as the user's: "a setup mistake", "that's user error".
        '(user|operator|setup|set-up|installation|install|fitting|customer|buyer) (error|mistake|fault)',
        "(not sure|no idea|i can't see|i cannot see|i don't know|don't know|unsure) how you (managed|did|broke|got|could|were able)",
        // The damage put down to how it was used: "the shrinkage is from the washing", "the crack is down to a hot wash".
        "(is|was|'s|are|were) (from|due to|caused by|down to|because of|the result of|a result of) (the|a|hot|too much|over|how it was|how they were) (washing|wash|hot wash|machine wash|machine washing|tumble drying|tumble dryer|dryer|overwatering|overwatered|misuse|installation|fitting|used|washed|stored|fitted|worn|dropping|drop)",
        '(delivered|sent|shipped|posted|went) (exactly)? (as instructed|as requested|as you instructed|as you asked)',
        '(looks|looked|seems|seemed|appears|appeared) (like|as if|as though|that)? (it|they|the item|the product|the ring|the necklace|the bracelet|the case|the phone|the charger|the jacket|the shoes|the garment|the table|the chair)? (has|have|had)? been @misuse',
        "(looks|looked|seems|seemed|appears|appeared) (like|as if|as though|that)? (it's|they've|its|theyve) been @misuse",
        // Misuse implied by what the thing never does alone: "handles don't just snap off by themselves",
        // "the hinge didn't snap on its own", "solid oak doesn't do that unless it's been forced".
        "(doesn't|don't|didn't|does not|do not|did not) (just)? (snap|break|crack|tear|split|bend|shatter|burn out|fall apart|stop working) (off)? (on its own|by itself|by themselves|on their own|for no reason|out of nowhere|unless|from the inside|from inside|from nothing)",
        "(doesn't|don't|didn't|does not|do not|did not) (just)? do that (on its own|by itself|by themselves|on their own|unless)",
        // A fault put down to a use the customer made: "is what usually happens when the pedal is screwed in clockwise".
        "(is|that's|thats|it's|its) (exactly)? what (usually|normally|typically|always)? (happens|you get) (when|if) (you|u|your|it's|it is|it gets|it was|they're|they are|they get|they were|someone|somebody|people)",
        "(is|that's|thats|it's|its) (exactly)? what (usually|normally|typically|always)? (happens|you get) (when|if) (the|a|an|your) *{1,3} (is|are|was|were|gets|get|got) (screwed|forced|dropped|washed|overtightened|over-tightened|overloaded|left|misused|fitted|installed|plugged|charged|stored|used)",
      ],
      unless: [
        "if (you|you've|you're|your|the|that|this)",
        // An instruction for later: "once you've fitted it yourself, test the light".
        "(once|after|before|until) (you've|you have)",
        'in case (you|your)',
        'whether (you|your)',
        'unless (you|your)',
        '(did|have|had|could|were|was|is|are) (you|your)',
        'might have',
        'may have',
        // Running out of stock, not running the update: "a subscription so you never run out".
        "(never|won't|don't|wont|dont) (run|runs) out",
      ],
      negatable: true,
    },
    {
      tag: 'customer',
      match: [
        // The usual cause named as this one's: "it's almost always been boiled dry".
        "(it's|its|it has|they've|they have|that's|that has) (almost always|nearly always|nine times out of ten|usually|normally|typically|invariably) (because it's|because it has|because they've)? been (washed|tumble dried|tumble-dried|ironed|bleached|sat on|stood on|overloaded|forced|misused|mistreated|boiled dry|run dry|overheated|overcharged|overwound|overtightened|over-tightened|left on|left plugged in)",
      ],
      unless: ['might have', 'may have'],
      negatable: true,
    },
    {
      // The hindsight reproach opens with "had you"/"if you had", which the questions and conditions
      // excused above also open with: "Had you checked the guide, you'd have seen…".
      tag: 'customer',
      match: [
        "(if you had|if you'd|had you) (read|checked|measured|looked at) *{0,3} (properly|carefully|first|before)",
        "(had you|if you had|if you'd) (read|checked|looked at|measured|opened) *{0,4} , (you'd|you would|you'll|you) (have)? (seen|known|noticed|found|spotted|realised|realized)",
        // What the customer would have seen: "which you would have seen if you had compared them".
        "(you|u) (would|could) (have|'ve|of) (seen|known|noticed|spotted|found|realised|realized) (that|this|it)? if (you|u) (had|'d)",
        // Any hindsight with its cost: "if you'd paid for tracked postage we wouldn't be having this conversation".
        "(had you|if you had|if you'd|if u had) (paid|chosen|picked|ordered|selected|read|checked|told|asked|measured|messaged|contacted|included|entered|given|been|bothered|followed|used|looked) *{0,6} (we|i|it|you|this|none of this|there) (wouldn't|would not|wouldnt|would have|would've|could have|could've) (be|have|happened|been|arrived|got|gotten|known|seen|had)?",
        // Whatever the subject after: "Had you checked your chest measurement against it first, the medium would never have been ordered".
        "(had you|if you had|if you'd|if u had) (checked|measured|read|compared|followed|looked at) *{0,6} (would never have|would never've|never would have|wouldn't have|would not have)",
      ],
      unless: ['might have', 'may have'],
      negatable: true,
    },
    {
      // What went wrong placed after the goods left the seller or reached the customer: "the damage
      // occurred after handoff", "it must have been dropped after delivery", "that happen after it
      // leave my kitchen". A condition ("if it's damaged after delivery, tell me") is no verdict.
      tag: 'customer',
      match: ['@damageEvent (after|once|since) @reachedCustomer'],
      unless: ['(if|whether|in case|unless) *{0,4} @damageEvent'],
      negatable: true,
    },
    {
      tag: 'disown',
      match: ['@damageEvent (after|once|since) @leftSeller'],
      unless: ['(if|whether|in case|unless) *{0,4} @damageEvent'],
      negatable: true,
    },
    {
      // Hindsight about what the customer failed to do: "you should have told me the size".
      tag: 'customer',
      match: HINDSIGHT_REPROACH,
      unless: HINDSIGHT_EXPECTATIONS,
      unlessScope: 'clause',
      negatable: false,
    },
    {
      // Doubt cast on the customer's account: "are you sure nobody else opened it", "parcels don't
      // just disappear". Disbelief alone ("I find that hard to believe") is the tone rule's.
      tag: 'customer',
      match: [
        "(are you|you|r u|are u) (sure|certain) (someone|somebody|nobody|no one|no-one|it wasn't|it was not|it didn't|you didn't|you did not|you haven't|you have not|it hasn't|they didn't|it isn't)",
        "(parcels|packages|items|boxes|orders|things) (don't|do not|dont) (just)? (disappear|vanish|go missing|walk off|break themselves)",
      ],
      negatable: false,
    },
    {
      // A lesson for next time: "read the description next time". The writer's own "I'll check next
      // time" is a promise.
      tag: 'customer',
      match: [
        '(read|check|measure|look at|double check|double-check|pay attention to|scroll) *{0,4} (next time|in future|in the future)',
        '(next time|in future|in the future) (,)? (please|pls|kindly|just|maybe|perhaps|try to|try and|do)? (read|check|measure|look at|double check|double-check|pay attention|scroll)',
        // A lesson before ordering, said as one: "go through the listing carefully before placing order
        // so such issues do not arise" (plain advice, "check the size before ordering", is not).
        '(read|check|go through|look at|look through|measure) *{0,4} (carefully|properly|thoroughly) before (placing|ordering|buying|purchasing|you order|you buy|you place)',
        "so (such|these|this|that|the same) (issue|issues|problem|problems|mistake|mistakes|things) (do not|don't|dont|won't|will not|doesn't|does not) (arise|happen|occur|happen again|arise again)",
        // The lesson put before the customer's complaint: "worth double-checking that before opening a claim".
        '(read|reading|check|checking|measure|measuring|double check|double-check|double checking|double-checking|look at|looking at) *{0,4} (before|prior to) (opening|raising|filing|lodging|starting) (a|the|your|this|that)? (claim|case|dispute|chargeback)',
      ],
      unless: [
        "(i|we|i'll|we'll|ill|i will|we will|i'd|we'd) *{0,2} (read|check|measure|look at|double check|double-check|pay attention|scroll|look)",
        'read (your|ur|their|his|her) (mind|minds)',
      ],
      negatable: false,
    },
    {
      // The fault laid on how the customer used or ordered it: "this is not any manufacturing
      // defect", "it was fitted upside down", "you needed to tick the box", "check your own letterbox".
      tag: 'customer',
      match: [
        "(not|isn't|isnt|is not|wasn't) (a|an|any) (manufacturing|product|production|factory)? (defect|fault)",
        '(was|were|been|got) (fitted|installed|put|plugged|wired|assembled|mounted|washed|used|stored|charged) (in)? (upside down|backwards|the wrong way round|the wrong way|incorrectly|wrongly|on the wrong)',
        '(you|u) (needed|had|were meant|was meant|were supposed) to (tick|select|choose|read|check|add|enter|pick|say|mention|measure|follow)',
        '(check|look in|search|try) (your|ur) own',
        "(shouldn't|should not|shouldnt) (really)? have (come as|been) (a surprise|a shock|unexpected)",
        '(dumb|stupid|daft|idiotic|silly|dumbass|brainless|careless) (thing|move) to do',
        // What went wrong put on the customer's side of the line: "that part's on your side".
        "(that's|that is|that part's|that part is|this part is|that bit's|that bit is|that one's|the rest is|which is|it's|its) (on|down to) (your|ur) (side|end)",
        '(happened|happens|went wrong|goes wrong|occurred) (after that|after|next|then)? (happened|is|was)? on (your|ur) (side|end)',
        // Use the writer says is plain to see: "a dress you've clearly worn", "consistent with it
        // being dropped after delivery".
        "(you've|you have|you) (clearly|obviously|evidently|plainly) @wornOrUsed",
        "(clearly|obviously|evidently|plainly) (has|have|had|'s|'ve)? been @wornOrUsed",
        'consistent with (it|them|the item|the product)? being @wornOrUsed',
        // A cause the customer set that doomed it: "so it was never going to reach you".
        '(so|which means) (it|the parcel|the package|your parcel|your order) (was|were) never going to (reach|arrive|get to|find|make it to) (you|your)',
      ],
      negatable: false,
    },
    {
      tag: 'disown',
      match: [
        "(not|isn't|is not|wasn't|was not|aren't|are not|'s not|ain't) (really)? (my|our) (problem|problems|fault|issue|responsibility|concern|department|job|area|business|headache|doing|end|side)",
        '(not|nothing) to do with (us|me|our company|our store|our shop|our end|our side)',
        "(there's|there is|there was|theres) (honestly|really|literally|unfortunately|sadly)? (nothing|not much|not a lot|little|no way) (more)? (that)? (we|i) (can|could) (really)? (do|say|change)",
        "(there's|there is|there was|theres) (honestly|really|literally|unfortunately|sadly)? (nothing|not much|not a lot|little) (more)? (for us|for me)? to do",
        "(there's|there is|theres) (honestly|really|literally)? no way (for us|for me)? to (hurry|speed|chase|rush|push|get|make|force)",
        "there (really|honestly|unfortunately|sadly|just)? (isn't|is not|isnt|wasn't|was not) (anything|much|a lot) (more)? (that)? (we|i) (can|could) (really)? (do|say|change)",
        '(nothing|not much|not a lot|little|nothing more|nothing else) (more|else)? (that)? (we|i) can (really|honestly|actually)? (do|say|change)',
        "(we|i) (can't|cannot|can not|couldn't|are unable to|am unable to) (do|be held) (anything|much|responsible) (about|for|with)",
        "(we|i) (can't|cannot|can not|couldn't) (touch|control|influence|hurry|speed up|chase|override|force|contact) (it|them|the courier|customs|the carrier|what|how|when|that|this|anything)",
        "(it's|it is|that's|that is|this is|thats|its) (all|entirely)? (their|his|her) (problem|responsibility|issue|headache|job now|call|decision|lookout)",
        "(out of|beyond|outside|outside of) (our|my|the seller's|the sellers|the shop's|the store's) (hands|control|remit|responsibility|responsibilities|liability)",
        '(we|i) (have|had) (no|zero) (control|say|influence) (over|in)',
        "(we|i) (don't|do not|can't) control (what|how|when|the courier|the carrier|customs|delivery|deliveries|the post|the postal service)",
        "(we're|we are|i'm|i am|we|i) (not|aren't|am not) (responsible|liable|to blame|at fault|accountable)",
        "(don't|do not) blame (us|me)",
        'wash (our|my) hands of',
        "(we|i) (don't|do not|can't|cannot|won't|will not) (take|accept) (any)? (responsibility|blame|liability)",
        'not (really|exactly|entirely|totally|strictly)? (on|down to) (us|me)',
        // The matter handed over as done: "the ball's firmly in DPD's court now", "job done on my side".
        "(ball's|ball is|ball's now|ball is now) (firmly|squarely|well and truly)? in * court",
        'job (done|finished) (on|from) (my|our) (side|end)',
        // The matter closed from the seller's side: "so the matter is closed on our end".
        "(matter|case|issue|complaint|query) (is|was|'s) (now)? (closed|finished|done|over) (on|from|at) (our|my) (end|side)",
        // Disowning by what the seller could not have done: "not something we had any control over".
        "not something (we|i|we've|i've|we as *|i as *) *{0,2} (control|control over|responsible for|liable for|apologise for|apologize for|accountable for|could have prevented|couldve prevented|could've prevented)",
        "(that's|thats|it's|its|that is|it is) (now)? between (you|yourself) and (them|the courier|the carrier|the driver|the post office|the depot)",
        // Whatever came after, left between the customer and the carrier: "whatever happened after that is between you and Australia Post".
        "(whatever|anything that|what) (happened|happens|went wrong|goes wrong) *{0,3} (is|'s) (now)? between (you|yourself) and",

        "(not|isn't|wasn't|aren't|weren't) (a|an|our) (packing|dispatch|shipping|packaging|seller|workshop) (thing|issue|problem|error|fault|mistake)",
        // Refusing the blame outright: "I'm not taking the hit for something I didn't do", pidgin "no be our fault".
        "(not|never|won't|will not|wont|refuse to|am not going to|i'm not going to) (be)? (taking|take) the (hit|blame|fall|rap) (for)?",
        '(no be|nor be|no be say na) (our|my) (fault|problem|wahala)',
        '(rather than|instead of) (us|me)',
        // The fault placed by contrast away from the seller or the goods: "at the ordering stage
        // rather than in our packing", "the size picked rather than the jacket itself".
        'rather than (in|at|from|with|by|during|through)? (our|my) (own)? (packing|packaging|dispatch|workshop|warehouse|handling|end|side|team|process|care|part|products|product|stock)',
        'rather than (with|in|from)? the (item|product|garment|piece|unit|goods|order|jacket|dress|shoes|lamp|device|mug|print|rug) itself',
        // Disowning by contrast with a fault the seller denies: "rather than any delay on our part".
        '(rather than|not) (any|a|some)? (delay|fault|mistake|error|problem|issue|failing) (on our part|on our side|on our end|from us|by us|of ours)',
        'how is (it|this|that) (our|my) (fault|problem|responsibility|doing)',
        '(went wrong|got damaged) (after|once) (it|the parcel|the box) (left|was handed over|had left) (us|me|here|our hands|the workshop)?',
        // The matter left with another party: "it's in their hands now".
        "(it's|its|it is|that's|thats|this is|the rest is) (now)? (in|into) (their|his|her|the courier's|the carrier's|customs') hands",
        "(so|which means) (it's|it is|its|it isn't|this isn't|that isn't) (not)? (actually|technically|really|strictly)? (late|overdue|faulty|broken|damaged|defective|wrong|our fault)",
        '(not|neither) (yours|you) (or|nor) (ours|us|mine|me)',
        // The fault said to be absent when the goods left: "it was not missing when it left us".
        "(wasn't|was not|weren't|were not|wasnt|werent) (missing|broken|damaged|faulty|cracked|scratched|dented|marked|torn|there|like that) when (it|they|the parcel|the box|the item) (left|was sent|was posted|went out)",
        '(we|i) (just|only|merely) (resell|pass on) (them|it|these|those|the item|the items|the product)',
        "(that's|that is|it's|it is|this is|thats|its) a decision on their (end|side)",
        "(that's|that is|it's|it is|this is|thats|its) (now)? (their|the courier's|the carrier's|customs') (job|responsibility|problem|call) (now|once|from here)?",
      ],
      unless: [
        '(responsible|liable) for (any)? (customs|import|duty|duties|fees|charges|taxes|tax|vat)',
        'not (us|me) who (decides|sets)',
        // A choice left to the customer: "the ball's in your court, just tell me which colour".
        'in (your|ur|my|our) court',
      ],
      negatable: false,
    },
    {
      // Where the fault is said to lie, on the customer's side: "it happened at your end", "the
      // problem's at your end", "this mistake is from your side only". Not a question or a condition
      // ("is everything ok on your end?", "if anything's wrong at your end").
      tag: 'customer',
      match: [
        "(problem|problem's|issue|issue's|fault|mistake|error|damage|breakage|breaking|break|what happened|whatever happened) *{0,2} (is|was|'s|happened|happens|happening|occurred|lies|lay|must be|must have been|came|comes|coming) (probably|likely|definitely|clearly|obviously|surely|most likely|only)? (at|on|from|in) (your|ur|the customer's|the buyer's) (side|end)",
        "(problem's|issue's|fault's|mistake's) (probably|likely|definitely|clearly|obviously|surely|most likely|only)? (at|on|from|in) (your|ur) (side|end)",
        '(it|that|this) (happened|happens|occurred|must have happened|went wrong) (probably|likely|definitely|clearly|obviously|surely|most likely|only)? (at|from|in) (your|ur) (side|end)',
      ],
      unless: [
        '(if|whether|unless|in case) *{0,4} (at|on|from|in) (your|ur) (side|end)',
        '(is|was|are|did|does|has) (it|that|this|everything|anything|something) *{0,3} (at|on|from|in) (your|ur) (side|end) ?',
      ],
      unlessScope: 'clause',
      negatable: false,
    },
    {
      // The fault refused outright: "I don't agree this is seller fault", "we will not be accepting
      // liability". Refusing the customer's account ("I don't accept that it never arrived") is
      // arguing, the tone rule's: labellers call it blame in about half the drafts.
      tag: 'disown',
      match: [
        "(don't|do not|dont|can't|cannot) agree (this|it|that) (is|was|'s) (our|my|the seller's|seller|a seller|a shipping|a packing)? (fault|mistake|error|problem|responsibility|issue)",
        "(will not|won't|wont|are not|aren't|am not|i'm not|we're not|not) (be)? (accepting|taking|admitting) (any)? (fault|liability|responsibility|blame)",
      ],
      negatable: false,
    },
    {
      // "the ones holding it up, not us": only as a contrast after a comma or "and"/"but" (see the rule).
      tag: 'contrast',
      match: [
        '(and|but)? (definitely|certainly|clearly|honestly|100|really)? not (us|me|ours|mine|on our side|on our end)',
        '(and|but)? not (from|by|with) (us|me)',
        '(and|but)? not (our|my) (artwork|work|packing|packaging|product|design|file|print|printing|workshop|warehouse|team)',
      ],
      negatable: false,
    },
    {
      tag: 'redirect',
      match: [
        '(take|taking) (it|this|that|the matter|the issue|your complaint|this matter|it all) up with',
        '(dispute|challenge|contest|query|argue|raise|chase) (it|this|that|the charge|the fee|them) (directly)? with (them|the courier|the carrier|customs|dhl|ups|fedex|royal mail|the post office)',
        '(complain|claim|contact|speak|talk|deal|go) (directly)? (to|with) (them|the courier|the carrier|the manufacturer|customs) directly',
        "(your best|you'd be better|you'll have more luck|you might have more luck|you may have more luck|you'd have more luck|best) (bet|route|option|course of action|off)? (is|would be|to)? (to)? (contact|contacting|speak to|speaking to|ask|asking|go to|going to|go through|going through|take it up with|chase|chasing|try) (them|their|the courier|the carrier|the manufacturer|the brand|customs)",
        // Complaints sent on: "any complaints are best aimed their way", "any chasing needs to go to them".
        "(complaints|complaint|questions|queries|chasing|chasers|claims) (are|is|would be|'d be|needs to|need to|should) (best|better)? (be)? (aimed|directed|sent|taken|go|going|addressed) (their way|to them|at them|to the courier|to the carrier|to the post office)",
      ],
      negatable: false,
    },
    {
      // The customer sent to raise it with the carrier: "kindly raise the complaint with courier
      // company". The writer's own claim ("I'll lodge a claim with the carrier") is a next step.
      tag: 'redirect',
      match: [
        `(kindly|please|pls|you can|you could|you should|you'll need to|you will need to|you need to|you'd need to|you may|you might want to|best to|better to|you must|you have to) (raise|lodge|file|make|open|put in) (the|a|your)? (complaint|claim|case|query) (with|to) (the)? (courier|carrier|courier company|post office|delivery company|${CARRIER_NAMES.join('|')})`,
      ],
      negatable: false,
    },
    {
      tag: 'internal',
      match: [
        '(miscommunication|mis-communication|communication breakdown) (between|with)',
        '(caused by|due to|because of) (a|an|the)? (miscommunication|mix-up|communication breakdown) (between|with|from|at)',
      ],
      negatable: true,
    },
    {
      tag: 'carrier',
      match: [
        "(it's|that's|thats|its|this is|it is|that is|this was|it was|that was) (100|definitely|clearly|totally|entirely|purely|just|simply|obviously|really|honestly)? (a|an)? @carrierName (thing|problem|issue|mess|error|mistake|fault|cock-up|screw-up|failure)",
      ],
      negatable: true,
    },
    {
      tag: 'customs',
      match: [
        "(it's|that's|thats|its|this is|it is|that is|this was|it was|that was) (100|definitely|clearly|totally|entirely|purely|just|simply|obviously|really|honestly)? (a|an) @customsName (thing|problem|mess|error|mistake|fault|failure)",
      ],
      negatable: true,
    },
    {
      tag: 'platform',
      match: [
        "(it's|that's|thats|its|this is|it is|that is|this was|it was|that was) (100|definitely|clearly|totally|entirely|purely|just|simply|obviously|really|honestly)? (a|an) @platformName (warehouse|system|payment|app|site|website|fulfilment|fulfillment|delivery|shipping)? (thing|problem|issue|mess|error|mistake|fault|glitch|bug|failure)",
        '(a|the) (glitch|bug|fault|error|problem|mistake|mess) (in|with|on) (the)? @platformName',
      ],
      negatable: true,
    },
    {
      tag: 'supplier',
      match: [
        "(it's|that's|thats|its|this is|it is|that is|this was|it was|that was) (100|definitely|clearly|totally|entirely|purely|just|simply|obviously|really|honestly)? (a|an) @supplierName (thing|problem|issue|mess|error|mistake|fault|failure)",
      ],
      negatable: true,
    },
    {
      tag: 'refuseHelp',
      match: [
        "(we|i|we're|i'm|we are|i am) (can't|cannot|can not|couldn't|unable to|not able to) (help|assist|do anything)",
        "(we're|i'm|we are|i am) (unable|not able) to (help|assist)",
      ],
      negatable: false,
    },
  ],
}

/**
 * The writer owning the fault in the same sentence: what their own team did is then an
 * explanation, not blame ("Our warehouse team picked the wrong size, which is our mistake").
 */
export const ownedFaultLexicon: Lexicon<'owned' | 'sorry'> = {
  name: 'no-blame/owned',
  entries: [
    {
      tag: 'owned',
      match: [
        '(our|my) (own)? (mistake|fault|error|bad|slip-up|mix-up|responsibility)',
        "(that's|that is|thats|it's|it is|its|which is|this is) (all)? on (us|me)",
        '(we|i) (take|accept) (full|complete|the)? (responsibility|blame)',
        // The fault placed with the writer: "something has gone wrong on our side", "a mix-up at our end".
        '(wrong|mistake|error|mix-up|mixup|slip-up|slip) (on|at) (our|my) (side|end)',
      ],
      // "not my mistake", "nothing wrong on our side" disown it.
      unless: [
        "(not|never|nothing|no|isn't|wasn't|is not|was not|aren't|weren't|hardly) (really|actually|at all)? (our|my|wrong|mistake|error|on)",
      ],
      unlessScope: 'clause',
      negatable: false,
    },
    {
      tag: 'sorry',
      match: ["(we're|we are|i'm|i am) (really|so|very|truly)? sorry"],
      negatable: false,
    },
  ],
}

/** A sentence that refuses help counts as disowning when it also sends the customer to someone else. */
export const REDIRECT_CUES = [
  'their',
  'they',
  "they're",
  "they'll",
  'them',
  'contact',
  'speak',
  'talk',
  'call',
  'ask',
  'complain',
  'chase',
] as const

/**
 * Words that end the reach of a party over a fault phrase after it: another subject takes over
 * ("the courier said WE lost it"), a new clause starts ("the courier asked WHY it was damaged"), or
 * what follows is reported, not asserted.
 */
/**
 * Fault nouns that a named party may also stand before without owning them: "Courier error.",
 * "a customs screw-up" ("their end" or "the courier side" need the owner's form).
 */
export const COMPOUND_FAULTS = [
  'error',
  'mistake',
  'screw-up',
  'cock-up',
  'blunder',
  'incompetence',
  'negligence',
  'glitch',
  'mix-up',
]

export const GAP_BREAKERS = [
  'i',
  'we',
  'you',
  'he',
  'she',
  "i've",
  "we've",
  "you've",
  "i'm",
  "we're",
  "you're",
  "i'd",
  "we'd",
  "i'll",
  "we'll",
  'why',
  'how',
  'what',
  'whether',
  'if',
  'when',
  'where',
  'who',
  'which',
  'because',
  'but',
  'so',
  'although',
  'though',
  'unless',
  'until',
  'said',
  'says',
  'say',
  'told',
  'tell',
  'confirmed',
  'confirm',
  'reported',
  'report',
  'claim',
  'claims',
  'claimed',
  'asked',
  'ask',
  'think',
  'thinks',
  'thought',
  'whether',
  'not',
  'never',
  'no',
] as const

/** Words before "they" that make it reported or asked about: "I asked DPD whether they damaged it". */
export const PRONOUN_BLOCKERS = [
  'whether',
  'if',
  'why',
  'how',
  'what',
  'when',
  'ask',
  'asked',
  'asking',
  'check',
  'checking',
  'checked',
  'see',
  'unless',
  'until',
  'once',
  'after',
  'before',
] as const

/** What a marketplace or an app runs, named after its owner: "Tradeloft's system". */
export const SYSTEM_NOUNS = [
  'system',
  'systems',
  'app',
  'website',
  'site',
  'listing tool',
  'stock sync',
  'checkout',
  'payment check',
  'payment system',
  'label system',
  'stock system',
  'algorithm',
  'software',
  'portal',
  'tool',
  'qc',
  'quality control',
] as const
