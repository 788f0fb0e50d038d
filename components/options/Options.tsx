/**
 * The options page. Every change is saved at once to `storage.sync` (key `settings`) through
 * saveUserSettings, which keeps locked fields at the managed policy's values. Locked fields are shown
 * disabled with a note. Imported files are checked field by field (utils/settings/file.ts).
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ManagedPolicy, SettingKey, UserSettings } from '../../utils/storage';
import { DEFAULT_USER_SETTINGS } from '../../utils/settings/shape';
import { exportSettings, importSettings } from '../../utils/settings/file';
import type { FieldError } from '../../utils/settings/validate';
import {
  LIMITS,
  cleanDomain,
  isDkimSelector,
  isResolverUrl,
  unusablePhrase,
} from '../../utils/settings/validate';
import type { GateLevel } from '../../utils/types';
import { msg } from '../../utils/ui-i18n';

export interface RuleInfo {
  id: string;
  defaultWeight: number;
}

export interface OptionsProps {
  settings: UserSettings;
  policy: ManagedPolicy;
  rules: readonly RuleInfo[];
  /** Languages with built-in phrase lists. */
  languages: readonly string[];
  save(next: UserSettings): Promise<UserSettings>;
  /** Asks for the custom resolver's host permission and sends a test query; resolves to an error key or ''. */
  testResolver(url: string): Promise<{ ok: boolean; key: string; detail?: string }>;
  download(name: string, text: string): void;
}

export const ruleKey = (id: string) => `rule_${id.replace(/-/g, '_')}`;

const GATE_OPTIONS: GateLevel[] = ['notice', 'warning', 'danger', 'off'];
const RESOLVERS = ['cloudflare', 'google', 'quad9', 'custom'] as const;

/** A reason's text; `detail` (e.g. the character a phrase cannot contain) fills its placeholder. */
const reasonText = (e: { key: string; detail?: string }): string =>
  e.detail === undefined ? msg(`options_${e.key}`) : msg(`options_${e.key}`, e.detail);

function errorText(e: FieldError): string {
  return e.field ? msg('options_errAt', e.field, reasonText(e)) : reasonText(e);
}

/**
 * A visible "never matches" note (as text) on a stored phrase the matcher cannot use: one saved before
 * the form and the import refused such phrases.
 */
function NeverMatches({ phrase }: { phrase: string }) {
  const unusable = unusablePhrase(phrase);
  if (!unusable) return null;
  return (
    <>
      {' '}
      <small class="pf-never-matches" data-never-matches>
        {msg('options_phraseNeverMatches', reasonText(unusable))}
      </small>
    </>
  );
}

function Locked({ on }: { on: boolean }) {
  return on ? <p class="pf-locked">{msg('options_locked')}</p> : null;
}

