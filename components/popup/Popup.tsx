/**
 * The toolbar popup: domain health of the sender domain (or any domain typed in), progressive, from
 * cache first. Contract for tests outside the project: the grade element carries `data-grade` once all
 * checks are done; each check row carries `data-check` and `data-status` (pass, warn, fail, unknown, or
 * checking while it runs). Records and DNS text are untrusted: rendered as text only.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckKey, SuggestedRecord } from '../../utils/auth/contract';
import { CHECK_KEYS } from '../../utils/auth/contract';
import type { Finding } from '../../utils/types';
import { t } from '../../utils/i18n';
import type { Locale } from '../../utils/i18n';
import { msg } from '../../utils/ui-i18n';
import type { TabStatus } from '../../utils/popup-status';
import type { CheckRow, PopupView } from './model';
import { domainFromInput, tabStatusLine } from './model';

export interface PopupProps {
  locale: Locale;
  /** undefined while the tab is being asked; null when it is not a webmail page. */
  tab: TabStatus | null | undefined;
  view: PopupView | null;
  /** Check a domain (refresh: skip caches). */
  onCheck: (domain: string, refresh: boolean) => void;
  onOptions: () => void;
  now: number;
  copy: (text: string) => Promise<void>;
}

const CHECK_LABEL: Record<CheckKey, string> = {
  spf: 'check_spf',
  dkim: 'check_dkim',
  dmarc: 'check_dmarc',
  mx: 'check_mx',
  mtaSts: 'check_mtaSts',
  tlsRpt: 'check_tlsRpt',
  bimi: 'check_bimi',
  blocklists: 'check_blocklists',
  propagation: 'check_propagation',
};

function ago(locale: Locale, now: number, at: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 60) return msg('popup_checkedJustNow');
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const min = Math.round(s / 60);
  const text = min < 60 ? rtf.format(-min, 'minute') : rtf.format(-Math.round(min / 60), 'hour');
  return msg('popup_checkedAgo', text);
}

function FindingItem({ f, locale }: { f: Finding; locale: Locale }) {
  return (
    <li class={`pf-finding pf-sev-${f.severity}`}>
      <span class="pf-finding-text">{t(locale, f.messageId, f.data)}</span>
      {f.fix ? (
        <span class="pf-fix">
          <strong>{msg('popup_fix')}</strong> {t(locale, f.fix.messageId, f.fix.data)}
        </span>
      ) : null}
    </li>
  );
}

