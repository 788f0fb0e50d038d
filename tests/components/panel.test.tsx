// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type PanelActions, type PanelState, Panel, initialPanelState } from '../../components/Panel';
import { formatSize, pluralKey, tCount } from '../../components/format';
import { createStore } from '../../components/store';
import type { Locale } from '../../utils/i18n';
import type { Finding, Report } from '../../utils/types';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'rule-a',
  severity: 'warning',
  weight: 5,
  // A catalog message with data: the data is what a rule would fill from the (untrusted) draft.
  messageId: 'status.layoutNotRecognized',
  data: { site: 'Gmail' },
  evidence: [{ field: 'text', start: 0, end: 4 }],
  ...over,
});
const report = (findings: Finding[], level: Report['level'] = 'warning'): Report => ({
  score: 10,
  level,
  findings,
});

let container: HTMLElement;
afterEach(() => render(null, container));

function mount(locale: Locale, patch: Partial<PanelState> = {}) {
  container = document.createElement('div');
  document.body.replaceChildren(container);
  const store = createStore<PanelState>({ ...initialPanelState(locale), ...patch });
  const actions: PanelActions = { toggle: vi.fn(), jump: vi.fn(), review: vi.fn(), sendAnyway: vi.fn() };
  act(() => render(<Panel store={store} actions={actions} />, container));
  return {
    store,
    actions,
    q: (s: string) => container.querySelector<HTMLElement>(s),
    qa: (s: string) => [...container.querySelectorAll<HTMLElement>(s)],
  };
}

describe('panel', () => {
  test('before the first analysis it says it is checking; a clean draft says so', () => {
    const { store, q } = mount('en');
    expect(q('.pf-summary')!.textContent).toBe('Checking…');
    act(() => store.set({ report: report([], 'ok') }));
    expect(q('.pf-badge')!.textContent).toBe('Looks good');
    expect(q('.pf-summary')!.textContent).toBe('No problems found.');
    expect(q('.pf-toggle')).toBeNull();
  });

  test('findings: most severe first, with fix advice and a Show button where there is evidence', () => {
    const { store, q, qa, actions } = mount('en');
    const notice = finding({
      ruleId: 'n',
      severity: 'notice',
      evidence: [{ field: 'to', start: 0, end: 1, index: 0 }],
    });
    const danger = finding({ ruleId: 'd', severity: 'danger', fix: { messageId: 'confirm.review' } });
    act(() => store.set({ report: report([notice, danger], 'danger') }));
    expect(q('.pf-summary')!.textContent).toBe('2 problems');
    expect(qa('.pf-finding').map((li) => li.dataset.rule)).toEqual(['d', 'n']);
    expect(q('.pf-finding .pf-fix')!.textContent).toBe('Review');
    expect(qa('.pf-link')).toHaveLength(1);
    act(() => q('.pf-link')!.click());
    expect(actions.jump).toHaveBeenCalledWith(danger);
    act(() => q('.pf-toggle')!.click());
    expect(actions.toggle).toHaveBeenCalled();
  });

  test('collapsed: the bar stays, the list goes', () => {
    const { q } = mount('en', { report: report([finding()]), collapsed: true });
    expect(q('.pf-findings')).toBeNull();
    expect(q('.pf-toggle')!.getAttribute('aria-expanded')).toBe('false');
  });

  test('untrusted text is rendered as text, never as HTML', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { q } = mount('en', { report: report([finding({ data: { site: evil } })]) });
    expect(q('.pf-msg')!.textContent).toContain(evil);
    expect(q('.pf-msg img')).toBeNull();
  });

  test('Czech: plural forms and level names with diacritics', () => {
    const { q, store } = mount('cs', { report: report([finding(), finding(), finding()], 'danger') });
    expect(q('.pf-summary')!.textContent).toBe('3 problémy');
    expect(q('.pf-badge')!.textContent).toBe('Vysoké riziko');
    act(() =>
      store.set({
        report: report(
          Array.from({ length: 5 }, () => finding()),
          'danger',
        ),
      }),
    );
    expect(q('.pf-summary')!.textContent).toBe('5 problémů');
  });

  test('attachment total in the bar, exact bytes in its title', () => {
    const { q } = mount('cs', { report: report([], 'ok'), attachments: { count: 2, bytes: 1_258_291 } });
    expect(q('.pf-att')!.textContent).toBe('2 přílohy, 1,2 MB');
    expect(q('.pf-att')!.title).toBe('1258291 B');
  });
});

