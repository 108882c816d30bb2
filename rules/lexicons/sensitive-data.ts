import type { Lexicon } from '../../src/core.js'

/**
 * Secrets no seller may ask for, whatever the channel: card security codes, PINs, passwords,
 * one-time codes, full card numbers and bank details.
 */
export type SecretTag = 'cvv' | 'pin' | 'password' | 'otp' | 'card' | 'bank'

/**
 * Personal data a customer should not post in the conversation. `*Bare` tags are single nouns
 * ("email", "address") that only count when they name a value, not the inbox or a verb.
 * `ignore` soaks up look-alikes ("store address", "user name") so the longer phrase wins.
 */
export type PersonalTag =
  | 'email'
  | 'phone'
  | 'address'
  | 'name'
  | 'account'
  | 'dob'
  | 'govId'
  | 'emailBare'
  | 'phoneBare'
  | 'addressBare'
  | 'nameBare'
  | 'ignore'

/**
 * The phone as a device the customer carries, not a number to hand over: "please keep your phone
 * reachable for the rider", "a PIN will have gone to your phone".
 */
const PHONE_AS_DEVICE = [
  '(keep|keeping|have|having|leave|switch on|turn on|charge|check|answer|pick up|carry|bring|watch) (your|ur|the) (phone|mobile|cell|cellphone|handphone)',
  '(your|ur) (phone|mobile|cell|cellphone|handphone) (on|handy|nearby|close|reachable|active|charged|switched on|near|at hand|with you|close by|available|on you)',
  '(sent|gone|went|texted|delivered|arrive|arrives|arrived|come|comes|came|pop up|pops up|show up|shows up) (to|on) (your|ur) (phone|mobile|cell|cellphone|handphone)',
]

