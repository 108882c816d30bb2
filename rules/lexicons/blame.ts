import type { Lexicon } from '../../src/core.js'

/** Who the fault is put on. Decides the message and the neutral rewrite. */
export type PartyTag = 'carrier' | 'customs' | 'platform' | 'supplier' | 'colleague'

/**
 * How a fault phrase attaches to a party:
 * - `after`: it follows the party ("the courier **messed up**", "customs **always delays**");
 * - `before`: it precedes the party ("**caused by** the courier", "**blame** customs");
 * - `owned`: it follows a possessive party ("the courier's **fault**").
 */
export type FaultTag = 'after' | 'before' | 'owned'

/** Standalone blame: fault on the customer, disowning the problem, or disowning plus a redirect. */
export type StandaloneTag = 'customer' | 'disown' | 'redirect' | 'refuseHelp' | 'internal' | 'third'

/** Carriers by name. Lower case; a name is only blamed when a fault phrase is attached to it. */
export const CARRIER_NAMES = [
  'royal mail',
  'parcelforce',
  'ups',
  'fedex',
  'dhl',
  'usps',
  'hermes',
  'evri',
  'dpd',
  'yodel',
  'gls',
  'tnt',
  'aramex',
  'ontrac',
  'lasership',
  'purolator',
  'canada post',
  'australia post',
  'auspost',
  'an post',
  'la poste',
  'amazon logistics',
  'amzl',
] as const

export const partyLexicon: Lexicon<PartyTag> = {
  name: 'no-blame/parties',
  entries: [
    {
      tag: 'carrier',
      match: [
        '(courier|couriers|carrier|carriers|driver|drivers|postman|postmen|postie|mailman|mailmen)',
        "(courier's|couriers'|carrier's|carriers'|driver's|postman's|postie's|mailman's)",
        '(delivery|postal|logistics|courier) (company|companies|firm|service|guy|man|person|people|partner|team|driver|drivers)',
        '(shipping|freight) (company|companies|firm|carrier|partner|service)',
        "(delivery|shipping|postal|logistics|courier) (company's|firm's|service's|guy's|partner's|driver's)",
        "(post office|post office's|postal service|mail carrier|mail service)",
        `(${CARRIER_NAMES.join('|')})`,
        `(${CARRIER_NAMES.map((name) => `${name}'s`).join('|')})`,
      ],
      negatable: false,
    },
    {
      tag: 'customs',
      match: [
        'customs',
        'customs (office|officers|officials|department|authorities|authority|agents)',
        '(border force|border agency|border agents|the border)',
      ],
      negatable: false,
    },
    {
      tag: 'platform',
      match: [
        '(platform|marketplace)',
        "(platform's|marketplace's)",
        '(amazon|ebay|etsy|walmart|paypal|kingston express)',
        "(amazon's|ebay's|etsy's|walmart's|paypal's)",
      ],
      negatable: false,
    },
    {
      tag: 'supplier',
      match: [
        '(supplier|suppliers|manufacturer|manufacturers|factory|vendor|vendors|wholesaler|distributor)',
        "(supplier's|suppliers'|manufacturer's|factory's|vendor's|wholesaler's|distributor's)",
      ],
      negatable: false,
    },
    {
      tag: 'colleague',
      match: [
        '(warehouse|colleague|colleagues|coworker|coworkers|co-worker|co-workers)',
        "(warehouse's|colleague's|colleagues')",
        '(warehouse|shipping|dispatch|despatch|billing|returns|accounts|packing|tech|it|other) (team|teams|staff|department|guys|people)',
        "(warehouse|shipping|dispatch|billing|returns|packing) (team's|staff's|department's)",
        '(another|the other) (department|team)',
        '(head office|customer service|customer services|customer care|customer service staff|customer service team|customer service department)',
      ],
      negatable: false,
    },
  ],
}

const PERFECT = '(has|have|had|has just|have just)?'
const OBJECT = '(it|them|your|the|this|that|these|those|a|an|my|our)'

