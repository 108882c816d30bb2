import type { Lexicon } from '../../src/core.js'
import { PARTY_CLASSES } from './actors.js'

const ORDER = '(order|orders|item|items|shipment|dispatch|despatch|purchase|product)'
const SHIP = '(ship|dispatch|despatch|send|post|fulfil|fulfill|process)'
const LONGER =
  '(take|takes|taking|require|requires|requiring|need|needs|needing) (a little|a bit|slightly|a few days|some|a few more days)? longer'
const BEHIND_BY = '(slightly|a little|a bit|a few days|a couple of days|a week|a few weeks)'
/** How far off: "a bit behind", "little late", "way behind", "a tad late". */
const DEGREE =
  '(slightly|a little|little|a bit|a tad|a touch|a few days|a couple of days|a day|a week|a few weeks|way|quite|rather|somewhat|really|a little bit|abit)'
const LATE =
  '(delayed|postponed|held up|running late|running behind|on backorder|on back order|backordered|back-ordered)'

/**
 * - `cannot`: the writer cannot ship by the original date ("we can't dispatch it today"); a date
 *   right after it is the missed date, not a revised one.
 * - `late`: the shipment is late, or will ship later.
 */
export type DelayTag = 'cannot' | 'late'

/**
 * The writer announces that its own shipment is late: "we're unable to dispatch your order this
 * week", "your order has been delayed", "some orders require longer in
 * the dispatch process". Carrier and customs delays (the parcel is already on its way) are not the
 * writer's shipment, and neither are replies that only acknowledge a delay the customer raised
 * ("sorry your order is late").
 */
const ACKNOWLEDGING = [
  '(sorry|apologies|apologise|apologize) (that)? (your|the|this) (order|item|delivery|parcel|package)',
  'sorry to (hear|see|learn)',
  // An apology for the wait the customer raised: "sorry for the delay on your cake topper".
  '(sorry|apologies|apologise|apologize) (for|about) (the|this) (delay|delays|wait|hold-up|hold up|long wait) (on|in|with|to|for)? (your|ur|the)',
]

