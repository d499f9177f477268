/**
 * What insight works out once and keeps: per object (a register, a vocabulary) or per pair of
 * objects (an entry list and a register, a register and a set of thresholds…), held weakly so that
 * it goes when either does. A cache with no size limit uses these rather than its own get-then-set code.
 */

/** A map or weak map: what `remembered` needs of a cache (a weak map's keys are objects). */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * What `cache` holds for `key`, made by `make` and kept the first time it is asked for. `make` is
 * given the key, so a caller asking often (per entry, per word list) can pass a function made
 * once rather than a new closure on each call: each closure is garbage for the collector, and a
 * first run over 20,000 entries asks hundreds of thousands of times.
 */
export function remembered<K, V>(cache: Cache<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    cache.set(key, value);
  }
  return value;
}

function newWeakMap<K extends object, V>(): WeakMap<K, V> {
  return new WeakMap<K, V>();
}

/** What `cache` holds for the pair (`first`, `second`), made by `make` the first time (given both). */
export function perPair<A extends object, B extends object, V>(
  cache: WeakMap<A, WeakMap<B, V>>,
  first: A,
  second: B,
  make: (first: A, second: B) => V,
): V {
  let bySecond = cache.get(first);
  if (bySecond === undefined) {
    bySecond = newWeakMap<B, V>();
    cache.set(first, bySecond);
  }
  let value = bySecond.get(second);
  if (value === undefined) {
    value = make(first, second);
    bySecond.set(second, value);
  }
  return value;
}
