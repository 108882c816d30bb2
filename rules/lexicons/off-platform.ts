import type { Lexicon } from '../../src/core.js'
import { NAME_CALLING } from './abuse.js'

export type OffPlatformTag = 'invitation' | 'app' | 'payment' | 'contactRequest'

/** Apps and networks that take a conversation away from the marketplace's messages. */
export const MESSAGING_APPS = [
  'whatsapp',
  'telegram',
  'wechat',
  'signal',
  'viber',
  'kakaotalk',
  'messenger',
  'skype',
  'discord',
  'snapchat',
  'instagram',
  'facebook',
  'fb',
  'twitter',
  'tiktok',
  'linkedin',
  'imessage',
  'insta',
  'ig',
  'snap',
  'youtube',
  'pinterest',
  'tumblr',
  'reddit',
  'threads',
  'facetime',
  'zoom',
  'google meet',
  'microsoft teams',
  'twitch',
  'etsy shop',
  'depop',
  'vinted',
  // Split to slip past a filter: "tele gram", "whats app".
  'tele gram',
  'whats app',
  "what's app",
  'we chat',
  'insta gram',
  'face book',
  'snap chat',
  'tik tok',
] as const

/** Ways to pay that skip the platform's checkout. */
export const PAYMENT_CHANNELS = [
  'paypal',
  'paypal friends and family',
  'friends and family',
  'venmo',
  'revolut',
  'zelle',
  'cashapp',
  'cash app',
  'gpay',
  'google pay',
  'phonepe',
  'paytm',
  'upi',
  'mpesa',
  'm-pesa',
  'interac',
  'e-transfer',
  'etransfer',
  'payid',
  'wise',
  'western union',
  'moneygram',
  'bitcoin',
  'crypto',
  'apple pay',
  'monzo',
  'bank transfer',
  'wire transfer',
  'direct transfer',
  'direct bank transfer',
  'bacs',
  'cash',
  // Mobile money and wallets where sellers write: the Philippines, Nigeria, Kenya, South Asia.
  'gcash',
  'maya',
  'paymaya',
  'opay',
  'palmpay',
  'mobile money',
  'bkash',
  'easypaisa',
  'jazzcash',
  'eft',
] as const

/** Bank details that, asked for or given, move a payment off the platform. */
export const BANK_DETAILS = [
  'sort code',
  'account number',
  'account no',
  'acc no',
  'acc number',
  'bsb',
  'iban',
  'bic',
  'swift',
  'swift code',
  'routing number',
  'routing and account numbers',
  'ifsc',
  'ifsc code',
  'bank details',
  'bank account details',
  'bank account number',
  'upi id',
  'acct no',
  'acct number',
  'account details',
  'banking details',
  'paypal address',
  'paypal email',
  'paypal account',
] as const

const APPS = `(${MESSAGING_APPS.join('|')})`
const US = '(us|me|our|my)'

/**
 * Phrases that move contact or payment off the platform. A direct message on the same
 * platform ("DM us", "reply here") is not on this list on purpose.
 */
