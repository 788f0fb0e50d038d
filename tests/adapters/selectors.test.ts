// @vitest-environment happy-dom
/**
 * Every selector list an adapter exports is tied to the fixtures it must match. The test finds the
 * selector tables generically (every exported object whose values are lists of strings), so a list
 * added to utils/adapters/gmail.ts without an expectation here fails, and so does an expectation for
 * a list that no longer exists. Expectations name fixtures under tests/fixtures/gmail/:
 *   match:  some alternative of the list finds an element in each of these fixtures, and the first
 *           alternative (the current layout) finds one in at least one of them;
 *   absent: no alternative finds anything there (e.g. reply marks in a new message).
 */
import { describe, expect, it } from 'vitest';
import * as gmail from '../../utils/adapters/gmail';
import { FIXTURE_NAMES, fixtureHtml } from './load-fixture';

type Fixture = (typeof FIXTURE_NAMES)[number];
interface Expectation {
  match: readonly Fixture[];
  absent?: readonly Fixture[];
  /** Why a list has no fixture to match yet (then `match` is empty). */
  gap?: string;
}

const ALL = FIXTURE_NAMES;
const COMPOSES_WITH_SUBJECT: Fixture[] = ['inbox', 'draft', 'fullscreen', 'two', 'cs'];

/** '<export>.<list>' → expectation. */
const EXPECTED: Record<string, Expectation> = {
  'GMAIL_SELECTORS.body': { match: ALL },
  'GMAIL_SELECTORS.root': { match: ALL },
  'GMAIL_SELECTORS.send': { match: ALL },
  'GMAIL_SELECTORS.toolbar': { match: ALL },
  'GMAIL_SELECTORS.from': { match: ALL },
  'GMAIL_SELECTORS.subject': { match: COMPOSES_WITH_SUBJECT, absent: ['reply'] },
  'GMAIL_SELECTORS.hiddenSubject': { match: ['reply'], absent: COMPOSES_WITH_SUBJECT },
  'GMAIL_SELECTORS.chip': { match: ['draft', 'reply', 'two', 'cs'], absent: ['inbox', 'fullscreen'] },
  'GMAIL_SELECTORS.attachmentChip': {
    match: ['draft', 'cs'],
    absent: ['inbox', 'reply', 'fullscreen', 'two'],
  },
  'GMAIL_SELECTORS.attachmentName': {
    match: ['draft', 'cs'],
    absent: ['inbox', 'reply', 'fullscreen', 'two'],
  },
  'GMAIL_SELECTORS.attachmentSize': {
    match: ['draft', 'cs'],
    absent: ['inbox', 'reply', 'fullscreen', 'two'],
  },
  'GMAIL_SELECTORS.bodySkip': { match: ['draft', 'reply', 'cs'], absent: ['inbox', 'fullscreen', 'two'] },
  'GMAIL_SELECTORS.replyMarks': { match: ['reply'], absent: COMPOSES_WITH_SUBJECT },
  'GMAIL_SELECTORS.otherSends': {
    match: [],
    gap: 'the unit fixtures have no such element; the e2e fixtures (tests/fixtures/gmail, browser tests) model it',
  },
  'GMAIL_SELECTORS.sendMenuOpener': { match: ALL },
  'GMAIL_SELECTORS.menuItem': {
    match: [],
    gap: 'the unit fixtures have no such element; the e2e fixtures (tests/fixtures/gmail, browser tests) model it',
  },
  'GMAIL_SELECTORS.fromChoice': {
    match: [],
    gap: 'the unit fixtures have no such element; the e2e fixtures (tests/fixtures/gmail, browser tests) model it',
  },
  'GMAIL_SELECTORS.accountButton': {
    match: [],
    gap: 'only the older alternatives match the unit fixtures; the current one is modelled in the e2e fixtures',
  },
  'GMAIL_SELECTORS.recipientBox': {
    match: [],
    gap: 'the unit fixtures have no such element; the e2e fixtures (tests/fixtures/gmail, browser tests) model it',
  },
  'GMAIL_SELECTORS.recipientBoxAny': {
    match: [],
    gap: 'the unit fixtures have no such element; the e2e fixtures (tests/fixtures/gmail, browser tests) model it',
  },
  'GMAIL_SELECTORS.inlineContainer': { match: ['reply'] },
  'GMAIL_SELECTORS.ownDialog': {
    match: [],
    absent: ALL,
    gap: 'no fixture shows Gmail\u2019s own confirmation ("send without a subject?") yet',
  },
};

const isSelectorList = (l: unknown): l is readonly string[] =>
  Array.isArray(l) && l.length > 0 && l.every((s) => typeof s === 'string');
/** An exported object holding selector lists (other entries, such as a class name, are not lists). */
const isSelectorTable = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).some(isSelectorList);

type SelectorTable = Record<string, unknown>;
const tables: [string, SelectorTable][] = Object.entries(gmail as Record<string, unknown>).flatMap(
  ([name, value]) => (isSelectorTable(value) ? [[name, value] as [string, SelectorTable]] : []),
);
const lists = tables.flatMap(([name, table]) =>
  Object.entries(table).flatMap(([key, list]) =>
    isSelectorList(list) ? [[`${name}.${key}`, list] as const] : [],
  ),
);
const docs = new Map<Fixture, Document>(
  FIXTURE_NAMES.map((n) => [n, new DOMParser().parseFromString(fixtureHtml(n), 'text/html')]),
);
const count = (doc: Document, selector: string) => doc.querySelectorAll(selector).length;

describe('gmail selector tables', () => {
  it('exports at least one selector table', () => {
    expect(tables.map(([name]) => name)).toContain('GMAIL_SELECTORS');
  });

  it('has an expectation for every exported list, and none for a list that is gone', () => {
    expect(lists.map(([id]) => id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(lists)('%s is valid CSS and matches its fixtures', (id, list) => {
    const e = EXPECTED[id];
    if (!e) return; // reported by the test above
    for (const s of list) expect(() => docs.get('inbox')!.querySelectorAll(s), s).not.toThrow();
    for (const name of e.match) {
      expect(
        list.some((s) => count(docs.get(name)!, s) > 0),
        `${id} finds nothing in ${name}`,
      ).toBe(true);
    }
    if (e.match.length) {
      expect(
        e.match.some((name) => count(docs.get(name)!, list[0]!) > 0),
        `${id}: the first (current) alternative ${list[0]} matches none of ${e.match.join(', ')}`,
      ).toBe(true);
    } else {
      expect(e.gap, `${id} matches no fixture: add one, or say why in "gap"`).toBeTruthy();
    }
    for (const name of e.absent ?? []) {
      expect(
        list.filter((s) => count(docs.get(name)!, s) > 0),
        `${id} must find nothing in ${name}`,
      ).toEqual([]);
    }
  });
});