export const secretLexicon: Lexicon<SecretTag> = {
  name: 'no-sensitive-data/secrets',
  entries: [
    {
      // Only the wordings "the last four digits" can also read as: a request for those as well
      // ("the last four digits and the 3-digit code on the back") still asks for the code.
      tag: 'cvv',
      unless: ['last (four|4|three|3) (digits)?'],
      match: [
        '(3|three|4|four) (digit|digits) (security)? (code|number) (on the back)?',
        '(3|three|4|four) digits (on the back|on the card)?',
      ],
      negatable: false,
    },
    {
      tag: 'cvv',
      match: [
        '(cvv|cvv2|cvc|cvc2|csc|cvn|cav2)',
        '(card)? security (code|number)',
        'card (verification|validation) (code|value|number)',
        '(3-digit|three-digit) (security)? (code|number)',
        '(4-digit|four-digit) security (code|number)',
        'code on the back (of the card|of your card)?',
        '(the)? (digits|numbers|number) on the back (of the card|of your card)?',
      ],
      negatable: false,
    },
    {
      tag: 'pin',
      match: [
        'pin',
        'pins',
        'pin number',
        'card pin',
        '(mpin|m-pin)',
        // The codes that open a home: "what's the alarm code for the house?"
        '(alarm|door|gate|key safe|keysafe|lockbox|lock box|garage|building|entry|entrance) (code|pin|number)',
      ],
      // The postal PIN code named with the address or the order (see the entry below).
      unless: [
        '(pin code|pincode) (on|of|for|in) (the|your) (order|address|delivery|parcel|shipment)',
        '(address|postal|delivery|area|city) *{0,3} (pin code|pincode)',
        '(pin code|pincode) *{0,3} (address|area|locality|city|district)',
      ],
      unlessScope: 'clause',
      negatable: false,
    },
    {
      tag: 'pin',
      match: ['(pin code|pin-code|pincode|pin codes)'],
      // In India a PIN code is the postcode: "confirm the pin code on the order" beside the address.
      unless: ['(address|delivery|deliver|courier|hub|post office|destination|locality|city|area|district)'],
      negatable: false,
    },
    {
      tag: 'password',
      match: [
        '(password|passwords|passcode|passcodes|passphrase)',
        '(login|log-in|sign-in|signin) (details|credentials|password)',
        'account (credentials|password)',
        'security (answer|answers|question answer|question|questions)',
        '(name of your|your) (first|childhood) (pet|school|car|teacher)',
        'first pet',
        "(mother's|mothers) maiden name",
        // Keys to an account or a wallet: "your 24-word recovery phrase".
        '(recovery|seed|secret|backup) (phrase|words|key|keys)',
        'private (key|keys)',
        'memorable (word|information|answer)',
      ],
      negatable: false,
    },
    {
      tag: 'otp',
      match: [
        '(one-time|one time|onetime) (code|codes|password|passcode|pin)',
        '(otp|otps)',
        '(verification|authentication|auth|2fa|two-factor|2-step|two-step|sms|login|sign-in|access) (code|codes)',
        'code (we|i) (sent|texted|emailed|messaged)',
        '(6|six|5|five|8|eight) (digit|-digit) (code|pin|number)',
        // The code as the message that brings it: "a 6-digit text from your bank".
        '(6-digit|six-digit|5-digit|8-digit|4-digit) (text|sms|message)',
        '(code|pin) (your|the) bank (texts|sends|sent|texted|gives|gave)',
        '(6-digit|six-digit|5-digit|8-digit|10-digit|12-digit|16-digit|sixteen-digit) (delivery|pickup|pick-up|collection|confirmation|verification|access)? (code|pin|otp)',
        '(4-digit|four-digit) (delivery|pickup|pick-up|collection|confirmation|verification|access)? (otp|pin)',
        '(4-digit|four-digit) (delivery|pickup|pick-up|collection|confirmation|verification|access) code',
        // A gift card's code is its money: "the 16-digit code from the back of the gift card".
        'code from the back of (the|your) (gift card|card|voucher)',
        '(code|number|pin) (from|on|of) (the|your) (gift card|gift voucher|voucher|gift certificate) (you|u)? (used|bought|have|got)?',
        '(code|number|pin) (printed|written|shown|found|scratched off)? (on|from) the back of (the|your) (gift card|voucher)',
        // The code the customer was just sent: "confirm the last code you got by text".
        '(code|pin) (you|u) (got|received|were sent|get|receive|just got) (by|via|in a|over) (text|sms|email|e-mail|whatsapp)',
        '(6|six|5|five|8|eight) (digit|-digit) (pickup|pick-up|collection|approval|confirmation|verification|access|delivery) (code|pin|number)',
        'code to (approve|confirm|verify|authorise|authorize) (the|your)? (payment|purchase|transaction|login)',
        'code (by|via|in a) (text|sms|email|e-mail)',
      ],
      negatable: false,
    },
    {
      tag: 'card',
      // "the last four digits of the card you paid with" is how sellers are told to identify a card.
      unless: ['last (four|4|three|3) (digits)?', 'ending (in|with)?'],
      match: [
        '(full|long)? (credit|debit|payment|bank|visa|mastercard|amex) card (number|details|info|information|no)',
        'full card (number|details)',
        '(card|payment) details',
        'card expiry (date)?',
        '(long|16-digit|sixteen-digit|full|whole) number (on|of|from) (your|the) card',
        '(all|the) (16|sixteen) digits',
        '(the)? card you paid with',
        '(expiry|expiration) date',
        '(the|your) (expiry|expiration)',
        '(photo|picture|pic|scan|copy|image) of (the|your) (card|bank card|credit card|debit card|payment card)',
        '(photo|picture|pic|scan|copy|image|photos|pictures) of (the)? (front|back|front and back|both sides) (of)? (the|your) (card|bank card|credit card|debit card|payment card)',
        'card (number|numbers|no)',
      ],
      negatable: false,
    },
    {
      tag: 'bank',
      match: [
        'bank (details|account|account details|account number|info|information)',
        'sort code',
        '(iban|swift|bic|routing number|aba number|bsb|ifsc|ifsc code|routing)',
        '(account|acc) (numbers|number and|no and)',
        'account number and sort code',
      ],
      // The seller's own details, sent to be paid ("I'll send over our IBAN"): a payment off the
      // platform, which no-off-platform reports, not the customer's secret asked for.
      unless: [
        "(our|my|the shop's|the seller's|the company's) (bank details|bank account|bank account details|bank account number|sort code|iban|bic|swift|bsb|ifsc|ifsc code|routing number|account number|account details)",
      ],
      unlessScope: 'clause',
      negatable: false,
    },
  ],
}

const DETERMINER = '(your|the|a|an|their|his|her)?'

