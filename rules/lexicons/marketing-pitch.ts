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
  /\b(?:how much|price|prices|cost|costs|extra|do you (?:do|have|sell|offer|make|stock|carry|ship)|any (?:other|more)|anything (?:else|similar))\b/i

export const PRICE_IN_FIGURES =
  /(?:[£$€₹]|\b(?:rs\.?|inr|usd|aud|cad|eur|gbp))\s?\d|\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|euros?\b|quid\b|bucks\b|dollars\b|pounds\b)/i

/** Things a shop sells besides this order. */
const GOODS =
  '(range|ranges|collection|collections|line|lines|designs|styles|products|items|stock|arrivals|flavours|flavors|scents|colours|colors|colourways|colorways|shades|patterns|prints|varieties|drop|release|version|versions|edition|editions|model|models|bundle|bundles|kit|kits|box|boxes|set|sets|pieces|catalogue|catalog|club|subscription|service|services|workshop|workshops|classes|accessories|bits|goodies|treats|stuff)'

export const pitchCueLexicon: Lexicon<PitchCue> = {
  name: 'no-marketing/pitch-cues',
  classes: { goods: [GOODS] },
  /** A saving given for the trouble or for a review is judged by the refund and review rules. */
  unless: [
    '(goodwill|inconvenience|for the trouble|to make up|make it up|apologise|apologize|apologies|sorry|compensation|refund|refunded|partial|review|feedback|rating)',
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
    },
    {
      tag: 'price',
      match: [
        '(half price|half-price|half off|price drop|reduced|discounted|on offer|on sale|sale price|bargain|bargains|cheaper|cheapest|save|saving|savings|free shipping|free delivery|free postage|free gift|free tote|free sample|free samples|freebie|giveaway|give away|giving away|prize|raffle|draw|trade in|trade-in|cashback|cash back)',
        '(win|winning) (a|an|one|the)',
        '(for|at) (just|only)',
        'off (anything|everything|any|all|the whole|your)',
        '(get|gets|with) (a|one|another|the second|the 2nd) * free',
        '(markdowns|markdown|reductions|clearance sale|clearance prices|clearing out|sale price|sale prices|members pricing|member pricing|members prices|trade price|wholesale price)',
        '(is|are|all|everything|gear) (now)? (reduced|marked down|discounted)',
        '(under|less than|just over) (a|an) (fiver|tenner|quid|pound|dollar|euro|buck)',
        '(a|one|the) (fiver|tenner) off',
        '(for|at) the price of (one|two|three|1|2|3)',
        '(works out|work out|working out) (cheaper|better value)',
        '(cheaper|better value) (than|per|in a|in pairs|when|if)',
        '(orders|purchases|stamps|points) away from (a|your)',
      ],
    },
    {
      tag: 'novelty',
      match: [
        '(new|newest|latest|brand new|fresh|seasonal|limited|exclusive) @goods',
        "(new|newest|latest) (autumn|winter|spring|summer|christmas|festive|holiday|season|seasons|season's)",
        '(just|finally|newly) (landed|dropped|launched|released|restocked|added|listed|live|out|up|in|here)',
        '(now) (live|out|available|in stock|on sale|listed)',
        '(went|go|goes|gone|going) (up|live|online|on sale) (this|today|yesterday|last|on|at|tonight|tomorrow|next)',
        "(is|are|'s) (finally)? (out|live|here|available|in stock) now",
        '(out|live|available|in) now',
        'back in stock',
        'restocked',
        'coming (soon|next week|next month|this week|this month|shortly)',
        '(limited|small) (numbers|edition|run|batch|quantities|stock)',
        '(first|the first) * (customers|orders|people|buyers)',
        "(don't|do not|dont) (hang about|wait too long|miss out|leave it too long)",
        '(only|just) * (left|remaining)',
        '(launching|launch|launches|debuting|unveiling) (a|an|our|the|some|new|next)',
        '(sneak peek|first dibs|first look|early access|before anyone else|before everyone else)',
        '(the)? next (batch|drop|release|run|collection|range) (of)?',
        '(till|until|til|ends|ending) (sunday|monday|tuesday|wednesday|thursday|friday|saturday|midnight|tonight|the weekend|the end of the month|the end of the week)',
      ],
    },
    {
      tag: 'invitation',
      match: [
        "(you'd|youd|you would|you'll|youll|you will|you might|you may) (probably|definitely|totally|really|also|absolutely)? (love|adore|enjoy|fancy)",
        "(if|since|as) (you|youre|you're|u) (liked|like|love|loved|enjoyed|enjoy|are enjoying|'re enjoying|fancy|are decorating|'re decorating|are after|'re after|'ve got any other|have any other|got any other)",
        'if you fancy',
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
        '(want|fancy) (first dibs|a sneak peek|one|some|a spare)',
        '(if|when) (you|u) (switch|sign up|subscribe|join|upgrade|reorder|re-order)',
        'stock up',
        'come (follow|join) (along|us)',
      ],
    },
    {
      tag: 'offering',
      match: [
        '(we|i) (also|now)? (do|sell|offer|make|stock|carry|run|have|got) *{0,4} (too|as well|now)',
        '(we|i) (also|now) (do|sell|offer|make|stock|carry|run|have|got)',
        "(we're|were|we are|i'm|im|i am) (also|now)? (doing|running|selling|offering|stocking|launching|hosting|having)",
        "(our|the shop's|the store's) *{0,2} (club|subscription|catalogue|catalog|box|membership|workshop|workshops|classes|newsletter)",
        '(we|i) can (also)? add',
        '(for|at) an extra',
        '(extended|accidental damage|damage|care|protection) (cover|warranty|plan)',
        '(gift wrap|gift-wrap|gift wrapping|gift box|wax seal|engraving|personalisation|personalization) (for|at|is|costs)',
        '(mystery|surprise|sample|starter|gift) (box|boxes|bundle|set|pack)',
        '(our|the) (other|sister|second) (shop|store|brand|range|line)',
        '(we|i) (run|host|hold|teach|offer|do) (beginner|beginners|weekly|monthly|regular|evening|weekend|private)? (classes|workshops|evenings|sessions|courses|lessons)',
        '(we|i) can (also)? (engrave|laser-engrave|personalise|personalize|customise|customize|monogram|embroider|gift wrap|gift-wrap)',
        '(we|i) also (recondition|restore|repair|refurbish|clean|service|upholster|engrave|personalise|personalize|print|frame)',
        '(lots|heaps|loads|plenty|most|many) of (our)? (customers|buyers|people|regulars) (grab|buy|get|add|order|pick up|come along|come back|go for)',
        '(auto-delivery|auto delivery|autoship|subscribe and save|subscription option|refill pouches|refill pouch|refills)',
        '(insiders|insider|vip|loyalty) (circle|club|list|perks|pricing|scheme)',
        'members (circle|club|list|perks|scheme)',
      ],
    },
  ],
}