export const offPlatformLexicon: Lexicon<OffPlatformTag> = {
  name: 'no-off-platform',
  classes: {
    apps: [APPS],
    paying: [`(${PAYMENT_CHANNELS.filter((channel) => channel !== 'cash').join('|')})`],
    bank: [`(${BANK_DETAILS.join('|')})`],
    bankDetails: [
      `(${BANK_DETAILS.filter((detail) => !/^(account number|account no|acc no|acc number|paypal account)$/.test(detail)).join('|')})`,
    ],
  },
  entries: [
    {
      tag: 'invitation',
      // Buying past the platform: "order direct from us". "Discuss the order directly" names the order.
      unless: [
        '(the|your|this|that|my|our|ur|an|each) (order|orders) (direct|directly)',
        // Where the seller's stock comes from ("I buy direct from the distributor"), or this very
        // listing ("order directly on this listing"): no one is sent anywhere.
        '(direct|directly) from (the|a|an|my|our) (distributor|distributors|manufacturer|manufacturers|supplier|suppliers|factory|brand|wholesaler|maker|makers|mill|importer|farm|farmers|artisans|weavers)',
        '(direct|directly) (on|from|through|via|in) (this|the) (listing|platform|app|page|item page)',
      ],
      match: ['(order|ordering|buy|buying) (direct|directly) (from)?'],
    },
    {
      // The customer sent to a phone: "ring the workshop", "call our helpline". The writer's own call
      // ("I'll ring the warehouse first thing Monday") keeps the conversation here.
      tag: 'invitation',
      match: [
        '(ring|call|phone|text|email|e-mail) (the|our|my) (workshop|shop|office|store|studio|team|number|mobile|helpline|landline|warehouse)',
      ],
      unless: [
        "(i'll|ill|we'll|i will|we will|let me|i'm going to|i am going to|we're going to|we are going to|i've|we've|i have|we have|i|we|i'd|we'd|i can|we can|i just|we just) (already|just|also|first)? (ring|rung|rang|call|called|phone|phoned|text|texted|email|emailed|e-mail|e-mailed)",
      ],
      unlessScope: 'clause',
    },
    {
      tag: 'invitation',
      // "You can call me whatever you like": not an invitation to phone.
      unless: [
        '(call|calling) (me|us) (whatever|what|anything|names)',
        // Naming, not phoning: "call me a scammer one more time", "I'll call you a liar".
        '(call|calling|called) (me|us|you|u) (a|an)',
        // The same without an article, or the name pointed at: "call us clowns one more time", "call me that again".
        `(call|calling|called) (me|us|you|u) (that|those|names|${NAME_CALLING.flatMap((name) => [name, `${name}s`]).join('|')})`,
      ],
      match: [
        `(call|phone|ring|email|e-mail|text) ${US}`,
        '(give|gave) you a (call|ring|bell)',
        "(i'll|we'll|i will|we will|i can|we can|let me) (call|ring|phone|text) you",
        `~try (calling|ringing|phoning)`,
        'give (us|me) a (call|ring|bell)',
        'please (call|ring|phone|email|e-mail)',
        'you can (call|ring|phone|email|e-mail)',
        `drop ${US} an? (email|e-mail|line|text)`,
        `send ${US} an? (email|e-mail|text)`,
        `(reach|contact) ${US}? (by|via|through|over|on) (phone|email|e-mail|telephone|text|sms)`,
        `(reach|contact) ${US} (at|on) (this|the|our|my)? (number|address|email|e-mail)`,
        `(~visit|~check|see) ${US} (website|site|web|page)`,
        // A store or shop is the one on this platform ("please check our store for new arrivals")
        // unless it is placed elsewhere: "visit our shop in Camden", "check our store online".
        `(~visit|~check|see) (out)? ${US} (store|shop) (at|in|on|website|site|online|app)`,
        '(visit|check) the (website|site)',
        'chat in with',
        'contact the (phone|telephone|email|e-mail) (support|team|line)',
        '(keep|take|move) (this|it|things|the conversation|the sale|the order) (off|outside) (the|this)? (system|platform|app|site|marketplace|books)',
        '(save|avoid|skip|cut out) (the|their|on)? (marketplace|platform|site|ebay|etsy|amazon|app|seller|listing) (fee|fees|cut|commission)',
        '(order|buy|ordering|buying|purchase) (it|them|direct|directly|straight) (from|through|via) (us|me|our website|our site|our shop)',
        // The shop's own site or app named as where to go: "we carry the full line on our own website".
        '(on|at|from|through|via|in) (our|my) own (website|site|web shop|webshop|online shop|app|store)',
        '(link|links) (is|are)? in (our|my|the) (shop|store|profile)? (bio|profile|description)',
        '(just|please|you can|then|simply|go and|is to) google',
        "(listed|list it|listing|selling it|it is|its|it's) (on|over on) (ebay|etsy|depop|vinted|amazon|gumtree|facebook marketplace|marketplace) (under|as|for|at)",
        '(meet|meet up|meeting|collect|pick it up) (at|in|outside) (the)? *{0,3} (car park|carpark|parking lot|station|cafe|café|unit|shop|services|retail park)',
        '(are you|you) (free|available|around) for a (quick|short)? (call|chat on the phone|phone call|video call|facetime|zoom|zoom call|teams call)',
        '(jump|hop|get) on a (quick)? (call|video call|phone call|facetime|zoom)',
        "(i'll|we'll|i can|we can|let me|happy to) (hand deliver|drop it round|drop it off|drop them round|bring it round|meet you)",
      ],
    },
    {
      tag: 'invitation',
      match: ['outside (of)? (the|this) (platform|app|site|marketplace)'],
      // "We can't take payment by PayPal outside the marketplace" refuses what it names.
      unless: [
        "(we|i) (can't|cannot|can not|don't|do not|won't|will not|never|aren't able to|are not able to|am not able to) (take|accept|do|deal|trade|sell|process|use|offer|arrange|agree)",
      ],
    },
    {
      tag: 'app',
      // "Our Twitter page is public": a warning about where the customer is writing, not an invitation.
      unless: [
        '(is|are) (public|visible|open) (to)?',
        // Asking the customer to stop posting there is no invitation to go there.
        "(stop|quit|not|don't|do not|no more) (posting|commenting|writing|messaging|tagging)",
      ],
      match: [
        `(message|text|contact|reach|add|find|follow|dm|chat|call|hit|ping|search for|search) ${US}? (up)? (on|via|through|at|over) @apps`,
        // Looking the shop up there, the pronoun in any dialect: "check we on Instagram", "check us out on TikTok".
        '(check|see|visit|catch) (us|me|we|mi|our page|my page) (out)? (on|over on|over at) @apps',
        `${US} @apps (is|number|id|handle|account|page|channel|server|group|profile|link|username|dms|inbox)`,
        '(on|via|through|over) (our|my) @apps',
        '(search|find|look up|look for) * *{0,3} (on|in) @apps',
        'give (us|me) a follow',
        '(we|i) (handle|do|run|manage|sort|arrange) (everything|it|all|custom orders|orders|these|that) (all)? (on|through|via|over) @apps',
        'add (me|us) on (snap|insta|ig|whatsapp|telegram|signal|line|discord|facebook|fb|wechat|viber)',
        // Where to find the shop elsewhere: "We're on Insta as @lunaclay".
        "(we're|we are|i'm|i am|find us|look us up|catch us) (also)? on @apps (as|at|under)",
        // The writer's own account named outright: "add my WeChat lin_tea88", "add our Line id @silk".
        '(add|message|dm|text|ping|follow|contact) (my|our) (@apps|line id|line)',
        '(dm|send|message|text|show) * *{0,2} (to|at) * on @apps',
        // A call off the platform: "send me a Zoom or Google Meet time", "a quick video call".
        '(do|have|arrange|set up|book|schedule) (a|an)? (quick|short)? (video call|video chat|zoom call|facetime call|teams call|whatsapp call)',
        '(zoom|google meet|teams|meet|facetime) (link|time|invite|call)',
        '(how about|fancy|up for|shall we do|we could do) (a|an) (quick|short)? (zoom|facetime|video call|google meet|teams call|call)',
        '(download|get|install) (our|my) (app|own app)',
        '(message|dm|text|ping|contact) (me|us) (on|via) (signal|line)',
      ],
    },
    {
      tag: 'payment',
      match: [
        '(pay|send|transfer|wire) (me|us)? (directly|privately)',
        '(pay|send|transfer|settle) *{1,4} (via|through|with|by|on|using) @paying',
        '(refund|pay|send) (you|u)? *{0,3} (in|into|to|on) (your|ur) @paying (directly)?',
        '(pay|send|transfer) (me|us)? (the)? (money|payment|balance)? (via|through|with|by|on|using) (paypal|venmo|zelle|cashapp|cash|wise|revolut|bank|western|moneygram|crypto|bitcoin|gift)',
        '(bank|wire) transfer (to)? (me|us|my|our)',
        '(outside|off) (the|of the)? (platform|app|site|marketplace) (payment|pay)',
        '(pay|send|transfer|refund|give|paying|sending|transferring|refunding) (it|me|us|you|the money|the amount|the balance|the rest)? *{0,3} (via|through|with|by|on|using|to|into) (your|my|our)? @paying',
        // The money sent in slang: "flick it to me on PayID", "bung it over by Revolut".
        '(flick|bung|chuck|zap|sling|whack|shoot|ping) (it|me|us|the money|the cash|the balance|the rest) *{0,3} (via|through|with|by|on|using|to|into) (your|my|our)? @paying',
        // Paying round the platform to save its fee: "saves us both the fees".
        '(saves|save|saving) (us|you) (both)? (the)? (fees|fee|commission|platform fee|site fees|selling fees)',
        '(paypal|venmo|revolut|zelle|cashapp|gpay|interac|e-transfer|monzo|wise) (me|us|you|u)',
        '@paying (me|us) (at|on|to)?',
        '(paypal|venmo|revolut|zelle|cashapp|gpay) (friends and family|f&f|gift|goods and services)',
        '(send|pay) (it|me|us|the money|the amount)? (via|by|on)? paypal',
        '(sort|take|process|run|put) (the)? payment (through)? (myself|manually|by hand|outside|directly)',
        // Cash on delivery is a checkout option of many marketplaces; cash at a pickup is not.
        '(pay|paying|payment) (in)? cash (on|at|when)? (collection|pickup|pick up|pick-up)?',
        'cash on (collection|pickup|pick up|pick-up|the day)',
        '(paypal|venmo|revolut|zelle|cashapp|gpay|interac|e-transfer|monzo|wise|upi) (to|it to) (the|my|our|this)',
        '(transfer|send|pay|refund|sort) *{0,4} (direct|directly|myself|privately|personally) (rather|instead|,)',
        '(rather than|instead of) (you)? *{0,3} (through|via|on|thru) (the|this) (site|platform|app|marketplace|checkout)',
        '(direct|directly) (to|into) (your|ur) (bank|account|card|paypal)',
        '(put|run|take) (it|the payment|the charge) through (manually|myself|my own|our own)',
        '(on|through) (my|our) own (card)? (terminal|machine|card machine|reader)',
        '(straight|directly|direct) (to|into) (your|ur) (paypal|bank|account|venmo|revolut)',
        // The platform's checkout skipped by name: "we skip the site's checkout", "save the platform fee".
        "(skip|skipping|bypass|bypassing|go around|going around) (the)? (site's|platform's|app's|marketplace's) (checkout|fee|fees|commission|cut|payment)",
        '(skip|skipping|bypass|bypassing) (the)? (site|platform|app|marketplace) checkout',
        '(send|share|give) (me|us)? (your|ur) (gcash|maya|paymaya|opay|palmpay|bkash|easypaisa|jazzcash|mpesa|m-pesa) (number|id|details|account|name)?',
      ],
    },
    {
      // Bank details moving money past the checkout; a statement shown as proof is a privacy matter instead.
      tag: 'payment',
      unless: ['(screenshot|statement|visible|blank out|cover up|redact|hide)'],
      match: ['@bankDetails'],
    },
    {
      tag: 'contactRequest',
      match: [
        // "DM us your contact info" stays on the platform, so a direct message is not on this list.
        '(send|give|share|provide|leave|drop|pop|post) (me|us)? (your|ur) (phone|mobile|cell|telephone|contact|whatsapp|email|e-mail) (number|address)?',
        "(what's|what is) your (phone|mobile|cell|telephone|whatsapp|email|e-mail) (number|address)?",
        '(phone|mobile|cell|telephone|contact) number (so|where|and) (we|i) (can|could) (call|reach|contact)',
        '(send|give|share|provide|leave|pop|put|drop|post) (me|us)? (your|ur) (alternate|alternative|best|personal|other|direct|mobile|home) (phone|mobile|cell|telephone|contact|whatsapp|email|e-mail|number) (number|address)?',
        '(best|your|ur|a) (mobile|phone|cell|contact|telephone) (number|no)? (to|for|so|where) (get|reach|call|contact|text)',
        '(need|needs|require|requires|want|wants) (your|ur|a) (phone|mobile|cell|contact|telephone) (number|no)',
        "(what's|what is) the best (number|mobile|phone|email) (to|for)",
        '(write|type|put|enter|pop) (your|ur) (mobile|phone|cell|email|e-mail|whatsapp|gpay|upi|paypal)',
        '(what|which) (email|e-mail|email address|e-mail address|number|phone number|mobile number|mobile) (shall|should|can|do) (i|we)',
        '(share|send|give) (me|us)? (your|ur) (gpay|upi|paypal|venmo|zelle|revolut|cashapp|interac) (number|id|details|handle|account|address)?',
      ],
    },
  ],
}

