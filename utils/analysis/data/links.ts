/**
 * Link-target data. Shorteners hide the destination (filters and careful readers distrust them);
 * click trackers are the redirect hosts of mailing tools and security gateways, whose links
 * legitimately show one address and go through another.
 */
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'bitly.is', 'j.mp', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd',
  'v.gd', 'buff.ly', 'cutt.ly', 'rebrand.ly', 'rb.gy', 'shorturl.at', 't.ly', 'tiny.cc', 'tiny.one',
  'bl.ink', 's.id', 'shorte.st', 'adf.ly', 'bc.vc', 'soo.gd', 'tr.im', 'x.co', 'qrco.de', 'clck.ru',
  'u.to', 'urlz.fr', 'short.io', 'shorturl.com', 'snip.ly', 'surl.li', 'tinu.be', 'lnkd.in',
  'dub.sh', 'kutt.it', 'ouo.io', 'linktr.ee', 'rotf.lol', 'qr.ae', 't2m.io', '1url.cz', 'zkrat.cz',
]);

export const CLICK_TRACKERS: ReadonlySet<string> = new Set([
  // Mailing tools
  'list-manage.com', 'mailchimp.com', 'mcusercontent.com', 'sendgrid.net', 'mandrillapp.com',
  'hubspotlinks.com', 'hubspotemail.net', 'hs-sites.com', 'mailgun.org', 'mailgun.net',
  'exacttarget.com', 'rs6.net', 'createsend.com', 'cmail19.com', 'cmail20.com', 'klclick.com',
  'klclick1.com', 'klclick2.com', 'klclick3.com', 'mlsend.com', 'mlsend2.com', 'sendibt2.com',
  'sendibt3.com', 'sendibm.com', 'brevo.com', 'substack.com', 'convertkit-mail.com',
  'convertkit-mail2.com', 'ck.page', 'mailerlite.com', 'ecomailapp.cz', 'ecomail.cz',
  'smartemailing.cz', 'mailkit.eu', 'salesforce.com', 'pardot.com', 'marketo.com', 'mkt.com',
  'awstrack.me', 'sparkpostmail.com', 'postmarkapp.com', 'intercom-clicks.com', 'customeriomail.com',
  'beehiiv.com', 'mailjet.com', 'mjt.lu', 'getresponse.com', 'gr-cdn.com', 'activehosted.com',
  'acemlna.com', 'campaign-archive.com', 'emlnk.com', 'sailthru.com', 'omnisend.com', 'benchmarkemail.com',
  // Security gateways and webmail redirectors that rewrite links in received mail
  'safelinks.protection.outlook.com', 'urldefense.com', 'urldefense.proofpoint.com', 'mimecast.com',
  'mimecastprotect.com', 'linkprotect.cudasvc.com', 'google.com', 'googleusercontent.com',
  'facebook.com', 'linkedin.com', 'youtube.com', 'seznam.cz',
]);

/**
 * Top-level domains that abuse reports (Spamhaus, Interisle "Phishing Landscape") rank as mostly
 * spam and phishing, and that legitimate senders rarely link to. Broad ones with many small
 * businesses (.online, .site, .store, .info, .biz) are left out on purpose.
 */
export const ABUSED_TLDS: ReadonlySet<string> = new Set([
  'top', 'xyz', 'click', 'link', 'work', 'buzz', 'rest', 'fit', 'gq', 'tk', 'ml', 'cf', 'ga', 'su',
  'icu', 'cyou', 'sbs', 'cfd', 'bond', 'monster', 'quest', 'loan', 'win', 'bid', 'date', 'racing',
  'review', 'stream', 'download', 'accountant', 'science', 'party', 'trade', 'men', 'kim', 'country',
  'cricket', 'faith', 'zip', 'mov', 'lat', 'beauty', 'hair', 'skin', 'makeup', 'autos', 'boats',
  'homes', 'motorcycles', 'yachts', 'pw', 'surf', 'uno', 'shop',
]);

/**
 * Brands that phishing hosts borrow ("paypal-support.com", "apple-id.example.top"). A host that
 * contains one while its registrable domain is not the brand's own is dressed up as the brand.
 */
export const BRAND_TOKENS: readonly string[] = [
  'paypal', 'apple', 'icloud', 'microsoft', 'office365', 'outlook', 'onedrive', 'sharepoint', 'netflix',
  'amazon', 'facebook', 'instagram', 'whatsapp', 'google', 'gmail', 'docusign', 'dropbox', 'adobe', 'linkedin',
  'binance', 'coinbase', 'metamask', 'wellsfargo', 'chase', 'hsbc', 'barclays', 'santander', 'revolut',
  'airbnb', 'booking', 'spotify', 'steam', 'fedex', 'usps', 'royalmail', 'ceskaposta', 'zasilkovna',
  'csob', 'moneta', 'raiffeisen', 'airbank', 'sparkasse', 'postbank', 'seznam',
];

/** Words of login pages; two in one registrable name ("secure-verify-account") is a phishing pattern. */
export const SECURITY_WORDS: readonly string[] = [
  'secure', 'security', 'verify', 'verification', 'login', 'signin', 'account', 'update', 'confirm',
  'unlock', 'recovery', 'auth', 'webmail', 'billing', 'password', 'wallet', 'validate', 'support', 'helpdesk',
];

/** Brands' own domains whose names contain a hyphenated brand (so they are not dressed-up hosts). */
export const BRAND_DOMAINS: ReadonlySet<string> = new Set([
  'google-analytics.com', 'googletagmanager.com', 'googleusercontent.com', 'paypal-community.com',
  'paypalobjects.com', 'paypal-prepaid.com', 'amazon-adsystem.com', 'microsoftonline.com', 'office365.com',
  'apple-cloudkit.com', 'facebook-hardware.com', 'whatsapp.net', 'booking-help.com', 'dropboxusercontent.com',
]);
