/**
 * Bad configuration, bad context and bad arguments fail fast with a ReplyLintError whose `code` is
 * stable, whose `field` points at the mistake and whose message names the field and what is allowed.
 * One case per way in: src/engine/config.ts, reply-context.ts, define-rule.ts (plugin rules),
 * linter.ts (the draft) and fix/apply-fixes.ts.
 */
import { describe, expect, it } from 'vitest'
import type { Registry } from '../src/engine/config.js'
import { createEngineLinter } from '../src/engine/linter.js'
import {
  type AnyRule,
  applyFixes,
  createLinter,
  defineRule,
  type LintOptions,
  lint,
  presets,
  type ReplyContext,
  ReplyLintError,
  type ReplyLintErrorCode,
  rules,
} from '../src/index.js'

interface Expected {
  code: ReplyLintErrorCode
  /** `error.field`, when the error is about one field. */
  field?: string
  /** Text the message must hold: the field's name and the allowed values. */
  mentions: readonly string[]
}

function expectError(run: () => unknown, expected: Expected): ReplyLintError {
  let thrown: unknown
  try {
    run()
  } catch (error) {
    thrown = error
  }
  expect(thrown, 'throws').toBeInstanceOf(ReplyLintError)
  const error = thrown as ReplyLintError
  expect(error.name).toBe('ReplyLintError')
  expect(error.code).toBe(expected.code)
  if (expected.field !== undefined) expect(error.field).toBe(expected.field)
  for (const text of expected.mentions) expect(error.message).toContain(text)
  expect(error.message.length, 'a short message, never a dump of the input').toBeLessThan(600)
  return error
}

/** Options the types refuse (that is the point: these tests check what the engine says at run time). */
const loose = (options: object) => options as LintOptions

const SEVERITIES = ['"off"', '"info"', '"warn"', '"error"']
const OPTION_KEYS = ['preset', 'rules', 'plugins', 'context', 'format', 'allow', 'reportUnusedDirectives']
const ruleIds = rules.map((rule) => rule.id)
/** A built-in rule with options, to test option checks against. */
const withOptions = rules.find((rule) => Object.keys(rule.meta.defaultOptions).length > 0) as AnyRule

const customRule = (overrides: Record<string, unknown> = {}, meta: Record<string, unknown> = {}) => ({
  id: 'acme/custom',
  meta: { description: 'A custom rule.', recommended: false, defaultOptions: {}, ...meta },
  messages: { found: 'Found it.' },
  check() {},
  ...overrides,
})

describe('options', () => {
  it.each([42, 'strict', true, ['recommended']])('refuses options that are not an object: %j', (options) => {
    expectError(() => createLinter(options as LintOptions), {
      code: 'invalid-options',
      field: 'options',
      mentions: ['Options must be an object', ...OPTION_KEYS],
    })
  })

  it('accepts undefined and null options as the defaults', () => {
    expect(createLinter(undefined).config.rules.length).toBeGreaterThan(0)
    expect(createLinter(null as unknown as LintOptions).config.rules.length).toBeGreaterThan(0)
  })

  it('refuses an unknown option, with a "did you mean" and the known options', () => {
    expectError(() => createLinter({ rule: {} } as LintOptions), {
      code: 'invalid-options',
      field: 'rule',
      mentions: ['"rule" is not a lint option', 'Did you mean "rules"?', ...OPTION_KEYS],
    })
    expectError(() => createLinter({ colour: 'red' } as LintOptions), {
      code: 'invalid-options',
      field: 'colour',
      mentions: ['"colour"', ...OPTION_KEYS],
    })
  })

  it.each([
    ['not an array', 'Guaranteed Delivery', 'allow', 'allow must be an array of phrases'],
    ['a phrase that is not a string', ['ok', 3], 'allow', 'allow must be an array of phrases'],
    ['a phrase without words', ['ok', ' -- '], 'allow[1]', 'has no words to match'],
    ['a bad pattern', ['(next|same day'], 'allow[0]', 'unbalanced parentheses'],
    ['a pattern that matches nothing', ['quick?'], 'allow[0]', 'can match no words'],
    ['an unknown class', ['@carrier delivery'], 'allow[0]', 'no phrase class "@carrier"'],
  ])('refuses an allow list with %s, naming the phrase', (_name, allow, field, mention) => {
    expectError(() => createLinter(loose({ allow })), {
      code: 'invalid-options',
      field,
      mentions: [field, mention],
    })
    expectError(() => createLinter(loose({ rules: { 'no-guarantees': ['warn', { allow }] } })), {
      code: 'invalid-rule-options',
      field: `rules.no-guarantees.${field}`,
      mentions: [`rules.no-guarantees.${field}`, mention],
    })
  })

  it.each(['loud', 1, null])(
    'refuses reportUnusedDirectives that is not a severity or a boolean: %j',
    (value) => {
      expectError(() => createLinter(loose({ reportUnusedDirectives: value })), {
        code: 'invalid-options',
        field: 'reportUnusedDirectives',
        mentions: ['reportUnusedDirectives must be true, false or a severity', ...SEVERITIES],
      })
    },
  )

  it('refuses an unsupported format and lists the formats', () => {
    expectError(() => createLinter({ format: 'docx' } as unknown as LintOptions), {
      code: 'unsupported-format',
      field: 'format',
      mentions: ['"docx"', '"text"'],
    })
  })

  it('refuses an unknown preset and lists the presets', () => {
    for (const preset of ['strictest', 42, 'toString', '__proto__'])
      expectError(() => createLinter({ preset } as LintOptions), {
        code: 'unknown-preset',
        field: 'preset',
        mentions: ['Unknown preset', ...Object.keys(presets)],
      })
  })
})

