import type { Lexicon } from '../../src/core.js'
import { PARTY_CLASSES } from './actors.js'

const ITEM = '(order|parcel|package|item|items|shipment|purchase|delivery|goods|product|products|book|books)'
const SENT =
  '(is|are|has|have|was|were)? (now|just|already)? (been)? (shipped|dispatched|despatched|posted|sent|sent out|handed over|picked up|collected|left|leaving)'

/**
 * The point of a "just letting you know" message: the order has shipped, is on its way, or its
 * tracking has moved. For an order the platform dispatches, its tracking already says all of this.
 */
export const shippingUpdateLexicon: Lexicon = {
  name: 'no-unneeded-update',
  classes: { carrier: PARTY_CLASSES.carrier, platform: PARTY_CLASSES.platform },
  entries: [
    {
      match: [
        '(on its way|on the way|on their way|on there way|en route|in transit|out for delivery|heading your way|coming your way|headed your way|with the courier|with the carrier|on the road|on the move|on the van|on the lorry|on the truck|on its travels|on their travels)',
        '(winging|making|wending|finding|working) (its|their) way',
        '(set|sets|setting) sail',
        '(travelling|traveling|heading|moving) (to|towards) (you|your|the local)',
        '(cleared|left|departed|passed through) (the|our|your)? *{0,3} (sorting centre|sorting center|depot|hub|warehouse|fulfilment centre|fulfillment center|fulfilment center|facility|distribution centre|dc|processing centre|dispatch centre|unit|workshop|studio|premises|roastery|bakery)',
        '(your|ur) *{0,2} (is|are|has|have) (now|just)? (been)? (shipped|dispatched|despatched|posted|sent|collected|picked up|handed over)',
        '(boxed|packed|wrapped) (up)? and (collected|picked up|shipped|sent|posted|dispatched)',
        "(order's|parcel's|package's|item's|shipment's) (now|just|already)? (been)? (shipped|dispatched|despatched|posted|sent|collected|picked up|handed over)",
        // In the hands of whoever carries it: "your runners are with An Post now".
        "(is|are|'s) (now)? with (the)? (@carrier|@platform)",
        '(handed|passed) (over)? to (the|our)? (courier|carrier|lmc|driver|postman|delivery partner|last mile)',
        `(it|it's|its|they|they're) ${SENT}`,
        `${ITEM} ${SENT}`,
        // An order named by its number: "order KX-209-55813 has been dispatched".
        `(order|parcel|package|shipment) *{0,4} (is|are|has|have|was|were) (now|just|already)? (been)? (shipped|dispatched|despatched|posted|sent|sent out)`,
        // Whatever the subject: "your package with 2 pcs USB-C cable is shipped from warehouse today".
        '(is|are|has been|have been|got) (now|just|already)? (shipped|dispatched|despatched) (from|today|this|out|via|with|through)',
        // As a status line: "Status: Shipped".
        '(status|order status) (shipped|dispatched|despatched|in transit|out for delivery|on its way)',
        // A named place between: "has reached the Delhi hub", "arrived at the Leeds depot".
        '(reached|arrived at|got to) (your|the) *{0,2} (delivery station|delivery depot|depot|hub|sorting centre|sorting center|delivery office|delivery unit)',
        // Progress on the road: "moving along nicely", "last scan was Dublin this morning".
        '(moving|coming|getting|going) along (nicely|well|fine|smoothly)',
        '(last|latest|most recent) (scan|tracking scan|tracking update)',
        `(we|i|we've|i've|we have|i have) (now|just|already)? (shipped|dispatched|despatched|posted|sent out|sent off|mailed)`,
        '(tracking|tracker|tracking number|tracking information|tracking info|tracking details|tracking status|tracking page|status) (has|have)? (been)? (now)? (updated|uploaded|added|available|live|active|is available|is now available|is live|is updated|shows|says)',
        '(has|have) (now|just)? been (updated|uploaded)',
        // The tracking or the carrier named with words between: "the tracking for your grinder now
        // shows it at the local depot", "the carrier has now collected your order".
        '(tracking|tracker) (for|on|of) *{1,4} (now)? (shows|says|has it|puts it)',
        "(courier|carrier|driver|delivery partner|postman|postie) (has|have|'s)? (now|just|already)? (collected|picked up|taken|scanned) (your|the|it|them)",
        '(track|follow) (it|your order|your parcel|your package|your delivery|its progress|the progress|the parcel|the order|the package)',
        '(just|only) (a quick)? (note|update|message) to (let you know|say|confirm)',
        '(quick|friendly|small) (update|note|heads-up|heads up)',
        // A status line of its own: "Shipped today."
        '(shipped|dispatched|despatched|posted) (today|this morning|this afternoon|yesterday|earlier today|just now)',
        // Whatever stands between the order and its verb ("order #KE-55102 (Ceramic Planter) has been dispatched").
        '(has|have) (now|just|already)? been (shipped|dispatched|despatched|delivered)',
        // The plain verb after "already", as many Englishes write the past: "your order already ship out".
        '(already|just) (ship|dispatch|despatch) (out)?',
        // The past without its auxiliary: "your air fryer already shipped out from the warehouse today".
        '(already|just) (shipped|dispatched|despatched|posted|sent) (out|off|from|today|this|via|with|through)',
        // The plain verb, as chat English writes the past: "yuh pepper sauce ship out today".
        '(ship|ships|shipped|went|gone|go|goes) out (today|this morning|this afternoon|yesterday|earlier today|just now)',
        // The journey begun, said as a trip: "has started its journey to you", "set off from the
        // fulfilment centre", "just left the building", "the books are boxed, labelled and gone".
        '(started|starting|starts|begun|began|begins|set off on|sets off on|setting off on) (its|their|his|her) (journey|trip|travels)',
        '(has|have|just|now|all) (set|sets) off',
        '(left|leaving|leaves) the building',
        "(parcel's|order's|package's|it's|its|they're|theyre) (now|all)? (away|gone|off)",
        '(labelled|labeled|packed|boxed|taped|sealed|wrapped) and (gone|away|off)',
        // Aboard what carries it: "loaded onto the delivery van", "on a flight to Vancouver", "in the van".
        '(in|onto|into|aboard|on board) (the|a) (delivery)? (van|truck|lorry|flight|plane)',
        'on (a|board) (van|truck|lorry|flight|plane|ship)',
        "(van's|van is|truck's|truck is|lorry's|lorry is) (loaded|packed|full)",
        // In the carrier's hands: "handed to DHL", "the courier has ur parcel now", "got picked up
        // by the courier", "scanned out of the Sydney hub".
        '(handed|passed|given) (over)? (to|for) (@carrier|delivery)',
        '(courier|carrier|driver|postman|postie|@carrier) (has|have|got) (ur|your|the) (parcel|order|package|parcels|orders|packages|goods|item|items)',
        "in (the)? (courier's|couriers|carrier's|carriers|driver's|drivers|postman's|courier|carrier) (hands|hand|van|care)",
        '(got|been|was|were|is|are|being) scanned (in|out|at|into|through|by)',
        '(got|been|was|were) (picked up|collected) by',
        // Sent, said with the carrier or without its auxiliary: "shipped via USPS today", "ur parcels
        // been sent", "your goods is send today", "ur order got sent out".
        '(shipped|dispatched|despatched|posted|sent) (out)? via',
        '(shipped|dispatched|despatched|posted|sent) (out)? with @carrier',
        '(parcel|parcels|order|orders|package|packages|item|items|stuff|goods) been (sent|shipped|posted|dispatched|despatched)',
        '(is|are|been|was|were) (send|ship) (today|already|out|yesterday|this|now)',
        'got (sent|shipped|posted|dispatched|despatched|sent out|sent off)',
        '(has|have) (now|just|already|finally)? (shipped|dispatched|despatched)',
        // Out on the day's round: "went out with this morning's collection", "out with the delivery team today".
        '(went|gone|going|goes) out (with|on|in) *{0,2} (collection|post|van|pickup|run|round)',
        '(out|off) with (the|our)? (delivery team|delivery driver|delivery van|driver|courier|postman|postie)',
        '(out of|gone from|away from) (the|our) (warehouse|fulfilment centre|fulfillment center|depot|hub|workshop|studio)',
        // A status said in two words: "Dispatch confirmed", "Order #56120: dispatched", "Status update: SHIPPED".
        '(dispatch|despatch|shipment|shipping|posting) (is|has been)? (confirmed|complete|completed|done)',
        '(order|update|status) , (shipped|dispatched|despatched|sent)',
        '(order|update) #number , (shipped|dispatched|despatched|sent)',
        '(order|status) update , (shipped|dispatched|despatched|sent)',
        // Pidgin and other Englishes: "your order don commot from the warehouse, e dey come your side",
        // "is now sending to you", "already reach Shah Alam hub", "now in route with Mercado Envios".
        '(don|done) (commot|comot|leave|left|reach|dey road|dey come)',
        '(e|it|e don) dey (road|come your side|come to you|on the way|way)',
        '(is|are) (now|already)? (sending|shipping) (to you|by|already|out|now)',
        '(already|now) (reach|reached) *{0,2} (hub|depot|warehouse|sorting centre|delivery office)',
        '(in|on) (route|delivery process|the delivery process) (with|to|by)?',
        '(already|now) flying (to you|your way)',
        '(on) (its|their) journey',
        '(is|are|now) in the (post|mail)',
        '(with|to) the (driver|courier|postman|postie) (now|today|already)',
        'on the (delivery|courier) (van|truck|lorry)',
        '(sent|posted|shipped) *{1,3} out (today|this morning|this afternoon|yesterday|earlier today)',
        "(tracking|tracking's|trackings) (has)? (gone|went) (live|active)",
        "(tracking's|trackings) (now)? (live|active|up)",
      ],
      // Who ships this kind of order, said to route the customer: "This order is packed and shipped by Kestrel's centre".
      unless: [
        '(this|these|the) (order|orders|item|items) (is|was|are|were|gets|get) *{0,3} (shipped|dispatched|despatched|fulfilled|sent) by',
      ],
      negatable: false,
    },
  ],
}

