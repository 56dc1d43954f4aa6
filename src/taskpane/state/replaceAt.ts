/**
 * The forms' one edit of a row: a new list in which the row at `index` is
 * `change(row)` and every other row is the same object (React and the
 * reducers' tests rely on untouched rows keeping their identity).
 */
export function replaceAt<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}