/** Fault phrases, matched next to a party (see {@link FaultTag}). */
export const faultLexicon: Lexicon<FaultTag> = {
  name: 'no-blame/faults',
  entries: [
    {
      tag: 'after',
      match: [
        `${PERFECT} (messed|screwed|mucked|cocked|fouled|stuffed) (it|things|this|that|everything)? up`,
        `${PERFECT} (made|make|makes|making) (a|an)? (mistake|mistakes|error|errors|mess|blunder|mix-up|hash)`,
        `${PERFECT} (got|get|gets|gotten) (it|this|that|things|your order|the order|the address) wrong`,
        `${PERFECT} dropped the ball`,
        `${PERFECT} (let|letting) (you|us|me|our customers) down`,
        `${PERFECT} (lost|damaged|broke|broken|smashed|crushed|misplaced|mishandled|misdelivered|misrouted|mislabelled|mislabeled) ${OBJECT}`,
        `${PERFECT} (failed|forgot|neglected) to`,
        `${PERFECT} (sent|delivered|took|shipped|brought) (it|them|your parcel|your package|your order) to the wrong`,
        `${PERFECT} (sent|delivered|shipped|packed|gave) (you|us|me)? the wrong`,
        "(didn't|did not|never|couldn't be|didn't even|did not even) (bother|bothered)",
        '(is|are|was|were) (to blame|at fault|the problem)',
        '(is|are|was|were) responsible for the (delay|mistake|problem|mix-up|damage|loss)',
        '(is|are|was|were|has been|have been|had been|being|keep being) (so|really|very|completely|totally|just|pretty)? (useless|hopeless|incompetent|terrible|awful|rubbish|unreliable|careless|lazy|clueless|a nightmare|a joke|a mess|the worst|notoriously slow)',
        '(always|constantly|forever|keep|keeps|kept|often|regularly|routinely) (~delay|~lose|~damage|~break|~misplace|~mishandle|~ignore|~mess|~screw|holding things up|hold things up|take forever|takes forever|get it wrong|gets it wrong|slow things down|slows things down)',
        '(never|rarely|seldom) (deliver|delivers|deliver on time|delivers on time|get it right|gets it right|answer|answers|bother|bothers|turn up|turns up)',
        '(is|are) (always|constantly|notoriously) (late|slow|delayed|losing|causing)',
        '(is|are) never on time',
      ],
      negatable: true,
    },
    {
      tag: 'before',
      match: [
        '(blame|blamed|blaming) (it on)? (the|our|your|their)?',
        '(caused|messed up|screwed up|lost|damaged|broken|mishandled|misplaced|misdelivered|crushed) by (the|our|your|their|a)?',
        '(fault|mistake|error|blame) (is|was|lies|lay|rests|sits) (with|on) (the|our|their)?',
        '(mistake|mistakes|error|errors|mix-up|screw-up|cock-up|negligence|incompetence|carelessness) (by|from|of|made by|on the part of) (the|our|their)?',
        '(mistake|mistakes|error|errors|mix-up) (was|were) (made|caused) by (the|our|their)?',
        '(caused by|due to|because of|thanks to) (a|an|the)? (miscommunication|mistake|mix-up|screw-up|error|blunder|failure|negligence) (between|by|from|of|at|with|on the part of) (the|our|their)?',
        "(it's|it is|it was|this is|this was|that's|that is|that was|thats|its) (all|entirely|completely|totally)? down to (the|our|their)?",
        '(is|are|was|were) (all|entirely|completely|totally|purely|solely)? (down to|the fault of) (the|our|their)?',
      ],
      negatable: true,
    },
    {
      tag: 'owned',
      match: ['(own)? (fault|mistake|error|problem|responsibility|screw-up|doing)'],
      negatable: true,
    },
  ],
}

const YOU = "(you|you've|you have|you had|you'd)"

/**
 * Fault phrases that stand on their own: fault put on the customer, and disowning the problem.
 * `refuseHelp` ("we can't help") only counts when the sentence also sends the customer elsewhere.
 */