/**
 * Words that show the message has another point: a problem, a question, something the customer
 * must do or decide. A message with any of them is not "just an update" and is left alone.
 */
export const OTHER_PURPOSE_CUES = [
  'instead',
  'stock',
  'rather',
  'swap',
  'choose',
  'prefer',
  'option',
  'options',
  'adaptor',
  'adapter',
  'delay',
  'delayed',
  'delays',
  'late',
  'problem',
  'problems',
  'issue',
  'issues',
  'sorry',
  'apologise',
  'apologize',
  'apologies',
  'unfortunately',
  'address',
  'missing',
  'damaged',
  'damage',
  'wrong',
  'return',
  'returns',
  'refund',
  'cancel',
  'cancelled',
  'canceled',
  'replacement',
  'stuck',
  'lost',
  'held',
  'customs',
  'instructions',
  'availability',
  'change',
  'changed',
  'split',
  'separately',
  'separate',
  'partial',
  'failed',
  'attempt',
  'attempted',
  'collect',
  'signature',
  'asked',
  'requested',
  'request',
] as const

/** Requests that give a message another point: "please confirm the size", "can you check…". */
export const purposeLexicon: Lexicon = {
  name: 'no-unneeded-update/purpose',
  entries: [
    {
      match: [
        '(please|can you|could you|kindly|pls|would you|do you want to) (confirm|check|let me know|reply|tell me|choose|pick)',
        '(do|did|can|could|is|are|have|has|will|shall|should) (you|i|we) *{0,6} (need|want|like|prefer|have|still|be|get|use|send|change|add|swap)',
        '(which|what|when|where|how) (do|would|should|can|did|is|are) (you|your)',
        '(confirm|check) (your|the) (address|details|size|colour|color|order|postcode)',
        'let (me|us) know',
      ],
      // A stock closing offers help; it asks nothing: "let me know if there's anything else you need".
      unless: [
        "let (me|us) know if (there's|there is|theres|you need|you have|you've got|i can) (anything|any questions|any other|help)",
      ],
      negatable: false,
    },
    {
      // Any request to act on the order ("pls charge the battery a full 3 hrs before first flight").
      match: ['(please|pls|plz|kindly) *'],
      unless: [
        '(please|pls|plz|kindly) (note|be advised|be aware|find|see|track|follow|allow|enjoy|keep|expect|check the tracking|use the tracking|wait for|look out for|watch out for)',
        // A courtesy formula, no errand: "please accept our apologies for the wait".
        '(please|pls|kindly) (accept|excuse|forgive) (our|my|the)',
        // Help offered for a problem that may never come is no errand: "for any queries kindly
        // revert on this chat", "should anything seem amiss, please do reply to this message".
        // Only help here counts: "for any problem, please take it up with the carrier" is an errand.
        "(for|with|in case of|if you have|if there are|should you have|if there is|if you need) (any|anything) *{0,2} (queries|query|questions|question|concerns|concern|doubts|doubt|issues|issue|problems|problem|help|trouble|else) *{0,3} , (please|pls|kindly|just)? (do|don't hesitate to|do not hesitate to|feel free to)? (revert|reply|message|contact us|contact me|write|get in touch|let us know|let me know|reach out|drop us|drop me|ask|chat|ping)",
        "(if|should|in case) (anything|something|there is anything|there is something) *{0,2} (seem|seems|look|looks|is|be|goes|go|turns out|arrives) *{0,2} (amiss|wrong|off|damaged|not right|broken|missing|unclear) *{0,3} , (please|pls|kindly|just)? (do|don't hesitate to|do not hesitate to|feel free to)? (revert|reply|message|contact us|contact me|write|get in touch|let us know|let me know|reach out|drop us|drop me|tell us|tell me|ping)",
        // Waiting for what the update announces is no errand: "kindly be expecting the delivery agent's call".
        '(please|pls|plz|kindly) (be expecting|be on the lookout for|keep an eye out for|look forward to)',
        // Being there for the delivery the update announces: "kindly be available to receive it".
        '(please|pls|plz|kindly) be (available|around|home|at home|in|present|reachable) (to receive|to collect|to take|for|when)',
      ],
      negatable: false,
    },
  ],
}

/**
 * Words that answer the customer: thanks for their message or question, sympathy for what they
 * raised, "you asked". A message with none, sent where the context does not say whether it is a
 * reply, is one the seller starts.
 */
export const respondsLexicon: Lexicon = {
  name: 'no-unneeded-update/responds',
  entries: [
    {
      match: [
        '(thanks|thank you|thx|ty|cheers|many thanks) (so much|very much|again)? (for)? (your|ur|the) (message|msg|reply|email|question|query|note|patience|understanding|follow-up|follow up)',
        '(thanks|thank you|thx|ty|cheers|many thanks) (so much|very much)? for (getting in touch|reaching out|asking|checking|checking in|letting me know|letting us know|flagging|contacting|chasing|following up|writing|bearing with)',
        '(sorry|apologies) (to hear|about|for the|for this|that|you|it)',
        '(i|we) (understand|totally understand|completely understand|can see you|know you|hear you)',
        '(you|u) (mentioned|said|asked|wrote|were asking|were wondering|wanted to know)',
        '(as requested|as you requested|as asked|good question|great question|happy to help|in answer to|to answer your|regarding your|re your|further to your)',
      ],
      negatable: false,
    },
  ],
}
