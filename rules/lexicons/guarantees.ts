import type { Lexicon } from '../../src/core.js'
import { PARTY_CLASSES } from './actors.js'
import { DEGREE_WORDS } from './degree-words.js'
import { MONTH_NAMES, NUMBER_WORDS, WEEKDAY_NAMES } from './time-expressions.js'

/**
 * - `certain`: certainty words on an arrival or outcome ("will definitely arrive").
 * - `certainLoose`: a certainty phrase that floats free of its verb ("for sure", "without fail");
 *   only a guarantee when the sentence is about an arrival or a refund reaching the customer.
 * - `pledge`: the writer pledges an outcome ("I guarantee", "guaranteed delivery").
 * - `timed`: a flat future arrival; only a guarantee when a date or time is named ("it will arrive tomorrow").
 * - `duration`: a flat "it will take N days"; only a guarantee when a duration is named and the
 *   sentence is about an arrival or a refund clearing ("it will take 3-7 days for the refund to clear").
 * - `never-again`: a promise that a problem will not recur.
 */
export type GuaranteeTag = 'certain' | 'certainLoose' | 'pledge' | 'timed' | 'duration' | 'neverAgain'

export const CERTAINTY_ADVERBS = [
  'definitely',
  'certainly',
  'surely',
  'absolutely',
  'undoubtedly',
  'unquestionably',
  'positively',
  'assuredly',
  '100',
  'defo',
  'deffo',
] as const
/** "I guarantee", "we promise", "I assure": the writer pledges. */
export const PLEDGE_VERBS = ['guarantee', 'promise', 'assure'] as const
/** What a pledge tagged on after a comma guarantees: "…, I guarantee it", "…, I promise you that". */
export const PLEDGE_OBJECTS = ['it', 'this', 'that', 'so'] as const
const CERTAIN = `(${CERTAINTY_ADVERBS.join('|')})`
const ARRIVAL =
  '(~arrive|~reach|~land|~deliver|delivered|released|~clear|cleared|resolved|fixed|refunded|credited|~hit)'
/** "It will definitely be with you": a place word only counts with the parcel as its subject ("we're definitely here to help" does not). */
const PLACE =
  '(there|with you|here|round|round to you|round to yours|with them|in your hands|at your door|at your doorstep|on your doorstep|on your porch|at your porch|on your door|through your door|through your letterbox|in your letterbox|in your mailbox|in your inbox|to you|at yours|in time)'
const ITEM_SUBJECT =
  "(it|it's|its|it'll|they|they're|they'll|parcel|package|order|item|items|refund|delivery|shipment|money|replacement)"
const RECEIVE = '(~get|~receive|~have|see)'
const THING = '(it|them|your|the|this|that|these|those|a)'
/** What the writer sends: "you'll get a reply by Monday" is a promise within the writer's control. */
const WRITER_SENT =
  '(a|an|the|your|our|my) (confirmation|email|e-mail|reply|response|call|callback|message|text|link|code|notification|update|label|quote|invoice|receipt|answer|survey|voucher code|tracking number|tracking link|return label|confirmation email|outcome|result|decision|change|changes|updated address|new address|next steps|status|tracking|tracking details|tracking info|photos|photo|pictures)'

