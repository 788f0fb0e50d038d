// @vitest-environment happy-dom
/**
 * Untrusted text in the compose panel and the send dialog: every place draft or DNS text can reach
 * them, fed hostile strings (markup, control characters, very long text). Each must show as text,
 * verbatim (the components neither strip nor escape: a control character stays in its text node),
 * create no element and no handler, and nothing may throw.
 *
 * Where text reaches the panel: only through a Finding's message data and fix data (the panel's own
 * fields are numbers and catalog strings). So the first table renders every catalog message that has
 * a placeholder, with every placeholder hostile, as a finding and as a fix: a new message is covered
 * the day it is added. The second and third tables run the real producers (the rules on a hostile
 * draft; the sender/recipient domain findings with hostile DNS answers) and render what they made.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type PanelActions, type PanelState, Panel, initialPanelState } from '../../components/Panel';
import { createStore } from '../../components/store';
import { analyzeDraft } from '../../utils/analysis';
import { sortFindings } from '../../utils/findings';
import { DomainFindings } from '../../utils/compose/domain-findings';
import { type Locale, messages, t } from '../../utils/i18n';
import '../../utils/i18n/dns-catalogs';
import type { BackgroundRequest } from '../../utils/messages';
import type { Draft, Finding, MessageData, Report } from '../../utils/types';
import { HOSTILE, HOSTILE_CASES, expectInert } from '../helpers/hostile';

/** The panel's own icons (logo, collapse toggle): the only SVG allowed in its shadow root. */
const OWN_SVGS = '.pf-logo, .pf-toggle';

let host: HTMLElement | null = null;
afterEach(() => {
  if (host?.shadowRoot) render(null, host.shadowRoot.firstElementChild as HTMLElement);
  host = null;
});

/** Renders into a shadow root, as the content script does (utils/compose/start.tsx). */
function shadowMount(vnode: preact.ComponentChild): ShadowRoot {
  host = document.createElement('preflight-panel');
  document.body.replaceChildren(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  act(() => render(vnode, container));
  return shadow;
}

function mountPanel(locale: Locale, report: Report, patch: Partial<PanelState> = {}): ShadowRoot {
  const store = createStore<PanelState>({ ...initialPanelState(locale), report, ...patch });
  const actions: PanelActions = { toggle: vi.fn(), jump: vi.fn(), review: vi.fn(), sendAnyway: vi.fn() };
  return shadowMount(<Panel store={store} actions={actions} />);
}

const placeholders = (template: string): string[] => [
  ...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)),
];

/** Every message (finding or fix) whose template takes data: the fields untrusted text can fill. */
const TEMPLATED = Object.entries(messages.en)
  .filter(([, template]) => placeholders(template).length > 0)
  .map(([id, template]) => ({ id, fields: placeholders(template) }));

const itemsText = (root: ParentNode, sel: string) =>
  [...root.querySelectorAll(sel)].map((el) => [
    el.querySelector('.pf-msg')!.textContent,
    el.querySelector('.pf-fix')?.textContent ?? null,
  ]);
const expectedText = (locale: Locale, f: Finding) => [
  t(locale, f.messageId, f.data),
  f.fix ? t(locale, f.fix.messageId, f.fix.data) : null,
];

/** Every finding of a report, in the panel's order, as text (message, fix); returns what is shown. */
function expectReportShown(root: ParentNode, locale: Locale, findings: readonly Finding[]) {
  const shown = itemsText(root, '.pf-panel > .pf-findings > .pf-finding');
  const expected = sortFindings(findings).map((f) => expectedText(locale, f));
  expect(shown).toEqual(expected);
  // The send dialog, when open, lists some of the same findings: the same text.
  for (const item of itemsText(root, '.pf-dialog .pf-finding')) expect(expected).toContainEqual(item);
  return shown;
}

