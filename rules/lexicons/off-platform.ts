import type { Lexicon } from '../../src/core.js'

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
] as const

const APPS = `(${MESSAGING_APPS.join('|')})`
const US = '(us|me|our|my)'

/**
 * Phrases that move contact or payment off the platform. A direct message on the same
 * platform ("DM us", "reply here") is not on this list on purpose.
 */
export const offPlatformLexicon: Lexicon<OffPlatformTag> = {
  name: 'no-off-platform',
  entries: [
    {
      tag: 'invitation',
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
        `(~visit|~check|see) ${US} (website|site|web|page|store|shop)`,
        '(visit|check) the (website|site)',
        'chat in with',
        'contact the (phone|telephone|email|e-mail) (support|team|line)',
        'outside (of)? (the|this) (platform|app|site|marketplace)',
      ],
    },
    {
      tag: 'app',
      match: [
        `(message|text|contact|reach|add|find|follow|dm|chat|call) ${US}? (on|via|through|at|over) ${APPS}`,
        `${US} ${APPS} (is|number|id|handle|account)`,
      ],
    },
    {
      tag: 'payment',
      match: [
        '(pay|send|transfer|wire) (me|us)? (directly|privately)',
        '(pay|send|transfer) (me|us)? (the)? (money|payment|balance)? (via|through|with|by|on|using) (paypal|venmo|zelle|cashapp|cash|wise|revolut|bank|western|moneygram|crypto|bitcoin|gift)',
        '(bank|wire) transfer (to)? (me|us|my|our)',
        '(outside|off) (the|of the)? (platform|app|site|marketplace) (payment|pay)',
      ],
    },
    {
      tag: 'contactRequest',
      match: [
        // "DM us your contact info" stays on the platform, so a direct message is not on this list.
        '(send|give|share|provide|leave) (me|us)? your (phone|mobile|cell|telephone|contact|whatsapp|email|e-mail) (number|address)?',
        "(what's|what is) your (phone|mobile|cell|telephone|whatsapp|email|e-mail) (number|address)?",
        '(phone|mobile|cell|telephone|contact) number (so|where|and) (we|i) (can|could) (call|reach|contact)',
      ],
    },
  ],
}