export const delayAnnouncementLexicon: Lexicon<DelayTag> = {
  name: 'delay-notice/announcement',
  classes: {
    // Who or what the writer's order waits on upstream: a maker, a supplier, materials, new stock.
    upstream: [
      '(maker|makers|factory|supplier|suppliers|manufacturer|mill|workshop|fabric|leather|parts|materials|components|restock|new stock|more stock|stock to arrive|stock to come in|powder coater|engraver|printer to be fixed)',
    ],
    // Who holds a parcel once it has left: a customs authority or a carrier, by name or role.
    holder: [...PARTY_CLASSES.customs, ...PARTY_CLASSES.carrier],
    // The writer's own shipment, however it is named: "your order", "ur bracelet", "yours", "it".
    // A step of making or finishing it, done by the writer's own hands or machines.
    craft: [
      '(polishing|engraving|printing|stitching|glazing|firing|painting|carving|weaving|sewing|embroidery|embroidering|dyeing|plating|lacquering|finishing|framing|varnishing|casting|welding|assembly|assembling|alterations|alteration|tailoring|binding|baking|curing|drying|setting)',
    ],
    mine: [
      "(your|ur|yours|your order|ur order|the order|this order|your item|your items|it|it's|its|they|they're|everything|everything's|all orders|some orders|orders|your order's|ur order's|your item's|you ordered|the shipment|your shipment)",
    ],
  },
  unless: [
    // Acknowledging the customer's complaint, not announcing (in a reply: see `proactiveAnnouncementLexicon`).
    ...ACKNOWLEDGING,
    // A hedged, general notice ("orders may take longer during sales"), a condition, or a transit delay.
    '(may|might|could|can) (take|be|need|require|experience|see|run)',
    '(usually|typically|normally|generally|sometimes|occasionally)',
    "(if|unless|whether|in case|should) (your|the|an|any|this|it|its|it's|they|they're|ur)",
    '(in transit|at customs|in customs|by customs|by the courier|by the carrier|with the courier|with the carrier)',
    // Waiting on the customer's payment, not on the writer: "your payment is still pending, which is why I can't ship yet".
    '(payment|payments|verification|fraud check|fraud checks) *{0,4} (pending|held|on hold|not cleared|not gone through)',
    // Held for the customer's payment or a check of it, whichever way round: "on hold pending manual
    // verification", "on hold until you pay again", "paused by our fraud filter".
    '(on hold|paused|held|blocked) (for|pending|until|till|while) *{0,3} (verification|payment|fraud|security|bank|clearance|approval|you|u)',
    '(fraud|security|payment|verification) (filter|check|checks|team|review|system|hold)',
    // Held for a check of the payment or the buyer, by its reason ("on hold because of failed
    // authorisation from bank"), or released by the customer's step ("we will release it once checked").
    '(on hold|paused|held) (because of|due to|because|as|since|for) *{0,4} (authorisation|authorization|payment|bank|card|verification|age|identity|id|check|checks)',
    '(release|releases|unhold) (it|them|the order|your order|ur order) (once|when|after|as soon as)',
    '(age-restricted|age restricted|age check|age checks|id check|id checks|age verification|proof of age)',
    // "held up" as sturdiness: "it should have held up better".
    '(held|hold|holds|holding) up (better|well|fine|nicely|ok|okay)',
    // The wait thanked for, over: "thank you for your patience while your parcel was held up".
    'while (your|the|ur) *{0,3} (was|were) (held up|delayed|stuck|late|on hold)',
    // The customer's question reported: "asking why it hasn't shipped yet".
    '(asking|asked|ask|wondering|wondered) (me|us)? (why|when|whether|if)',
    "(in|on|across) (their|the courier's|the carrier's) (network|system)",
    // Held by whoever has it now: "your package is stuck with CBSA", "sitting at the DPD depot".
    '(stuck|held|sitting|sat|waiting|held up) (with|at|by) (the)? *? @holder',
    // A delay to something other than the shipment: the refund's paperwork, a payment, a reply.
    'delay (with|on|in|to) (your|ur|the) (refund|payment|paperwork|return|claim|invoice|reply|message|response|exchange|application)',
    "(refund|payment|paperwork|invoice|receipt|reply|response|quote|certificate) (is|was|'s|will be|be)? (late|delayed|running late|held up) (a bit|a little|slightly|abit)?",
    // Made again for free: a remedy for a faulty item the customer has, not a late order.
    '(redo|remake|reprint|remade|redone|reprinted|replace|make) (it|yours|them|one|another|a new one)? (for free|free of charge|at no cost|at no charge|on us)',
    // Late with the reply, not the order: "sorry for the delay in replying, we've been swamped".
    '(delay|delays|late|slow) (in|with)? (replying|responding|getting back|answering|my reply|our reply|my response|our response|reply|response)',
    // The customer's payment holding the order: "your card was declined, so the order is on hold".
    '(card|payment|transaction) (was|has been|got|had been)? (declined|rejected|refused|bounced|flagged|reversed)',
    // Waiting for the customer to collect is not a delay: "it's still on the shelf, come get it before 5".
    '(come|pop in|pop by|pop round|drop by|swing by|stop by) (and|to)? (get|collect|pick up|grab) (it|them|your order)',
    '(ready|welcome|free|available) (for|to) (you to)? (collect|collection|pick up|pickup|pick-up)',
    "(you|u|you're|youre|you are) (can|could|may|welcome to|are welcome to|can come and|can come) (collect|pick up|come and get|come get|come for) (it|them|your)?",
    // Waiting on the customer is not a delay: "holding ur order till u confirm the engraving".
    '(waiting on|waiting for|held up by) (you|u|your reply|your answer|your confirmation|your go-ahead|your approval)',
    '(till|until|untill|while|once) (you|u) (confirm|reply|send|let|choose|decide|tell|get back|pick|approve)',
    '(till|until|untill) (we|i) (have|get|hear|receive) (a|the|your|from you|back)',
    '(till|until|untill) (the|your) (address|payment|details|postcode|wording|artwork|proof) (is|are|has been|have been)? (confirmed|updated|received|sorted|corrected|approved)',
  ],
  entries: [
    {
      tag: 'cannot',
      // Not gone yet as a chance to change it, not a delay: "it hasn't left yet, so I'll add the note".
      unless: [
        "(so|which means) (i|we|you|i'll|we'll|ill) (can|could|will|'ll) (still)? *",
        '(so|which means) (it|they|the order|your order|ur order) (can|could) (still)? (be)? (changed|amended|updated|edited|cancelled|canceled|swapped|added to|altered|personalised|personalized)',
        "(so|which means) (i'll|we'll|ill|you'll|youll) (still)? *",
        "(so|so there's|so there is|there's|there is|which means) no (delay|hold-up|holdup)",
        "(so|which means) (that's|thats|it's|its|all|that is|everything is|everything's) (all)? (sorted|fine|ok|okay|done|good|covered)",
        // The chance already taken: "it hasn't shipped yet, so I've updated the address", "so it'll go to the new place".
        "(so|and) (i've|we've|i have|we have|i|we) (just)? (updated|changed|amended|added|swapped|corrected|switched|edited)",
        "(so|and) (it'll|it will|they'll|they will|itll) (go|be sent|be posted|ship|be shipped) to (the|your) (new|right|correct|updated)",
        'before (it|they) (goes|go|leaves|leave|ships|ship)',
        // The change already made: "address updated, the parcel hasn't left yet so the label now shows flat 4B".
        '(address|label|postcode|note|engraving|size|colour|color) (is|has been|was)? (updated|changed|amended|corrected|added|swapped)',
        '(so|and) (the|your) (label|address|order) (now)? (shows|says|reads|has)',
        '(so|and) (the|your|that) (change|update|edit|new address) (is|was|will be|goes|went|got)? (in time|through|in)',
        '(still|just) in time',
        // The opening named: "so there's still time to change it", "you still have a chance to swap".
        "(there's|there is|theres|you have|you've|you still have|we have|we've) (still)? (time|a chance|the chance|a window) to",
      ],
      match: [
        `(we|we're|we are|i|i'm|i am) (currently)? (unable|not able) to ${SHIP} (your|the|this|it|them|these)`,
        `(we|i) (can't|cannot|won't|will not) (be able to)? ${SHIP} (it|them|yours|your order|the order|this order|your item|the item|your items|the items)? (on time|today|tomorrow|yet|just yet|until|this week|as planned|as expected|as scheduled|within|before)`,
        `(your|the|this|these) ${ORDER} (won't|will not) be (shipped|dispatched|despatched|sent|ready) (on time|today|tomorrow|this week|as planned|as expected)`,
        // Not gone yet: "ur order hasnt gone yet", "it won't go out this week", "can't fulfil your order just yet".
        "@mine *{0,2} (won't|will not|can't|cannot|couldn't|wont|cant) (be able to)? (go out|ship|leave|be sent|be posted|be shipped|be dispatched|be ready)",
        "@mine *{0,2} (hasn't|has not|haven't|have not|isn't|is not|won't|will not|can't|cannot|couldn't|not|still not|wasn't|aren't) (gone|go|going|left|leave|leaving|shipped|ship|sent|send|posted|post|dispatched|dispatch|despatched|despatch|started|finished|ready|gone out|go out|going out|left yet|been sent|been posted|been shipped|been dispatched|been started|been made|been packed|been done|been finished|been wrapped|been printed|been engraved|been fired|been sewn|been cut|quite ready|be ready|be sent|be shipped|be posted) (yet|just yet|on time|this week|today|tomorrow|as planned|as expected|as promised|in time|until)",
        "(hasn't|has not|haven't|have not|won't|will not|can't|cannot|not) (gone|go|left|leave|shipped|ship|been sent|been posted|been dispatched|been started|been made|been packed) (out)? (yet|just yet|on time|this week|as planned|as expected|as promised)",
        "(we|i|we're|i'm|we are|i am) (can't|cannot|couldn't|won't|are unable to|am unable to|unable to|not able to) (fulfil|fulfill|complete|finish|make|send|post|ship|start|get to|process) (your|ur|the|this) *{0,2} (order|item|items|one|ones|piece|it) (just)? (yet|on time|this week|today|as planned|until)",
        '(nothing|no orders|none of the orders) (is|are|will be|can)? (going|go|be going|being sent|being posted|leaving) (out)?',
        "(i|we) (haven't|have not|havent|didn't|did not) (managed|had a chance|been able|got round|gotten round) (to)? (get to|post|send|ship|pack|make|finish|dispatch) *{0,3} (yet)?",
        '(missed|miss) the (post|post office|courier|collection|cut off|cut-off|last collection|pickup)',
        // A send-off that did not happen: "missed this week's packing day", "didn't make it out today".
        '(missed|miss) * *? (packing day|posting day|dispatch day|collection|pickup|pick-up|post run|courier|van)',
        "(didn't|did not|didnt|won't|will not|wont|isn't going to) make it (out|into the post|to the post office|in the post|onto the van)",
        "(i'm|we're|i am|we are) not (posting|shipping|sending|dispatching) (anything|any orders|orders|parcels) (out)?",
        // Not able to finish, pack or send it yet, whatever the step: "I can't wrap it yet".
        "(we|i) (can't|cannot|couldn't|could not) (wrap|pack|post|send|ship|finish|fit|make|dispatch|deliver|print|engrave|fire|sew|cut|build|assemble) (it|them|your|ur|the) *{0,2} (yet|on the date|this week|today|until|on time|as planned)",
        "(haven't|hasn't|have not|has not|havent|hasnt) been able to (send|post|ship|dispatch|pack|make|finish|start|print|get) (your|ur|the|it|them)",
        "(not going to|won't|will not|wont|can't|cannot) (make|meet|hit) (the|your) *{0,2} (dispatch|shipping|delivery|original|estimated|promised|ship|despatch) (date|day|window|deadline)",
        "(won't|will not|wont) be in the (first|next) (wave|batch|shipment|round)",
        "(the courier|the driver|ups|dpd|royal mail|evri|fedex|the postman) (didn't|did not) (collect|pick up|come)",
        // Not ready or not sent, whatever the words: "your jumper isn't finished", "I haven't actually sent it yet".
        "@mine *{0,2} (isn't|is not|aren't|are not|isnt|arent|hasn't been|hasnt been|haven't been|havent been) (quite|actually|yet|still|fully)? (finished|ready|made|done|packed|complete|completed|shippable)",
        // A step of making it not done: "the polishing isn't finished yet", "engraving hasn't been done".
        "(the|my|our)? @craft (isn't|is not|hasn't been|has not been|isnt|hasnt been|not) (quite|actually|yet|fully)? (finished|done|complete|completed|ready) (yet)?",
        // Not within the time the customer was given: "will not be dispatched within the timeframe stated".
        "(won't|will not|can't|cannot|wont|cant) be (dispatched|despatched|shipped|sent|posted|ready|made|finished) (within|in|by) (the)? *{0,2} (timeframe|time frame|window|time|period|dispatch time|handling time|processing time)",
        "@mine *{0,2} (hasn't|has not|haven't|have not|hasnt|havent) (left|gone out of) (us|here|the workshop|the studio|the warehouse|our warehouse|the shop|the house|the unit)",
        "(i|we) (haven't|have not|havent|hasn't) (actually|even)? (sent|posted|shipped|dispatched|packed|made|finished|started) (it|them|your|ur|yours) (yet|out)?",
        "(haven't|havent|have not|hasn't|hasnt) (got|gotten|managed to get) (ur|your|the|it|them|any orders|orders|anything) *{0,3} (out|posted|sent|off|packed)",
        "(could not|couldn't|cannot|can't|won't|will not) be (dispatched|shipped|sent|posted|despatched) (due to|because|as|yet|today|this week|on time)",
        "(not|isn't|aren't|isnt|arent) (shippable|ready to ship|ready to go|ready to send|ready to post|ready to leave)",
        "(haven't|hasn't|have not|has not|havent|hasnt) been able to (start|begin) *? (your|ur|the|it|them|making|on)",
      ],
    },
    {
      // The plan slipped, measured against what was said or planned: "needs a bit more time than I
      // thought", "going out later than the listing said", "the batch has slipped a little",
      // "isn't going to leave here this week like I'd planned".
      tag: 'late',
      match: [
        "(later|longer|slower|more time|a bit more time|a little more time|a few more days|a few days more|an extra day|a few extra days) than (i|we) (thought|planned|expected|said|hoped|promised|estimated|quoted|'d planned|had planned|'d hoped|had hoped|'d said|had said|first thought|originally said)",
        // Against what the writer wanted: "a bit later than I'd like", "slower than we wanted".
        "(later|slower|more time|a bit more time|a little more time) than (i'd|we'd|id|i would|we would) (like|want|have liked|have wanted)",
        '(later|slower|more time|a bit more time|a little more time) than (i|we) (wanted|intended|meant|liked|would like|would have liked)',
        '(later|longer) than (the listing|the listing said|the listing says|the listing stated|stated|advertised|quoted|promised)',
        "(batch|order|orders|date|dispatch|dispatch date|ship date|shipping date|timeline|schedule|it|they) (has|have|'s) slipped",
        "(isn't|is not|aren't|are not|won't|will not|wont) going to (leave|ship|go out|be ready|be posted|be sent|be dispatched) *{0,2} (this week|today|on time|as planned|when i said|when we said)",
        "(isn't|is not|aren't|are not|won't|will not|wont) going to (leave|ship|go out|be ready|be posted|be sent|be dispatched) *{0,3} (like|as) (i|we) (had|'d)? (planned|said|hoped)",
        // The Irish perfect: "your seed packets are after getting held up here".
        '(are|is) after (getting|being) (held up|delayed|stuck|pushed back)',
        // The base form as a second language writes it: "your order slightly delay ah".
        '(slightly|a bit|a little|bit|little|abit) (delay|delayed) (ah|lah|la|already|oh|o)?',
      ],
      // A slip that is over or in transit: "the boots arrived later than expected", "it's taken longer than I said".
      unless: [
        '(arrived|arrive|came|took|taken|went out|reached|turned up|got to you|got there|delivered|tracking|in transit|took a little)',
      ],
      negatable: false,
    },
    {
      tag: 'late',
      match: [
        "@mine *{0,3} (is|are|was|'s|has been|have been|will be|got|gets|getting|being|been)? (currently|now|unfortunately|slightly|a little|a bit|still)? (delayed|postponed|held up|held back|pushed back|on hold|on backorder|on back order|backordered|running late|running behind|stuck|paused|stalled)",
        // Still here, fallen behind, a while longer: "your order is still with me", "has fallen behind schedule".
        // "Your order is delay": the noun for the participle, as sellers write in a second language.
        '(your|ur|the) (order|orders|item|items|parcel) *{0,5} (is|are) delay',
        // The order named with what is in it: "your order of 3 engraved tumblers is delayed".
        "(your|ur|the) (order|orders|item|items) (of|for) *{1,5} (is|are|has been|have been|'s) (still)? (delayed|postponed|held up|running late|running behind|late|on hold)",
        // Late, with the reason or the step: "your braai grid is late because…", "is late leaving the studio".
        "@mine *{0,3} (is|are|'s) (running)? (late|behind) (because|as|due to|since|leaving|going out|getting out|to ship|to leave|coming out|from)",
        "(order's|orders are|order is) (running late|running behind|delayed|held up|on hold)",
        // Said ahead: "there'll be a short hold-up before it goes out", "it'll be a bit later going out than planned".
        "(there'll be|there will be|there's going to be|there is going to be|there may be) (a|an)? (short|slight|small|little|brief|bit of a|minor|unexpected)? (hold-up|holdup|hold up|delay|wait) (before|on|with|in) (it|they|your|ur|the|dispatch|dispatching|shipping|sending|posting)",
        "(be|'ll be|will be|is|are|'s) (a bit|a little|slightly|a few days|a day|a week|a tad|a touch)? later (going out|shipping|leaving|being sent|being posted|being dispatched|to ship|to go out|than planned|than expected|than promised|than we said|than i said|than usual)",
        "@mine *{0,3} (is|are|'s)? still (here)? (with me|with us|here|on the shelf|in the workshop|in the studio|on the bench|on my bench|at the studio|at the workshop)",
        "@mine *{0,3} (has|have|'s)? (fallen|slipped|gone|got) behind",
        // Waiting on a maker or on stock: "your boots are still waiting on the factory", "queued behind a big order".
        "@mine *{0,3} (is|are|'s)? (still)? (waiting on|waiting for|held up by) (the|our|my)? *? @upstream",
        "@mine *{0,3} (is|are|'s)? (still)? (queued behind|stuck behind|waiting behind) (a|the|some|other|our)",
        "(we're|we are|i'm|i am|we've been|i've been) (still)? (waiting on|waiting for) (the|our|my)? *? @upstream",
        // Not sent yet, said as what is still to come or as the result of a cause.
        "@mine *{0,2} (is|are|'s) (still)? yet to (go out|ship|be sent|be posted|leave|be dispatched|be made|be packed|be finished)",
        "(so|which means|and so) @mine *{0,2} (hasn't|has not|haven't|have not|isn't|is not|won't|will not|can't) (gone out|go out|shipped|ship|been sent|been posted|left|been dispatched|be going out)",
        '(sitting|sat|stuck|waiting) (unfinished|unsent|unpacked|half-finished|half finished|half-made|half made)',
        "(going to be|will be|'ll be|gonna be|is going to be) (a little|a bit|a|a good)? (while|little while|bit|few days|few weeks) longer",
        "@mine *{0,3} (is|are|will be|'s|'ll be)? (going to take|taking|will take|takes|take|needs|need|requires|require) (a little|a bit|slightly|a few days|some|a few more days|a while|a little while)? longer",
        '(slight|small|short|little|bit of a|unexpected|unavoidable|brief|minor)? delay (with|on|in|to) (dispatch|despatch|shipping|your|ur|orders|production|the order|our)',
        // Late in the future tense, and a delay the order "has": "ur order is going to be late", "your order have some delay".
        "@mine *{0,2} (will be|'ll be|is going to be|are going to be|'s going to be|gonna be|is gonna be|are gonna be) (a bit|a little|slightly|a few days|a couple of days|a week|a day|running)? (late|later|delayed|behind)",
        '@mine *{0,2} (has|have|is having|are having|had|got) (a|some|a bit of|an)? (slight|small|short|little|unexpected|unavoidable|minor|few days|bit of)? (delay|delays)',
        "(we're|we are|were|i'm|i am|we've|we have|i've) (a bit|a little|slightly|really|totally|completely)? (fallen|fell|got|getting) behind",
        "(we're|we are|were|i'm|i am|we've|we have|i've) (been)? (a bit|a little|slightly|really|totally|completely)? (snowed under|swamped|backed up|overwhelmed) (with|by)? (orders)?",
        '(holding|hold|held) (it|them|your|ur|all|the|every) *{0,2} (order|orders|items|back)',
        '(has|have|had|needs|need|will have) (to be)? (remade|redone|made again|started again|reprinted|re-made|re-done)',
        // Making it again: "ill have to make them again", "we're redoing them".
        // "fire them over" sends them; "over" is "again" only for the other verbs.
        '(make|do|print|fire|sew|cut|build|pour|start) (them|it|yours|your order) (again|from scratch)',
        '(make|do|print|sew|cut|build|pour|start) (them|it|yours|your order) over',
        '(taking|take|takes|took) (a lot|much|far|way|a bit|a little|quite a bit)? longer than (i|we) (thought|expected|planned|hoped|said)',
        '(had to|have had to|having to|needed to|been forced to) (pause|halt|stop|shut) (everything|production|all orders|orders|work|making|dispatch|dispatches|shipping|the workshop)',
        "(we're|we are|i'm|i am|we've been|i've been|were) (running)? behind schedule",
        `@mine *{0,3} (is|are|has been|have been)? (getting|running|going to be) ${DEGREE}? (late|delayed|behind)`,
        // Late as a plain state, however far: "your order is a little late", "is under delay".
        `@mine *{0,3} (is|are|'s) ${DEGREE} (late|behind)`,
        '@mine *{0,3} (is|are) under delay',
        '(order|orders) (delayed|on hold|held up)',
        '(sitting|stuck|waiting) (in|on) (the|our) (print queue|queue|bench|packing bench|shelf|workshop)',
        '(still|currently) (waiting|waiting on|waiting for) (stock|the stock|materials|the material|material|the fabric|fabric|parts|the parts|the leather|the supplier|our supplier|delivery of)',
        '(out of|no) stock (with|at|from) (our|the) (supplier|manufacturer|maker|factory)',
        '(late|delayed) from (our|my) (side|end)',
        `(your|the|this|these) ${ORDER} (is|are|has been|have been|will be|'s) (currently|now|unfortunately|slightly|a little|a bit)? ${LATE}`,
        `(we|we've|we have|i|i've|i have) (had to|need to|needed to|have to) (delay|postpone|push back|hold back) (your|the|this|dispatch|shipping)`,
        `(we're|we are|i'm|i am) (currently|now)? running ${BEHIND_BY}? behind`,
        `(we're|we are|i'm|i am) (currently|now)? ${BEHIND_BY} behind`,
        `(we're|we are|we've fallen|we have fallen|i'm|i am) (currently|now)? behind (on|with) (orders|dispatch|despatch|dispatches|shipping|shipments|fulfilment|fulfillment)`,
        `${LONGER} to ${SHIP}`,
        `${LONGER} (than expected|than planned|than usual) to ${SHIP}`,
        `${LONGER} (in the dispatch|in dispatch|in the despatch|in processing|in the processing|in the shipping|to be shipped|to be dispatched|to be despatched)`,
        `(will|'ll) (be)? (ship|shipped|dispatched|despatched|sent) later than (expected|planned|usual|promised|originally)`,
        '(dispatch|despatch|shipping|shipment) (is|has been|will be) (currently)? (delayed|postponed|held up|paused|on hold)',
        '(dispatch|despatch|shipping|shipment) (of|for) (your|ur|the) *{1,5} (is|has been|will be|have been|are) (currently)? (delayed|postponed|held up|paused|on hold|pushed back)',
        // Held, paused, pulled or redone, however it is worded.
        '(order|orders) * (delayed|on hold|held up)',
        '(still) (sat|sitting) (here|with us|in our|on the shelf|on my|in my|at the workshop|at ours)',
        '(sitting|staying|waiting) (with us|here|on the shelf) (until|till|til)',
        '(still)? waiting to be (sharpened|packed|made|finished|sent|posted|shipped|dispatched|printed|sewn|wrapped|fired|glazed|engraved)',
        '(redo|redoing|remake|remaking|re-do|re-make|re-doing|re-making) (em|them|it|yours|ur|your)',
        '(starting|started|start) (it|them|yours|your|ur) *? (again|over|from scratch)',
        "(pulled|taken|held back|removed) (from|out of) (today's|todays|the|this|this week's) (post|collection|shipment|batch|run)",
        '(held|holding|hold) back (on)? (sending|shipping|posting|dispatching|all)',
        '(paused|halted|stopped|suspended) (all)? (outgoing)? (shipments|dispatch|dispatches|shipping|orders|deliveries|posting|despatch)',
        "(nothing|nothing's|nothings) (has|'s)? been (packed|sent|posted|shipped|dispatched)",
        '(be shipping|be going out|go out|goes out|going out|be leaving|leave|leaving|ship|shipping|dispatching) later than (usual|normal|planned|expected|promised|originally|we said|we originally said|i said|advertised)',
        '(taking|take|takes|took) (us|me) (a bit|a little|a lot|much)? longer',
        "(taking|take|takes|took) (me|us)? (a lot|much|far|way|a bit|a little|quite a bit)? longer than (i'd|we'd|id|wed) (thought|expected|planned|hoped|said)",
        '(hold up|hold-up|holdup|delay) (on|at|from) (our|my) (side|end)',
      ],
      // A delay denied: "no, it isn't stuck", "it won't get held up at customs".
      unless: [
        "(isn't|is not|isnt|aren't|are not|arent|won't|will not|wont|shouldn't|should not|not) (get|be|going to be|getting)? (stuck|held up)",
      ],
      unlessScope: 'clause',
    },
  ],
}