describe('every templated catalog message, every placeholder hostile', () => {
  test('the catalogs have templated messages to check (finding data from rules, DNS and domains)', () => {
    const ids = TEMPLATED.map((m) => m.id);
    expect(ids.length).toBeGreaterThan(50);
    // Message families that carry draft or DNS text: attachment names, addresses, domains, records.
    for (const id of [
      'attachment-blocked-type.blockedType',
      'recipient-address.missingAt',
      'recipient-domain-typo.useSuggestion',
      'template-placeholders.unfilled',
      'domain-recipient.unknown',
      'domain-sender.unknown',
      'domain-sender.rejected',
    ])
      expect(ids).toContain(id);
  });

  const cases = (['en', 'cs'] as const).flatMap((locale) =>
    HOSTILE_CASES.map(([kind, value]) => [locale, kind, value] as const),
  );

  test.each(cases)('%s, %s: panel list and send dialog show it as text', (locale, kind, value) => {
    const findings: Finding[] = TEMPLATED.map(({ id, fields }, i) => {
      const data: MessageData = Object.fromEntries(fields.map((k) => [k, value]));
      return {
        ruleId: `r${i}-${id}`,
        severity: 'warning',
        weight: 1,
        messageId: id,
        data,
        evidence: [],
        fix: { messageId: id, data },
      };
    });
    const report: Report = { score: 1, level: 'warning', findings };
    const panel = mountPanel(locale, report);
    expectInert(panel, OWN_SVGS);
    const panelItems = expectReportShown(panel, locale, findings);
    expect(panelItems).toHaveLength(findings.length);
    expect(kind && panelItems.every(([m, fix]) => m!.includes(value) && fix!.includes(value))).toBe(true);

    // The dialog, listing them all (it shows the top three in use; the rendering is the same).
    const dialog = shadowMount(
      <ConfirmDialog
        locale={locale}
        findings={findings}
        top={findings.length}
        onReview={vi.fn()}
        onSend={vi.fn()}
      />,
    );
    expectInert(dialog);
    expect(itemsText(dialog, '.pf-dialog .pf-finding')).toEqual(findings.map((f) => expectedText(locale, f)));
  });

  test.each(HOSTILE_CASES)('%s: the open send dialog inside the panel shows it as text', (_kind, value) => {
    const f: Finding = {
      ruleId: 'attachment-blocked-type',
      severity: 'danger',
      weight: 9,
      askBeforeSend: true,
      messageId: 'attachment-blocked-type.blockedType',
      data: { name: value, ext: value },
      evidence: [{ field: 'attachments', index: 0, start: 0, end: 1 }],
      fix: { messageId: 'recipient-domain-typo.useSuggestion', data: { suggestion: value } },
    };
    const panel = mountPanel('en', { score: 9, level: 'danger', findings: [f] }, { confirming: true });
    const dialog = panel.querySelector('[role="dialog"]')!;
    expect(dialog).not.toBeNull();
    expectInert(panel, OWN_SVGS);
    expect(dialog.querySelector('.pf-msg')!.textContent).toContain(value);
    expect(dialog.querySelector('.pf-fix')!.textContent).toContain(value);
  });
});

const baseDraft = (): Draft => ({
  from: 'me@example.com',
  to: ['ann@example.org'],
  cc: [],
  bcc: [],
  subject: 'Hello',
  text: 'Hi Ann, the notes from today.',
  html: '',
  attachments: [],
});

/** What the attachment rule strips from a name it shows (bidi controls and invisible characters). */
const BIDI_INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/g;

/** The engine keeps the first 2,000 characters of an address or a file name (utils/analysis/normalize.ts). */
const cap = (v: string) => v.slice(0, 1_900);

/**
 * Each draft field the rules quote back, with a hostile value put where a rule echoes it, and the
 * finding that must show it. `shows`: the text the finding must contain (the hostile string whole,
 * or as the rule documents it: attachment names lose bidi and invisible characters, which is the
 * disguisedName finding's point); null where the rule quotes only a part (the address parser drops a
 * display name; caps words) and the generic checks apply.
 */