/** A hedge anywhere in the sentence turns a statement into an estimate. */
const HEDGES = [
  'should',
  // "Expected to arrive", "it's estimated", "we expect": hedges. An "estimated delivery date" is a
  // noun phrase, not a hedge: "you will receive it 10 days after the estimated delivery date" is certain.
  '(expect|expecting|estimate|estimating|anticipate|anticipating|expects|estimates)',
  "(is|are|was|were|be|being|been|it's|they're|now|currently|still) (expected|estimated|anticipated)",
  '(expected|estimated|anticipated) (to|at|around|between|by|on|within|in|for)',
  '(usually|normally|typically|generally|likely|probably|hopefully|ideally)',
  '(may|might|could)',
  '(approximately|approx|roughly)',
  // "Around" before a time or a count; "wait around all day" hedges nothing.
  `(around|round about|roundabout) (#number|the|a|an|midday|noon|lunch|lunchtime|teatime|dinner|dinnertime|then|that time|mid|early|late|end|start|next|this|${[...WEEKDAY_NAMES, ...MONTH_NAMES, ...NUMBER_WORDS].join('|')})`,
  '(aim|aiming|try|trying|hope|hoping)',
  // Effort promised, not the outcome: "we'll do our best to make sure it doesn't happen again".
  '(do|doing|did) (our|my) (very|level)? (best|utmost|hardest)',
  '(everything|all) (we|i) (can|possibly can) to',
  '(tracking|tracker) (shows|says|indicates|suggests)',
  'according to',
  'if (all|everything) goes',
  // Uncertainty said outright: "I can't say for certain when it'll be delivered", "we don't know yet if".
  "(can't|cannot|can not|couldn't|don't|do not|dont|cant|not) (say|tell|know|promise|be sure|be certain|confirm) (for certain|for sure|exactly|precisely|yet)? (when|if|whether|what day|which day|the exact)",
  // Someone else has not said yet: "our supplier has not yet confirmed when stock will arrive".
  "(not|haven't|hasn't|have not|has not|yet to|still to) (yet)? (said|told us|told me|confirmed|announced|given us|let us know|let me know|specified|decided|confirm|say) (when|if|whether|what day|which day|the exact)",
  // Luck is a hedge too: "with any luck it'll be there", "fingers crossed it turns up today".
  '(fingers crossed|with luck|with any luck|with a bit of luck|touch wood|knock on wood|all being well|god willing)',
]

