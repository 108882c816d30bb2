import type { Lexicon } from '../../src/core.js'

/**
 * - `coupon`: discounts for future purchases ("10% off your next order").
 * - `couponCode`: "use code …", which only counts when a code follows ("use code SAVE10", not "use the code?").
 * - `crossSell`: other products, upgrades and subscriptions ("check out our other products").
 * - `newsletter`: mailing lists, loyalty clubs ("sign up for our newsletter").
 * - `sale`: sales, deals and urgency ("don't miss our summer sale", "shop now").
 * - `follow`: social follows ("follow us", "like us on Facebook").
 */
export type MarketingTag = 'coupon' | 'couponCode' | 'crossSell' | 'newsletter' | 'sale' | 'follow'

const PRODUCTS =
  '(products|items|range|ranges|collection|collections|store|shop|selection|listings|catalog|catalogue|line|designs|styles|bestsellers|best-sellers)'

/** Things a shop sells besides the order: what a cross-sell points to. */
const OFFERING =
  '(range|ranges|collection|collections|line|lines|designs|styles|products|items|stock|arrivals|flavours|flavors|scents|colours|colors|drop|drops|restock|restocks|release|releases|version|model|models|bundle|bundles|kit|kits|box|boxes|service|subscription|subscriptions|gift cards|gift card|gift vouchers|protection|warranty|plan|plans|accessories|accessory|set|sets|pieces)'