export const personalLexicon: Lexicon<PersonalTag> = {
  name: 'no-sensitive-data/personal',
  entries: [
    {
      tag: 'email',
      match: [
        '(email|e-mail|mail) address',
        'your (account|registered|contact|login|personal|order)? (email|e-mail) (address|id)?',
        '(account|registered|contact|login|personal) (email|e-mail) (address)?',
      ],
      negatable: false,
    },
    {
      tag: 'phone',
      match: [
        '(phone|mobile|cell|cellphone|telephone|contact|home|work|landline|whatsapp) (number|numbers|no)',
        'your (phone|mobile|cell|cellphone|telephone) (number|no)?',
      ],
      // The device, not a number: "tell us your phone model", "kindly keep your phone reachable".
      unless: [
        '(phone|mobile|cell|cellphone) (model|make|brand|type|version|os|software|settings|screen|case|charger|handset|cover|set|stand|holder|battery|accessories)',
        ...PHONE_AS_DEVICE,
      ],
      unlessScope: 'clause',
      negatable: false,
    },
    {
      tag: 'address',
      match: [
        '(your|home|postal|mailing|billing|delivery|shipping|street|full|residential|current) address',
        'your (home|postal|mailing|billing|delivery|shipping|full|current) address',
        '(postcode|zip code|zipcode|post code)',
      ],
      negatable: false,
    },
    {
      tag: 'name',
      match: ['full name', 'your (full)? name', 'first and last name', 'first name and surname'],
      negatable: false,
    },
    {
      tag: 'account',
      match: [
        `(account|acct|customer|member|membership|loyalty|rewards|club|card) (number|no|id|numbers)`,
        `${DETERMINER} (loyalty|rewards|club|membership|store) card (number|no)?`,
        'account (details|information|info|login)',
        'customer id',
      ],
      unless: ['(my|our) (bank)? account (details|information|info|number)'],
      unlessScope: 'clause',
      negatable: false,
    },
    { tag: 'dob', match: ['date of birth', 'dob', 'birth date'], negatable: false },
    {
      tag: 'govId',
      match: [
        '(social security|social insurance|ssn|national insurance|ni|passport|tax|nino|pps|ppsn|aadhaar|aadhar|pan|sin|tfn|medicare|nhs|national id|id card|identity card|voter id) (number|no|card)',
        "(photo|picture|copy|scan|pic) of (your|the) (driving licence|driving license|driver's license|drivers license|passport|id|id card|pan card|aadhaar card|aadhaar|national id)",
        // The page that holds the data: "a scan of your passport first page", "your passport's photo page".
        "(your|the) (passport|passport's|id|id card) (first|front|photo|main|data|bio|information|details|personal) (page|side)",
        '(ssn|nino)',
        "(driver's|drivers|driving) (license|licence) (number)?",
      ],
      negatable: false,
    },
    { tag: 'emailBare', match: ['(email|e-mail)'], negatable: false },
    {
      tag: 'phoneBare',
      match: ['(phone|telephone|mobile)'],
      unless: PHONE_AS_DEVICE,
      unlessScope: 'clause',
      negatable: false,
    },
    { tag: 'addressBare', match: ['address'], negatable: false },
    { tag: 'nameBare', match: ['name'], negatable: false },
    {
      tag: 'ignore',
      match: [
        "(store|store's|shop|shop's|ip|web|website|return|returns|warehouse|our|seller's|company) address",
        "(store|shop|user|product|item|company|brand|file|display|business|seller's|courier's|carrier's) name",
        'username',
        'phone support',
        '(phone|mobile) (model|make|brand|type|version|os|software|settings|screen|case|charger|handset|cover|set|stand|holder|battery|accessories)',
        '(email|e-mail) (support|team|notification|confirmation|receipt)',
      ],
      negatable: false,
    },
  ],
}

/** Verbs that ask for something back in this conversation: "reply here with it". */
export const REPLY_VERBS: readonly string[] = ['reply', 'respond', 'answer', 'message']
/** Place words that may stand between a hand-over verb and its pronoun: "reply here with it", "pop it back". */
export const PLACE_FILLERS: readonly string[] = [
  'here',
  'back',
  'below',
  'in',
  'with',
  'now',
  'over',
  'straight',
]

/**
 * Verbs that ask the customer to hand something over. A few only count in a frame the rule checks:
 * "what is/are", "let us know", "can I have/get", "we need".
 */
