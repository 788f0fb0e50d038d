// @vitest-environment happy-dom
/**
 * Untrusted text in the toolbar popup: every field of the view that carries DNS or page text, fed
 * hostile strings (markup, control characters, very long text). Each must show as text, verbatim
 * (the popup neither strips nor escapes), create no element and no handler, and nothing may throw.
 * The table lists every text field of PopupView and TabStatus: a new field belongs in it. The last
 * test runs the real domain checks on a zone whose records are hostile and renders the result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { Popup } from '../components/popup/Popup';
import type { CachedReport, PopupView } from '../components/popup/model';
import { emptyChecks, viewFromCache } from '../components/popup/model';
import { CHECK_KEYS, type CheckKey } from '../utils/auth/contract';
import { buildDomainReport } from '../utils/auth/report';
import { t } from '../utils/i18n';
import '../utils/i18n/dns-catalogs';
import type { TabStatus } from '../utils/popup-status';
import { type LocaleMessages, useMessagesForTest } from '../utils/ui-i18n';
import { createZoneResolver } from './helpers/dns-zone';
import { HOSTILE, HOSTILE_CASES, expectInert } from './helpers/hostile';

const locales = (l: string): LocaleMessages =>
  JSON.parse(
    readFileSync(join(__dirname, '../public/_locales', l, 'messages.json'), 'utf8'),
  ) as LocaleMessages;

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root = null;
});

function mount(view: PopupView | null, tab: TabStatus | null | undefined = null, locale: 'en' | 'cs' = 'en') {
  useMessagesForTest(locales(locale), locale);
  root = document.createElement('div');
  document.body.replaceChildren(root);
  const draw = (v: PopupView | null): void =>
    void act(() =>
      render(
        <Popup
          locale={locale}
          tab={tab}
          view={v}
          now={10 * 60_000}
          onCheck={() => {}}
          onOptions={() => {}}
          copy={async () => {}}
        />,
        root!,
      ),
    );
  // Busy first, then done: the popup announces the outcome (with the domain) on that change.
  if (view) draw({ ...view, busy: true });
  draw(view);
  return root;
}

const doneView = (): PopupView => ({
  domain: 'example.com',
  checks: Object.fromEntries(
    CHECK_KEYS.map((k) => [k, { status: 'pass', result: { status: 'pass', findings: [] } }]),
  ) as unknown as PopupView['checks'],
  grade: 'B',
  checkedAt: 5 * 60_000,
  resolver: 'https://dns.example/dns-query',
  busy: false,
});

type Field = {
  field: string;
  /** Puts `v` into the view or the tab status. */
  put: (v: string, view: PopupView) => TabStatus | null | void;
  /** Where it shows; the text there must contain `v`. */
  at: string;
  /** Shown in an attribute instead of text (an accessible name). */
  attr?: string;
};

const withResult = (view: PopupView, k: CheckKey, patch: object) => {
  view.checks[k] = { status: 'warn', result: { status: 'warn', findings: [], ...patch } };
};

/** Every text field of the popup that DNS answers, the page or the user's input can fill. */
const FIELDS: Field[] = [
  { field: 'domain (report title)', put: (v, view) => void (view.domain = v), at: '#pf-report-title' },
  {
    field: 'domain (refresh button name)',
    put: (v, view) => void (view.domain = v),
    at: '.pf-refresh',
    attr: 'aria-label',
  },
  { field: 'domain (announcement)', put: (v, view) => void (view.domain = v), at: '[role="status"]' },
  { field: 'resolver URL', put: (v, view) => void (view.resolver = v), at: '.pf-resolver' },
  {
    field: 'error detail of a failed check',
    put: (v, view) =>
      void (view.checks.spf = { status: 'unknown', error: { key: 'popup_errInternal', detail: v } }),
    at: '[data-check="spf"] .pf-error-detail',
  },
  ...CHECK_KEYS.map((k): Field => ({
    field: `published ${k} record`,
    put: (v, view) => withResult(view, k, { records: ['v=ok', v] }),
    at: `[data-check="${k}"] .pf-published`,
  })),
  {
    field: 'finding data (DNS text in a check finding)',
    put: (v, view) =>
      withResult(view, 'dmarc', {
        findings: [
          {
            ruleId: 'dmarc',
            severity: 'warning',
            weight: 1,
            messageId: 'propagation.noAnswer',
            data: { resolver: v, record: v, name: v, reason: v },
            evidence: [],
          },
        ],
      }),
    at: '[data-check="dmarc"] .pf-finding-text',
  },
  {
    field: 'fix data (a record to publish in the advice)',
    put: (v, view) =>
      withResult(view, 'spf', {
        findings: [
          {
            ruleId: 'spf',
            severity: 'warning',
            weight: 1,
            messageId: 'spf.x',
            evidence: [],
            fix: { messageId: 'spf-provider.addInclude', data: { include: v, service: v, record: v } },
          },
        ],
      }),
    at: '[data-check="spf"] .pf-fix',
  },
  ...(['name', 'value', 'messageId'] as const).map((part): Field => ({
    field: `suggested record ${part}`,
    put: (v, view) =>
      withResult(view, 'dmarc', {
        suggested: [
          { name: '_dmarc.example.com', type: 'TXT', value: 'v=DMARC1; p=none', messageId: 'x', [part]: v },
        ],
      }),
    at: `[data-check="dmarc"] .pf-record`,
  })),
  {
    field: 'suggested record name (copy button name)',
    put: (v, view) =>
      withResult(view, 'spf', {
        suggested: [{ name: v, type: 'TXT', value: 'v=spf1 -all', messageId: 'x' }],
      }),
    at: '[data-check="spf"] .pf-copy',
    attr: 'aria-label',
  },
  {
    field: 'webmail site name from the tab (layout not recognized)',
    put: (v) => ({ adapter: 'gmail', site: v, state: 'layout-not-recognized', composes: 0, sender: '' }),
    at: '.pf-tab',
  },
  {
    field: 'webmail site name from the tab (active)',
    put: (v) => ({ adapter: 'gmail', site: v, state: 'ok', composes: 2, sender: v }),
    at: '.pf-tab',
  },
];

