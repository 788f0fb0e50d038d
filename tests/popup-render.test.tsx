// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { beforeAll, describe, expect, test } from 'vitest';
import { Popup } from '../components/popup/Popup';
import type { PopupView } from '../components/popup/model';
import { emptyChecks } from '../components/popup/model';
import { CHECK_KEYS } from '../utils/auth/contract';
import { type LocaleMessages, useMessagesForTest } from '../utils/ui-i18n';

const locales = (l: string): LocaleMessages =>
  JSON.parse(
    readFileSync(join(__dirname, '../public/_locales', l, 'messages.json'), 'utf8'),
  ) as LocaleMessages;

function mount(view: PopupView | null, locale: 'en' | 'cs' = 'en') {
  useMessagesForTest(locales(locale), locale);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(
    <Popup
      locale={locale}
      tab={null}
      view={view}
      now={10 * 60_000}
      onCheck={() => {}}
      onOptions={() => {}}
      copy={async () => {}}
    />,
    root,
  );
  return root;
}

const baseView = (): PopupView => ({
  domain: 'example.com',
  checks: emptyChecks('checking'),
  checkedAt: 0,
  resolver: '',
  busy: true,
});

beforeAll(() => useMessagesForTest(locales('en'), 'en'));

describe('popup view', () => {
  test('while checking: every row says checking, no data-grade yet', () => {
    const root = mount(baseView());
    const rows = [...root.querySelectorAll('[data-check]')];
    expect(rows.map((r) => r.getAttribute('data-check'))).toEqual([...CHECK_KEYS]);
    expect(rows.every((r) => r.getAttribute('data-status') === 'checking')).toBe(true);
    expect(root.querySelector('[data-grade]')).toBeNull();
    expect(root.querySelector('.pf-when')!.textContent).toBe('Checking…');
  });

  test('done: grade, statuses, findings and records as text, copy button, time ago', () => {
    const v = baseView();
    v.busy = false;
    v.grade = 'C';
    v.checkedAt = 5 * 60_000;
    v.resolver = 'https://dns.example/dns-query';
    for (const k of CHECK_KEYS) v.checks[k] = { status: 'pass', result: { status: 'pass', findings: [] } };
    v.checks.dmarc = {
      status: 'fail',
      result: {
        status: 'fail',
        findings: [],
        records: ['<img src=x onerror=alert(1)>'],
        suggested: [{ name: '_dmarc.example.com', type: 'TXT', value: 'v=DMARC1; p=none', messageId: 'x' }],
      },
    };
    const root = mount(v);
    expect(root.querySelector('[data-grade]')!.getAttribute('data-grade')).toBe('C');
    expect(root.querySelector('[data-check="dmarc"]')!.getAttribute('data-status')).toBe('fail');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.pf-published code')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('.pf-copy')!.getAttribute('aria-label')).toBe(
      'Copy the TXT record for _dmarc.example.com',
    );
    expect(root.querySelector('.pf-when')!.textContent).toBe('Checked 5 minutes ago');
    expect(root.querySelector('.pf-resolver')!.textContent).toContain('dns.example');
  });

  test('a failed check says why; Czech strings come from the Czech messages', () => {
    const v = baseView();
    v.checks.spf = { status: 'unknown', error: { key: 'popup_errInternal', detail: 'TIMEOUT' } };
    const root = mount(v, 'cs');
    expect(root.querySelector('[data-check="spf"] .pf-error')!.textContent).toBe(
      'Nelze zkontrolovat, protože dotaz DNS selhal. (TIMEOUT)',
    );
    expect(root.querySelector('.pf-provider h2')!.textContent).toBe('Tohle z webmailu neopravíte');
  });
});
