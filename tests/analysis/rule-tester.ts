/**
 * A tiny rule tester in the manner of ESLint's RuleTester: a table of drafts that must stay silent
 * and drafts with the exact findings they must produce. It refuses duplicate cases and message ids
 * the rule does not define, and checks every finding against the shared vocabulary (evidence inside
 * its field, fix advice the rule defines, a sane weight).
 */
import { describe, expect, it } from 'vitest';
import type { Draft, Evidence, Finding, Severity } from '../../utils/types';
import { runRule, type AnalysisSettings, type Rule } from '../../utils/analysis';
import { normalizeDraft } from '../../utils/analysis/normalize';
// Every phrase pack, as Node tools load them (the extension loads packs when a draft needs them).
import '../../utils/analysis/phrases/all';

export type DraftLike = Partial<Draft>;

export interface ExpectedFinding {
  /** Short ('allCaps') or full ('subject-all-caps.allCaps') message id. */
  messageId: string;
  severity?: Severity;
  /** Checked as a subset of the finding's data. */
  data?: Record<string, string | number>;
  /** Checked item by item as subsets, and the count must match. */
  evidence?: Partial<Evidence>[];
  /** Short or full fix id. */
  fix?: string;
  fixData?: Record<string, string | number>;
}

export interface ValidCase {
  name?: string;
  draft: DraftLike;
  settings?: Partial<AnalysisSettings>;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleTests {
  valid: (DraftLike | ValidCase)[];
  invalid: InvalidCase[];
}

const isCase = (c: DraftLike | ValidCase): c is ValidCase => 'draft' in c && typeof c.draft === 'object';

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function label(c: ValidCase, i: number): string {
  if (c.name) return c.name;
  const d = c.draft;
  const text = d.subject ?? d.text ?? d.html ?? JSON.stringify(d);
  return `#${i + 1} ${String(text).replace(/\s+/g, ' ').slice(0, 60)}`;
}

const full = (rule: Rule, id: string): string => (id.includes('.') ? id : `${rule.meta.id}.${id}`);

/** The string an evidence range points into. */
function fieldText(draft: unknown, e: Evidence): string | null {
  const { draft: d } = normalizeDraft(draft);
  switch (e.field) {
    case 'to':
    case 'cc':
    case 'bcc':
      return e.index !== undefined ? (d[e.field][e.index] ?? null) : null;
    case 'attachments':
      return e.index !== undefined ? (d.attachments[e.index]?.name ?? null) : null;
    case 'from':
    case 'subject':
    case 'text':
    case 'html':
      return d[e.field];
    default:
      return null;
  }
}

/** Invariants every finding of every rule must satisfy. */
export function checkFinding(rule: Rule, draft: unknown, f: Finding): void {
  const id = rule.meta.id;
  expect(f.ruleId).toBe(id);
  expect(f.messageId.startsWith(`${id}.`), `${f.messageId} is namespaced`).toBe(true);
  expect(Object.keys(rule.meta.messages), `message ${f.messageId} is defined in meta`).toContain(
    f.messageId.slice(id.length + 1),
  );
  expect(f.fix, 'every finding carries fix advice').toBeDefined();
  expect(Object.keys(rule.meta.fixes), `fix ${f.fix?.messageId} is defined in meta`).toContain(
    f.fix!.messageId.slice(id.length + 1),
  );
  expect(Number.isFinite(f.weight) && f.weight >= 0, 'weight is finite and non-negative').toBe(true);
  expect(['info', 'notice', 'warning', 'danger']).toContain(f.severity);
  expect(f.evidence.length, 'at least one piece of evidence').toBeGreaterThan(0);
  for (const e of f.evidence) {
    const text = fieldText(draft, e);
    expect(text, `evidence field ${e.field}[${e.index ?? ''}] exists`).not.toBeNull();
    expect(
      e.start >= 0 && e.start <= e.end && e.end <= text!.length,
      `range [${e.start}, ${e.end}) inside ${e.field}`,
    ).toBe(true);
  }
}

export function ruleTester(rule: Rule, tests: RuleTests): void {
  const valid = tests.valid.map((c) => (isCase(c) ? c : { draft: c }));
  const all: ValidCase[] = [...valid, ...tests.invalid];

  describe(rule.meta.id, () => {
    it('has no duplicate cases', () => {
      const seen = new Map<string, number>();
      all.forEach((c, i) => {
        const key = stable({ draft: c.draft, settings: c.settings ?? null });
        expect(seen.has(key), `case ${label(c, i)} duplicates case #${(seen.get(key) ?? 0) + 1}`).toBe(false);
        seen.set(key, i);
      });
    });

    it('expects only message and fix ids the rule defines', () => {
      const messages = Object.keys(rule.meta.messages).map((m) => full(rule, m));
      const fixes = Object.keys(rule.meta.fixes).map((m) => full(rule, m));
      for (const c of tests.invalid) {
        expect(c.findings.length, `${label(c, 0)} expects at least one finding`).toBeGreaterThan(0);
        for (const f of c.findings) {
          expect(messages, `unknown message id ${f.messageId}`).toContain(full(rule, f.messageId));
          if (f.fix) expect(fixes, `unknown fix id ${f.fix}`).toContain(full(rule, f.fix));
        }
      }
    });

    describe('valid', () => {
      valid.forEach((c, i) => {
        it(label(c, i), () => {
          const findings = runRule(rule, c.draft, c.settings);
          expect(findings.map((f) => f.messageId)).toEqual([]);
        });
      });
    });

    describe('invalid', () => {
      tests.invalid.forEach((c, i) => {
        it(label(c, valid.length + i), () => {
          const findings = runRule(rule, c.draft, c.settings);
          expect(findings.map((f) => f.messageId)).toEqual(c.findings.map((f) => full(rule, f.messageId)));
          findings.forEach((f, k) => {
            checkFinding(rule, c.draft, f);
            const want = c.findings[k]!;
            if (want.severity) expect(f.severity).toBe(want.severity);
            if (want.data) expect(f.data).toMatchObject(want.data);
            if (want.evidence) {
              expect(f.evidence).toHaveLength(want.evidence.length);
              want.evidence.forEach((e, n) => expect(f.evidence[n]).toMatchObject(e));
            }
            if (want.fix) expect(f.fix?.messageId).toBe(full(rule, want.fix));
            if (want.fixData) expect(f.fix?.data).toMatchObject(want.fixData);
          });
        });
      });
    });
  });
}