const DRAFT_FIELDS: Array<{
  field: string;
  make: (v: string) => Partial<Draft>;
  messageId: string;
  shows: ((v: string) => string) | null;
}> = [
  {
    field: 'attachment name (blocked type)',
    make: (v) => ({ attachments: [{ name: `${cap(v)}.exe`, size: 1000, type: '' }] }),
    messageId: 'attachment-blocked-type.',
    shows: (v) => cap(v).replace(BIDI_INVISIBLE, ''),
  },
  {
    field: 'attachment name (too big)',
    make: (v) => ({
      attachments: [{ name: `${cap(v)}.pdf`, size: 40 * 1024 * 1024, type: 'application/pdf' }],
    }),
    messageId: 'attachment-size.fileOverSendingLimit',
    shows: (v) => `${cap(v)}.pdf`,
  },
  {
    field: 'recipient address (To)',
    make: (v) => ({ to: [v] }),
    messageId: 'recipient-address.',
    shows: null,
  },
  {
    field: 'recipient address (Cc)',
    make: (v) => ({ cc: [`bob@gmial.com${v.slice(0, 30)}`] }),
    messageId: 'recipient-address.',
    shows: null,
  },
  {
    field: 'recipient display name (Bcc, domain typo with a suggestion in the fix)',
    make: (v) => ({ bcc: [`"${cap(v)}" <bob@gmial.com>`] }),
    messageId: 'recipient-domain-typo.providerTypo',
    shows: null,
  },
  {
    field: 'body placeholder',
    make: (v) => ({ text: `Dear {{${v.slice(0, 30)}}}, hello.` }),
    messageId: 'template-placeholders.unfilled',
    shows: (v) => v.slice(0, 30),
  },
  {
    field: 'subject (caps words)',
    make: (v) => ({ subject: `FREE MONEY URGENT ${v.toUpperCase()} NOW` }),
    messageId: 'subject-all-caps.',
    shows: null,
  },
  {
    field: 'subject (fake reply)',
    make: (v) => ({ subject: `Re: ${v}` }),
    messageId: 'subject-fake-reply.fakeReply',
    shows: null,
  },
];

describe('the rules on a hostile draft, rendered', () => {
  const cases = DRAFT_FIELDS.flatMap((d) => HOSTILE_CASES.map(([kind, v]) => [d.field, kind, v, d] as const));

  test.each(cases)('%s = %s: as text, no element', (_field, _kind, value, d) => {
    const report = analyzeDraft({ ...baseDraft(), ...d.make(value) });
    const hit = report.findings.find((f) => f.messageId.startsWith(d.messageId));
    expect(hit, `no ${d.messageId} finding`).toBeDefined();
    const panel = mountPanel('en', report, { confirming: true });
    expectInert(panel, OWN_SVGS);
    const shown = expectReportShown(panel, 'en', report.findings);
    if (d.shows) {
      const text = shown.flat().join('\n');
      expect(text).toContain(d.shows(value));
      if (d.messageId.startsWith('attachment-blocked-type')) expect(text).not.toMatch(BIDI_INVISIBLE);
    }
  });

  test('one draft with every field hostile at once (subject, addresses, body, attachments)', () => {
    const v = HOSTILE.img!;
    const report = analyzeDraft({
      from: `${v}@example.com`,
      to: [v, `${v}@exampel.com`],
      cc: [`"${v}" <x@gmial.com>`],
      bcc: [HOSTILE.control!],
      subject: `Re: ${v} ${HOSTILE.svg} FREE MONEY!!!`,
      text: `Hi [${v}], {{${HOSTILE.script}}} send $1,000,000 now!!!! ${HOSTILE.long}`,
      html: `<p>${v}</p>`,
      attachments: [
        { name: `${v}.exe`, size: 40 * 1024 * 1024, type: '' },
        { name: HOSTILE.control!, size: 10, type: '' },
      ],
    });
    expect(report.findings.length).toBeGreaterThan(3);
    const panel = mountPanel('cs', report, { confirming: true });
    expectInert(panel, OWN_SVGS);
    expectReportShown(panel, 'cs', report.findings);
    expect(panel.querySelector('.pf-panel > .pf-findings')!.textContent).toContain(`${v}.exe`);
  });
});

