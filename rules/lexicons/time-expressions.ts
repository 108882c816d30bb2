import type { Lexicon } from '../../src/core.js'

/** The days of the week, written out. */
export const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const
/** The months, written out. "May" is left out: it is far more often the modal verb. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const
/** The days of the week, shortened as sellers write them: "Mon", "Thurs". */
export const WEEKDAY_SHORT = ['mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun'] as const
const WEEKDAYS = [...WEEKDAY_NAMES, ...WEEKDAY_SHORT, 'thur'].join('|')
const MONTHS = [
  ...MONTH_NAMES,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
].join('|')
/** Units of a duration: "3 days", "24 hours". */
export const DURATION_UNITS = [
  'days',
  'day',
  'hours',
  'hour',
  'hrs',
  'weeks',
  'week',
  'minutes',
  'mins',
] as const
const UNITS = `(${DURATION_UNITS.join('|')})`
/** Counts written as words: "two to four working days". "A few" is handled by the lexicon below. */
export const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fourteen',
  'fifteen',
  'twenty',
  'thirty',
  'forty-eight',
  'seventy-two',
] as const

/**
 * A specific time or deadline: "today", "by Friday", "within 3 business days", "next week".
 * Numeric dates ("by the 12th", "on 12/03") are recognised in code, since a pattern cannot say "a number".
 */
export const timeExpressionLexicon: Lexicon = {
  name: 'time-expressions',
  entries: [
    { match: ['today', 'tonight', 'tomorrow', 'tmrw', 'tmr'], negatable: false },
    { match: [`(${WEEKDAYS})`, `(${MONTHS})`], negatable: false },
    {
      match: [
        '(this|next) (week|weekend|month)',
        '(same-day|next-day)',
        '(end|close) of (the)? (day|week|month|business)',
        '(this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (morning|afternoon|evening|night|lunchtime)',
        '(by|at|before|around|after) (lunch|lunchtime|noon|midday|teatime|dinner|dinnertime|bedtime|midnight|close of business|cob|eod|the weekend|the end of the day)',
        '(in|by|before) (time|plenty of time|good time|no time) (for)?',
        "(before|by|for) (christmas|xmas|easter|the holidays|new year|new year's|the weekend|the long weekend|the bank holiday|the party|the wedding|the event|your trip|your birthday|the birthday|mother's day|father's day|valentine's day|thanksgiving|diwali|eid|the big day)",
        'before (you|u) (leave|go|fly|travel|need it)',
        '(first thing|straight away|right away|asap) (tomorrow|in the morning|monday|tuesday|wednesday|thursday|friday)?',
        '(* days|* hours|* weeks) (max|maximum|tops|at most|at the latest)',
      ],
      negatable: false,
    },
    {
      match: [
        `(within|in) (the)? (next)? * (business|working|calendar)? ${UNITS}`,
        `(within|in) (a)? few (more)? ${UNITS}`,
      ],
      negatable: false,
    },
  ],
}