const WEEKDAYS =
  '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)'
/** "May" is left out: it is far more often the modal verb. */
const MONTHS =
  '(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)'
const UNITS = '(days|day|weeks|week|months|month|hours|business days|working days)'

/**
 * A revised date or time frame: "by Friday", "on 12 March", "within 3 business days", "in 2-3 weeks",
 * "next week", "a new dispatch date". Numbers ("by the 14th", "on 14/03") are recognised in code.
 */
export const revisedDateLexicon: Lexicon = {
  name: 'delay-notice/revised-date',
  entries: [
    {
      match: [
        "(today|tonight|tomorrow|today's|tonight's|tomorrow's)",
        WEEKDAYS,
        MONTHS,
        '(this|next) (week|weekend|month)',
        '(end|close|start|beginning|middle) of (the|this|next)? (week|month)',
        `(within|in) (the)? (next)? (a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several)? ${UNITS}`,
        '(new|revised|updated|expected|estimated|rescheduled) (delivery|dispatch|despatch|shipping|ship|arrival)? date',
        '(new|revised|updated|expected|estimated) (dispatch|despatch|shipping|delivery|arrival) (time|window|timeframe|time frame)',
      ],
      negatable: false,
    },
  ],
}

/** Units after a number: "in 3 days", "10-15 business days", "at least 3 months". */
export const DATE_UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'business', 'working'] as const
/** Words before a bare number that make it a date: "by the 14th", "on 14/03". */
export const DATE_PREPOSITIONS = ['by', 'on', 'before', 'until', 'till', 'from', 'after', 'the'] as const

