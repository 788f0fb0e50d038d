/**
 * Results per host or link target kept across analyses: the engine runs again after every edit of
 * a draft, over the same links, and the same hosts recur within a mail ("www.example.com" in every
 * footer link). Bounded (cleared when full), so a page full of distinct links cannot grow it.
 * Callers must treat cached objects as read-only.
 */
export function memo<T>(compute: (key: string) => T, size = 512): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= size) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