describe('rules', () => {
  it.each([null, [], 'warn', 5])('refuses rules that are not an object: %j', (value) => {
    expectError(() => createLinter({ rules: value } as unknown as LintOptions), {
      code: 'invalid-options',
      field: 'rules',
      mentions: ['rules must be an object', ...SEVERITIES, '[severity, options]'],
    })
  })

  it('refuses an unknown rule with a "did you mean" when one is close', () => {
    expectError(() => createLinter(loose({ rules: { 'no-guarantee': 'warn' } })), {
      code: 'unknown-rule',
      field: 'rules.no-guarantee',
      mentions: ['Unknown rule "no-guarantee" in rules', 'Did you mean "no-guarantees"?'],
    })
  })

  it('refuses an unknown rule and lists the rules when none is close', () => {
    expectError(() => createLinter(loose({ rules: { 'zzz-nothing-like-it': 'warn' } })), {
      code: 'unknown-rule',
      field: 'rules.zzz-nothing-like-it',
      mentions: ['Unknown rule "zzz-nothing-like-it"', ...ruleIds],
    })
  })

  it.each(['__proto__', 'constructor', 'toString'])(
    'refuses a rule id named after an Object.prototype member: %s',
    (id) => {
      const rules = JSON.parse(`{"${id}": "error"}`)
      expectError(() => createLinter({ rules }), {
        code: 'unknown-rule',
        field: `rules.${id}`,
        mentions: [`Unknown rule "${id}" in rules`],
      })
      expectError(
        () => createLinter({ rules: { 'no-off-platform': ['error', JSON.parse(`{"${id}": 1}`)] } }),
        {
          code: 'invalid-rule-options',
          field: `rules.no-off-platform.${id}`,
          mentions: [`unknown option "${id}"`],
        },
      )
      expectError(() => createLinter(JSON.parse(`{"${id}": {}}`)), {
        code: 'invalid-options',
        field: id,
        mentions: [`"${id}" is not a lint option`],
      })
    },
  )

  it.each(['warning', 2, true, null, undefined, {}])('refuses the severity %j', (severity) => {
    expectError(() => createLinter({ rules: { 'no-guarantees': severity } } as unknown as LintOptions), {
      code: 'invalid-severity',
      field: 'rules.no-guarantees',
      mentions: ['rules.no-guarantees', 'severity', ...SEVERITIES],
    })
  })

  it('refuses a bad [severity, options] tuple', () => {
    for (const tuple of [[], ['warning', {}], [2]])
      expectError(() => createLinter({ rules: { 'no-guarantees': tuple } } as unknown as LintOptions), {
        code: 'invalid-severity',
        field: 'rules.no-guarantees',
        mentions: ['rules.no-guarantees', ...SEVERITIES],
      })
    expectError(
      () => createLinter({ rules: { 'no-guarantees': ['warn', {}, 'extra'] } } as unknown as LintOptions),
      {
        code: 'invalid-severity',
        field: 'rules.no-guarantees',
        mentions: ['rules.no-guarantees', '[severity, options]', 'an array of 3 items', ...SEVERITIES],
      },
    )
  })

  it.each([null, 5, 'fast', [1]])('refuses rule options that are not an object: %j', (options) => {
    expectError(
      () => createLinter({ rules: { 'no-guarantees': ['warn', options] } } as unknown as LintOptions),
      {
        code: 'invalid-rule-options',
        field: 'rules.no-guarantees',
        mentions: ['rules.no-guarantees', 'options must be an object'],
      },
    )
  })

  it('refuses an unknown rule option and lists the options (or says there are none)', () => {
    const optionNames = Object.keys(withOptions.meta.defaultOptions)
    expectError(() => createLinter(loose({ rules: { [withOptions.id]: ['warn', { bogus: 1 }] } })), {
      code: 'invalid-rule-options',
      field: `rules.${withOptions.id}.bogus`,
      mentions: [`rules.${withOptions.id}`, 'unknown option "bogus"', ...optionNames, 'allow.'],
    })
    expectError(() => createLinter(loose({ rules: { 'no-non-apology': ['warn', { bogus: 1 }] } })), {
      code: 'invalid-rule-options',
      field: 'rules.no-non-apology.bogus',
      mentions: ['"bogus"', 'This rule has no options but "allow".'],
    })
  })

  it('refuses a rule option of the wrong type and says which type', () => {
    const [name, value] = Object.entries(withOptions.meta.defaultOptions)[0] as [string, unknown]
    const wrong = typeof value === 'string' ? 42 : 'not the right type'
    const expected = Array.isArray(value)
      ? 'an array of'
      : typeof value === 'number'
        ? 'a finite number'
        : 'a '
    expectError(() => createLinter(loose({ rules: { [withOptions.id]: ['warn', { [name]: wrong }] } })), {
      code: 'invalid-rule-options',
      field: `rules.${withOptions.id}.${name}`,
      mentions: [`option "${name}" must be ${expected}`],
    })
  })

  it("passes the rule's own option check's message on, naming the rule", () => {
    const limited = defineRule({
      id: 'acme/limited',
      meta: {
        description: 'Has a limit.',
        recommended: false,
        defaultOptions: { limit: 3 },
        validateOptions: (options) => (options.limit < 1 ? 'limit must be at least 1.' : undefined),
      },
      messages: { found: 'Found.' },
      check() {},
    })
    expectError(
      () => createLinter({ plugins: [limited], rules: { 'acme/limited': ['warn', { limit: 0 }] } }),
      {
        code: 'invalid-rule-options',
        field: 'rules.acme/limited',
        mentions: ['rules.acme/limited', 'limit must be at least 1.'],
      },
    )
  })
})

