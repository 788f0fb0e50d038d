// @vitest-environment happy-dom
/**
 * The compose panel's domain findings with a fake messenger: debounced, cached per domain, merged
 * into the report, DNS failures as "could not check" (info, never raising the level), and untrusted
 * DNS text rendered as inert text.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type PanelActions, type PanelState, Panel, initialPanelState } from '../../components/Panel';
import { createStore } from '../../components/store';
import { DomainFindings, mergeDomainFindings } from '../../utils/compose/domain-findings';
import type { BackgroundRequest } from '../../utils/messages';
import type { Draft, Report } from '../../utils/types';

const draft = (over: Partial<Draft> = {}): Draft => ({
  from: 'me@acme.test',
  to: ['bob@gone.test', 'ann@fine.test'],
  cc: [],
  bcc: [],
  subject: 'Hello',
  text: 'Hi',
  html: '',
  attachments: [],
  ...over,
});
const clean: Report = { score: 0, level: 'ok', findings: [] };

function harness(answer: (m: BackgroundRequest) => unknown) {
  const sent: BackgroundRequest[] = [];
  const timers: Array<() => void> = [];
  const onChange = vi.fn();
  const df = new DomainFindings({
    send: async (m) => (sent.push(m), answer(m)),
    service: 'gmail',
    onChange,
    setTimeout: (fn) => void timers.push(fn),
    debounceMs: 0,
  });
  const flush = async () => {
    while (timers.length) timers.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
  };
  return { df, sent, onChange, flush };
}

const spfNotAuthorized = {
  status: 'fail',
  findings: [
    {
      ruleId: 'spf-provider',
      severity: 'danger',
      weight: 7,
      messageId: 'spf-provider.notAuthorized',
      evidence: [],
    },
  ],
};

function healthy(
  m: BackgroundRequest,
  overrides: { spf?: unknown; policy?: string; recipients?: unknown } = {},
) {
  if (m.type === 'recipient-check')
    return {
      ok: true,
      value: {
        checkedAt: '',
        domains: overrides.recipients ?? [
          { domain: 'gone.test', status: 'bounce', reason: 'nxdomain' },
          { domain: 'fine.test', status: 'ok', reason: 'mx' },
        ],
      },
    };
  if (m.type === 'domain-check') {
    const result =
      m.check === 'spf'
        ? (overrides.spf ?? { status: 'pass', findings: [] })
        : m.check === 'dmarc'
          ? { status: 'pass', findings: [], detail: { parsed: { p: overrides.policy ?? 'reject' } } }
          : { status: 'pass', findings: [] };
    return { ok: true, value: { domain: m.domain, check: m.check, checkedAt: '', result } };
  }
  return { ok: false, error: { code: 'bad-request', message: 'unexpected' } };
}

describe('DomainFindings', () => {
  it('answers at once without DNS, then asks once (debounced) and merges what comes back', async () => {
    const { df, sent, onChange, flush } = harness((m) => healthy(m, { spf: spfNotAuthorized }));
    const d = draft();
    expect(df.apply(d, clean)).toBe(clean);
    df.apply(d, clean);
    await flush();
    expect(sent.map((m) => (m.type === 'domain-check' ? `${m.type}:${m.check}` : m.type)).sort()).toEqual([
      'domain-check:dmarc',
      'domain-check:mx',
      'domain-check:spf',
      'recipient-check',
    ]);
    expect(onChange).toHaveBeenCalledTimes(1);
    const r = df.apply(d, clean);
    expect(r.level).toBe('danger');
    expect(r.findings.map((f) => f.messageId).sort()).toEqual([
      'domain-recipient.nxdomain',
      'domain-sender.rejected',
    ]);
    const bounce = r.findings.find((f) => f.messageId === 'domain-recipient.nxdomain')!;
    expect(bounce.data).toMatchObject({ address: 'bob@gone.test', domain: 'gone.test' });
    expect(bounce.evidence).toEqual([{ field: 'to', index: 0, start: 0, end: 13 }]);
    expect(r.findings.find((f) => f.messageId === 'domain-sender.rejected')!.data).toMatchObject({
      policy: 'reject',
      service: 'Google',
    });
    // Cached per domain: the same draft asks nothing more.
    df.apply(d, clean);
    await flush();
    expect(sent).toHaveLength(4);
  });

  it('SPF not authorizing without an enforcing DMARC is a warning, not a rejection', async () => {
    const { df, flush } = harness((m) => healthy(m, { spf: spfNotAuthorized, policy: 'none' }));
    df.apply(draft({ to: [] }), clean);
    await flush();
    expect(df.apply(draft({ to: [] }), clean).findings.map((f) => [f.messageId, f.severity])).toEqual([
      ['domain-sender.spfFail', 'warning'],
    ]);
  });

  it('DNS failures and a dead background say "could not check" without raising the level', async () => {
    const { df, flush } = harness((m) => {
      if (m.type === 'recipient-check')
        return {
          ok: true,
          value: {
            checkedAt: '',
            domains: [{ domain: 'gone.test', status: 'unknown', reason: 'error', detail: 'timed out' }],
          },
        };
      throw new Error('Receiving end does not exist');
    });
    const d = draft({ to: ['bob@gone.test'] });
    df.apply(d, clean);
    await flush();
    const r = df.apply(d, clean);
    expect(r.level).toBe('ok');
    expect(r.findings.map((f) => [f.messageId, f.severity, f.data?.reason])).toEqual([
      ['domain-sender.unknown', 'info', 'Receiving end does not exist'],
      ['domain-recipient.unknown', 'info', 'timed out'],
    ]);
  });

  it('leaves consumer mailbox senders alone and checks each recipient domain once', async () => {
    const { df, sent, flush } = harness((m) =>
      healthy(m, { recipients: [{ domain: 'x.test', status: 'bounce', reason: 'null' }] }),
    );
    const d = draft({ from: 'Me <me@gmail.com>', to: ['a@x.test', 'b@X.test'], cc: ['c@x.test'] });
    df.apply(d, clean);
    await flush();
    expect(sent).toEqual([{ type: 'recipient-check', domains: ['x.test'] }]);
    const r = df.apply(d, clean);
    expect(r.findings.map((f) => `${f.evidence[0]!.field}${f.evidence[0]!.index}:${f.messageId}`)).toEqual([
      'to0:domain-recipient.nullMx',
      'to1:domain-recipient.nullMx',
      'cc0:domain-recipient.nullMx',
    ]);
  });

  it('mergeDomainFindings keeps the report when there is nothing to add', () => {
    expect(mergeDomainFindings(clean, [])).toBe(clean);
  });
});

describe('domain findings in the panel', () => {
  const hostile = ['<img src=x onerror=alert(1)>', 'x'.repeat(5000), 'ctl\u0000\u0007\u001b[31m\u202e'];

  it.each(hostile)('renders untrusted DNS text as inert text: %#', async (reason) => {
    const { df, flush } = harness((m) =>
      m.type === 'recipient-check'
        ? {
            ok: true,
            value: {
              checkedAt: '',
              domains: [{ domain: 'evil.test', status: 'unknown', reason: 'error', detail: reason }],
            },
          }
        : { ok: false, error: { code: 'internal', message: reason } },
    );
    const d = draft({ from: 'me@evil.test', to: ['x@evil.test'] });
    df.apply(d, clean);
    await flush();
    const report = df.apply(d, clean);
    expect(report.findings.length).toBe(2);
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const store = createStore<PanelState>({ ...initialPanelState('en'), report });
    const actions: PanelActions = { toggle: vi.fn(), jump: vi.fn(), review: vi.fn(), sendAnyway: vi.fn() };
    act(() => render(<Panel store={store} actions={actions} />, container));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.textContent).toContain(reason.slice(0, 100));
    render(null, container);
  });
});
