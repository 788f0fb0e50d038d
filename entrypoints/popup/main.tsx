/**
 * Popup entry: paints at once (cached report, or "Checking…"), then asks the tab and the background.
 * `popup.html?domain=<d>` opens the report for that domain; `?tab=<id>` names the webmail tab to ask
 * (the toolbar popup asks the active tab).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import '../../components/pages.css';
import { Popup } from '../../components/popup/Popup';
import type { CachedReport, PopupDeps, PopupView } from '../../components/popup/model';
import { domainFromInput, isFresh, runChecks, viewFromCache } from '../../components/popup/model';
import '../../utils/i18n/dns-catalogs';
import type { TabStatus } from '../../utils/popup-status';
import { TAB_STATUS_REQUEST } from '../../utils/popup-status';
import { loadUserSettings, resolverOf } from '../../utils/storage';
import { uiLocale } from '../../utils/ui-i18n';

const reportCache = storage.defineItem<Record<string, CachedReport>>('local:domainReports', {
  fallback: {},
  version: 1,
});

const deps: PopupDeps = {
  send: (m) => browser.runtime.sendMessage(m),
  readCache: () => reportCache.getValue(),
  writeCache: (v) => reportCache.setValue(v),
  resolver: async () => resolverOf(await loadUserSettings()),
  now: () => Date.now(),
};

const locale = uiLocale();
document.documentElement.lang = locale;
const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);

let tab: TabStatus | null | undefined = undefined;
let view: PopupView | null = null;
let run = 0;

function paint() {
  render(
    <Popup
      locale={locale}
      tab={tab}
      view={view}
      now={Date.now()}
      onCheck={check}
      onOptions={() => void browser.runtime.openOptionsPage()}
      copy={(text) => navigator.clipboard.writeText(text)}
    />,
    root,
  );
}

function check(domain: string, refresh: boolean) {
  const id = ++run;
  void runChecks(deps, domain, refresh, (v) => {
    if (id !== run) return;
    view = v;
    paint();
  });
}

async function show(domain: string, cachePromise: Promise<Record<string, CachedReport>>) {
  const cached = (await cachePromise.catch((): Record<string, CachedReport> => ({})))[domain];
  if (cached) {
    view = viewFromCache(cached);
    paint();
  }
  if (!isFresh(cached, Date.now())) check(domain, false);
}

async function askTab(): Promise<TabStatus | null> {
  try {
    const tabParam = Number(params.get('tab'));
    const id =
      Number.isInteger(tabParam) && tabParam > 0
        ? tabParam
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return null;
    const answer = (await Promise.race([
      browser.tabs.sendMessage(id, { type: TAB_STATUS_REQUEST }),
      new Promise((r) => setTimeout(() => r(null), 1500)),
    ])) as TabStatus | null | undefined;
    return answer && typeof answer === 'object' && typeof answer.site === 'string' ? answer : null;
  } catch {
    // no content script in this tab: not a webmail page
    return null;
  }
}

paint();
const cachePromise = reportCache.getValue();
const wanted = params.get('domain');
const wantedDomain = wanted ? domainFromInput(wanted) : null;
if (wantedDomain) void show(wantedDomain, cachePromise);
void askTab().then((s) => {
  tab = s;
  paint();
  if (wantedDomain) return;
  const d = s?.sender ? domainFromInput(s.sender) : null;
  if (d) void show(d, cachePromise);
});
// Keep "checked N min ago" true while the popup stays open.
setInterval(paint, 30_000);