describe('plugins', () => {
  it.each([undefined, '', 'Acme', 'acme/tools', 42])('refuses a plugin name %j', (name) => {
    expectError(() => createLinter(loose({ plugins: [{ name, rules: [customRule({ id: 'custom' })] }] })), {
      code: 'invalid-rule',
      field: 'plugins[0].name',
      mentions: ['plugins[0].name', 'kebab-case'],
    })
  })

  it("refuses a plugin rule that carries another plugin's prefix", () => {
    expectError(() => createLinter(loose({ plugins: [{ name: 'beta', rules: [customRule()] }] })), {
      code: 'invalid-rule',
      field: 'plugins[0].rules[0]',
      mentions: ['"acme/custom"', 'plugin "beta" names its rules "beta/…"'],
    })
  })

  it.each([{}, 'no-blame', 42, null])('refuses plugins that are not an array: %j', (plugins) => {
    expectError(() => createLinter({ plugins } as unknown as LintOptions), {
      code: 'invalid-options',
      field: 'plugins',
      mentions: ['plugins must be an array'],
    })
  })

  it.each([null, 42, 'acme/rule', [], {}])('refuses a plugin entry that is no rule: %j', (entry) => {
    expectError(() => createLinter({ plugins: [entry] } as unknown as LintOptions), {
      code: 'invalid-rule',
      field: 'plugins[0]',
      mentions: ['plugins[0]'],
    })
  })

  it('refuses a plugin whose rules are not an array', () => {
    expectError(() => createLinter({ plugins: [{ name: 'acme', rules: 'all' }] } as unknown as LintOptions), {
      code: 'invalid-rule',
      field: 'plugins[0].rules',
      mentions: ['plugins[0].rules must be an array of rules', '"all"'],
    })
  })

  const invalidRules: [string, unknown, string][] = [
    ['an id that is not kebab-case', customRule({ id: 'Acme Rule' }), 'kebab-case'],
    ['an id that is missing', customRule({ id: undefined }), 'kebab-case'],
    ['the reserved id', customRule({ id: 'internal-error' }), 'reserved'],
    ['the id of unused directives', customRule({ id: 'unused-directive' }), 'reserved'],
    [
      'an option of its own called "allow"',
      customRule({}, { defaultOptions: { allow: [] } }),
      '"allow" is an option of every rule',
    ],
    ['no check function', customRule({ check: 'yes' }), 'check(context)'],
    ['meta that is not an object', customRule({ meta: 'none' }), 'meta must be an object'],
    ['no description', customRule({}, { description: 42 }), 'meta.description'],
    [
      'hasSuggestions without a suggest… message',
      customRule({}, { hasSuggestions: true }),
      'no message whose id starts with "suggest"',
    ],
    ['default options that are an array', customRule({}, { defaultOptions: [] }), 'meta.defaultOptions'],
    ['no messages', customRule({ messages: {} }), 'at least one message'],
    ['a messageId that is not camelCase', customRule({ messages: { 'Not-Camel': 'x' } }), 'camelCase'],
    ['an empty message', customRule({ messages: { found: '  ' } }), 'is empty'],
    ['an unknown scope', customRule({}, { scope: 'paragraph' }), 'meta.scope must be "sentence" or "reply"'],
    [
      'an unknown default severity',
      customRule({}, { defaultSeverity: 'warning' }),
      'meta.defaultSeverity must be "info", "warn" or "error"',
    ],
  ]

  it.each(invalidRules)('refuses a plugin rule with %s', (_name, rule, mention) => {
    expectError(() => createLinter({ plugins: [rule] } as unknown as LintOptions), {
      code: 'invalid-rule',
      field: 'plugins[0]',
      mentions: ['plugins[0]', mention],
    })
    expectError(
      () => createLinter({ plugins: [{ name: 'acme', rules: [customRule(), rule] }] } as LintOptions),
      {
        code: 'invalid-rule',
        field: 'plugins[0].rules[1]',
        mentions: ['plugins[0].rules[1]', mention],
      },
    )
  })

  it('refuses the same checks in defineRule', () => {
    expectError(() => defineRule(customRule({ id: 'Bad Id' }) as never), {
      code: 'invalid-rule',
      mentions: ['kebab-case'],
    })
  })

  it('refuses a plugin rule whose id is taken, by a built-in rule or another plugin', () => {
    expectError(() => createLinter(loose({ plugins: [customRule({ id: 'no-blame' })] })), {
      code: 'duplicate-rule',
      field: 'plugins[0]',
      mentions: ['"no-blame" is already registered', 'acme/no-blame'],
    })
    expectError(
      () => createLinter(loose({ plugins: [customRule(), { name: 'acme', rules: [customRule()] }] })),
      {
        code: 'duplicate-rule',
        field: 'plugins[1].rules[0]',
        mentions: ['"acme/custom" is already registered'],
      },
    )
  })
})

