/**
 * What insight works out once per pair of objects (an entry list and a register, a register and a
 * set of thresholds…), held weakly so that it goes when either does. Every cache keyed by two
 * objects uses this rather than its own two levels of weak maps.
 */
export function perPair<A extends object, B extends object, V>(
  cache: WeakMap<A, WeakMap<B, V>>,
  first: A,
  second: B,
  make: () => V,
): V {
  let bySecond = cache.get(first);
  if (bySecond === undefined) {
    bySecond = new WeakMap();
    cache.set(first, bySecond);
  }
  let value = bySecond.get(second);
  if (value === undefined) {
    value = make();
    bySecond.set(second, value);
  }
  return value;
}