export const HANDOVER_VERBS: readonly string[] = [
  'pop',
  'paste',
  'attach',
  'put',
  'give',
  'send',
  'provide',
  'share',
  'tell',
  'confirm',
  'include',
  'post',
  'reply',
  'respond',
  'type',
  'retype',
  're-type',
  'screenshot',
  'write',
  'supply',
  'submit',
  'forward',
  'read',
  'dm',
  'message',
  'text',
  'upload',
  'scan',
  "what's",
  'whats',
]

/** Words that also ask for personal details (not strong enough for secrets): "please", "along with". */
export const SOFT_REQUEST_WORDS: readonly string[] = [
  'please',
  'kindly',
  'leave',
  'drop',
  'list',
  'verify',
  'pls',
  'plz',
]

/** Words that make a request private: then personal details may be asked for. */
export const PRIVATE_CHANNEL: readonly string[] = [
  'dm',
  'dms',
  "dm's",
  'pm',
  'inbox',
  'privately',
  'private',
  'direct',
  'secure',
  'securely',
]

/** A form or link receives the data, not this conversation (no-off-platform's concern). */
export const ELSEWHERE: readonly string[] = ['link', 'form', 'portal', 'url', 'website', 'site', 'page']

/** Before a request verb, these undo the request: "never ask", "don't share", "without providing". */
export const PROHIBITIONS: readonly string[] = ['without', 'avoid', 'avoiding', 'refrain', 'stop']

/** Right before the detail, these keep it out of the message: "a screenshot (hide the card number)". */
export const CONCEALING: readonly string[] = [
  'hide',
  'hiding',
  'cover',
  'covering',
  'blur',
  'blurring',
  'redact',
  'redacting',
  'mask',
  'masking',
  'obscure',
  'crop',
  'cropping',
]

/** Right after the detail, the same: "with your card details hidden". */
export const CONCEALED: readonly string[] = [
  'hidden',
  'covered',
  'blurred',
  'redacted',
  'masked',
  'cropped',
  'blacked',
  'obscured',
  'removed',
]

/** After a negator, these keep the request alive: "don't forget to send", "don't hesitate to share". */
export const NEGATION_BREAKERS: readonly string[] = ['forget', 'hesitate', 'mind']

/** Prepositions before a personal noun that make it a destination or a thing, not a value asked for. */
export const DESTINATIONS: readonly string[] = [
  'to',
  'in',
  'into',
  'via',
  'by',
  'from',
  'on',
  'at',
  'through',
  'over',
  'for',
  'per',
  'of',
]

/** Words before a bare noun that make it the inbox or a thing, not the value: "to your email", "an email". */
export const NOT_A_VALUE_BEFORE: readonly string[] = [
  'a',
  'an',
  'the',
  'this',
  'that',
  'my',
  'our',
  'his',
  'her',
  'their',
  ...DESTINATIONS,
  'same',
  'new',
]

/** Words after a bare noun that make it a verb: "email us", "address the issue", "name it". */
export const VERB_OBJECTS: readonly string[] = [
  'us',
  'me',
  'it',
  'them',
  'him',
  'her',
  'the',
  'this',
  'that',
  'these',
  'those',
  'your',
  'any',
  'back',
  'support',
]

/** Words near a digit run that make it a card number rather than a reference. */
export const CARD_CUES: readonly string[] = [
  'card',
  'cards',
  'visa',
  'mastercard',
  'amex',
  'maestro',
  'discover',
  'credit',
  'debit',
  'payment',
  'pan',
]

/** Verbs that make a personal noun the thing acted on ("check your email"), not a value asked for. */
export const INBOX_VERBS: readonly string[] = [
  'check',
  'checked',
  'checking',
  'see',
  'open',
  'search',
  'look',
  'update',
  'updated',
  'change',
  'changed',
]

/** Shared with no-off-platform: the same words make a digit run a reference, not a card or a phone. */
export { REFERENCE_CUES } from './phone-cues.js'

/** "another customer", "the other buyer": a customer who is not the reader. */
export const OTHER_CUSTOMER: readonly string[] = [
  'buyer',
  'buyers',
  'customer',
  'customers',
  'lady',
  'man',
  'gentleman',
  'person',
  'shopper',
]
