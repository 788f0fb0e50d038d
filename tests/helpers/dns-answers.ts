import type { DnsAnswer } from '../../utils/dns/types';

/** A NOERROR answer for x.test with these A records (TTL 60), as a blocklist would give. */
export const aAnswer = (...addresses: string[]): DnsAnswer => ({
  name: 'x.test',
  type: 'A',
  status: 'NOERROR',
  ad: false,
  cnames: [],
  ttl: 60,
  records: addresses.map((address) => ({ type: 'A' as const, name: 'x.test', ttl: 60, address })),
});