describe('sender and recipient domain findings from hostile DNS answers, rendered', () => {
  /** Each DNS-derived field of a domain finding, and a background answer that puts `v` in it. */
  const DNS_FIELDS: Array<{
    field: string;
    draft: (v: string) => Partial<Draft>;
    answer: (m: BackgroundRequest, v: string) => unknown;
    messageId: string;
  }> = [
    {
      field: 'sender check error (reason)',
      draft: () => ({ from: 'me@acme.test', to: [] }),
      answer: (_m, v) => ({ ok: false, error: { code: 'internal', message: v } }),
      messageId: 'domain-sender.unknown',
    },
    {
      field: 'sender domain name',
      draft: (v) => ({ from: `me@${v}`, to: [] }),
      answer: (_m) => ({ ok: false, error: { code: 'internal', message: 'SERVFAIL' } }),
      messageId: 'domain-sender.',
    },
    {
      field: 'recipient check error (reason)',
      draft: () => ({ to: ['bob@gone.test'] }),
      answer: (_m, v) => ({ ok: false, error: { code: 'internal', message: v } }),
      messageId: 'domain-recipient.unknown',
    },
    {
      field: 'recipient detail from DNS',
      draft: () => ({ to: ['bob@gone.test'] }),
      answer: (m, v) =>
        m.type === 'recipient-check'
          ? {
              ok: true,
              value: {
                checkedAt: '',
                domains: [{ domain: 'gone.test', status: 'unknown', reason: 'error', detail: v }],
              },
            }
          : undefined,
      messageId: 'domain-recipient.unknown',
    },
    {
      field: 'recipient address and domain',
      draft: (v) => ({ to: [`bob@${v}`] }),
      answer: (m) =>
        m.type === 'recipient-check'
          ? {
              ok: true,
              value: {
                checkedAt: '',
                domains: m.domains.map((domain) => ({ domain, status: 'bounce', reason: 'nxdomain' })),
              },
            }
          : undefined,
      messageId: 'domain-recipient.',
    },
    {
      field: 'sender findings when the messenger throws',
      draft: () => ({ from: 'me@acme.test', to: ['bob@gone.test'] }),
      answer: (_m, v) => {
        throw new Error(v);
      },
      messageId: 'domain-',
    },
  ];

  const cases = DNS_FIELDS.flatMap((d) => HOSTILE_CASES.map(([kind, v]) => [d.field, kind, v, d] as const));

  test.each(cases)('%s = %s: as text, no element', async (_field, _kind, value, d) => {
    const timers: Array<() => void> = [];
    const df = new DomainFindings({
      send: async (m) => d.answer(m, value),
      service: 'gmail',
      onChange: () => {},
      setTimeout: (fn) => void timers.push(fn),
      debounceMs: 0,
    });
    const draft = { ...baseDraft(), ...d.draft(value) };
    df.apply(draft, { score: 0, level: 'ok', findings: [] });
    await df.fetch();
    const report = df.apply(draft, { score: 0, level: 'ok', findings: [] });
    const hits = report.findings.filter((f) => f.messageId.startsWith(d.messageId));
    expect(hits.length, `no ${d.messageId} finding`).toBeGreaterThan(0);
    const panel = mountPanel('en', report, { confirming: true });
    expectInert(panel, OWN_SVGS);
    expectReportShown(panel, 'en', report.findings);
    // The DNS text reached the panel (whole, or as much of it as the field carries: a domain is
    // lower-cased and loses trailing '>' and spaces).
    const shown = panel.querySelector('.pf-panel > .pf-findings')!.textContent ?? '';
    const strings = hits.flatMap((f) => Object.values(f.data ?? {}).map(String));
    expect(strings.some((s) => s && shown.includes(s))).toBe(true);
  });
});