export const guaranteeLexicon: Lexicon<GuaranteeTag> = {
  name: 'no-guarantees',
  skippable: DEGREE_WORDS,
  classes: { carrier: PARTY_CLASSES.carrier, customs: PARTY_CLASSES.customs },
  unless: HEDGES,
  entries: [
    {
      tag: 'certain',
      match: [
        `${CERTAIN} (be)? ${ARRIVAL}`,
        `(you'll|you will|you|you'd) ${CERTAIN} ${RECEIVE} ${THING}`,
        `${CERTAIN} on (time|schedule)`,
        `${ITEM_SUBJECT} (will|is|are|'ll|shall)? ${CERTAIN} (be)? ${PLACE}`,
        // Whoever carries it, vouched for: "the driver will definitely be there between 9 and 12".
        `(@carrier|van|engineer|fitter|technician|installer|delivery team) (will|is|are|'ll|shall)? ${CERTAIN} (be)? (there|here|at your door|at yours|with you|round|on time|turn up|show up|come)`,
        `${CERTAIN} (going to|gonna) (get|be) (there|to you|with you|delivered|on time)`,
        // Certainty said as confidence: "I can say with total confidence it'll be there".
        '(with|in) (total|complete|full|absolute|every|all) (confidence|certainty)',
        // The subject left out, the time named: "def there b4 dinner", "definitely with you by Friday".
        `${CERTAIN} (be)? (there|with you|in your hands|at your door|on your doorstep|through your door|at yours) (by|before|tomorrow|today|tonight|in time)`,
        // The service vouched for: "the express service never misses", "they never fail".
        "(service|courier|carrier|express|driver|postie|postman|@carrier) (never|does not ever|doesn't ever) (misses|miss|fails|fail|runs late|is late|arrives late|lets you down|let you down|turns up late)",
      ],
      unless: [`${RECEIVE} ${WRITER_SENT}`],
    },
    {
      tag: 'certain',
      match: [
        `${CERTAIN} (it'll|it will|they'll|they will|you'll|you will|it's|itll)`,
        "(there's|there is|theres)? (no way|no chance|not a chance|zero chance) (of)? (it|that it|it'll|it will|itll|they|they'll|your order|your parcel|the parcel) *{0,3} (late|stuck|lost|delayed|held|damaged|missed|miss|fail|fails)",
        "(no way|no chance) (it|it'll|that|they|they'll) (takes|will take|'ll take|is going to take|goes|will go) (longer|over|more than)",
        // Trouble ruled out: "it won't get held up at customs", "there will be no further delays".
        "(it|they|your order|your parcel|ur package|your package|the parcel|this one|it'll|they'll) (won't|will not|wont|isn't going to|is not going to) (get|be)? (lost|held up|delayed|damaged|stuck|late|held|broken)",
        "(there will be|there'll be|you'll have|you will have|there'll) no (further|more|other) (delays|delay|problems|issues|hold-ups)",
        "nothing (else|more)? (will|'ll|is going to|can) go wrong",
        "(nothing|nothing's|nothings) (left|else|more)? (that)? (can|will|'ll|is going to|going to|gonna) go (wrong|missing|astray)",
        "(it|they|it'll|they'll|itll) (can't|cannot|cant|won't|wont|will not) (go|get) (missing|lost|astray)",
        "(there's|there is|theres)? (no way|no chance|not a chance|zero chance) (its|it's|it is|this|this one|this gets|it gets|it'll be|itll be)",
        // Through customs or transit with no doubt: "they'll wave it straight through".
        "(they'll|theyll|they will|customs will|it'll|itll|it will|they) (just)? (sail|wave it|breeze|glide|sails) (straight|right)? through",
        // Plain "go through" only with "straight": "they go through our accounts team" is a route, not a promise.
        "(they'll|theyll|they will|customs will|it'll|itll|it will|they) (just)? (go|goes|pass|passes) (straight|right) through",
        "(there won't|there will not|there wont|there'll be no|there will be no) (be)? (any)? (import)? (duty|duties|customs charges|customs fees|import fees|fees|charges|tax) (for you)? (to pay)?",
        // The same charges ruled out for the customer: "you won't be charged any customs duty", "you'll never pay import tax".
        "(you|u) (won't|will not|wont|will never|'ll never|ll never) (be)? (charged|asked to pay|asked for|have to pay|need to pay|pay|paying) (any|a penny|a cent|anything)? (in|of|for)? (customs|import|duty|duties|tax|taxes|vat|gst|extra fees|fees|charges)",
        '(no|zero) (chance|risk|possibility) of (any)? (delay|delays|problem|problems|issue|issues|hold-up|hold-ups|hiccup|hiccups)',
        // Someone else's decision promised: "the damage claim will be approved", "they always pay out on glass".
        `${CERTAIN} (be)? (paid out|approved|accepted|covered|honoured|honored|settled)`,
        "(claim|damage claim|insurance claim|case|dispute|chargeback) (will|'ll|is going to) (definitely|certainly)? (be)? (approved|accepted|paid out|paid|settled|go through|go your way)",
        '(they|courier|couriers|carrier|carriers|insurance|insurer|insurers|the platform) (always|never fail to) (pay out|pay|cover|approve|accept|reimburse)',
      ],
    },
    {
      tag: 'certainLoose',
      match: [
        'for (sure|certain)',
        'without fail',
        'no doubt',
        // Idioms of certainty: "landing tomorrow before 12, no ifs or buts", "rain or shine".
        '(no ifs or buts|no ifs and buts|no ifs ands or buts|rain or shine|come rain or shine|come hell or high water|hell or high water)',
        '(you|u) can (count|bank|rely) on (it|that)',
        'without a hitch',
        // "No problem at all" alone is a courtesy ("No problem at all, I've changed the size").
        '(get|gets|arrive|arrives|make it|be there|be with you|land|lands|go through|clear|clears) , no problem (at all)?',
        // Someone else's word offered as proof: "…on the 14th, courier has confirmed the same".
        '(courier|carrier|driver|rider|dispatch rider|they|the courier company) (has|have|had) (also|already)? confirmed (the same|it|this|that|so)',
        // Certainty tagged on after the date: "it will arrive on Tuesday, this is sure", "I'd bet my shop on it".
        '(this|that) is (sure|for sure)',
        "(i'd|i would|i'll|id|we'd|we would) (bet|stake|put) (my|our|the) *{1,2} on (it|that)",
        '(take it|you can take that|you can take it) to the bank',
        'in no time',
        'locked in',
        // Certainty in the Englishes sellers write: "sure banker", "no shaking".
        'sure banker',
        'no shaking',
        "(is|are|'s) (all)? confirmed (for|on)",
        "(that's|thats|it's|its|that is) (all)? confirmed",
        // The writer vouching: "I've made sure of it".
        "(i've|we've|i have|we have) made sure (of it|of that)",
      ],
    },
    {
      tag: 'pledge',
      // An oath of exasperation is no pledge: "I swear if one more person opens a case…".
      unless: ["(i|we) swear (if|they|those|these|he|she|i'll|ill|to god|down|at)"],
      match: [
        '(i|we) (can|do)? (~guarantee|~promise) (that|it|you|your|the|this|delivery|arrival)',
        '(i|we) (can)? (assure|reassure) you (that|it|your|the)',
        '(guaranteed|guarantee) (to|delivery|arrival|by|before|on|within|today|tomorrow)',
        "(it's|its|they're|is|are) guaranteed",
        '* , guaranteed',
        "(you have|you've got|i give you|you have got) (my|our) word",
        // A decision that is someone else's, promised: "the platform will side with you".
        "(the platform|support|the bank|your bank|kingston express|the resolution centre|the resolution center) (will|'ll|is going to|are going to) (side with|rule in favour of|find in favour of|approve|accept) (you|your|it|the|this)",
        '(hand on heart|cross my heart|i swear|mark my words|take my word for it)',
        '(you can)? (count|rely|bank) on (it|them|that) (being|arriving|getting|turning up|landing)',
        "rest assured , (it|they|your|the|this|that|you) *{0,5} (will|won't|'ll|wont|is going to|isn't going to|gets|arrives)",
        "rest assured (it|they|your|the|this|that|you) *{0,5} (will|won't|'ll|wont|is going to|isn't going to|gets|arrives)",
      ],
    },
    {
      tag: 'timed',
      match: [
        `(will|shall|it'll|they'll|you'll) (be)? ${ARRIVAL}`,
        `(will|shall|it'll|they'll) be ${PLACE}`,
        // Reaching the door, whoever carries it: "he will get to your place by 4pm".
        "(will|shall|it'll|they'll|he'll|she'll) (get|make it) to (you|your place|your house|your home|your door|your address|your office|yours)",
        `(you'll|you will) ${RECEIVE} ${THING}`,
        '(is|are) going to (arrive|be delivered|reach you|be there)',
        `(it's|its|they're|theyre|is|are) (going to|gonna) be ${PLACE}`,
        "@carrier (will|shall|'ll) (~release|~clear|~deliver|~bring|~drop|~arrive|have it|get it)",
        "@customs (will|shall|'ll)? (~release|~clear|~let it through|~pass)",
        '@carrier (delivers|brings|drops|drop) (it|them|your)',
        // The carrier's step stated as settled: "Parcelforce deliver within 24 hours after that".
        '@carrier (deliver|delivers) (within|in|on|by|the same|the next|next)',
        "(will|'ll|shall|it'll|they'll) (have|get) (it|them|the money|your money|your refund|it back|them back|your order|your parcel) *? (to|with|back to|back with) (you|u)",
        // Flat statements of when: "Delivery is on the 9th", "its yours by tuesday", "the hold will be lifted on Monday".
        "(delivery|arrival|your delivery|the delivery) (is|'s|will be) on",
        "(it's|its|it is|they're|theyre|they are) (yours|with you|in your hands) (by|on|before)",
        "(hold|customs hold|block) (will be|'ll be|is being) (lifted|released|cleared)",
        "(you'll|you will) (have|get) (your|it|them|the) *{0,3} (in time|in plenty of time|before|by|for)",
        // The money shown back: "your bank will show the money back by tomorrow".
        "(will|'ll) (show|have) (the|your)? (money|refund|credit|funds) (back)?",
        // Delivered through someone: "I'll make sure the driver gets it to you by Friday".
        '(gets|get|getting) (it|them) to (you|u|your door)',
        "(it's|its|it is|it'll be|itll be|it will be|they're|they'll be) in * (by|before)",
        // Certainty idioms on a named day: "it's a sure thing for Thursday", "Tuesday, that's set in stone".
        "(it's|its|it is|that's|thats|that is|delivery is|arrival is|which is) (a sure thing|nailed on|set in stone|a done deal|a certainty|a given|certain)",
        // A delivery day held for the customer: "order before 2pm and you're locked in for Tuesday".
        "(you're|you are|youre|it's|its|it is|that's|thats|order is|delivery is) (locked in|nailed on|locked) for",
      ],
      unless: [
        'get back to',
        'let you know',
        `${RECEIVE} ${WRITER_SENT}`,
        // The refund itself promised is no-unreviewed-refund's: "you'll get a full refund" (when the
        // money reaches the customer is a forecast, and stays this rule's).
        `${RECEIVE} (a|the) (full refund|full amount)`,
        // The writer's own plan, asked about: "I'll confirm by tomorrow how we'll get it to you".
        "(how|when|whether) (we'll|i'll|we will|i will|we|i) (can|could)? get (it|them) to",
      ],
    },
    {
      tag: 'timed',
      // Customs or the carrier as "they", once named: "customs have it and they'll release it tomorrow".
      match: [
        "(they'll|they will|theyll) (~release|~clear) (it|them|the parcel|your parcel|the package|your package|your order|the order)",
      ],
      // A condition, not a forecast: "needs an ID document before they will release it".
      unless: ["(before|until|till|once|when|after|if|unless) (they|they'll|they will)"],
      unlessScope: 'clause',
    },
    {
      tag: 'timed',
      match: [
        '(it|parcel|package|order|item|items|delivery|shipment|refund|replacement|money) (arrives|reaches you|lands|gets to you|gets delivered|is arriving|is being delivered|hits)',
        // The present for a settled arrival: "it reaches Calgary on the 14th", "the credit appears on your statement tomorrow".
        '(reaches|appears on|appears in|shows on|shows in|shows up|turns up|pops up|clears)',
        '(and|then) (with|at) (you|your door|yours)',
        '(arrives|lands|delivers to you|delivers to u)',
        "(it's|they're) (arriving|being delivered)",
        '(and|then|which) (arrives|lands|reaches you|gets to you|lands with you|arrives with you)',
        '(gets|get) to (you|your door|your doorstep)',
        '(lands|arrives|turns up|shows up) (with|at) (you|your door|yours)',
      ],
      unless: [
        '(if|when|once|until|till|unless|whether|after|before|in case|as soon as|the moment|the minute|by the time|the day) (it|the|your|they|its|nothing|anything|something)',
        // New goods landing in the shop, not an order reaching the customer: "our linen collection lands
        // next week", "stock of the green tiles lands on the 5th".
        '(collection|range|line|edit|designs|season|stock|restock|batch of stock|drop) *{0,4} (lands|arrives|drops|launches|hits)',
      ],
      // A condition qualifies its own clause: "before the party", after a comma, is a time.
      unlessScope: 'clause',
    },
    {
      tag: 'timed',
      match: [
        "(will|it'll|they'll) (be|show|appear|reflect|post|land|go|be back|show up|go back|hit|reach|clear into|arrive in) (in|on|into|onto|back in|back on|back into)? (your|the) (account|card|bank|statement|balance|wallet)",
        "(we'll|we will|i'll|i will) (have|get) (it|them|your order|your parcel|your package|the parcel|the order) (to you|there|delivered to you)",
        // The bank or payment provider's part given a time: "your bank will reverse it within two hours".
        "(your|the|ur) (bank|card issuer|card company|card provider|paypal|payment provider) (will|'ll|is going to) (reverse|refund|return|credit|release|process|clear|show|put|send|pay)",
      ],
      unless: [
        '(if|when|once|until|till|unless|as soon as|the moment|by the time) (it|the|your|they|we)',
        "(how|whether) (we'll|i'll|we will|i will|we|i)",
      ],
    },
    {
      // The parcel placed with the customer at a named time: "it's at your door Friday", "you'll be
      // unpacking it Monday", "it drops through your letterbox on Wednesday".
      tag: 'timed',
      match: [
        "(it's|its|it is|they're|theyre|then it's|and it's|itll be) (sitting|landing|waiting)? (at|on|in|through) (your|ur) (door|doorstep|porch|mailbox|letterbox|postbox|hands|house|place|step|front door|desk|table|office|workshop|garage|lap)",
        "(by|before) (tonight|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|lunchtime|lunch) (it's|its|it is|it'll be|itll be|they're|theyre|they'll be) (yours|all yours|with you|there|in your hands)",
        "(it's|its|it is|they're|theyre|then it's|and it's|itll be) (with|to) (you|u)",
        // The same with its future, and the driver as subject: "it'll be on your porch Monday", "he'll be at yours before 1".
        "(he'll|he will|she'll|she will) be (at|on|round) (your|ur) (door|doorstep|porch|house|place|step|front door)",
        "(he'll|he will|she'll|she will|driver will|courier will) be (at|round) (yours|urs)",
        // Money placed where the customer will see it: "money is on your card before the 28th".
        // (The future, "will be back on your card", is read by the refund wordings above.)
        "(money|refund|funds|cash) (is|'s) (on|in|back on|back in) (your|ur) (card|account|bank|bank account|balance|wallet)",
        // The present progressive for the plan: "it reaching you Tuesday", "it's arriving Thursday".
        '(it|they) (reaching|getting to|coming to) (you|yours|ur)',
        "(you're|youre|ur|you are|u r|u'll|ull) (having|getting|have|get|receiving) (it|them|the|your|ur|this|that)",
        "(you'll|you will|you'll be|youll) be (unpacking|wearing|opening|using|holding|reading|eating|planting|enjoying) (it|them|the|your|ur|this|that)",
        '(drops|lands|pops|comes|arrives|turns up|drop|land) (through|in|on|at|into) (your|ur)',
        "(is|are|they're|theyre|it's|he's|she's) (delivering|bringing|dropping off|dropping) (it|them|your|ur)",
        '(has|have|got) it (to|with) (you|u)',
        'means (a|an)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|next-day|next day|same-day|same day|weekend|tomorrow) (delivery|arrival)',
        '(lands|arrives) in * (on|by)',
      ],
      unless: [
        'get back to',
        'let you know',
        `${RECEIVE} ${WRITER_SENT}`,
        "(if|when|once|until|unless|whether|after|before|in case) (it|it's|the|your|they|they're|its|you|you're)",
      ],
    },
    {
      tag: 'duration',
      match: [
        '(it|this|that|which|delivery|shipping|transit|refund|refunds|the refund|your refund) (will|shall) (only)? take',
        "(it'll|they'll) (only)? take",
      ],
      unless: ['for (us|me) to', 'take (a|another)? (look|care|note|action|steps)'],
    },
    {
      tag: 'neverAgain',
      match: [
        "(will|'ll|shall) never (ever)? (happen|occur) again",
        "(won't|will not|shall not) (ever)? (happen|occur|be repeated) again",
        "(won't|will not) be repeated",
        'never (ever)? (~happen|~occur) again',
        "(doesn't|does not|won't) (ever)? (happen|occur) again",
        "(won't|will not|wont) happen (to you)? (a second time|twice|next time)",
        // Trouble ruled out for good: "you won't have any more trouble", "it won't let you down again".
        "(won't|will not|wont) (have|get|see|face) (any)? (more|further) (trouble|problems|issues|hassle|bother)",
        // The fault ruled out by what the customer will never see again: "you won't see another shutdown".
        "(won't|will not|wont) (see|get|have|face|experience) (another|one more|a single) *{0,2} (shutdown|shutdowns|crash|crashes|fault|faults|problem|problems|issue|issues|error|errors|leak|leaks|break|breakage)",
        // A fix declared final: "it'll sort the problem once and for all".
        "(it'll|it will|itll|this will|that will|that'll|this'll|they'll|they will) (sort|fix|solve|cure|end|stop|resolve|settle) *{0,3} once and for all",
        "(won't|will not|wont) (ever)? (miss|lose|damage|break|sag|fail|let you down|go missing|get lost|leak|crack|snap|fall apart|come loose|stop working) *{0,2} again",
        '(is|will be|be) the last time',
      ],
      negatable: false,
    },
  ],
}

