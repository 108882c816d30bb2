import rule from '../../rules/no-placeholders.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    'Press [Track package] to follow it, or [Reset] to reload the page.',
    'You can start the return here: <URL>',
    'Details are on the order page: <LINK>',
    'The lid (the grey part) is sold separately [see the listing photos].',
    'Happy to help <3 :-) :~)',
    'The card ending XXXX-4417 was charged once.',
    'It is 100% cotton and 20% of the stock is back.',
    'See https://example.com/care%20guide%E2%80%99s for washing advice.',
    'Thank you so much!\n\nSarah xxx',
    'The Xbox controller comes in XXL packaging.',
    'Please press [SUBMIT] once you have chosen a size.',
    'Hi, thanks for your message.',
    'Hi Tom, thanks for your message.',
    'Text in <b>bold</b> and a line break<br> are HTML, not slots.',
    { text: 'Your order XX-48213 has shipped.', context: { order: { id: 'XX-48213' } } },
    {
      text: 'The Desk Lamp {Brass Edition} is back in stock.',
      context: { order: { productTitle: 'Desk Lamp {Brass Edition}' } },
    },
    'A [here](https://example.com) Markdown link is not a slot.',
    'Thanks,\n______________________\nSam',
    'Press [Add to cart] to buy it again.',
    'The file is called order_id___final.',
    {
      name: 'a divider of underscores between spaces, tabs and CRLF line ends',
      text: 'Thanks,\r\n \t______________________  \r\nSam',
    },
    {
      name: 'x runs and percent fields inside links, however many share the line',
      text: 'Links: https://example.com/xxXX/%AB%CD%%EF%, www.shop.com/xx and www.shop.com/XX/XX '.repeat(20),
    },
  ],
  invalid: [
    {
      text: 'hi [Customer], your address is updated.',
      errors: [{ messageId: 'slot', excerpt: '[Customer]' }],
    },
    { text: 'hey *|FNAME|* thanks for the order!', errors: [{ messageId: 'slot', excerpt: '*|FNAME|*' }] },
    {
      text: 'Hello <<Customer>>, your return has arrived.',
      errors: [{ messageId: 'slot', excerpt: '<Customer>' }],
    },
    {
      text: 'I will ask [Maker Name] to look at it.',
      errors: [{ messageId: 'slot', excerpt: '[Maker Name]' }],
    },
    {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text holds an unfilled template slot on purpose
      text: 'Hi {{first_name}}, your refund of ${{Refund Amount}} is on its way.',
      errors: [
        { messageId: 'slot', range: [3, 17], excerpt: '{{first_name}}' },
        { messageId: 'slot', range: [35, 52], excerpt: '{{Refund Amount}}' },
      ],
    },
    {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text holds an unfilled template slot on purpose
      text: 'Dear ${order.recipient_name},',
      errors: [{ messageId: 'slot', range: [5, 28] }],
    },
    {
      text: 'Dear [CUSTOMER NAME], about [Order Number] and [order_id]:',
      errors: [
        { messageId: 'slot', excerpt: '[CUSTOMER NAME]' },
        { messageId: 'slot', excerpt: '[Order Number]' },
        { messageId: 'slot', excerpt: '[order_id]' },
      ],
    },
    {
      text: 'Order <ORDER_ID> for <Customer Name> ships from {warehouse}.',
      errors: [
        { messageId: 'slot', range: [6, 16] },
        { messageId: 'slot', excerpt: '<Customer Name>' },
        { messageId: 'slot', excerpt: '{warehouse}' },
      ],
    },
    {
      text: 'Hello %FIRST_NAME%, your parcel left on XX/XX and costs $XX.XX.',
      errors: [
        { messageId: 'slot', excerpt: '%FIRST_NAME%' },
        { messageId: 'slot', excerpt: 'XX/XX' },
        { messageId: 'slot', excerpt: 'XX.XX' },
      ],
    },
    {
      name: 'lower-case xxx after a reference word is a slot',
      text: 'Your reference is order xxx.',
      errors: [{ messageId: 'slot', range: [24, 27] }],
    },
    {
      text: 'Thanks!\n<#include "footer.ftl">\n{% if vip %}Extra{% endif %}',
      errors: [
        { messageId: 'directive', excerpt: '<#include "footer.ftl">' },
        { messageId: 'directive', excerpt: '{% if vip %}' },
        { messageId: 'directive', excerpt: '{% endif %}' },
      ],
    },
    {
      text: 'Hi ,\nThanks for your message.',
      errors: [
        {
          messageId: 'missingName',
          range: [0, 4],
          suggestions: [{ messageId: 'suggestCloseGap', output: 'Hi,\nThanks for your message.' }],
        },
      ],
    },
    {
      text: 'Thanks.\n  Dear  ,\nYour parcel is on its way.',
      errors: [
        {
          messageId: 'missingName',
          excerpt: 'Dear  ,',
          suggestions: [
            { messageId: 'suggestCloseGap', output: 'Thanks.\n  Hello,\nYour parcel is on its way.' },
          ],
        },
      ],
    },
    {
      text: 'Your order number is ____. See [Insert link] for tracking.',
      errors: [
        { messageId: 'slot', range: [21, 25] },
        { messageId: 'slot', excerpt: '[Insert link]' },
      ],
    },
    {
      text: 'Real text.\nLorem ipsum dolor sit amet.  \nMore text.',
      errors: [{ messageId: 'filler', range: [11, 38] }],
    },
    {
      name: 'filler runs to the end of its line, for every match on the line',
      text: 'Lorem ipsum one, lorem ipsum two. \t\nNext line lorem ipsum.',
      errors: [
        { messageId: 'filler', excerpt: 'Lorem ipsum one, lorem ipsum two.' },
        { messageId: 'filler', excerpt: 'lorem ipsum.' },
      ],
    },
    {
      name: 'blanks on a line with words are slots; a divider needs the line to itself',
      text: 'Name: ____ Date: ____\n____\n  ____ x',
      errors: [
        { messageId: 'slot', range: [6, 10] },
        { messageId: 'slot', range: [17, 21] },
        { messageId: 'slot', range: [29, 33] },
      ],
    },
    {
      name: 'known order values, however many, protect only their own occurrences',
      text: 'Ref XX-1, XX-1, XX-1 and XX/XX.',
      context: { order: { id: 'XX-1', trackingNumber: 'XX-1, XX' } },
      errors: [{ messageId: 'slot', excerpt: 'XX/XX' }],
    },
    {
      name: 'a known order value only protects its own occurrence',
      text: 'Order XX-1 and XX/XX.',
      context: { order: { id: 'XX-1' } },
      errors: [{ messageId: 'slot', excerpt: 'XX/XX' }],
    },
  ],
})