/**
 * Why no date can be given yet: "we don't have a confirmed new shipping date yet", "there's no
 * firm date", "we're not sure yet when it will ship".
 * - `withheld`: a negated verb, which counts when one of {@link DATE_NOUNS} follows within a few words.
 * - `unsure`: the writer says it does not know when.
 */
export const noDateYetLexicon: Lexicon<'withheld' | 'unsure'> = {
  name: 'delay-notice/no-date-yet',
  entries: [
    {
      tag: 'withheld',
      match: [
        "(don't|do not|can't|cannot|can not|unable to|not able to|won't|couldn't) (yet)? (have|give|provide|confirm|offer|share|promise|know|set)",
        "(hasn't|haven't|has not|have not|didn't|did not|hasnt|havent) (yet)? (given|told|sent|confirmed|provided|shared) (us|me)?",
        'no',
      ],
      negatable: false,
    },
    {
      tag: 'unsure',
      match: [
        "(not sure|unsure|don't know|do not know|can't say|cannot say|can't tell|cannot tell) (yet)? (exactly)? when",
      ],
      negatable: false,
    },
  ],
}

/** What a `withheld` phrase must be about: "… a confirmed new shipping date". */
export const DATE_NOUNS = [
  'date',
  'dates',
  'eta',
  'timeframe',
  'frame',
  'timescale',
  'estimate',
  'timeline',
] as const