/**
 * A channel named with a way to reach the writer through it, anywhere in one sentence: "viber is
 * easiest for me, same number", "pop over to our insta and slide into our dms", "I use Signal, my
 * username is …". One part alone is ordinary ("I saw the photo you posted on Instagram"); both
 * together move the conversation.
 */
export type ChannelCue = 'channel' | 'reach'

export const channelLexicon: Lexicon<ChannelCue> = {
  name: 'no-off-platform/channels',
  // "snap" is also "take a photo": only the full names count here.
  classes: { apps: [`(${MESSAGING_APPS.filter((app) => app !== 'snap').join('|')})`] },
  entries: [
    {
      tag: 'channel',
      match: [
        '@apps',
        '(gmail|hotmail|outlook|yahoo|icloud|proton|protonmail)',
        '(line|kakao|wechat) id',
        '(live chat|text line|helpline|hotline|owners group|owners club|facebook group|discord server)',
        '(my|our) (personal|business|work|own)? (number|mobile|cell|email)',
      ],
    },
    {
      tag: 'reach',
      match: [
        '(message|dm|text|ping|contact|reach|add|follow|call|ring|chat to|talk to|whatsapp|email|e-mail) (me|us)',
        '(search|search for|google|look up|look for|join|tag|find|follow) (us|me|our|my|the group|the page|the board|for)',
        '(tag|hashtag|upload)',
        '(slide into|pop over to|head over to|hop on|jump on|meet on|book a|do a|have a) (our|my|a|the)?',
        '(message|send|write|drop|text|dm) (me|us|it|them)? (there|over there|on there|on it|over|via|through)',
        '(my|our) (username|user name|handle|id|account|profile|page|board|group|server|channel|dms)',
        '(username|user name|handle|id) (is|:)',
        '(is|are) (the)? (easiest|quickest|best|simplest|fastest) (way|for me|for us|option)',
        'same number',
        'via (our|my)',
      ],
    },
  ],
}
