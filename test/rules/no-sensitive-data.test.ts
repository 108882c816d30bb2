import rule from '../../rules/no-sensitive-data.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    // The seller's own bank details, sent to be paid: an off-platform payment, not a secret asked for.
    "Once you confirm, I'll send over our IBAN for the deposit.",
    'I can send my account details if you prefer to pay that way.',
    // The phone as a device the customer keeps at hand, not a number to hand over.
    'Your parcel is out for delivery today. Kindly keep your phone reachable for the rider.',
    'The courier may call before coming, so please keep your phone nearby.',
    'A text with the delivery slot will have gone to your phone this morning.',
    // A gerund that asks nothing, a need the customer has, and a negated need.
    'Before posting the phone in, please remove the passcode yourself; we do not need it.',
    "You'll need your card details at checkout.",
    "We don't need your password.",
    // The device, not a number; a gift card's code used at checkout is not handed over.
    'Could you tell us your phone model and which step it stopped at?',
    'Please enter the code from the gift card at checkout.',
    // Sixteen digits in card groups without the word "card" and failing the checksum: an order number.
    'Your order 4716 5550 1234 9987 ships today.',
    // A secret pointed back to in a warning, or sent elsewhere, is not asked for; a code given is not asked.
    "You'll get a one-time code by text. Never share it with anyone, including us.",
    'The driver will ask for the 4-digit delivery code at your door. Please give it only to him, not in this chat.',
    "I'll send you a $15 voucher code for your next order.",
    'Your collection code is 4411.',
    'The charge was made to the card ending 6467.',
    'Card ending XXXX-1234 was refunded.',
    'Tracking number 4539578763621486 shows it at the depot.',
    'Order 4539578763621486 has shipped.',
    {
      name: 'a Luhn-valid number given as the order id is not a card',
      text: 'Your reference is 4539 5787 6362 1486.',
      context: { order: { id: '4539-5787-6362-1486' } },
    },
    'Your parcel 4539578763621487 is on its way.',
    'Please call 0800 123 4567 for help.',
    'We will never ask for your password or PIN.',
    "Please don't share your card security code with anyone.",
    "Please don't share card details, passwords or codes here.",
    'Do not send us your bank details; refunds go back to the original payment method.',
    'Did you change your password recently?',
    'You can reset your password from the sign-in page.',
    "Don't forget to enter the one-time code on the website.",
    'Could you DM us your full name, address and email?',
    'Please send us a private message with your email address.',
    'Please DM me your address and phone number so I can check.',
    'Without providing personal or account information, please tell us what happened.',
    'Please confirm the delivery address is still correct.',
    'Could you tell me your name?',
    'Can you send me the email you received?',
    'Please check your email for the return label.',
    'We sent the label to your email address.',
    'Thanks for your email, I will look into it.',
    'Please contact us at the link below and provide your account email.',
    "Please don't provide your email address here, as this page is public.",
    'You wrote "my password is hunter2" in your message.',
    'Your PIN is the one you chose when you set up the card.',
    'What is the store address?',
    'Please update your account details in Settings.',
  ],
  invalid: [
    {
      name: 'a phone kept at hand in one clause does not excuse a number asked for in another',
      text: 'Please keep your phone on. Also send me your phone number here so I can update the label.',
      errors: [
        {
          messageId: 'personalDataRequest',
          excerpt: 'send me your phone number',
          suggestions: [
            {
              messageId: 'suggestPrivate',
              output:
                'Please keep your phone on. Also send me your phone number by private message so I can update the label.',
            },
          ],
        },
      ],
    },
    {
      name: "a request with its subject left out, from the writer's team, as a polite gerund, or after a negated clause",
      text: "Just need the CVV to match it. Our tech needs your screen passcode. Mind typing out the security code? As it isn't unlocking I'll need your password.",
      errors: [
        { messageId: 'credentialRequest', excerpt: 'need the CVV' },
        { messageId: 'credentialRequest', excerpt: 'needs your screen passcode' },
        { messageId: 'credentialRequest', excerpt: 'typing out the security code' },
        { messageId: 'credentialRequest', excerpt: 'need your password' },
      ],
    },
    {
      name: "a gift card's code asked for",
      text: 'Could you send me the code from the gift card you used?',
      errors: [{ messageId: 'credentialRequest', excerpt: 'send me the code from the gift card you used' }],
    },
    {
      name: 'a card written as one beside the word, a code just sent by text, a photo of the card uploaded',
      text: 'The card 4716 5550 1234 9987 was charged twice. Please confirm the last code you got by text. Please upload a photo of the front and back of the card.',
      errors: [
        {
          messageId: 'cardNumber',
          excerpt: '4716 5550 1234 9987',
          suggestions: [
            {
              messageId: 'suggestMask',
              output:
                'The card **** 9987 was charged twice. Please confirm the last code you got by text. Please upload a photo of the front and back of the card.',
            },
          ],
        },
        { messageId: 'credentialRequest', excerpt: 'confirm the last code you got by text' },
        { messageId: 'credentialRequest', excerpt: 'upload a photo of the front and back of the card' },
      ],
    },
    {
      name: 'a request that points back to the secret the sentence before named',
      text: "You'll get a 6-digit code by text in a minute. Just paste it here and I'll update the address.",
      errors: [{ messageId: 'credentialRequest', excerpt: 'paste it' }],
    },
    {
      name: "a gift card's code and a delivery OTP by their digits",
      text: 'Please type out the 16-digit code from the back of the gift card.',
      errors: [{ messageId: 'credentialRequest', excerpt: 'type out the 16-digit code' }],
    },
    {
      text: 'If you send us your 24-word recovery phrase, our technician can restore it.',
      errors: [
        {
          messageId: 'credentialRequest',
          excerpt: 'send us your 24-word recovery phrase',
          suggestions: [],
        },
      ],
    },
    {
      text: 'whats the alarm code for the house? the fitters arrive at 7',
      errors: [
        {
          messageId: 'credentialRequest',
          excerpt: 'whats the alarm code',
          suggestions: [],
        },
      ],
    },
    {
      text: 'send me the 6 digit pickup code from the text and ill collect it',
      errors: [
        {
          messageId: 'credentialRequest',
          excerpt: 'send me the 6 digit pickup code',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Please attach a photo of the card you paid with, front and back.',
      errors: [
        {
          messageId: 'credentialRequest',
          excerpt: 'attach a photo of the card',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Your card 4111 1111 1111 1111 was declined.',
      errors: [
        {
          messageId: 'cardNumber',
          range: [10, 29],
          suggestions: [{ messageId: 'suggestMask', output: 'Your card **** 1111 was declined.' }],
        },
      ],
    },
    {
      name: 'an ungrouped card number with no cue at all',
      text: 'Number 5555555555554444 please.',
      errors: [
        { messageId: 'cardNumber', excerpt: '5555555555554444', suggestions: [{ messageId: 'suggestMask' }] },
      ],
    },
    {
      name: 'a card cue beats a reference cue',
      text: 'Order paid with Visa card 4012 8888 8888 1881.',
      errors: [
        {
          messageId: 'cardNumber',
          excerpt: '4012 8888 8888 1881',
          suggestions: [{ messageId: 'suggestMask' }],
        },
      ],
    },
    {
      text: 'Please send us the CVV on the back of your card.',
      errors: [
        {
          messageId: 'credentialRequest',
          range: [7, 22],
          suggestions: [],
        },
      ],
    },
    {
      text: "What's your PIN?",
      errors: [
        {
          messageId: 'credentialRequest',
          excerpt: "What's your PIN",
          suggestions: [],
        },
      ],
    },
    {
      name: 'a private channel does not make a secret safe to ask for',
      text: 'Thanks! DM us your password and one-time code so we can log in',
      errors: [
        {
          messageId: 'credentialRequest',
          excerpt: 'DM us your password and one-time code',
          // The rule alone offers the removal; the full lint's check drops it, since nothing but
          // "Thanks!" would be left (test/suggestion-classes.test.ts).
          suggestions: [],
        },
      ],
    },
    {
      text: "Don't forget to send your login details.",
      errors: [
        {
          messageId: 'credentialRequest',
          excerpt: 'send your login details',
          suggestions: [],
        },
      ],
    },
    {
      text: 'We need your bank details and sort code to refund you.',
      errors: [
        {
          messageId: 'credentialRequest',
          excerpt: 'need your bank details and sort code',
          suggestions: [],
        },
      ],
    },
    {
      text: "What is your mother's maiden name?",
      errors: [
        {
          messageId: 'credentialRequest',
          excerpt: "What is your mother's maiden name",
          suggestions: [],
        },
      ],
    },
    {
      text: 'Your temporary password is Blue7781 for now.',
      errors: [{ messageId: 'secretShared', range: [27, 35] }],
    },
    {
      text: 'Pay to GB82 WEST 1234 5698 7654 32 today.',
      errors: [{ messageId: 'bankDetails', excerpt: 'GB82 WEST 1234 5698 7654 32' }],
    },
    {
      text: 'Sort code 12-34-56, account 12345678.',
      errors: [{ messageId: 'bankDetails', excerpt: '12-34-56' }],
    },
    {
      text: 'Sure, would you give me your full name or account ID',
      errors: [
        {
          messageId: 'personalDataRequest',
          range: [16, 52],
          suggestions: [],
        },
      ],
    },
    {
      name: '"What is …?" cannot take "by private message": no suggestion',
      text: 'What is your phone number?',
      errors: [{ messageId: 'personalDataRequest', excerpt: 'What is your phone number', suggestions: [] }],
    },
    {
      name: '"here" becomes "by private message", rather than contradicting it',
      text: 'Kindly share your alternate mobile number here.',
      errors: [
        {
          messageId: 'personalDataRequest',
          excerpt: 'share your alternate mobile number',
          suggestions: [
            {
              messageId: 'suggestPrivate',
              output: 'Kindly share your alternate mobile number by private message.',
            },
          ],
        },
      ],
    },
    {
      name: 'no insertion in the middle of the phrase that names the details',
      text: 'Please share the email address and phone number on the account.',
      errors: [
        {
          messageId: 'personalDataRequest',
          excerpt: 'share the email address and phone number',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Your full name and address?',
      errors: [
        {
          messageId: 'personalDataRequest',
          excerpt: 'Your full name and address',
          suggestions: [{ messageId: 'suggestPrivate' }],
        },
      ],
    },
    {
      name: 'when the list of details runs on, the private channel goes at the end',
      text: 'Your full name, address, barcode and receipt? 3/4',
      errors: [
        {
          messageId: 'personalDataRequest',
          excerpt: 'Your full name, address',
          suggestions: [
            {
              messageId: 'suggestPrivate',
              output: 'Your full name, address, barcode and receipt by private message? 3/4',
            },
          ],
        },
      ],
    },
    {
      text: 'I will need the order ID and email please.',
      errors: [
        {
          messageId: 'personalDataRequest',
          excerpt: 'need the order ID and email',
          suggestions: [],
        },
      ],
    },
  ],
})