export const marketingLexicon: Lexicon<MarketingTag> = {
  name: 'no-marketing',
  classes: { offering: [OFFERING] },
  /** A discount given as an apology or for a review is a remedy or a review incentive, judged by those rules. */
  unless: [
    "(goodwill|inconvenience|for the trouble|to make up|make it up|apolog|once you've left|leave a review|left your review|your review|for a review|feedback)",
    // "…for your trouble", "to say sorry": the saving makes up for this order.
    '(for|with) (your|the|all the) (trouble|hassle|bother)',
    '(to|as a|as a little) (say sorry|sorry)',
    // The saving's condition is a review, however the review is described: "leave an honest review",
    // "anyone who leaves a 5-star review", "for every 5-star review".
    '(write|writes|wrote|writing|post|posts|posting|give|gives|giving|leave|leaves|leaving|left) (us|me)? (a|an|your|their)? *{0,2} (review|reviews|rating|ratings)',
    '(for|per|with) (every|each|any|a|your) *{0,2} (review|rating)',
    // A saving traded for a case: "if you call it off, I'll take 30% off", which escalate-instead judges.
    '(call|calling) (it|the chargeback|the dispute|the claim|the case|this) off',
    '(close|cancel|withdraw|drop|retract) (the|your|this) (chargeback|dispute|claim|case)',
  ],
  entries: [
    {
      tag: 'couponCode',
      match: [
        '(use|apply|enter|redeem) (the|this|our)? (code|coupon|voucher|promo|promo code|discount code|coupon code|voucher code)',
      ],
    },
    {
      tag: 'coupon',
      match: [
        'off your (next|future|first) (order|purchase|visit|item|shop|booking)',
        '(discount|coupon|voucher|code|money off) (for|on|off|towards|against) your (next|future) (order|purchase|visit|shop|booking)',
        "(here's|here is) (a|your|an|our) (exclusive|special)? (coupon|discount|voucher|promo code|discount code|code)",
        '(exclusive|special) (discount|discounts|coupon|coupons|code|codes|promotion|promotions)',
      ],
    },
    {
      tag: 'sale',
      match: [
        '(black friday|cyber monday|cyber week|prime day|boxing day|summer|winter|spring|autumn|holiday|christmas|flash|clearance|seasonal|annual|january|mid-season|big|huge|massive) (sale|sales|deals|event|offers)',
        '(the|our) best (deals|sales|offers|prices|bargains)',
        "(don't|do not) miss (out)? (on)? (our|the|this)? (sale|deal|deals|offer|offers|event)",
        '(exclusive|amazing|fantastic|incredible|unbeatable) (deals|offers|savings|prices)',
        '(check out|take a look at|browse) our (latest|new|current|amazing|great)? (deals|offers|sale|sales|promotions)',
        'limited (time|stock) (offer|offers|only|deal|deals)',
        '(while|whilst) (stocks|supplies) last',
        '(sale|offer|deal|promotion) (ends|ending) (soon|today|tonight|tomorrow|this|on|at|midnight)',
      ],
      // "Don't miss our summer sale" is still a sale pitch.
      negatable: false,
      // "A big rush after the holiday sale" explains a delay; it does not advertise.
      unless: ['(after|during|since|because of|from|with) (the|our|a|that) *{0,2} (sale|sales|deals|event)'],
    },
    {
      tag: 'sale',
      match: ['(shop|buy) now'],
      // The listing's own button, to finish the purchase the reply agrees to: "if thats ok just hit buy now".
      unless: ['(hit|press|click|tap|use|select) (the)? (buy now|buy it now)'],
      unlessScope: 'clause',
      negatable: false,
    },
    {
      // "Worth a look!" after a pitch; not a place to look for the parcel: "might be worth a peek outside".
      tag: 'crossSell',
      match: ['worth a (look|browse|peek)'],
      unless: [
        'worth a (look|peek) (outside|around|round|under|behind|in|by|with|next door|at your|on your|through your|in your)',
      ],
      unlessScope: 'clause',
    },
    {
      tag: 'crossSell',
      match: [
        `check out our *{0,2} ${PRODUCTS}`,
        `(browse|explore|shop) our *{0,2} ${PRODUCTS}`,
        `(take|have) a (look|peek|browse) (at|through) our *{0,2} ${PRODUCTS}`,
        'you (might|may|will|would) also (like|love|enjoy)',
        'you (might|may|would) also be interested in',
        '(might|may) be interested in our',
        '(other|similar|related|matching) (products|items) (you|that you) (might|may|will|would) (like|love|enjoy)',
        'customers who bought',
        'complete the look',
        '(upgrade|switch) to (our)? (premium|pro|plus|unlimited|prime|deluxe|gold)',
        'consider (upgrading|subscribing|buying|purchasing)',
        'consider (opening|starting) (a|an|your own)? * (store|shop)',
        'treat yourself',
        'why not (try|add|pick up|grab)',
        '(ad-free|ad free)',
        '(free|30-day|7-day|14-day|one-month|1-month) trial',
        'as little as',
        '(plans|subscriptions|memberships) (start|starting) (at|from)',
        'unlimited (skips|streaming|downloads)',
        // Cross-sells without a sales word: "you'd love the matching studs", "we also do matching seat covers".
        "(you'd|you would|you'll|you will|you might|you may) (also)? (love|like|enjoy|want) (the|our|a|some)? (matching|coordinating|other|new|same|complementary)",
        // "Need" names a want only with an add-on: "you'd need the other listing" sends a buyer whose part does not fit to the one that does.
        "(you'd|you would|you'll|you will|you might|you may) (also)? need (the|our|a|some)? (matching|coordinating|complementary)",
        "(we|we've|we have|we're|we are) (also)? (now)? (do|carry|sell|stock|make|offer|have|got|launched|added|dropped|released|got in|just got in) (the|a|an|some|our)? (matching|new|other|coordinating|whole|full)? *{0,2} (matching|coordinating) *? @offering?",
        '(we|i) (also|now) (do|carry|sell|stock|make|offer|have) *{0,3} @offering',
        '(matching|coordinating) *{0,2} (too|as well)',
        '(lots of|many|most) (people|customers|buyers) (who|that) (bought|buy|ordered|order|picked|pick)',
        '(also|often) (pick up|buy|add|grab|order) the (matching|coordinating)',
        '(have|take) a (browse|look|peek) (on|at|around|through) (our|the) (shop|store|page|site|website|storefront|range|collection)',
        // Not "if you want me to check whether the pro size is back": the seller's errand for the customer.
        'if you (ever)? (want|need|upgrade|fancy|like|enjoyed) (to)? (try|get|grab|upgrade to|go for|have|add|switch to|move to)? (our|the) *{0,2} (version|range|box|service|subscription|club|pro|plus)',
        '(the|our) (pro|plus|premium|deluxe|max|ultra|bigger|larger) (version|model|edition) (has|is|comes|gives)',
        '(you can|you could|why not|just) (add|get|grab) (our|the|a) *{0,3} (protection|warranty|plan|cover|insurance|bundle|upgrade)',
        "(is|are|now|'s|it's) (up|available|open) for pre-order",
        '(pre-order|preorder|pre order) (now|today|it|yours|is open|is live)',
        '(early birds|early bird) (get|price|pricing|offer|discount)',
        '(launch|introductory|intro) (price|offer|pricing|discount)',
        '(sample|samples) of our (new|latest)',
        'full size is (on|in|available)',
        '(new|latest) @offering (is|are|just|has|have)? (out|in|live|up|landed|dropped|arrived|launched|available)',
        '(just|now|finally) (launched|dropped|landed|released|added|restocked|arrived) (a|our|the|some)? (new)? *{0,3} @offering',
        '(launched|dropped|landed|released|added) (a|our|the|some)? (new|brand new) *{0,2} @offering',
        '(winter|summer|spring|autumn|fall|christmas|holiday|new|spring/summer|autumn/winter) (range|collection|line|drop|edit) *{0,2} (dropped|landed|launched|arrived|out|live|in)',
        '(launched|dropped|added|got in|released) (a|an|some|the|our)? (matching|coordinating) *',
        "(don't forget|remember|just so you know) (that)? (we|we're|we are) (also)? (do|offer|sell|make|on)",
        // "we have" as a verb of owning, not a perfect: "just so you know we have taken it to our tailor".
        "(don't forget|remember|just so you know) (that)? we (also)? have (a|an|some|loads|lots|plenty|new|got|other|more|matching|another|the|our)",
        '(we|i) (also)? do (gift wrapping|gift-wrapping|engraving|personalisation|personalization|monogramming|custom orders|bundles|gift sets|gift boxes)',
        '(gift cards|gift card|gift vouchers|gift voucher) (make|are|is) (a|the)? (lovely|great|perfect|ideal)',
        'last-minute (present|gift|presents|gifts)',
        // A new line of the shop, however it is announced: "our new honey and oat range is gorgeous".
        'our (new|latest|seasonal|autumn|winter|summer|spring|christmas) *{0,3} (range|ranges|collection|collections|line|lines|designs|styles|arrivals|flavours|flavors|scents|colours|colors|glazes|drop)',
        '(come|comes|available|now) in (2|3|4|5|6|7|8|10|12|two|three|four|five|six|seven|eight|several|more|loads of|lots of|a few) new (colours|colors|designs|styles|scents|flavours|flavors|sizes|patterns|shades)',
        // Loyalty, subscriptions, referrals and bundles.
        "(you've|you have|youve) (now)? (earned|got|collected|unlocked) *{0,2} (points|rewards|stamps|credit)",
        '(eligible|qualify|qualified) for (our|the) *{0,3} (club|programme|program|membership|rewards|loyalty|vip|scheme)',
        '(double|triple|bonus|extra) (points|rewards|stamps)',
        '(subscribe|subscription|subscribing) *{0,6} (save|saves|saving|%|discount|off)',
        '(the|a|your) (2nd|second|3rd|third|4th|fourth) (one|item|pair|bar|bottle) (is)? (half price|free|half-price|50% off)',
        '(bundle|multi-buy|multibuy|group) (price|prices|deal|discount|offer|rates)',
        '(special|discounted|reduced|trade|loyalty) (price|discount|rate) (for|on) (your)? (next|future|another)',
        '(gift cards|gift card|gift vouchers|gift voucher) (from|starting at|starting from)',
        // Services and add-ons: "we also offer hand engraving", "we recommend adding our care plan".
        "(we|we're|we are|we've|we have) (also|now)? (offer|do|run|hire out|added|launched|started) *{0,4} (workshop|workshops|classes|class|repairs|engraving|care plan|hire|rentals|hoodies|tote bags)",
        // Running classes, not running behind "in the workshop": a determiner or a kind comes first.
        "(we're|we are) (also|now)? running (a|an|our|some|regular|monthly|weekly|weekend|evening|beginner|beginners|pottery|craft|sewing|knitting|baking|candle|cookery|painting) *{0,2} (workshop|workshops|classes|class)",
        '(we|i) (recommend|suggest) (adding|getting|buying|upgrading)',
        '(worth|worth it) (checking|popping|coming) back',
        '(visit|see|check) (our|the) (store|shop|storefront) (page)?',
      ],
    },
    {
      // What other buyers do: "most customers also replace the top mounts", "a lot of our customers
      // swear by". Not sizing advice: "for a UK 7, most customers go for a 7.5".
      tag: 'crossSell',
      match: [
        '(most|lots of|a lot of|alot of|many|plenty of) (of our)? (customers|people|buyers|shoppers) (also|swear by|love|recommend|pick up|go for|add)',
        // The habit that sells the extra: "most customers replace the discs at the same time".
        '(most|lots of|a lot of|alot of|many|plenty of) (of our)? (customers|people|buyers|shoppers) (replace|buy|get|order|grab|swap|change|upgrade|fit) *{1,4} (at the same time|too|as well|alongside|together|while they are at it)',
      ],
      unless: [
        '(size|sizes|sizing) (up|down)',
        'a size (up|down|bigger|smaller|larger)',
        'half a size',
        '(for|with|at) a (uk|us|eu|au|size) *',
        '(go|went|going) for (the|a) (next|bigger|smaller|larger)? size',
      ],
    },
    {
      tag: 'sale',
      match: [
        '(this|next) (week|weekend|month) only',
        '(today|tonight) only',
        'buy (any)? * (get|and get) * (free|half price)',
        '(orders|spend|everything) over * (ship|ships|get|gets|for) (free|free shipping|free delivery)',
        '(ship|ships) free (over|on orders over)',
        '(our|the) prices are going up',
        '(great|good|perfect) time to (stock up|buy|order|treat yourself)',
        'stock up (on|now|before)',
        '(offer|offers|sale|sales|deal|deals|promotion|promotions|discount|discounts|specials|markdowns) (is|are) (now)? (live|on|running)',
        '(flat|up to|extra) * (off|discount)',
        '(clearance|bargain|outlet|sale) (corner|section|rail|bin|page)',
        '(black friday|cyber monday|boxing day) (is)? (coming|soon|around the corner|here|starts)',
        // A teaser for what is coming, not "watch this space" after news about the order.
        'keep (your|ur) eyes peeled',
        '(watch this space|stay tuned) (for)? (our|new|more|upcoming|fresh|exciting|big|some|the next|the new)',
        'big (stuff|things|plans) (planned|coming)',
      ],
      negatable: false,
    },
    {
      tag: 'newsletter',
      match: [
        '(loyalty|rewards|vip|insider|members|member|stamp) (club|card|scheme|programme|program|list)',
        '(stamps|points) (into|in|on) (our|your) (loyalty|rewards|stamp)',
        "(i've|we've|i have|we have) added you to (our|the) (vip|mailing|email|insider|customer)? (list|club)",
        '(first|the first) to (hear|know|see) about',
        '(members|subscribers|insiders) (of our|get|see|can)',
        '(subscribe|sign up) (and|&) save',
        '(subscribe|sign up) (to|for) (our|the|a)? *{0,2} (subscription|box|club|plan)',
        '(a|our) * (of the month|subscription|sub) (box|club)?',
        '(ships|delivered|arrives) (monthly|every month|every four weeks|every 4 weeks)',
        '(referral|refer-a-friend|refer a friend) (code|link|scheme|programme|program|bonus|discount)',
        "(if you know|if any|know anyone|tell your) *{0,3} (friends|anyone|someone|family|mates|people) *{0,4} (send them our way|fancy|who'd like|who would like|refer|code)",
        'send them our way',
        '(give|pass) (them|it) your (referral|friend) (code|link)',
      ],
    },
    {
      tag: 'newsletter',
      match: [
        '(sign up|subscribe|join|register) (for|to)? (our)? (newsletter|newsletters|mailing list|email list|vip club|loyalty programme|loyalty program|rewards programme|rewards program)',
        'our (newsletter|mailing list)',
        '(earn|collect) (points|rewards|loyalty points) (on|with|when|every)',
      ],
    },
    {
      tag: 'follow',
      match: [
        'follow us',
        'give (us|me) a follow',
        '(give|hit) (the shop|our shop|the page|our page|the store|our store) a (follow|like|heart)',
        'like us on',
        '(find|join|connect with) us on',
        '(check|look) us out on',
        'tag us (in|on)',
        '(join|visit) our (community|facebook group|group|channel)',
        'subscribe to our (channel|youtube|page)',
        'stay (connected|in touch) (with us)? on',
        '(hit|tap|click|press) (the)? (follow|subscribe|heart|favourite|favorite) (button)?',
        '(follow|favourite|favorite|heart) (our|the) (shop|store|page|profile)',
        '(worth|good idea|best) (keeping|to keep) an eye (out|on)',
        'keep an eye on (our|the) (shop|store|page|profile|listings|instagram|insta)',
        "you'll get a (ping|notification|notice|alert) (whenever|when|every time)",
        "(we're|we are|i'm|i am|find us|catch us) on (insta|instagram|tiktok|facebook|fb|pinterest|youtube|twitter|x) (as|at)?",
      ],
      // "Follow us and DM your order number" is the channel's mechanics, not promotion.
      unless: ['(dm|dms|direct message|private message|message us)'],
    },
  ],
}