/** An arrival, a delivery or a refund reaching the customer: what loose certainty and durations must be about. */
export const outcomeLexicon: Lexicon = {
  name: 'no-guarantees/outcomes',
  entries: [
    {
      match: [
        '(~arrive|arrival|~deliver|delivery|deliveries|~reach|~land|~receive|~clear|released|refunded|credited|dispatched|shipped)',
        '(refund|refunds|parcel|package|shipment) (to|will|should)',
        '(get|have) (it|them|your)',
        '(with|to) you',
        '(be there|turn up|turns up|paid out|pay out|pays out|approved|be covered)',
      ],
      negatable: false,
    },
  ],
}

/**
 * Words that vouch for a statement instead of saying it: "I'm certain", "you have my word", "full
 * stop". A statement rewritten as an estimate cannot keep them beside it.
 */
export const assuranceLexicon: Lexicon = {
  name: 'no-guarantees/assurances',
  skippable: DEGREE_WORDS,
  entries: [
    {
      match: [
        "(i'm|im|i am|we're|were|we are) (certain|sure|positive|confident) (that|of it|of that)?",
        '(i|we) (swear|promise) (you)? (that|it|on it)?',
        "(pinky|scout's|scouts) (swear|promise|honour|honor)",
        "(you have|you've got|you got|youve got|you've) (my|our) word (on it|on that|for it)?",
        '(take|trust) (my|our) word (for it|on it|on that)?',
        'trust me',
        "(i've|ive|we've|weve|i have|we have) made (sure|certain) of (it|that)",
        'mark my words',
        'hand on (my)? heart',
        'full stop',
        'no (ifs|question|doubt) (about it|about that|and buts|or buts)?',
        '(please)? rest assured (that)?',
        // Reassurance tagged on, which an estimate cannot keep: "…before Saturday, no problem",
        // "…for Saturday, dont worry one bit", "I can confirm it will…".
        '(no problem|no problem at all|no need to worry)',
        "(don't|dont|do not) worry (one bit|at all)",
        '(i|we) (can)? confirm (that)?',
        "(you're|youre|you are|ur) (safe|covered) (there|on that|on this)?",
        '(you can|u can) (count|bank|rely) on (it|that)',
        "(that's|thats|that is) a (promise|guarantee|given)",
        '(sure banker|no shaking)',
        // The time left said to be ample: "…by Thursday, you've got loads of time".
        "(you've got|you have got|you've|you have|you got|youve got|there's|there is|still) (loads|plenty|lots|heaps|tons|bags) of time",
        // An opening or closing word of its own: "Absolutely, it'll be there."
        '(absolutely|definitely|certainly|defo|deffo)',
      ],
      negatable: false,
    },
  ],
}