function StringList(p: {
  id: string;
  label: string;
  hint: ComponentChildren;
  items: string[];
  locked: boolean;
  clean(s: string): string | null;
  invalidKey: string;
  onChange(items: string[]): void;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const c = p.clean(draft);
    if (!c) return setError(msg(p.invalidKey));
    setError('');
    setDraft('');
    if (!p.items.includes(c)) p.onChange([...p.items, c].slice(0, LIMITS.listItems));
  };
  return (
    <div class="pf-field">
      <label for={p.id}>{p.label}</label>
      <p class="pf-hint" id={`${p.id}-hint`}>
        {p.hint}
      </p>
      <Locked on={p.locked} />
      <ul class="pf-list" aria-label={p.label}>
        {p.items.map((item) => (
          <li key={item}>
            <span>{item}</span>
            <button
              type="button"
              disabled={p.locked}
              aria-label={msg('options_removeItem', item)}
              onClick={() => p.onChange(p.items.filter((x) => x !== item))}
            >
              {msg('options_remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="pf-inline" onSubmit={add}>
        <input
          id={p.id}
          type="text"
          value={draft}
          disabled={p.locked}
          aria-describedby={`${p.id}-hint`}
          aria-invalid={error ? 'true' : 'false'}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={p.locked}>
          {msg('options_add')}
        </button>
      </form>
      {error ? (
        <p class="pf-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Options(p: OptionsProps) {
  const [s, setS] = useState(p.settings);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string; list?: string[] } | null>(null);
  const [importText, setImportText] = useState('');
  const [resolverTest, setResolverTest] = useState<{ ok: boolean; text: string } | null>(null);
  const [urlDraft, setUrlDraft] = useState(p.settings.customResolverUrl);
  const [phrase, setPhrase] = useState('');
  const [phraseWeight, setPhraseWeight] = useState('1');
  const locked = (k: SettingKey) => p.policy.locked.includes(k);

  const update = async (patch: Partial<UserSettings>) => {
    const next = { ...s, ...patch };
    setS(next);
    try {
      const stored = await p.save(next);
      setS(stored);
      setStatus({ kind: 'ok', text: msg('options_saved') });
    } catch (e) {
      setStatus({ kind: 'error', text: msg('options_saveFailed', String(e)) });
    }
  };

  const applyUrl = async () => {
    const url = urlDraft.trim();
    if (url && !isResolverUrl(url)) {
      setResolverTest({ ok: false, text: msg('options_errResolverUrl') });
      return false;
    }
    await update({ customResolverUrl: url });
    return true;
  };

  const doImport = async (text: string) => {
    const r = importSettings(text);
    if (!r.ok) {
      setStatus({ kind: 'error', text: msg('options_importFailed'), list: r.errors.map(errorText) });
      return;
    }
    const stored = await p.save(r.settings);
    setS(stored);
    setUrlDraft(stored.customResolverUrl);
    setStatus({ kind: 'ok', text: msg('options_imported') });
  };

  const ruleOverride = (id: string) => s.rules[id] ?? {};
  const setRule = (id: string, patch: { enabled?: boolean; weight?: number | undefined }) => {
    const cur = { ...ruleOverride(id), ...patch };
    if (cur.enabled !== false) delete cur.enabled;
    if (cur.weight === undefined || !Number.isFinite(cur.weight)) delete cur.weight;
    const rules = { ...s.rules };
    if (Object.keys(cur).length) rules[id] = cur;
    else delete rules[id];
    void update({ rules });
  };

  return (
    <main class="pf-options">
      <h1>{msg('options_title')}</h1>
      <p class="pf-hint">{msg('options_intro')}</p>
      {p.policy.locked.length ? <p class="pf-locked">{msg('options_managedNote')}</p> : null}
      <div role="status" aria-live="polite">
        {status ? (
          <div class={`pf-msg pf-msg-${status.kind}`} data-status-kind={status.kind}>
            {status.text}
            {status.list ? (
              <ul>
                {status.list.map((t, i) => (
                  <li key={i}>{t}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>

      <section aria-labelledby="sec-resolver">
        <h2 id="sec-resolver">{msg('options_resolverTitle')}</h2>
        <p class="pf-hint">{msg('options_resolverHint')}</p>
        <fieldset disabled={locked('resolver')} data-setting="resolver">
          <legend class="pf-sr">{msg('options_resolverTitle')}</legend>
          <Locked on={locked('resolver')} />
          {RESOLVERS.map((r) => (
            <label key={r} class="pf-inline">
              <input
                type="radio"
                name="resolver"
                value={r}
                checked={s.resolver === r}
                onChange={() => void update({ resolver: r })}
              />
              {msg(`options_resolver_${r}`)}
            </label>
          ))}
        </fieldset>
        {s.resolver === 'custom' ? (
          <div class="pf-field">
            <label for="resolver-url">{msg('options_customUrl')}</label>
            <p class="pf-hint" id="resolver-url-hint">
              {msg('options_customUrlHint')}
            </p>
            <Locked on={locked('customResolverUrl')} />
            <div class="pf-inline">
              <input
                id="resolver-url"
                type="url"
                size={40}
                placeholder="https://dns.example/dns-query"
                value={urlDraft}
                disabled={locked('customResolverUrl')}
                aria-describedby="resolver-url-hint"
                onInput={(e) => setUrlDraft((e.target as HTMLInputElement).value)}
                onChange={() => void applyUrl()}
              />
              <button
                type="button"
                onClick={() =>
                  void (async () => {
                    const url = urlDraft.trim();
                    if (!isResolverUrl(url)) {
                      setResolverTest({ ok: false, text: msg('options_errResolverUrl') });
                      return;
                    }
                    setResolverTest({ ok: true, text: msg('options_testing') });
                    // The permission request must come straight from the click: test first, then save.
                    const pending = p.testResolver(url);
                    await applyUrl();
                    const r = await pending;
                    setResolverTest({
                      ok: r.ok,
                      text: msg(r.key) + (r.detail ? ` (${r.detail})` : ''),
                    });
                  })()
                }
              >
                {msg('options_test')}
              </button>
            </div>
            {resolverTest ? (
              <p
                class={resolverTest.ok ? 'pf-hint' : 'pf-error'}
                role="status"
                data-resolver-test={resolverTest.ok ? 'ok' : 'error'}
              >
                {resolverTest.text}
              </p>
            ) : null}
          </div>
        ) : null}
        <div class="pf-field">
          <label for="dns-timeout">{msg('options_timeout')}</label>
          <Locked on={locked('dnsTimeoutMs')} />
          <input
            id="dns-timeout"
            type="number"
            min={LIMITS.timeoutMin / 1000}
            max={LIMITS.timeoutMax / 1000}
            step={0.5}
            value={s.dnsTimeoutMs / 1000}
            disabled={locked('dnsTimeoutMs')}
            onChange={(e) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (Number.isFinite(v))
                void update({
                  dnsTimeoutMs: Math.min(LIMITS.timeoutMax, Math.max(LIMITS.timeoutMin, v * 1000)),
                });
            }}
          />
        </div>
        <label class="pf-inline">
          <input
            type="checkbox"
            checked={s.resolverFallback}
            disabled={locked('resolverFallback')}
            onChange={(e) => void update({ resolverFallback: (e.target as HTMLInputElement).checked })}
          />
          {msg('options_fallback')}
        </label>
        <Locked on={locked('resolverFallback')} />
      </section>

      <section aria-labelledby="sec-gate">
        <h2 id="sec-gate">{msg('options_gateTitle')}</h2>
        <div class="pf-field">
          <label for="gate-level">{msg('options_gateLabel')}</label>
          <p class="pf-hint">{msg('options_gateHint')}</p>
          <Locked on={locked('gateLevel')} />
          <select
            id="gate-level"
            data-setting="gateLevel"
            value={s.gateLevel}
            disabled={locked('gateLevel')}
            onChange={(e) => void update({ gateLevel: (e.target as HTMLSelectElement).value as GateLevel })}
          >
            {GATE_OPTIONS.map((g) => (
              <option key={g} value={g}>
                {msg(`options_gate_${g}`)}
              </option>
            ))}
          </select>
        </div>
        <StringList
          id="allowlist"
          label={msg('options_allowlist')}
          hint={msg('options_allowlistHint')}
          items={s.allowlistDomains}
          locked={locked('allowlistDomains')}
          clean={cleanDomain}
          invalidKey="options_errDomain"
          onChange={(allowlistDomains) => void update({ allowlistDomains })}
        />
      </section>

      <section aria-labelledby="sec-rules">
        <h2 id="sec-rules">{msg('options_rulesTitle')}</h2>
        <p class="pf-hint">{msg('options_rulesHint')}</p>
        <Locked on={locked('rules')} />
        <table class="pf-rules">
          <thead>
            <tr>
              <th scope="col">{msg('options_ruleName')}</th>
              <th scope="col">{msg('options_ruleOn')}</th>
              <th scope="col">{msg('options_ruleWeight')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rules.map((r) => {
              const o = ruleOverride(r.id);
              const name = msg(ruleKey(r.id));
              return (
                <tr key={r.id} data-rule={r.id}>
                  <th scope="row">
                    {name}
                    <span class="pf-rule-id">{r.id}</span>
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={msg('options_ruleOnLabel', name)}
                      checked={o.enabled !== false}
                      disabled={locked('rules')}
                      onChange={(e) => setRule(r.id, { enabled: (e.target as HTMLInputElement).checked })}
                    />
                  </td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      max={LIMITS.ruleWeightMax}
                      step={0.1}
                      aria-label={msg('options_ruleWeightLabel', name)}
                      placeholder={String(r.defaultWeight)}
                      value={o.weight ?? ''}
                      disabled={locked('rules')}
                      onChange={(e) => {
                        const raw = (e.target as HTMLInputElement).value;
                        const w =
                          raw === '' ? undefined : Math.min(LIMITS.ruleWeightMax, Math.max(0, Number(raw)));
                        setRule(r.id, { weight: w });
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="sec-phrases">
        <h2 id="sec-phrases">{msg('options_phrasesTitle')}</h2>
        <p class="pf-hint">{msg('options_phrasesHint')}</p>
        <Locked on={locked('customPhrases')} />
        <ul class="pf-list" aria-label={msg('options_phrasesTitle')}>
          {s.customPhrases.map((cp, i) => (
            <li key={`${cp.phrase}-${i}`}>
              <span>
                {cp.phrase} <small>({cp.weight})</small>
                <NeverMatches phrase={cp.phrase} />
              </span>
              <button
                type="button"
                disabled={locked('customPhrases')}
                aria-label={msg('options_removeItem', cp.phrase)}
                onClick={() => void update({ customPhrases: s.customPhrases.filter((_, j) => j !== i) })}
              >
                {msg('options_remove')}
              </button>
            </li>
          ))}
        </ul>
        <form
          class="pf-inline"
          onSubmit={(e) => {
            e.preventDefault();
            const text = phrase.trim();
            const w = Number(phraseWeight);
            if (
              !text ||
              text.length > LIMITS.phraseLength ||
              !Number.isFinite(w) ||
              w < 0 ||
              w > LIMITS.phraseWeightMax
            ) {
              setStatus({ kind: 'error', text: msg('options_errPhrase') });
              return;
            }
            const unusable = unusablePhrase(text);
            if (unusable) {
              setStatus({ kind: 'error', text: reasonText(unusable) });
              return;
            }
            setPhrase('');
            void update({ customPhrases: [...s.customPhrases, { phrase: text, weight: w }] });
          }}
        >
          <label for="phrase">{msg('options_phrase')}</label>
          <input
            id="phrase"
            type="text"
            value={phrase}
            disabled={locked('customPhrases')}
            onInput={(e) => setPhrase((e.target as HTMLInputElement).value)}
          />
          <label for="phrase-weight">{msg('options_phraseWeight')}</label>
          <input
            id="phrase-weight"
            type="number"
            min={0}
            max={LIMITS.phraseWeightMax}
            step={0.1}
            value={phraseWeight}
            disabled={locked('customPhrases')}
            onInput={(e) => setPhraseWeight((e.target as HTMLInputElement).value)}
          />
          <button type="submit" disabled={locked('customPhrases')}>
            {msg('options_add')}
          </button>
        </form>
        <fieldset disabled={locked('phraseLanguages')}>
          <legend>{msg('options_languages')}</legend>
          <p class="pf-hint">{msg('options_languagesHint')}</p>
          <Locked on={locked('phraseLanguages')} />
          <div class="pf-inline">
            {p.languages.map((l) => (
              <label key={l} class="pf-inline">
                <input
                  type="checkbox"
                  checked={s.phraseLanguages.length === 0 || s.phraseLanguages.includes(l)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const cur = s.phraseLanguages.length ? s.phraseLanguages : [...p.languages];
                    const next = on ? [...new Set([...cur, l])] : cur.filter((x) => x !== l);
                    void update({ phraseLanguages: next.length === p.languages.length ? [] : next });
                  }}
                />
                {msg(`lang_${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section aria-labelledby="sec-dns">
        <h2 id="sec-dns">{msg('options_dnsTitle')}</h2>
        <StringList
          id="dkim-selectors"
          label={msg('options_selectors')}
          hint={msg('options_selectorsHint')}
          items={s.dkimSelectors}
          locked={locked('dkimSelectors')}
          clean={(x) => (isDkimSelector(x.trim()) ? x.trim() : null)}
          invalidKey="options_errSelector"
          onChange={(dkimSelectors) => void update({ dkimSelectors })}
        />
        <label class="pf-inline">
          <input
            type="checkbox"
            data-setting="blocklists"
            checked={s.blocklists}
            disabled={locked('blocklists')}
            aria-describedby="blocklists-note"
            onChange={(e) => void update({ blocklists: (e.target as HTMLInputElement).checked })}
          />
          {msg('options_blocklists')}
        </label>
        <p class="pf-hint" id="blocklists-note">
          {msg('options_blocklistsPrivacy')}
        </p>
        <Locked on={locked('blocklists')} />
      </section>

      <section aria-labelledby="sec-backup">
        <h2 id="sec-backup">{msg('options_backupTitle')}</h2>
        <p class="pf-hint">{msg('options_backupHint')}</p>
        <div class="pf-actions">
          <button
            type="button"
            data-action="export"
            onClick={() => p.download('preflight-settings.json', exportSettings(s))}
          >
            {msg('options_export')}
          </button>
          <label class="pf-inline">
            {msg('options_importFile')}
            <input
              type="file"
              accept="application/json,.json"
              data-action="import-file"
              onChange={(e) =>
                void (async () => {
                  const f = (e.target as HTMLInputElement).files?.[0];
                  if (!f) return;
                  if (f.size > 256 * 1024)
                    return setStatus({ kind: 'error', text: msg('options_errTooBig') });
                  await doImport(await f.text());
                })()
              }
            />
          </label>
        </div>
        <div class="pf-field">
          <label for="import-text">{msg('options_importPaste')}</label>
          <textarea
            id="import-text"
            value={importText}
            onInput={(e) => setImportText((e.target as HTMLTextAreaElement).value)}
          />
          <div class="pf-actions">
            <button type="button" data-action="import" onClick={() => void doImport(importText)}>
              {msg('options_import')}
            </button>
            <button
              type="button"
              data-action="reset"
              onClick={() =>
                void (async () => {
                  const stored = await p.save(DEFAULT_USER_SETTINGS);
                  setS(stored);
                  setUrlDraft(stored.customResolverUrl);
                  setStatus({ kind: 'ok', text: msg('options_resetDone') });
                })()
              }
            >
              {msg('options_reset')}
            </button>
          </div>
        </div>
      </section>
    </main>
  );
}
