import type { Lexicon } from '../../src/core.js'

/**
 * A sales pitch rarely uses a sales word. It is recognised by what it is made of: an aside that
 * turns away from the order, a price or a saving, something new or for a limited time, an
 * invitation to want or add something, or the shop's other offerings. One of these alone is
 * ordinary order talk ("the new one left today", "postage was £3.50"); two kinds in one sentence
 * are a pitch ("Psst, the matching studs went up this morning", "we also do fencing panels now,
 * same quick delivery").
 *
 * - `aside`: a turn away from the order ("by the way", "while I have you", "P.S.").
 * - `price`: money, saving or winning, in words ("half price", "a giveaway"); amounts and
 *   percentages in figures are found in the text (see {@link PRICE_IN_FIGURES}).
 * - `novelty`: something new, back, coming or scarce ("just landed", "coming next week").
 * - `invitation`: wanting, adding, trying, coming back ("you'd love", "if you fancy").
 * - `offering`: what else the shop sells or runs ("we also do", "our plant club").
 */
export type PitchCue = 'aside' | 'price' | 'novelty' | 'invitation' | 'offering'

/** "£9.99", "$50", "15%", "100 euros": an amount or a percentage written in figures. */
/**
 * A customer who asks what something costs or whether the shop has it may be answered with a
 * price and the thing itself: "Do you have earrings to match? How much?".
 */
export const ASKED_ABOUT_GOODS =
  /\b(?:how much|price|prices|cost|costs|extra|(?:do|will|would|can|could) (?:you|u) (?:do|have|sell|offer|make|stock|carry|ship|get|be getting|be stocking|restock)|(?:are|r) (?:you|u) (?:getting|stocking|restocking|bringing|having|doing)|any (?:other|more|chance)|anything (?:else|similar)|(?:back )?in stock|restock|restocking|pre-?orders?)\b/i

export const PRICE_IN_FIGURES =
  /(?:[£$€₹]|\b(?:rs\.?|inr|usd|aud|cad|eur|gbp))\s?\d|\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|euros?\b|quid\b|bucks\b|dollars\b|pounds\b)/i

/** Things a shop sells besides this order. */
const GOODS =
  '(range|ranges|collection|collections|line|lines|designs|styles|products|items|stock|arrivals|flavours|flavors|scents|colours|colors|colourways|colorways|shades|patterns|prints|varieties|drop|release|version|versions|edition|editions|model|models|bundle|bundles|kit|kits|box|boxes|set|sets|pieces|catalogue|catalog|club|subscription|service|services|workshop|workshops|classes|accessories|bits|goodies|treats|stuff)'

/** Occasions a shop sells for: "perfect for anniversaries", "a lovely present". */
const OCCASION =
  "(birthday|birthdays|bday|anniversary|anniversaries|anniversarys|christmas|xmas|gifts|gifting|presents|present|weddings|wedding|mother's day|father's day|valentine's|valentines|diwali|eid|the holidays|stocking fillers|secret santa|teachers)"