describe('send confirmation', () => {
  test('a dialog with the top findings and the two actions', () => {
    const findings = Array.from({ length: 5 }, (_, i) => finding({ ruleId: `r${i}` }));
    const { q, qa, actions, store } = mount('en', { report: report(findings, 'danger') });
    act(() => store.set({ confirming: true }));
    const dialog = q('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.querySelectorAll('.pf-finding')).toHaveLength(3);
    expect(q('.pf-more')!.textContent).toBe('2 more problems are listed in the panel.');
    // Review first in tab order, and the default: it has focus.
    expect(qa('[data-action]').map((b) => b.dataset.action)).toEqual(['review', 'send']);
    expect(document.activeElement).toBe(q('[data-action="review"]'));
    act(() => q('[data-action="review"]')!.click());
    expect(actions.review).toHaveBeenCalledTimes(1);
    act(() => q('[data-action="send"]')!.click());
    expect(actions.sendAnyway).toHaveBeenCalledTimes(1);
  });

  test('Escape means Review', () => {
    container = document.createElement('div');
    document.body.replaceChildren(container);
    const onReview = vi.fn();
    act(() =>
      render(
        <ConfirmDialog locale="cs" findings={[finding()]} onReview={onReview} onSend={vi.fn()} />,
        container,
      ),
    );
    expect(container.querySelector('h2')!.textContent).toBe('Opravdu odeslat?');
    container
      .querySelector('[role="dialog"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onReview).toHaveBeenCalled();
  });
});

describe('dialog focus', () => {
  function open() {
    container = document.createElement('div');
    const before = document.createElement('button');
    before.textContent = 'Send';
    document.body.replaceChildren(before, container);
    before.focus();
    const onReview = vi.fn();
    const show = (on: boolean): void => {
      act(() =>
        render(
          on ? (
            <ConfirmDialog locale="en" findings={[finding()]} onReview={onReview} onSend={vi.fn()} />
          ) : null,
          container,
        ),
      );
    };
    show(true);
    const dialog = container.querySelector<HTMLElement>('[role="dialog"]')!;
    const key = (k: string, shiftKey = false) =>
      dialog.dispatchEvent(
        new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }),
      );
    const active = () =>
      (document.activeElement as HTMLElement | null)?.dataset.action ?? document.activeElement?.textContent;
    return { before, dialog, key, active, show, onReview };
  }

  test('Tab and Shift+Tab cycle inside the dialog', () => {
    const d = open();
    expect(d.active()).toBe('review');
    d.key('Tab');
    expect(d.active()).toBe('send');
    d.key('Tab');
    expect(d.active()).toBe('review');
    d.key('Tab', true);
    expect(d.active()).toBe('send');
  });

  test('closing gives focus back to where it was, unless Review moved it elsewhere', () => {
    const d = open();
    d.show(false);
    expect(document.activeElement).toBe(d.before);
    const e = open();
    const subject = document.createElement('input');
    document.body.append(subject);
    subject.focus();
    e.show(false);
    expect(document.activeElement).toBe(subject);
  });
});

describe('live region and partial analysis', () => {
  test('one live region, whose text changes with the level only', () => {
    const { store, qa } = mount('en', { report: report([finding()], 'warning') });
    const live = qa('[aria-live]');
    expect(live).toHaveLength(1);
    expect(live[0]!.textContent).toBe('Preflight: Risky');
    act(() => store.set({ report: report([finding(), finding({ ruleId: 'b' })], 'warning') }));
    expect(live[0]!.textContent).toBe('Preflight: Risky');
    act(() => store.set({ report: report([], 'ok') }));
    expect(live[0]!.textContent).toBe('Preflight: Looks good');
  });

  test.each([
    ['en', false, /^Checked in part: .*will not hold/],
    ['en', true, /^Checked in part: .*sent without asking/],
    ['cs', false, /^Zkontrolováno jen zčásti: .*nezdrží/],
    ['cs', true, /^Zkontrolováno jen zčásti: .*bez dotazu/],
  ] as const)('a partial report says so (%s, sent unasked: %s)', (locale, partialSend, text) => {
    const { q, store } = mount(locale, { report: { ...report([], 'ok'), partial: true }, partialSend });
    expect(q('[data-note="partial"]')!.textContent).toMatch(text);
    act(() => store.set({ report: report([], 'ok') }));
    expect(q('[data-note="partial"]')).toBeNull();
  });
});

describe('formatting', () => {
  test('Czech plural categories', () => {
    expect([0, 1, 2, 4, 5, 22].map((n) => pluralKey('cs', n))).toEqual([
      'other',
      'one',
      'few',
      'few',
      'other',
      'other',
    ]);
    expect([1, 2].map((n) => pluralKey('en', n))).toEqual(['one', 'other']);
    expect(tCount('en', 'panel.findings', 1)).toBe('1 problem');
  });

  test('sizes in the locale', () => {
    expect(formatSize('en', 512)).toBe('512 B');
    expect(formatSize('en', 12_000)).toBe('12 KB');
    expect(formatSize('cs', 1_258_291)).toBe('1,2 MB');
  });
});