beforeAll(() => useMessagesForTest(locales('en'), 'en'));

describe('popup: every untrusted field, every hostile string', () => {
  const cases = FIELDS.flatMap((f) => HOSTILE_CASES.map(([kind, v]) => [f.field, kind, v, f] as const));

  test.each(cases)('%s = %s: as text, no element', (_field, _kind, value, f) => {
    const view = doneView();
    const tab = f.put(value, view) ?? null;
    const el = mount(view, tab);
    expectInert(el);
    expect(el.querySelector('img, script, svg')).toBeNull();
    const target = el.querySelector(f.at);
    expect(target, f.at).not.toBeNull();
    const shown = f.attr ? target!.getAttribute(f.attr) : target!.textContent;
    expect(shown).toContain(value);
  });

  test.each(FIELDS.map((f) => [f.field, f] as const))('Czech: %s is text too', (_field, f) => {
    const view = doneView();
    const tab = f.put(HOSTILE.img!, view) ?? null;
    const el = mount(view, tab, 'cs');
    expectInert(el);
    const target = el.querySelector(f.at)!;
    expect(f.attr ? target.getAttribute(f.attr) : target.textContent).toContain(HOSTILE.img);
  });
});

describe('popup: the real domain checks on hostile DNS records', () => {
  test.each(HOSTILE_CASES)('%s in every record: as text, no element', async (_kind, v) => {
    // TXT strings are at most 255 bytes each; a long record is several strings.
    const txt = (prefix: string) => {
      const s = `${prefix}${v}`;
      const parts: string[] = [];
      for (let i = 0; i < s.length; i += 200) parts.push(s.slice(i, i + 200));
      return { TXT: parts };
    };
    const domain = 'hostile.test';
    const resolver = createZoneResolver({
      [domain]: [txt('v=spf1 include:'), { MX: [10, 'mx.hostile.test'] }],
      'mx.hostile.test': [{ A: '192.0.2.1' }],
      [`_dmarc.${domain}`]: [txt('v=DMARC1; p=none; rua=mailto:')],
      [`_mta-sts.${domain}`]: [txt('v=STSv1; id=')],
      [`_smtp._tls.${domain}`]: [txt('v=TLSRPTv1; rua=mailto:')],
      [`default._bimi.${domain}`]: [txt('v=BIMI1; l=')],
      [`google._domainkey.${domain}`]: [txt('v=DKIM1; k=rsa; p=')],
    });
    const report = await buildDomainReport(domain, { resolver, resolverLabel: v, services: ['gmail'] });
    const cached: CachedReport = {
      domain: report.domain,
      checkedAt: 5 * 60_000,
      resolver: report.resolver ?? v,
      checks: Object.fromEntries(CHECK_KEYS.map((k) => [k, report[k]])),
      grade: report.grade,
    };
    const el = mount(viewFromCache(cached));
    expectInert(el);
    expect(el.querySelector('img, script, svg')).toBeNull();
    // The published SPF and DMARC records are shown whole, as text.
    const published = [...el.querySelectorAll('.pf-published code')].map((c) => c.textContent);
    expect(published).toContain(`v=spf1 include:${v}`);
    expect(published).toContain(`v=DMARC1; p=none; rua=mailto:${v}`);
    // Whatever the checks quoted from the records into findings is in the popup as text.
    for (const k of CHECK_KEYS)
      for (const f of report[k].findings)
        expect(el.querySelector(`[data-check="${k}"]`)!.textContent).toContain(t('en', f.messageId, f.data));
  });

  test('while checking (no results yet), a hostile domain is text', () => {
    const el = mount({
      domain: HOSTILE.svg!,
      checks: emptyChecks('checking'),
      checkedAt: 0,
      resolver: '',
      busy: true,
    });
    expectInert(el);
    expect(el.querySelector('#pf-report-title')!.textContent).toBe(HOSTILE.svg);
  });
});