function Suggested({
  r,
  locale,
  copy,
}: {
  r: SuggestedRecord;
  locale: Locale;
  copy: (text: string) => Promise<void>;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <li class="pf-record">
      <div class="pf-record-head">
        <code>{r.name}</code> <span class="pf-type">{r.type}</span>
        <button
          type="button"
          class="pf-copy"
          aria-label={msg('popup_copyLabel', r.type, r.name)}
          onClick={() =>
            void copy(r.value)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {copied ? msg('popup_copied') : msg('popup_copy')}
        </button>
      </div>
      <code class="pf-value">{r.value}</code>
      <p class="pf-record-note">{t(locale, r.messageId)}</p>
    </li>
  );
}

function CheckItem({
  k,
  row,
  locale,
  copy,
}: {
  k: CheckKey;
  row: CheckRow;
  locale: Locale;
  copy: (t: string) => Promise<void>;
}) {
  const r = row.result;
  const statusText = msg(`status_${row.status}`);
  const hasDetail = !!(row.error || r?.findings.length || r?.records?.length || r?.suggested?.length);
  return (
    <li
      class={`pf-check pf-${row.status}`}
      data-check={k}
      data-status={row.status}
      aria-busy={row.status === 'checking'}
    >
      <div class="pf-check-head">
        <span class="pf-check-name">{msg(CHECK_LABEL[k])}</span>
        <span class="pf-status">
          <span class="pf-dot" aria-hidden="true" />
          {statusText}
        </span>
      </div>
      <p class="pf-what">{msg(`${CHECK_LABEL[k]}_what`)}</p>
      {hasDetail ? (
        <div class="pf-detail">
          {row.error ? (
            <p class="pf-error">
              {msg('popup_couldNotCheck', msg(row.error.key))}
              {row.error.detail ? <span class="pf-error-detail"> ({row.error.detail})</span> : null}
            </p>
          ) : null}
          {r?.findings.length ? (
            <ul class="pf-findings">
              {r.findings.map((f, i) => (
                <FindingItem key={i} f={f} locale={locale} />
              ))}
            </ul>
          ) : null}
          {r?.records?.length ? (
            <div class="pf-published">
              <span class="pf-label">{msg('popup_published')}</span>
              {r.records.map((rec, i) => (
                <code key={i} class="pf-value">
                  {rec}
                </code>
              ))}
            </div>
          ) : null}
          {r?.suggested?.length ? (
            <div class="pf-suggested">
              <span class="pf-label">{msg('popup_suggested')}</span>
              <ul>
                {r.suggested.map((s, i) => (
                  <Suggested key={i} r={s} locale={locale} copy={copy} />
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

export function Popup(p: PopupProps) {
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState('');
  const [announce, setAnnounce] = useState('');
  const prevBusy = useRef(false);
  const v = p.view;

  // Say it once when a run ends: screen-reader users hear the outcome, not every row.
  useEffect(() => {
    if (!v) return;
    if (prevBusy.current && !v.busy) {
      const problems = CHECK_KEYS.filter(
        (k) => v.checks[k].status === 'warn' || v.checks[k].status === 'fail',
      );
      setAnnounce(
        v.grade
          ? msg('popup_announce', v.domain, v.grade, problems.length)
          : msg('popup_announceNoGrade', v.domain),
      );
    }
    prevBusy.current = v.busy;
  }, [v?.busy, v?.domain]);

  const submit = (e: Event) => {
    e.preventDefault();
    const d = domainFromInput(input);
    if (!d) {
      setInputError(msg('popup_notADomain'));
      return;
    }
    setInputError('');
    p.onCheck(d, false);
  };
  const line = p.tab === undefined ? { key: 'popup_tabAsking', subs: [] } : tabStatusLine(p.tab);

  return (
    <main class="pf-popup">
      <header class="pf-head">
        <h1>{msg('extName')}</h1>
        <p class="pf-tab" data-tab-state={p.tab === undefined ? 'asking' : (p.tab?.state ?? 'none')}>
          {msg(line.key, ...line.subs)}
        </p>
      </header>

      <form class="pf-form" role="search" onSubmit={submit} noValidate>
        <label for="pf-domain">{msg('popup_domainLabel')}</label>
        <div class="pf-row">
          <input
            id="pf-domain"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={input}
            aria-invalid={inputError ? 'true' : 'false'}
            aria-describedby={inputError ? 'pf-domain-error' : undefined}
            onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{msg('popup_check')}</button>
        </div>
        {inputError ? (
          <p id="pf-domain-error" class="pf-error" role="alert">
            {inputError}
          </p>
        ) : null}
      </form>

      {v ? (
        <section class="pf-report" aria-labelledby="pf-report-title" aria-busy={v.busy}>
          <div class="pf-report-head">
            {v.grade && !v.busy ? (
              <div
                class={`pf-grade pf-grade-${v.grade}`}
                data-grade={v.grade}
                role="img"
                aria-label={msg('popup_gradeLabel', v.grade)}
              >
                {v.grade}
              </div>
            ) : (
              <div class="pf-grade pf-grade-pending" role="img" aria-label={msg('popup_checking')}>
                {v.grade ?? '…'}
              </div>
            )}
            <div class="pf-report-meta">
              <h2 id="pf-report-title">{v.domain}</h2>
              <p class="pf-when">
                {v.busy ? msg('popup_checking') : v.checkedAt ? ago(p.locale, p.now, v.checkedAt) : ''}
              </p>
              {v.resolver ? <p class="pf-resolver">{msg('popup_resolver', v.resolver)}</p> : null}
            </div>
            <button
              type="button"
              class="pf-refresh"
              disabled={v.busy}
              onClick={() => p.onCheck(v.domain, true)}
              aria-label={msg('popup_refreshLabel', v.domain)}
            >
              {msg('popup_refresh')}
            </button>
          </div>
          <ul class="pf-checks">
            {CHECK_KEYS.map((k) => (
              <CheckItem key={k} k={k} row={v.checks[k]} locale={p.locale} copy={p.copy} />
            ))}
          </ul>
        </section>
      ) : (
        <p class="pf-empty">{p.tab === undefined ? msg('popup_checking') : msg('popup_empty')}</p>
      )}

      <section class="pf-provider" aria-labelledby="pf-provider-title">
        <h2 id="pf-provider-title">{msg('popup_providerTitle')}</h2>
        <p>{msg('popup_providerText')}</p>
      </section>

      <footer class="pf-foot">
        <button type="button" class="pf-link" onClick={p.onOptions}>
          {msg('popup_options')}
        </button>
      </footer>
      <div class="pf-sr" role="status" aria-live="polite">
        {announce}
      </div>
    </main>
  );
}