/**
 * The delay is already over: "it has now been dispatched", "it's on its way", "it shipped this
 * morning". A reply that says so explains a past delay; it is not a delay notice.
 */
export const shippedNowLexicon: Lexicon = {
  name: 'delay-notice/shipped-now',
  entries: [
    {
      match: [
        '(has|have) (now|finally|just)? (been)? (shipped|dispatched|despatched|posted|sent out)',
        "(it's|it is|they're|they are|order is|parcel is) (now)? on (its|their|the) way",
        'now (it|it is|it has been|they|they are|they have been|your order|your order is) (dispatched|shipped|despatched|posted|sent)',
        '(shipped|dispatched|despatched|posted|sent out|went out|left) (this morning|today|yesterday|earlier today|last night)',
        '(left|went out of) (our|the|my) *{0,3} (this morning|today|yesterday|earlier today|last night)',
      ],
      // Still ahead: "I'll be in touch once they're on the way".
      unless: [
        "(once|when|until|till|as soon as|after) (it's|it is|they're|they are|it has been|they have been|its|theyre)",
      ],
    },
    {
      // Gone from the seller, so any hold-up is in transit: "it was posted on the 3rd with Aramex",
      // "before it left me in Sydney", "tracking shows it at the hub", "customs asked for documents".
      match: [
        '(was|were|got) (shipped|dispatched|despatched|posted|sent|sent out|handed over) (on|last|with|by|via|from|to|in)',
        '(it|they|the parcel|your parcel|the package|your package|the order|your order|the box) (left|cleared) (me|us|my|our)',
        '(in transit|out for delivery)',
        '(tracking|the tracking) (shows|says|showed|said|has)',
        '(customs|the border|border|biosecurity|the border agency) *{0,3} (are|is|have|has|had)? (holding|held|checking|checked|inspecting|inspected|sitting on|asked for|asking for|opened|opening|open)',
      ],
      unless: [
        "(once|when|until|till|as soon as|after|before) (it's|it is|they're|they are|it has been|they have been|its|theyre|it|they)",
      ],
    },
  ],
}