/**
 * How a customer hears from the shop, by any channel: asked for a newsletter or restock alerts, an
 * answer that points to following the shop answers them, and the other way round.
 */
const HEAR_FROM_US = [
  'newsletter',
  'mailing',
  'subscribe',
  'emails',
  'updates',
  'list',
  'follow',
  'restock',
  'restocks',
  'notified',
  'notify',
  'alerts',
]

/**
 * A customer asking whether an item will be back ("will the size 10 come back?", "any chance it's
 * back in stock soon?"): a follow or a restock alert answers them.
 */
export const ASKED_ABOUT_RESTOCK =
  /\b(?:(?:come|comes|coming|be|get|getting) back|back in(?: stock)?|available again|in stock again|restock(?:ed|ing)?)\b/i

/**
 * What the customer's own message may have asked about. When `context.customerMessage` holds
 * one of these words, answers on that topic are not marketing.
 */
export const TOPIC_WORDS: Readonly<Record<MarketingTag, readonly string[]>> = {
  couponCode: ['discount', 'discounts', 'coupon', 'coupons', 'code', 'codes', 'promo', 'voucher', 'vouchers'],
  coupon: [
    'discount',
    'discounts',
    'coupon',
    'coupons',
    'code',
    'codes',
    'promo',
    'promotion',
    'voucher',
    'vouchers',
    'offer',
    'offers',
    'deal',
    'deals',
    'sale',
    'cheaper',
    'price',
    'prices',
    'off',
    '%',
  ],
  sale: [
    'sale',
    'sales',
    'deal',
    'deals',
    'offer',
    'offers',
    'discount',
    'discounts',
    'black',
    'cyber',
    'price',
    'prices',
    'cheaper',
    'bargain',
    'promotion',
    'promo',
  ],
  crossSell: [
    'discount',
    'discounts',
    'deal',
    'deals',
    'bundle',
    'price',
    'product',
    'products',
    'item',
    'items',
    'recommend',
    'recommendation',
    'recommendations',
    'suggest',
    'similar',
    'other',
    'alternative',
    'alternatives',
    'range',
    'stock',
    'sell',
    'upgrade',
    'plan',
    'plans',
    'subscription',
    'premium',
    'membership',
    'trial',
    'ads',
    'store',
    'shop',
  ],
  // "Do you ever have sales?" (not "sale items"): how to hear of one answers it.
  newsletter: [...HEAR_FROM_US, 'club', 'loyalty', 'rewards', 'sales'],
  follow: [
    ...HEAR_FROM_US,
    'sales',
    'instagram',
    'facebook',
    'twitter',
    'tiktok',
    'youtube',
    'social',
    'page',
    'channel',
    'community',
  ],
}
