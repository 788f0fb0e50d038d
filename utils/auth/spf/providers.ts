/**
 * The mail services a Preflight user composes in, and how to learn which addresses they send from:
 * from the provider's own published SPF record, through the same resolver, never from a list
 * copied into the code (the ranges change).
 */
import type { IpAddress } from '../../dns/ip';
import { formatIp, sampleAddress } from '../../dns/ip';
import { normalizeName } from '../../dns/names';
import type { Resolver } from '../../dns/types';
import { describeAnswer } from '../../dns/types';
import { selectSpfRecord } from './evaluate';
import { parseSpf } from './parse';
import type { SendingService } from '../../types';

export type ProviderId = 'google' | 'microsoft';

/** The webmail the user is in (defined with the shared types); each sends through one provider. */
export type { SendingService };

export interface Provider {
  id: ProviderId;
  /** Product name as users know it. */
  name: string;
  service: SendingService;
  /** The include the provider documents for customer domains. */
  include: string;
}

export const PROVIDERS: Readonly<Record<ProviderId, Provider>> = {
  google: { id: 'google', name: 'Google Workspace', service: 'gmail', include: '_spf.google.com' },
  microsoft: {
    id: 'microsoft',
    name: 'Microsoft 365',
    service: 'outlook',
    include: 'spf.protection.outlook.com',
  },
};

export function providerForService(service: SendingService): Provider {
  return service === 'gmail' ? PROVIDERS.google : PROVIDERS.microsoft;
}

export interface ProviderNetwork {
  network: IpAddress;
  prefix: number;
  /** As the provider wrote it, e.g. "ip4:209.85.128.0/17". */
  text: string;
}

export interface ProviderRanges {
  provider: ProviderId;
  networks: ProviderNetwork[];
  /** Set when the provider's record could not be read completely. */
  error?: string;
}

/**
 * The provider's ip4/ip6 networks, following its include and redirect terms (Google's record is
 * a list of includes). Bounded like an SPF evaluation: 10 records at most. Terms with another
 * qualifier than "+" are left out: they do not authorize.
 */
export async function providerRanges(provider: Provider, resolver: Resolver): Promise<ProviderRanges> {
  const networks: ProviderNetwork[] = [];
  const seen = new Set<string>();
  const errors: string[] = [];
  const visit = async (domain: string): Promise<void> => {
    const name = normalizeName(domain);
    if (seen.has(name) || seen.size >= 10) return;
    seen.add(name);
    const answer = await resolver(name, 'TXT');
    const found = selectSpfRecord(answer);
    if (found.status !== 'found') {
      errors.push(`${name}: ${found.status === 'multiple' ? 'several SPF records' : describeAnswer(answer)}`);
      return;
    }
    const rec = parseSpf(found.text);
    const next: string[] = [];
    for (const t of rec.terms) {
      // Only ip4 and ip6 mechanisms carry a network.
      if (
        // Stryker disable next-line ConditionalExpression: a modifier has no network; the kind test is for the type.
        t.kind === 'mechanism' &&
        t.network &&
        t.qualifier === '+'
      ) {
        networks.push({
          network: t.network,
          prefix: (t.name === 'ip4' ? t.cidr4 : t.cidr6) ?? (t.name === 'ip4' ? 32 : 128),
          text: t.text,
        });
      }
      // "+" includes and the redirect (no mechanism is named redirect, no modifier include).
      const followed =
        t.kind === 'mechanism' ? t.name === 'include' && t.qualifier === '+' : t.name === 'redirect';
      if (followed && t.domainSpec && !t.domainSpec.hasMacros) next.push(t.domainSpec.text);
    }
    await Promise.all(next.map(visit));
  };
  await visit(provider.include);
  return { provider: provider.id, networks, ...(errors.length ? { error: errors.join('; ') } : {}) };
}

/**
 * A few addresses inside the provider's networks, spread over the list (first, thirds, last of the
 * IPv4 networks; first and last IPv6), so a record that copies only some ranges shows as partial.
 */
export function sampleAddresses(networks: ProviderNetwork[]): string[] {
  const pick = <T>(list: T[], n: number): T[] => {
    // Stryker disable next-line EqualityOperator: with exactly n entries the spread below picks every one, in order.
    if (list.length <= n) return list;
    const idx = new Set<number>();
    for (let i = 0; i < n; i++) idx.add(Math.round((i * (list.length - 1)) / (n - 1)));
    return [...idx].map((i) => list[i] as T);
  };
  const v4 = networks.filter((n) => n.network.version === 4);
  const v6 = networks.filter((n) => n.network.version === 6);
  return [...pick(v4, 4), ...pick(v6, 2)].map((n) => formatIp(sampleAddress(n.network, n.prefix)));
}