export const standaloneBlameLexicon: Lexicon<StandaloneTag> = {
  name: 'no-blame/standalone',
  entries: [
    {
      tag: 'customer',
      match: [
        `${YOU} (entered|gave|given|typed|put|provided|selected|chose|chosen|picked|used|ordered|bought|supplied|listed|left) (us)? (a|an|the|your)? (wrong|incorrect|invalid|incomplete|old|outdated|bad)`,
        '(address|postcode|zip code|details|information) you (entered|gave|typed|provided|supplied|put in|used) (was|were|is|are) (wrong|incorrect|invalid|incomplete|outdated)',
        `${YOU} (didn't|did not|failed to|forgot to|neglected to) (read|check|enter|provide|include|collect|pick up|respond to|reply to|answer|update|select|choose|follow|measure|open the door|come to the door|sign for it)`,
        `${YOU} never (read|checked|entered|provided|included|collected|picked up|responded|replied|answered|updated|selected|followed|measured|signed for it)`,
        `${YOU} (used|installed|fitted|washed|assembled|stored|set up) (it|them|the item|the product) (wrong|wrongly|incorrectly|improperly)`,
        "(you're|you are|you've been|you have been) (using|installing|fitting|washing|assembling|storing) (it|them) (wrong|wrongly|incorrectly|improperly)",
        "(you|you'd) must have (entered|given|typed|put|provided|selected|ordered|chosen|used|picked) (a|an|the|your)? (wrong|incorrect|invalid|incomplete|old)",
        "(because|since) (you|you're|you were) (not|weren't|wasn't) (home|in|available|there|around)",
        "(because|since) you (weren't|wasn't|aren't) (home|in|available|there|around)",
        "(it's|it is|it was|this is|this was|that's|that is|that was|thats|its) (all|entirely|completely|totally)? (your|the customer's|the buyer's) (own)? (fault|mistake|error|problem|responsibility)",
        "(due to|because of|caused by) (your|the customer's|the buyer's) (own)? (mistake|error|fault|carelessness|negligence)",
      ],
      unless: [
        "if (you|you've|you're|your)",
        'in case (you|your)',
        'whether (you|your)',
        'unless (you|your)',
        '(did|have|had|could|were|was|is|are) (you|your)',
        'might have',
        'may have',
      ],
      negatable: true,
    },
    {
      tag: 'disown',
      match: [
        "(not|isn't|is not|wasn't|was not|aren't|are not|'s not|ain't) (really)? (my|our) (problem|problems|fault|issue|responsibility|concern|department|job|area|business|headache)",
        '(not|nothing) to do with (us|me|our company|our store|our shop)',
        "(there's|there is|there was|theres) (really)? (nothing|not much|not a lot|little) (more)? (that)? (we|i) (can|could) (do|say)",
        '(nothing|not much) (more)? (that)? (we|i) can do',
        "(we|i) (can't|cannot|can not|couldn't) (do|be held) (anything|much|responsible) (about|for|with)",
        "(it's|it is|that's|that is|this is|thats|its) (all|entirely)? (their|his|her) (problem|responsibility|issue|headache|job now)",
        '(out of|beyond|outside|outside of) (our|my) (hands|control|remit)',
        '(we|i) (have|had) (no|zero) (control|say) (over|in)',
        "(we|i) (don't|do not|can't) control (what|how|when|the courier|the carrier|customs|delivery|deliveries)",
        "(we're|we are|i'm|i am|we|i) (not|aren't|am not) (responsible|liable|to blame|at fault|accountable)",
        "(don't|do not) blame (us|me)",
        'wash (our|my) hands of',
        "(we|i) (don't|do not|can't|cannot) (take|accept) (any)? (responsibility|blame|liability)",
      ],
      unless: ['(responsible|liable) for (any)? (customs|import|duty|duties|fees|charges|taxes|tax|vat)'],
      negatable: false,
    },
    {
      tag: 'redirect',
      match: ['(take|taking) (it|this|that|the matter|the issue|your complaint|this matter) up with'],
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
      tag: 'third',
      match: [
        "(they|they've|they have|they had) (really|clearly|totally|completely|obviously)? (messed|screwed|mucked|cocked) (it|things|this|that)? up",
        "(they|they've|they have) (really|clearly)? dropped the ball",
        "(it's|it is|it was|this is|this was|that's|that was|thats|its) (all|entirely|completely|totally)? their (fault|mistake|error|doing)",
        '(is|was|lies|sits) (on|at) their (end|side)',
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

/** Neutral rewrites per party, as data: "The courier messed up" -> a status with a next step. */
export const NEUTRAL_STATUS: Readonly<
  Record<PartyTag | 'customer' | 'disown' | 'redirect' | 'third', string>
> = {
  carrier: "The delivery didn't go as planned; we're looking into it with the courier",
  customs: "Customs checks can take longer than expected; we're keeping an eye on it and will update you",
  platform: "This didn't go as planned; we're looking into it and will update you",
  supplier: "The stock didn't arrive as planned; we're looking into it with our supplier",
  colleague: "We made a mistake on our side, and we're putting it right",
  customer: "Let's check the order details together so we can put this right",
  third: "This didn't go as planned; we're looking into it and will update you",
  disown: "I'm looking into this for you and will update you",
  redirect: "We'll follow this up for you and update you here",
}