describe('reply context', () => {
  const KNOWN_FIELDS = [
    'fulfillment',
    'messageKind',
    'refund',
    'disputeActive',
    'customerAbusive',
    'platformName',
    'allowedDomains',
    'order',
    'customerMessage',
  ]
  const badValues: [keyof ReplyContext, unknown, readonly string[]][] = [
    ['fulfillment', 'courier', ['"platform"', '"seller"']],
    ['messageKind', 'complaint', ['"reply"', '"proactive"']],
    ['refund', 'yes', ['"none"', '"requested"', '"approved"']],
    ['refund', true, ['"none"', '"requested"', '"approved"']],
    ['disputeActive', 'yes', ['true or false']],
    ['customerAbusive', 1, ['true or false']],
    ['platformName', 42, ['a string']],
    ['allowedDomains', 'example.com', ['an array of strings']],
    ['allowedDomains', ['example.com', 42], ['an array of strings']],
    ['order', 'A-123', ['an object', 'id', 'trackingNumber', 'productTitle']],
    ['order', ['A-123'], ['an object']],
    ['order', null, ['an object']],
    ['customerMessage', { text: 'hi' }, ['a string']],
  ]

  it.each(badValues)('refuses context.%s = %j and names the allowed values', (field, value, allowed) => {
    const expected = {
      code: 'invalid-context',
      field: `context.${field}`,
      mentions: [`context.${field}`, ...allowed],
    } as const
    expectError(() => createLinter({ context: { [field]: value } as ReplyContext }), expected)
    expectError(() => lint('Hello.', { context: { [field]: value } as ReplyContext }), expected)
    expectError(() => createLinter().lint('Hello.', { [field]: value } as ReplyContext), expected)
  })

  it('refuses an unknown context field and lists the known ones', () => {
    expectError(() => createLinter({ context: { fullfilment: 'seller' } as ReplyContext }), {
      code: 'invalid-context',
      field: 'context.fullfilment',
      mentions: ['context.fullfilment is not a known context field', ...KNOWN_FIELDS],
    })
  })

  it('suggests the field a misspelt context or order field was meant to be', () => {
    expectError(() => createLinter({ context: { fullfilment: 'seller' } as ReplyContext }), {
      code: 'invalid-context',
      field: 'context.fullfilment',
      mentions: [
        'context.fullfilment is not a known context field. Did you mean "fulfillment"? Known fields: ',
      ],
    })
    expectError(
      () => createLinter({ context: { order: { trackingNumbr: 'X1' } } as unknown as ReplyContext }),
      {
        code: 'invalid-context',
        field: 'context.order.trackingNumbr',
        mentions: ['Did you mean "trackingNumber"?'],
      },
    )
    // Nothing close: no guess.
    expectError(() => createLinter({ context: { shipping: 'x' } as ReplyContext }), {
      code: 'invalid-context',
      field: 'context.shipping',
      mentions: ['context.shipping is not a known context field. Known fields: '],
    })
  })

  it.each([42, 'seller', ['seller'], true])('refuses a context that is not an object: %j', (context) => {
    const expected = {
      code: 'invalid-context',
      field: 'context',
      mentions: ['context must be an object'],
    } as const
    expectError(() => createLinter({ context } as unknown as LintOptions), expected)
    expectError(() => createLinter().lint('Hello.', context as unknown as ReplyContext), expected)
  })

  it('refuses an unknown order field and an order field that is not a string', () => {
    expectError(() => createLinter({ context: { order: { number: 'A-1' } } as unknown as ReplyContext }), {
      code: 'invalid-context',
      field: 'context.order.number',
      mentions: ['context.order.number is not a known order field', 'id', 'trackingNumber', 'productTitle'],
    })
    expectError(() => createLinter({ context: { order: { id: 123 } } as unknown as ReplyContext }), {
      code: 'invalid-context',
      field: 'context.order.id',
      mentions: ['context.order.id must be a string', '123'],
    })
  })

  it.each([
    ['__proto__', JSON.parse('{"__proto__": {"fulfillment": "seller"}}')],
    ['constructor', { constructor: 'seller' }],
    ['toString', { toString: 'seller' }],
    ['hasOwnProperty', JSON.parse('{"hasOwnProperty": 1}')],
  ])('refuses a context key named after an Object.prototype member: %s', (key, context) => {
    const expected = {
      code: 'invalid-context',
      field: `context.${key}`,
      mentions: [`context.${key} is not a known context field`],
    } as const
    expectError(() => createLinter({ context }), expected)
    expectError(() => createLinter().lint('Hello.', context), expected)
    expectError(() => createLinter({ context: { order: { [key]: 'A-1' } } as unknown as ReplyContext }), {
      code: 'invalid-context',
      field: `context.order.${key}`,
      mentions: [`context.order.${key} is not a known order field`],
    })
  })

  it('refuses an allowedDomains list with a hole, which no rule could read', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const sparse = [, 'shop.example']
    expectError(() => createLinter({ context: { allowedDomains: sparse as string[] } }), {
      code: 'invalid-context',
      field: 'context.allowedDomains',
      mentions: ['an array of strings (with no holes)'],
    })
    expectError(
      () => createLinter({ rules: { 'no-off-platform': ['error', { allowedDomains: sparse as string[] }] } }),
      {
        code: 'invalid-rule-options',
        field: 'rules.no-off-platform.allowedDomains',
        mentions: ['allowedDomains'],
      },
    )
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expectError(() => createLinter({ plugins: [, customRule()] } as unknown as LintOptions), {
      code: 'invalid-rule',
      field: 'plugins[0]',
      mentions: ['plugins[0]'],
    })
  })

  it('takes undefined fields as "not known"', () => {
    expect(() => createLinter({ context: { refund: undefined, order: { id: undefined } } })).not.toThrow()
  })

  it("checks a preset's own rules and context too, naming the preset", () => {
    const rule = rules[0] as AnyRule
    const registry = (preset: Registry['presets'][string]): Registry => ({
      rules,
      presets: { house: preset },
      defaultPreset: 'house',
    })
    expectError(() => createEngineLinter(undefined, registry({ description: '', rules: { nope: 'warn' } })), {
      code: 'unknown-rule',
      field: 'presets.house.rules.nope',
      mentions: ['Unknown rule "nope" in presets.house.rules'],
    })
    expectError(
      () =>
        createEngineLinter(
          undefined,
          registry({ description: '', rules: { [rule.id]: 'warn' }, context: { refund: 'maybe' } as never }),
        ),
      {
        code: 'invalid-context',
        field: 'presets.house.context.refund',
        mentions: ['presets.house.context.refund', '"approved"'],
      },
    )
  })
})

