/**
 * Lifetimes. The content script's `ctx` owns the page; each compose gets a child scope that ends when the
 * compose leaves the DOM or when `ctx` is invalidated (extension update or reload), whichever is first.
 * Every listener and timer goes through a scope, so nothing outlives it.
 */
export interface Scope {
  readonly signal: AbortSignal;
  listen<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options?: { capture?: boolean; passive?: boolean },
  ): void;
  /** A timer cleared when the scope ends. */
  setTimeout(fn: () => void, ms: number): void;
  onDispose(fn: () => void): void;
  /** A scope that ends with this one or on its own `dispose()`. */
  child(): Scope & { dispose: () => void };
}

/**
 * A scope over an AbortSignal, e.g. `ctx.signal`. `alive` is asked before a timer fires: pass
 * `() => ctx.isValid`, which also notices an extension that was reloaded or removed under the page
 * (and then aborts the signal, ending every scope).
 */
export function scopeFrom(signal: AbortSignal, alive: () => boolean = () => true): Scope {
  const scope: Scope = {
    signal,
    listen(target, type, handler, options) {
      target.addEventListener(type, handler as EventListener, { ...options, signal });
    },
    setTimeout(fn, ms) {
      if (signal.aborted) return;
      const clear = () => clearTimeout(id);
      const id = setTimeout(() => {
        signal.removeEventListener('abort', clear);
        if (!signal.aborted && alive()) fn();
      }, ms);
      signal.addEventListener('abort', clear, { once: true });
    },
    onDispose(fn) {
      if (signal.aborted) fn();
      else signal.addEventListener('abort', fn, { once: true });
    },
    child() {
      const own = new AbortController();
      const end = () => own.abort();
      signal.addEventListener('abort', end, { once: true });
      own.signal.addEventListener('abort', () => signal.removeEventListener('abort', end), { once: true });
      if (signal.aborted) own.abort();
      return Object.assign(scopeFrom(own.signal, alive), { dispose: end });
    },
  };
  return scope;
}
