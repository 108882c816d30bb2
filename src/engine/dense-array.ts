/**
 * `value` is an array with an item at every index, each passing `test`. `Array#every` skips holes,
 * so `[, 'shop.example']` would pass it and then hand a rule `undefined` where it expects a string.
 */
export function isDenseArrayOf(value: unknown, test: (item: unknown) => boolean): value is unknown[] {
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) if (!Object.hasOwn(value, i) || !test(value[i])) return false
  return true
}
