/**
 * Mailbox providers whose domains people type by hand. A recipient domain one typing slip away
 * from one of these (and not itself on the list) most likely bounces or reaches a stranger, since
 * squatters register the popular misspellings to collect mail.
 *
 * `distinct`: the name is a brand with a single mail domain, so the same name under another TLD
 * (gmail.cz, seznam.com) is a slip. Not set for brands that run regional domains (yahoo.de,
 * hotmail.fr, gmx.at) or whose names are ordinary words other companies also own (post, quick).
 */
export interface Provider {
  domain: string;
  distinct?: boolean;
}

export const PROVIDERS: readonly Provider[] = [
  // global
  { domain: 'gmail.com', distinct: true }, { domain: 'googlemail.com', distinct: true }, { domain: 'outlook.com' },
  { domain: 'hotmail.com' }, { domain: 'live.com' },
  { domain: 'msn.com' }, { domain: 'yahoo.com' }, { domain: 'ymail.com', distinct: true },
  { domain: 'rocketmail.com', distinct: true }, { domain: 'icloud.com', distinct: true }, { domain: 'me.com' }, { domain: 'mac.com' },
  { domain: 'aol.com' }, { domain: 'protonmail.com', distinct: true }, { domain: 'protonmail.ch' },
  { domain: 'proton.me' }, { domain: 'pm.me' }, { domain: 'zoho.com' },
  { domain: 'mail.com' }, { domain: 'email.com' }, { domain: 'fastmail.com' }, { domain: 'tutanota.com' },
  { domain: 'tuta.io' }, { domain: 'hey.com' }, { domain: 'comcast.net' }, { domain: 'verizon.net' },
  { domain: 'att.net' }, { domain: 'sbcglobal.net' }, { domain: 'bellsouth.net' }, { domain: 'cox.net' },
  { domain: 'charter.net' }, { domain: 'earthlink.net' },
  // Czech Republic
  { domain: 'seznam.cz', distinct: true }, { domain: 'email.cz' }, { domain: 'centrum.cz' }, { domain: 'atlas.cz' },
  { domain: 'post.cz' }, { domain: 'volny.cz' }, { domain: 'tiscali.cz' }, { domain: 'quick.cz' },
  { domain: 'klikni.cz' }, { domain: 'centrum.sk' }, { domain: 'atlas.sk' }, { domain: 'o2active.cz' },
  // Slovakia
  { domain: 'azet.sk', distinct: true }, { domain: 'post.sk' }, { domain: 'zoznam.sk', distinct: true }, { domain: 'pobox.sk' },
  // Germany, Austria, Switzerland
  { domain: 'gmx.com' }, { domain: 'gmx.de' },
  { domain: 'gmx.net' }, { domain: 'gmx.at' }, { domain: 'gmx.ch' },
  { domain: 'web.de' }, { domain: 't-online.de' }, { domain: 'freenet.de' }, { domain: 'arcor.de' },
  { domain: 'posteo.de', distinct: true }, { domain: 'mailbox.org' }, { domain: 'bluewin.ch' },
  // France, Spain, Italy
  { domain: 'orange.fr' }, { domain: 'wanadoo.fr', distinct: true }, { domain: 'free.fr' },
  { domain: 'sfr.fr' }, { domain: 'laposte.net', distinct: true }, { domain: 'libero.it' }, { domain: 'virgilio.it' },
  { domain: 'telefonica.net' },
  // Poland, Russia, elsewhere
  { domain: 'o2.pl' }, { domain: 'wp.pl' }, { domain: 'onet.pl' }, { domain: 'interia.pl' },
  { domain: 'yandex.ru' }, { domain: 'yandex.com' },
  { domain: 'mail.ru' }, { domain: 'rambler.ru', distinct: true }, { domain: 'ukr.net' }, { domain: 'qq.com' },
  { domain: '163.com' }, { domain: '126.com' }, { domain: 'naver.com' }, { domain: 'rediffmail.com', distinct: true },
  // UK
  { domain: 'btinternet.com', distinct: true }, { domain: 'sky.com' }, { domain: 'virginmedia.com', distinct: true },
  { domain: 'ntlworld.com' }, { domain: 'talktalk.net' },
];

/**
 * Legitimate domains that sit one edit away from a provider above and must never be "corrected"
 * (the spell checker would otherwise send gmx.com or mail.com users to gmail.com).
 */
export const KNOWN_LOOKALIKES: ReadonlySet<string> = new Set([
  'gmx.com', 'gmx.de', 'gmx.net', 'mail.com', 'email.com', 'ymail.com', 'hotmail.co.uk',
  'yahoo.co.uk', 'live.co.uk', 'outlook.cz', 'outlook.de', 'outlook.fr', 'me.com',
  'mac.com', 'msn.com', 'aol.com', 'web.de', 'post.cz', 'post.sk', 'atlas.cz', 'atlas.sk',
  'centrum.cz', 'centrum.sk', 'live.com', 'live.de', 'gmail.com', 'icloud.com', 'qq.com',
  'mail.ru', 'list.ru', 'bk.ru', 'inbox.ru', 'email.cz', 'volny.cz', 'quick.cz', 'o2.pl', 'wp.pl',
]);

/** Slips in a TLD that leave a TLD that does not exist: gmail.con, firma.cs. */
export const TLD_TYPOS: Readonly<Record<string, string>> = {
  con: 'com', cmo: 'com', ocm: 'com', vom: 'com', xom: 'com', comm: 'com', coom: 'com', cpm: 'com',
  cim: 'com', comn: 'com', zc: 'cz', cs: 'cz', czz: 'cz', ney: 'net', nte: 'net', nett: 'net',
  ogr: 'org', prg: 'org', rog: 'org', orgg: 'org', dee: 'de', skk: 'sk', kk: 'sk',
};