describe('the draft', () => {
  it.each([42, null, undefined, {}, ['Hello.'], Symbol('draft'), () => 'Hello.'])(
    'refuses lint(%s) with invalid-input naming the text',
    (value) => {
      const expected = { code: 'invalid-input', field: 'text', mentions: ['text must be', 'string'] } as const
      expectError(() => lint(value as unknown as string), expected)
      expectError(() => createLinter().lint(value as unknown as string), expected)
      expectError(() => lint(value as unknown as string, { preset: 'strict' }), expected)
    },
  )

  it('checks the draft before the options, and the options before linting', () => {
    expectError(() => lint(42 as unknown as string, loose({ preset: 'nope' })), {
      code: 'invalid-input',
      mentions: [],
    })
    expectError(() => lint('Hello.', loose({ preset: 'nope' })), {
      code: 'unknown-preset',
      mentions: ['"nope"'],
    })
  })
})

describe('applyFixes arguments', () => {
  const text = "You'll definitely get it today."
  const { diagnostics } = lint(text)

  it.each([42, null, undefined, ['text']])('refuses text %j', (value) => {
    expectError(() => applyFixes(value as unknown as string, diagnostics), {
      code: 'invalid-input',
      field: 'text',
      mentions: ['text must be'],
    })
  })

  it.each([null, undefined, 'diagnostics', { diagnostics }, lint(text)])(
    'refuses diagnostics that are not an array: %j',
    (value) => {
      expectError(() => applyFixes(text, value as never), {
        code: 'invalid-input',
        field: 'diagnostics',
        mentions: ['diagnostics must be an array'],
      })
    },
  )

  it.each([null, 42, {}, { range: 'all' }, { range: [0, 1.5] }, { range: [0, 1], suggestions: 'x' }])(
    'refuses a diagnostic that is not one: %j',
    (value) => {
      expectError(() => applyFixes(text, [...diagnostics, value] as never), {
        code: 'invalid-input',
        field: `diagnostics[${diagnostics.length}]`,
        mentions: [`diagnostics[${diagnostics.length}]`, 'range', 'suggestions'],
      })
    },
  )

  it.each(['first', -1, 1.5, Number.NaN, null])('refuses pick %j', (pick) => {
    expectError(() => applyFixes(text, diagnostics, pick as never), {
      code: 'invalid-input',
      field: 'pick',
      mentions: ['pick must be a suggestion index', 'function'],
    })
  })

  it('skips hand-made suggestions without usable edits instead of throwing', () => {
    const [first] = diagnostics
    expect(first).toBeDefined()
    const broken = [{ ...first, suggestions: [{ messageId: 'suggestX', message: '', edits: 'none' }] }]
    expect(applyFixes(text, broken as never).text).toBe(text)
    const badEdit = [{ ...first, suggestions: [{ messageId: 'suggestX', message: '', edits: [null] }] }]
    expect(applyFixes(text, badEdit as never)).toMatchObject({ text, applied: [] })
  })
})