/**
 * Someone else's habit offered as proof of an outcome: "they always cover breakages", "these
 * always go through". A "should" elsewhere in the sentence leaves the promise standing.
 */
export const habitProofLexicon: Lexicon = {
  name: 'no-guarantees/habit-proofs',
  entries: [
    {
      match: [
        '(always|never fail to) (pay out|pay|cover|approve|accept|reimburse|go through|get approved|get accepted)',
      ],
      negatable: false,
    },
  ],
}

/**
 * Certainty the writer tags on to a clause of its own ("…, but it'll be at your door by tomorrow,
 * guaranteed", "no doubt about it"): a hedge in another clause ("Should be no dramas, …") does not
 * take it back, as it does for {@link guaranteeLexicon}'s wordings; one in its own clause does.
 */
export const vouchLexicon: Lexicon = {
  name: 'no-guarantees/vouches',
  skippable: DEGREE_WORDS,
  entries: [
    {
      match: [
        '* , guaranteed',
        '(no doubt|no question) about (it|that)',
        'without (a|any) doubt',
        // "It should ship today, and then you'll have it by Wednesday for sure."
        'for (sure|certain)',
        "(i'd|i would|i'll|id|we'd|we would) (bet|stake|put) (my|our|the) *{1,2} on (it|that)",
        '(take it|you can take that|you can take it) to the bank',
        '(100%|100 percent|hundred percent) (guaranteed|sure|certain)',
      ],
      unless: [
        ...HEDGES,
        "(not|isn't|is not|aren't|are not|wasn't|can't be|cannot be|never|no|nothing's|nothing is) (ever)? guaranteed",
        "(can't|cannot|couldn't|won't) (be)? (100%|100 percent)? (sure|certain)",
        // Certainty denied, or "for sure" as a yes: "I can't say for sure", "for sure, I'll send it".
        "(can't|cannot|can not|couldn't|don't|dont|do not|didn't|not|nobody can|no one can|never) *{0,3} for (sure|certain)",
        "for sure (i|we|i'll|we'll|ill|i will|we will|thing|no problem|,)",
        '(love|like|wish|want) to (tell|say|promise) (you)? *{0,2} for (sure|certain)',
      ],
      unlessScope: 'clause',
      negatable: false,
    },
  ],
}
