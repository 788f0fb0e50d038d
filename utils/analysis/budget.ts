/**
 * The engine's work budget: a count of work units over one analyzeDraft call, covering the HTML scan,
 * the word scan (text folding and phrase matching, one pass) and custom phrase matching. Synchronous
 * code on Gmail's page thread cannot be pre-empted, so the bound has to live inside the engine: when
 * the units run out the scans stop where they are and the Report says `partial: true`.
 *
 * Units: one per character a scan consumes, plus TOKEN_COST per HTML token (tag, comment, text run),
 * so every iteration of every outer scan loop costs at least one unit even if a future bug stopped it
 * advancing. Every scan is linear, so ordinary input uses 1 to 5 units per input character (the
 * densest markup, "<a>" repeated, costs about 4 per character in the HTML scan, and its derived text
 * about 1 more); the default budget allows 16 per character plus a fixed allowance, so an ordinary
 * draft (1 MB included) is always read whole and the budget only bites when something is wrong or a
 * test forces a tiny one. On the bench machine a unit costs a few nanoseconds, so the bound for a
 * 100 KB draft (1.8 M units) is a few milliseconds of scanning, well under 50 ms (docs/notes/engine.md
 * has the measured figures).
 */

/** Units per HTML token on top of its characters (frame bookkeeping, attribute records). */
export const TOKEN_COST = 8;
/** Fixed allowance per call: small drafts, subject, recipient checks. */
export const BASE_BUDGET = 200_000;
/** Allowance per input character (HTML, text and subject). */
export const UNITS_PER_CHAR = 16;

export function defaultBudget(inputChars: number): number {
  return BASE_BUDGET + UNITS_PER_CHAR * Math.max(0, inputChars);
}

export class WorkBudget {
  /** Units spent so far. */
  used = 0;
  /** True once a scan stopped early because the units ran out. */
  exhausted = false;

  constructor(readonly limit: number) {}

  /** Units still available (never negative). */
  get left(): number {
    return this.used >= this.limit ? 0 : this.limit - this.used;
  }

  /** Records `units` of work already done. */
  spend(units: number): void {
    this.used += units;
  }

  /** Marks the budget spent: a scan stopped before the end of its input. */
  stop(): void {
    this.exhausted = true;
  }
}

/** A budget that never runs out, for callers outside analyzeDraft (tests of one scanner, tools). */
export function unlimitedBudget(): WorkBudget {
  return new WorkBudget(Number.POSITIVE_INFINITY);
}