export const pitchCueLexicon: Lexicon<PitchCue> = {
  name: 'no-marketing/pitch-cues',
  classes: { goods: [GOODS], occasion: [OCCASION] },
  /** A saving given for the trouble or for a review is judged by the refund and review rules. */
  unless: [
    '(goodwill|inconvenience|for the trouble|to make up|make it up|apologise|apologize|apologies|sorry|compensation|refund|refunded|partial|review|feedback|rating)',
    '(for|with) (your|the|all the) (trouble|hassle|bother)',
    // A saving handed to this customer is a remedy, not a pitch: "a voucher added to your account".
    '(send|sending|give|giving|add|added|adding|apply|applied|pop|popped|put) *{0,4} (you|your account|on your account|to your account)',
    '(your|a) (store|account) credit',
    '(thankyou|thank you|thanks) for (being|your) (so)? (patient|patience|understanding)',
  ],
  entries: [
    {
      tag: 'aside',
      match: [
        'by the way',
        'btw',
        '(p.s.|ps|p.s|pps|psst|pssst)',
        "(while|whilst) (i|i've|ive|i have) (got)? you",
        "(while|whilst) (you're|you are|youre) here",
        '(fun fact|quick one|top tip|tip)',
        'one more thing',
        'random one',
        'side note',
        'on a (separate|different|lighter|happier) note',
        'just so you know',
        '(fyi|heads up|heads-up)',
        'oh and',
        'little (thank you|treat|extra)',
        "in case (you are|you're|youre) interested",
        "(if|in case) (you|youre|you're) (ever)? (interested|curious)",
        'not (sure|certain) if you (know|knew|saw|have seen|spotted)',
        'did you know',
        'just saying',
        '(quick|little|small|handy|pro) tip',
        'tip for next time',
        "not sure if (you|you've|youve|you have) (heard|seen)",
        'remember (that)? (we|i)',
      ],
      // A heads-up about the customer's own order turns to it, not away: "just so you know, your
      // earrings have been dispatched", "heads up ur necklace hasn't gone out yet".
      unless: [
        "(just so you know|just so u know|fyi|heads up|heads-up) , (your|ur|yours|we're|were|we are|i'm|im|i am|the order|your order|it|it's|its|they|they're)",
      ],
    },
    {
      tag: 'price',
      match: [
        '(half price|half-price|half off|price drop|reduced|discounted|on offer|on sale|sale price|bargain|bargains|cheaper|cheapest|save|saving|savings|free shipping|free delivery|free postage|free gift|free tote|free sample|free samples|freebie|giveaway|give away|giving away|prize|raffle|draw|trade in|trade-in|cashback|cash back|clearance|clear-out|clearout|closing down|stock take sale)',
        '(win|winning) (a|an|one|the)',
        '(earn|earns|earning|collect|collects|collecting) (reward|loyalty|bonus)? points',
        '(for|at) (just|only)',
        'off (anything|everything|any|all|the whole|your)',
        '(get|gets|with) (a|one|another|the second|the 2nd) * free',
        '(markdowns|markdown|reductions|clearance sale|clearance prices|clearing out|sale price|sale prices|members pricing|member pricing|members prices|trade price|wholesale price)',
        '(is|are|all|everything|gear) (now)? (reduced|marked down|discounted)',
        '(under|less than|just over) (a|an) (fiver|tenner|quid|pound|dollar|euro|buck)',
        '(a|one|the) (fiver|tenner) off',
        '(for|at) the price of (one|two|three|1|2|3)',
        '(works out|work out|working out) (cheaper|better value)',
        // A price compared with elsewhere: "20% below the high street", "you'd pay double in the shops".
        '(below|under|cheaper than|less than|beats|beating|half) (the)? (high street|shops|rrp|retail|retail price|elsewhere|anywhere else|the big stores|amazon|ebay|the supermarkets)',
        "(you'd|you would|you'll|you will|you'd normally|people) (pay|spend) (double|twice|triple|more|a lot more|way more|much more)",
        '(cheaper|better value) (than|per|in a|in pairs|when|if)',
        '(orders|purchases|stamps|points) away from (a|your)',
        // Value said without a figure: "going for a song", "mates rates", "way better value", "half the price".
        '(good|great|very good|best|trade|mates|special|keen|low|sharp|friendly|silly) (price|prices|rates|rate|deals)',
        'going (cheap|for a song|for peanuts|for next to nothing|for pennies)',
        '(way|much|far|great|good|better|best) value',
        '(half|a fraction of|fraction of) the (price|cost)',
        '(ship|ships|shipping|goes|go|comes|come|posts) free',
        '(shipping|postage|delivery) (is|are|goes)? (free|on us) (over|above|on orders|when you spend|if you spend)',
        '(specials|price cuts|prices cut|prices slashed|knockdown|knock-down|reduced to clear)',
        '(is|are|all|everything) (just)? (a|one) (tenner|fiver)',
        'spend (another|just|only|over)',
      ],
    },
    {
      // Stock news is the customer's own order's status when their order follows from it: "the gift
      // set is back in stock, so your order is being packed today".
      tag: 'novelty',
      match: ['back in stock'],
      unless: [
        '(so|and|which means) (your|ur) (order|item|parcel|package|one)',
        // Checking stock for what the customer asked for: "want me to check whether the pro size is back in stock".
        '(check|see|find out|look|ask) (if|whether) *{0,4} (is|are)? back in stock',
      ],
    },
    {
      tag: 'novelty',
      match: [
        '(new|newest|latest|brand new|fresh|seasonal|limited|exclusive) @goods',
        "(new|newest|latest) (autumn|winter|spring|summer|christmas|festive|holiday|season|seasons|season's)",
        '(just|finally|newly) (landed|dropped|launched|released|restocked|added|listed|live|out|up|in|here)',
        // A restock as a date to watch: "we restock every friday at 7pm".
        '(restock|restocks|restocking|drop|drops) (every|each|on|this|next|at)',
        // With what is restocked between: "we restock the rare aroids most Fridays".
        '(restock|restocks|restocking) *{0,4} (every|each|most|weekly|monthly|fortnightly)',
        '(now) (live|out|available|in stock|on sale|listed)',
        '(went|go|goes|gone|going) (up|live|online|on sale) (this|today|yesterday|last|on|at|tonight|tomorrow|next)',
        "(is|are|'s) (finally)? (out|live|here|available|in stock) now",
        '(out|live|available|in) now',
        '(while|whilst) (you can|they last|stocks last|it lasts)',
        '(bestselling|best-selling|best selling|bestseller|bestsellers|best seller|best sellers)',
        '(going|selling|flying) (fast|quickly|out fast|off the shelves)',
        'back in (every|all|your|most) (size|sizes|colour|colours|color|colors)',
        'restocked',
        'coming (soon|next week|next month|this week|this month|shortly)',
        '(limited|small) (numbers|edition|run|batch|quantities|stock)',
        '(first|the first) * (customers|orders|people|buyers)',
        "(don't|do not|dont) (hang about|wait too long|miss out|leave it too long)",
        '(only|just) * (left|remaining)',
        '(launching|launch|launches|debuting|unveiling) (a|an|our|the|some|new|next)',
        // Brought in new: "we have introduced premium sateen sheets", "at introductory prices".
        "(have|we've|just|recently|newly) introduced",
        '(introductory|launch) (price|prices|offer|offers|pricing|discount)',
        '(sneak peek|first dibs|first look|early access|before anyone else|before everyone else)',
        '(the)? next (batch|drop|release|run|collection|range) (of)?',
        '(till|until|til|ends|ending) (sunday|monday|tuesday|wednesday|thursday|friday|saturday|midnight|tonight|the weekend|the end of the month|the end of the week)',
        // Scarce: "come and check before e finish", "before they sell out".
        'before (e|they|stock|stocks|everything) (finish|finishes|runs out|run out|sells out|sell out|is gone|are gone)',
        'before it (sells out|runs out|is gone|finish|finishes)',
      ],
    },
    {
      tag: 'invitation',
      match: [
        "(you'd|youd|you would|you'll|youll|you will|you might|you may) (probably|definitely|totally|really|also|absolutely)? (love|adore|enjoy|fancy)",
        "(if|since|as) (you|youre|you're|u) (liked|like|love|loved|enjoyed|enjoy|are enjoying|'re enjoying|fancy|are decorating|'re decorating|are after|'re after|'ve got any other|have any other|got any other)",
        '(if|in case) you fancy',
        '(grab|snap up|nab|bag|get) (one|yours|some|it|them|a few) (while|before|now)',
        '(perfect|ideal|great|lovely|handy|brilliant) (for|as) (a|an)? @occasion',
        '(make|makes|made) (a|an|the)? (lovely|great|perfect|ideal|brilliant) *? (present|presents|gift|gifts|stocking filler|stocking fillers)',
        '(on|over on|via) (insta|instagram|tiktok|pinterest|our socials|socials|our instagram|our facebook|our tiktok)',
        '(share|recommend|tell) *{0,2} (our|the|my) (shop|store|page|listings)',
        '(every|each|any) (friend|mate|friends|mates) (you|who|that)',
        // The customer's tastes or gaps named to sell to them: "if ur into the y2k stuff", "if you're stuck for ideas".
        "(if|when|in case) (you're|youre|you are|your|ur|u r|you|u) (ever)? (into|stuck|short of|were after|are after|'re after|after)",
        '(if|when) (you|u) (add|grab|pick up|buy|order|get) (a|another|one|two|more|any|the|them|it|an)',
        '(anything|everything) (you|u) (add|order|buy|grab)',
        '(one|two|a couple) more (item|items|product|products)',
        'have you (seen|tried|checked out|spotted)',
        "(don't|do not) sleep on",
        'set (yourself)? a reminder',
        'tell your (mates|friends|family|pals)',
        "(if|in case) (you want|u want|you need|you fancy|you would like|you'd like) (anything|something|one|some|more) (personalised|personalized|custom|else|extra|similar)",
        'fancy (a|an|some|upgrading|completing|adding|treating|trying|getting|grabbing)',
        '(treat|spoil) (yourself|someone)',
        'complete the (set|look|collection)',
        '(pair|match|team) (it|them|this|that|the) *{0,3} with',
        '(so|and) you can match',
        '(upgrade|upgrading|top up)',
        '(next|future) (order|purchase|time|parcel|shop)',
        '(order|shop|buy) (again|more)',
        'the more you (buy|order|spend)',
        '(come|pop) (and)? (say hello|say hi|see us|visit|find us|down)',
        '(check|checking) (it|them|those|these) out',
        '(have|take) a (look|peek|browse|gander)',
        'would you like (to join|to get|to receive|to hear|to sign up|to add|me to add|me to send)',
        '(just)? (reply|say|message) (yes|the word)',
        '(worth|well worth) (a|checking|trying|grabbing|adding)',
        '(i|we) can (send|pop|add|throw|include) (you)? (one|a|some|it)? *{0,3} in your next (parcel|order)',
        '(right up your street|right up your alley|just your thing|your cup of tea)',
        '(pairs|pair|goes|go|works|work) (really|so|very|beautifully|perfectly)? (nicely|well|beautifully|perfectly|great) with',
        '(made|perfect|ideal) for (it|them|each other|your)',
        "in case (you need|you're after|youre after|you want|u need) (anything|something) (else|more)",
        "(if|when) (you're|youre|you are|ur|u r|you) (ever)? (after|looking for|in the market for) (one|some|another|a)",
        'say the word',
        '(come|pop|check) back (anytime|any time|soon|whenever|again)',
        '(want|fancy) (first dibs|a sneak peek|one|some|a spare)',
        // Asked whether they have joined yet, or singled out as past customers: "have you joined our
        // club yet?", "as a past customer you get first dibs".
        '(have you|did you|are you) (joined|signed up|subscribed|a member)',
        '(as|being) (a|an|one of our) (past|returning|loyal|valued|regular|previous|existing) (customer|customers|buyer|buyers|shopper)',
        '(if|when) (you|u) (switch|sign up|subscribe|join|upgrade|reorder|re-order)',
        'stock up',
        'come (follow|join) (along|us)',
        // "you might like our premium cleaning kit": the shop's own goods put to the customer's taste.
        '(you might|you may|u might|u may) (also|really)? like (our|these|this|my)',
        '(come|pop|stop) (and|by|in|round|over)? (check|see|have a look|take a look|browse|look)',
      ],
    },
    {
      tag: 'offering',
      // "we're running behind", "we're having problems": the shop's own trouble, not an offer.
      unless: [
        '(running|having|doing) (a bit|a little|slightly|really|very)? (behind|late|low|short|slow|slowly|badly)',
        '(running|having) (into|out of|delays|problems|issues|trouble|a delay|a backlog)',
        // However far: "we're running 2-3 weeks behind".
        '(running|doing) *{0,4} (day|days|week|weeks|month|months) (behind|late)',
      ],
      unlessScope: 'clause',
      match: [
        '(we|i) (also|now)? (do|sell|offer|make|stock|carry|run|have|got) *{0,4} (too|as well|now)',
        '(we|i) (also|now) (do|sell|offer|make|stock|carry|run|have|got)',
        "(we're|were|we are|i'm|im|i am) (also|now)? (doing|running|selling|offering|stocking|launching|hosting|having)",
        "(our|the shop's|the store's) *{0,2} (club|subscription|catalogue|catalog|box|membership|workshop|workshops|classes|newsletter)",
        '(we|i) can (also)? add',
        '(for|at) an extra',
        '(extended|accidental damage|damage|care|protection) (cover|warranty|plan)',
        '(gift wrap|gift-wrap|gift wrapping|gift box|wax seal|engraving|personalisation|personalization) (for|at|is|costs)',
        '(our|the) (other|sister|second) (shop|store|brand|range|line)',
        '(we|i) (run|host|hold|teach|offer|do) *{0,3} (classes|workshops|evenings|sessions|courses|lessons|tasters|nights)',
        '(we|i) can (also)? (engrave|laser-engrave|personalise|personalize|customise|customize|monogram|embroider|gift wrap|gift-wrap)',
        '(we|i) also (recondition|restore|repair|refurbish|clean|service|upholster|engrave|personalise|personalize|print|frame)',
        '(lots|heaps|loads|plenty|most|many) of (our)? (customers|buyers|people|regulars) (grab|buy|get|add|order|pick up|come along|come back|go for)',
        '(auto-delivery|auto delivery|autoship|subscribe and save|subscription option|refill pouches|refill pouch|refills)',
        '(insiders|insider|vip|loyalty) (circle|club|list|perks|pricing|scheme)',
        'members (circle|club|list|perks|scheme)',
        '(join|joining|joined|sign up for|signing up for|signed up for|become a member of|subscribed to) (the|our) *{0,2} (club|rewards|loyalty|vip|programme|program|membership|scheme)',
        '(other|more) (items|products|bits|pieces|stuff|designs|things|listings) (in|on|from|at) (our|my|the) (shop|store|page|stall)',
        // A community run by the shop: "a community of 5,000 plant lovers on Discord".
        '(a|our|the) *? (community|club|group) (of|for) *{0,4} (lovers|fans|makers|owners|buyers|customers|collectors|people|members)',
        '(gold|silver|platinum|vip) (tier|status|level|member|membership)',
        "(we|i|we've|i've|we have|i have) (also|now|just)? (have|got|stock|carry) (also)? *{0,2} (new|newest|latest)",
        '(we|i) (just|now|also)? (launched|added|started|introduced|brought out) *{0,4} (too|as well)',
        '(our|my) (other|refurbished|reconditioned|full|whole|entire|wider|pre-owned|seconds|outlet|sale|trade|e-gift|gift) (range|ranges|collection|stock|line|listings|cards|vouchers)',
      ],
    },
    {
      tag: 'offering',
      match: ['(mystery|surprise|sample|starter|gift) (box|boxes|bundle|bundles|set|sets|pack|packs)'],
      // The customer's own order, not one on offer: "your maple syrup gift box didn't make it out".
      unless: [
        '(your|ur|the) *{0,3} (mystery|surprise|sample|starter|gift) (box|boxes|bundle|bundles|set|sets|pack|packs)',
      ],
      unlessScope: 'clause',
    },
  ],
}
