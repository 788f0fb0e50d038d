/** Options entry: loads the settings and the managed policy, renders the form. */
import { render } from 'preact';
import '../../components/pages.css';
import { Options } from '../../components/options/Options';
import { rules } from '../../utils/analysis/rules';
import { requestResolverPermission } from '../../utils/dns/permissions';
import { createDohResolver } from '../../utils/dns/resolvers';
import { loadManagedPolicy, loadStoredUserSettings, saveUserSettings } from '../../utils/storage';
import { applyPolicy } from '../../utils/settings/managed';
import { uiLocale } from '../../utils/ui-i18n';

/** Languages with built-in phrase lists (utils/analysis/phrases). */
const PHRASE_LANGUAGES = ['en', 'cs', 'sk', 'de', 'fr', 'es'] as const;

async function testResolver(url: string, timeoutMs: number) {
  // permissions.request needs the user's click: it is the first thing the click does.
  let granted: boolean;
  try {
    granted = await requestResolverPermission(url);
  } catch (e) {
    return { ok: false, key: 'options_testNoPermission', detail: String(e) };
  }
  if (!granted) return { ok: false, key: 'options_testNoPermission' };
  const resolve = createDohResolver({
    url,
    fallbackUrl: null,
    cache: false,
    retries: 0,
    timeoutMs,
    fetch: (u, init) => fetch(u, init as RequestInit),
  });
  // Any DNS answer (even "no such name") proves the endpoint speaks RFC 8484.
  const a = await resolve('example.com', 'A');
  if (a.status === 'NOERROR' || a.status === 'NXDOMAIN' || a.status === 'NODATA')
    return { ok: true, key: 'options_testOk' };
  return { ok: false, key: 'options_testFailed', detail: a.status };
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function main() {
  document.documentElement.lang = uiLocale();
  const [user, policy] = await Promise.all([loadStoredUserSettings(), loadManagedPolicy()]);
  const settings = applyPolicy(user, policy);
  render(
    <Options
      settings={settings}
      policy={policy}
      rules={rules.map((r) => ({ id: r.meta.id, defaultWeight: r.meta.defaultWeight }))}
      languages={PHRASE_LANGUAGES}
      save={(next) => saveUserSettings(next, policy)}
      testResolver={(url) => testResolver(url, settings.dnsTimeoutMs)}
      download={download}
    />,
    document.getElementById('app')!,
  );
}

void main();