/** The writer as the subject of a promise: "I'll", "we will", "ill", or "will" with it left out. */
const WRITER_WILL = "(i'll|we'll|i will|we will|ill|will)"

/**
 * The writer promises word of what comes next: "I'll update you", "we'll let you know", "you'll hear
 * from us". Beside such a promise, "no new date yet" completes the notice; without one, reviewers
 * read the stock line as leaving the customer waiting with nothing, and the rule may not add the
 * promise for the seller.
 */
export const updatePromiseLexicon: Lexicon = {
  name: 'delay-notice/update-promises',
  entries: [
    {
      match: [
        "(i'll|we'll|i will|we will|ill|i shall|we shall|will) (also)? (update|inform|message|email|e-mail|contact|notify|tell|write|text|ping) (you|u)",
        `${WRITER_WILL} (let|keep) (you|u) (know|posted|updated|informed|in the loop)`,
        `${WRITER_WILL} (be|get) (back)? in touch`,
        `${WRITER_WILL} get back to (you|u)`,
        "(you'll|you will|u will|youll) (hear|get word|get an update|get a message) from (us|me)",
        '(update|updates) (to follow|will follow|soon|as soon as)',
        `${WRITER_WILL} (send|share) (you|u)? (an update|the new date|a new date|the date|word)`,
        `${WRITER_WILL} (write|come back|reach out) (to you|again)`,
        // The object left out, the time named: "ill message when its fixed".
        "(i'll|we'll|i will|we will|ill) (update|message|text|email|e-mail|write|ping) (when|once|as soon as|the moment|again)",
        // The promise as a second verb of the writer's: "we'll get it out and update you when it ships".
        '(and|then) (update|inform|notify|message|email) (you|u)',
        '(and|then) (let|keep) (you|u) (know|posted|updated|informed)',
      ],
      negatable: false,
    },
  ],
}

