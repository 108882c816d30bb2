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
const WIDE = '(other|new|latest|full|whole|entire|wide|amazing|great)?'

export const marketingLexicon: Lexicon<MarketingTag> = {
  name: 'no-marketing',
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
        '(shop|buy) now',
        '(exclusive|amazing|fantastic|incredible|unbeatable) (deals|offers|savings|prices)',
        '(check out|take a look at|browse) our (latest|new|current|amazing|great)? (deals|offers|sale|sales|promotions)',
        'limited (time|stock) (offer|offers|only|deal|deals)',
        '(while|whilst) (stocks|supplies) last',
        '(sale|offer|deal|promotion) (ends|ending) (soon|today|tonight|tomorrow|this|on|at|midnight)',
      ],
      // "Don't miss our summer sale" is still a sale pitch.
      negatable: false,
    },
    {
      tag: 'crossSell',
      match: [
        `check out our ${WIDE} ${PRODUCTS}`,
        `(browse|explore|shop) our ${WIDE} ${PRODUCTS}`,
        `take a look at our ${WIDE} ${PRODUCTS}`,
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
        'like us on',
        '(find|join|connect with) us on',
        '(check|look) us out on',
        'tag us (in|on)',
        '(join|visit) our (community|facebook group|group|channel)',
        'subscribe to our (channel|youtube|page)',
        'stay (connected|in touch) (with us)? on',
      ],
      // "Follow us and DM your order number" is the channel's mechanics, not promotion.
      unless: ['(dm|dms|direct message|private message|message us)'],
    },
  ],
}

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
  newsletter: [
    'newsletter',
    'mailing',
    'subscribe',
    'emails',
    'updates',
    'list',
    'club',
    'loyalty',
    'rewards',
  ],
  follow: [
    'instagram',
    'facebook',
    'twitter',
    'tiktok',
    'youtube',
    'social',
    'follow',
    'page',
    'channel',
    'community',
  ],
}
