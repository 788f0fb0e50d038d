/**
 * DNS data for the demo and the popup's end-to-end tests, served by a local unbound (the harness in
 * tests/integration/harness.ts): a healthy sender domain (example.com, the Gmail fixture's account
 * jan@example.com) and a broken one (broken.example.net), plus the provider records their SPF uses.
 */
import type { ZoneData } from './dns-zone';

const PROVIDERS: ZoneData = {
  '_spf.google.com': [{ TXT: 'v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all' }],
  '_netblocks.google.com': [{ TXT: 'v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ip4:172.217.0.0/19 ~all' }],
  '_netblocks2.google.com': [{ TXT: 'v=spf1 ip6:2001:4860:4000::/36 ip6:2404:6800:4000::/36 ~all' }],
  'aspmx.l.google.com': [{ A: '192.0.2.25' }],
  // Something answerable for the options page's resolver test.
  'example.org': [{ A: '192.0.2.80' }],
};

export const HEALTHY_DOMAIN = 'example.com';
export const BROKEN_DOMAIN = 'broken.example.net';

export const DEMO_ZONE: ZoneData = {
  ...PROVIDERS,
  'example.com': [
    { TXT: 'v=spf1 include:_spf.google.com ~all' },
    { MX: [1, 'aspmx.l.google.com'] },
    { A: '192.0.2.10' },
  ],
  '_dmarc.example.com': [{ TXT: 'v=DMARC1; p=reject; rua=mailto:dmarc@example.com; adkim=s; aspf=s' }],
  'google._domainkey.example.com': [
    {
      // One record in character-strings of at most 255 bytes (RFC 1035).
      TXT: [
        'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwz3bRrvmNm1zpHzXcGZ2a7v3qTn8lKz0p5G6nD0Xk8m7hQ1YxZ2vKqZ5r3xT0rJ1s8Qn9wQpBvH6tD2eV7yN4cLk1mJb0aF5uW3gS9oP2iE8hR6dT4yU1kC7vB3nM5xZ0qA9wL2jH8fG6dS4aP1oI3uY7tR5eW2qK9mN0bV8cX3zL6jF4hD1gS7aQ5wE',
        '2rT9yU0iO3pA6sD8fG1hJ4kL7zX2cV5bN9mQ0wE3rT6yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wIDAQAB',
      ],
    },
  ],
  '_mta-sts.example.com': [{ TXT: 'v=STSv1; id=20260101' }],
  '_smtp._tls.example.com': [{ TXT: 'v=TLSRPTv1; rua=mailto:tls@example.com' }],
  'default._bimi.example.com': [{ TXT: 'v=BIMI1; l=https://example.com/logo.svg' }],
  // Broken: two SPF records, one passing everything; no DMARC; no MX.
  'broken.example.net': [
    { TXT: 'v=spf1 +all' },
    { TXT: 'v=spf1 include:_spf.google.com -all' },
    { A: '192.0.2.66' },
  ],
};