/** The customer may cancel: "you can cancel the order", "request a cancellation", "if you'd rather not wait". */
export const cancelOptionLexicon: Lexicon = {
  name: 'delay-notice/cancel-option',
  entries: [
    { match: ['~cancel', '(cancellation|cancelation)'] },
    {
      match: [
        '(rather|prefer) not (to)? wait',
        "(don't|do not|wouldn't|would not|won't) (want|like|wish) to wait",
        '(not|no longer) (want|wish) to wait',
      ],
      negatable: false,
    },
  ],
}

/**
 * The same, for a message the seller starts: there is no complaint to acknowledge, so "sorry your
 * order is running a bit behind" announces the delay.
 */
export const proactiveAnnouncementLexicon: Lexicon<DelayTag> = {
  ...delayAnnouncementLexicon,
  name: 'delay-notice/announcement-proactive',
  unless: (delayAnnouncementLexicon.unless ?? []).filter((pattern) => !ACKNOWLEDGING.includes(pattern)),
}

/**
 * The order waits on the customer, anywhere in the reply: their payment declined, a detail they
 * must fix, a change they asked for that the timing allows. The reply's next step is theirs, and
 * "no confirmed new shipping date" would invent a delay.
 */
export const waitingOnCustomerLexicon: Lexicon = {
  name: 'delay-notice/waiting-on-customer',
  entries: [
    {
      match: [
        '(card|payment|transaction) (was|has been|got|had been)? (declined|rejected|refused|bounced|reversed)',
        '(could|can|would) (you|u) (please|pls|kindly)? (update|check|correct|confirm|fix|change|re-enter|reenter|amend|add) (the|your|ur) (address|postcode|post code|payment|payment method|card|details|delivery details|house number|zip|zip code|size|phone number)',
        '(please|pls|kindly) (update|check|correct|confirm|fix|amend|re-enter) (the|your|ur) (address|postcode|post code|payment|payment method|card|details|delivery details|house number|zip|zip code)',
        "(as soon as|once|when) (you've|you have|the address is|the address has|the payment is|the payment has|the details are|the postcode is) (been)? (corrected|updated|confirmed|paid|changed|amended)",
        "(as soon as|once|when) (it's|it is|its|that's) (corrected|updated|confirmed|paid|amended)",
        // The opening the timing leaves: "it hasn't gone out yet, so a swap is no bother".
        "(so|which means) (a|the)? (swap|change|exchange|switch|edit|size change) (is|'s|will be|would be) (no bother|no problem|fine|easy|simple|doable|possible|not a problem)",
      ],
      negatable: false,
    },
  ],
}
