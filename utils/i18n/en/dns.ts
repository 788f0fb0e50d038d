// Messages for the dns area in 'en'. Keys: '<rule-or-component>.<message>'.
export default {
  // spf-record
  'spf-record.missing':
    '{domain} publishes no SPF record, so receivers cannot tell which servers may send its mail.',
  'spf-record.multiple':
    '{domain} publishes {count} SPF records; receivers treat that as a permanent error and SPF fails for every message.',
  'spf-record.dnsError':
    'The SPF record of {domain} could not be read ({reason}); the rest of this report may be incomplete.',
  'spf-record.publish':
    'Publish one TXT record at {domain} such as "{record}", with an include for each service that sends your mail.',
  'spf-record.merge':
    'Merge the records into one TXT record that starts with "v=spf1" and delete the others.',

  // spf-syntax
  'spf-syntax.no-version': 'The SPF record of {domain} does not start with "v=spf1".',
  'spf-syntax.bad-char':
    'The SPF record of {domain} contains a character that is not allowed in "{term}" ({detail}).',
  'spf-syntax.unknown-mechanism':
    '"{term}" in the SPF record of {domain} is not an SPF mechanism, so the whole record fails with a permanent error.',
  'spf-syntax.bad-modifier-name':
    '"{term}" in the SPF record of {domain} is not a valid modifier, so the whole record fails with a permanent error.',
  'spf-syntax.unexpected-argument':
    '"{term}" in the SPF record of {domain} has an argument this mechanism does not take.',
  'spf-syntax.missing-domain': '"{term}" in the SPF record of {domain} needs a domain name.',
  'spf-syntax.bad-domain-spec':
    '"{term}" in the SPF record of {domain} does not name a valid domain ({detail}).',
  'spf-syntax.ip-as-domain':
    '"{term}" in the SPF record of {domain} gives an IP address where a domain name belongs; use ip4: for addresses.',
  'spf-syntax.bad-macro': '"{term}" in the SPF record of {domain} has a broken macro ({detail}).',
  'spf-syntax.bad-ip4': '"{term}" in the SPF record of {domain} is not a valid IPv4 address.',
  'spf-syntax.bad-ip6': '"{term}" in the SPF record of {domain} is not a valid IPv6 address.',
  'spf-syntax.bad-cidr': '"{term}" in the SPF record of {domain} has an invalid prefix length ({detail}).',
  'spf-syntax.duplicate-modifier':
    '"{term}" appears more than once in the SPF record of {domain}, which is a permanent error.',

  // spf-lookup-limit
  'spf-lookup-limit.tooMany':
    'Checking the SPF record of {domain} takes {count} DNS lookups, more than the limit of {limit}; receivers stop with a permanent error and SPF fails. The largest part is "{heaviest}" with {heaviestCount} lookups.',
  'spf-lookup-limit.nearLimit':
    'Checking the SPF record of {domain} takes {count} of the {limit} allowed DNS lookups; one more include will break it.',
  'spf-lookup-limit.flatten':
    'Replace {replaced} by the addresses they stand for, which brings the record to {lookups} lookups: "{record}". Keep those addresses up to date when the provider changes them.',
  'spf-lookup-limit.reduce':
    'Remove includes for services that no longer send your mail, or ask a provider for a narrower include.',

  // spf-void-lookups
  'spf-void-lookups.tooMany':
    '{count} terms in the SPF tree of {domain} look up names that do not exist ({terms}); more than 2 is a permanent error.',
  'spf-void-lookups.some':
    '{count} terms in the SPF tree of {domain} look up names that do not exist ({terms}); remove them before they add up to more than 2.',

  // blocklists (utils/auth/blocklists)
  'blocklists.listed':
    '{domain} is listed on {list} (answer {code}); receivers that use the list reject or file mail that mentions it.',
  'blocklists.listedAbused':
    '{domain} is listed on {list} as a legitimate domain abused by others (answer {code}); mail that mentions it may be filtered.',
  'blocklists.refusedPublicResolver':
    '{list} refused to answer for {domain} through this public resolver (answer {code}), so whether it is listed is unknown.',
  'blocklists.refusedRateLimit':
    '{list} refused to answer for {domain} because too many queries came through this resolver (answer {code}), so whether it is listed is unknown.',
  'blocklists.refusedTypo':
    '{list} answered {code} for {domain}, which means the query was not understood, so whether it is listed is unknown.',
  'blocklists.refusedIpQuery':
    '{list} answered {code} for {domain}, which means an IP address was asked instead of a domain, so whether it is listed is unknown.',
  'blocklists.refused':
    '{list} refused the query for {domain} (answer {code}), so whether it is listed is unknown.',
  'blocklists.unexpected':
    '{list} gave an answer for {domain} that is not a list code ({code}); the resolver may rewrite answers, so whether it is listed is unknown.',
  'blocklists.dnsError':
    '{list} could not be asked about {domain} ({reason}), so whether it is listed is unknown.',
  'blocklists.notEnabled':
    'Blocklist checks are off; turn them on in the options (each check tells the list operators which domains you mail).',
  'blocklists.nothingToCheck': 'There is no domain to look up on the blocklists.',
  'blocklists.delist':
    'Find out why {domain} is listed on {list}, clean up the cause, then ask {list} to remove it.',

  // propagation (utils/auth/propagation)
  'propagation.differs':
    'Resolvers give different {record} answers for {name}: {answers}. A recent change is probably still spreading.',
  'propagation.noAnswer': '{resolver} gave no {record} answer for {name} ({reason}).',
  'propagation.tooFewResolvers':
    'Fewer than two resolvers answered for {domain} ({count} did), so the answers could not be compared.',
  'propagation.wait':
    'Wait until the old answer expires (up to {ttl} seconds) and check again; if the answers still differ, the change did not reach every name server.',

  // spf-all
  'spf-all.passAll':
    'The SPF record of {domain} ends in "+all", which authorizes every server on the internet to send as {domain}.',
  'spf-all.neutralAll':
    'The SPF record of {domain} ends in "?all", which says nothing about servers it does not list, so forged mail is not stopped.',
  'spf-all.missing':
    'The SPF record of {domain} has no "all" at the end, so mail from servers it does not list gets a neutral result.',
  'spf-all.redirectIgnored':
    'The SPF record of {domain} has both "all" and "redirect="; the redirect is never used.',
  'spf-all.useSoftfail':
    'End the record with "~all" (or "-all" once you are sure every sender is listed): "{record}".',

  // spf-ptr
  'spf-ptr.deprecated':
    '"{term}" in the SPF record of {domain} uses the ptr mechanism, which is slow, unreliable and deprecated; some receivers ignore it.',
  'spf-ptr.replace': 'Replace ptr by ip4:, ip6: or a: terms for the servers it is meant to cover.',

  // spf-include
  'spf-include.missing':
    '"{term}" in the SPF record of {domain} points to {target}, which has no SPF record; that is a permanent error.',
  'spf-include.multiple':
    '"{term}" in the SPF record of {domain} points to {target}, which has {count} SPF records; that is a permanent error.',
  'spf-include.loop':
    '"{term}" in the SPF record of {domain} leads back to a record already being checked, so the check can never finish.',
  'spf-include.dnsError':
    'The record behind "{term}" in the SPF record of {domain} could not be read ({reason}).',
  'spf-include.dependsOnMessage':
    '"{term}" in the SPF record of {domain} depends on each message, so it could not be checked here.',

  // spf-mx-limit
  'spf-mx-limit.tooMany':
    '"{term}" in the SPF record of {domain} finds {count} MX names; more than 10 is a permanent error.',

  // spf-record-length
  'spf-record-length.stringTooLong':
    'A string in the SPF record of {domain} is {bytes} bytes long; DNS allows at most 255 bytes per string.',
  'spf-record-length.over450':
    'The SPF record of {domain} is {bytes} bytes long; records over 450 bytes may not fit in a single DNS answer.',
  'spf-record-length.over512':
    'The SPF record of {domain} is {bytes} bytes long, too big for a plain DNS answer; some receivers will not read it.',
  'spf-record-length.split':
    'Publish the record as several strings of at most 255 bytes, for example: {zone}.',

  // spf-type99
  'spf-type99.present':
    '{domain} still publishes the obsolete SPF record type (99); receivers only read the TXT record, so the old one can be removed.',
  'spf-type99.differs':
    '{domain} publishes an obsolete SPF-type record that differs from its TXT record; receivers only read the TXT record.',

  // spf-provider
  'spf-provider.notAuthorized':
    'The SPF record of {domain} does not authorize {service}, so mail you send from here fails SPF (checked: {samples}).',
  'spf-provider.partial':
    'The SPF record of {domain} authorizes only some of the servers {service} sends from (checked: {samples}).',
  'spf-provider.evaluationError':
    'Checking the SPF record of {domain} for {service} servers ends in an error (checked: {samples}).',
  'spf-provider.addInclude': 'Add "{include}" for {service}: "{record}".',
  // suggested records
  'suggest.spfProvider': 'This SPF record adds the service you send with to the servers you already list.',
  'suggest.spfStart':
    'A starting SPF record for the service you send with; add an include for every other service that sends your mail.',
  'suggest.spfFlat':
    'This SPF record replaces some includes by the addresses they stand for, to stay within 10 lookups.',
  'suggest.dmarcStart':
    'A starting DMARC record: it only monitors, and sends daily reports to the address in rua=.',
  'suggest.dmarcEnforce':
    'The next step once the reports show all your mail passing: failing mail goes to spam.',
  'suggest.mtaSts':
    'An MTA-STS record; publish the policy file at https://mta-sts.<domain>/.well-known/mta-sts.txt too, and change id= whenever the policy changes.',
  'suggest.tlsRpt':
    'A TLS-RPT record: receivers send daily reports about failed TLS connections to this address.',

  // dmarc-record
  'dmarc-record.missing':
    '{domain} publishes no DMARC record, so receivers apply no policy to mail that forges it and large mailbox providers may reject bulk mail from it.',
  'dmarc-record.multiple': '{domain} publishes {count} DMARC records; receivers then ignore all of them.',
  'dmarc-record.dnsError':
    'The DMARC record of {domain} could not be read ({reason}); this is not the same as having none.',
  'dmarc-record.atApex':
    'A DMARC record is published at {domain} itself, where receivers do not look; it belongs at {name}.',
  'dmarc-record.inherited':
    '{domain} has no DMARC record of its own; the record of {policyDomain} applies to it.',
  'dmarc-record.publish': 'Publish a TXT record at {name}: "{record}".',
  'dmarc-record.merge':
    'Merge the records into one TXT record that starts with "v=DMARC1" and delete the others.',
  'dmarc-record.move': 'Move the record to {name}.',

  // dmarc-syntax
  'dmarc-syntax.no-version':
    'The DMARC record of {domain} does not start with "v=DMARC1", so receivers ignore it.',
  'dmarc-syntax.tag-syntax': '"{tag}" in the DMARC record of {domain} is not a tag=value pair.',
  'dmarc-syntax.duplicate-tag':
    '"{tag}" appears more than once in the DMARC record of {domain}, which makes the record invalid.',
  'dmarc-syntax.bad-policy': '"{tag}" in the DMARC record of {domain} is not none, quarantine or reject.',
  'dmarc-syntax.missing-policy':
    'The DMARC record of {domain} has no p= tag, so receivers treat it as p=none at best.',
  'dmarc-syntax.bad-alignment':
    '"{tag}" in the DMARC record of {domain} must be r (relaxed) or s (strict); receivers ignore it.',
  'dmarc-syntax.bad-testing': '"{tag}" in the DMARC record of {domain} must be y or n.',
  'dmarc-syntax.bad-psd': '"{tag}" in the DMARC record of {domain} must be y, n or u.',
  'dmarc-syntax.bad-fo':
    '"{tag}" in the DMARC record of {domain} is not a list of 0, 1, d and s separated by colons.',
  'dmarc-syntax.bad-uri':
    '"{tag}" in the DMARC record of {domain} is not a mailto: address, so no reports are sent there.',
  'dmarc-syntax.removedTag':
    '"{tag}" in the DMARC record of {domain} was removed from DMARC (RFC 9989) and is ignored by current receivers.',

  // dmarc-policy
  'dmarc-policy.monitorOnly':
    'The DMARC policy of {domain} is p=none: receivers only report forged mail and still deliver it.',
  'dmarc-policy.testing':
    'The DMARC record of {domain} says t=y (testing), so receivers may apply a weaker policy than the one published.',
  'dmarc-policy.weakSubdomain':
    'The DMARC record of {domain} asks for {policy} but sp=none leaves its subdomains open to forgery.',
  'dmarc-policy.weakNonExistent':
    'The DMARC record of {domain} asks for {policy} but np=none leaves names that do not exist open to forgery.',
  'dmarc-policy.enforce':
    'Once the reports show your own mail passing, move to quarantine at {name}: "{record}".',
  'dmarc-policy.dropTesting': 'Remove "t=y" when you are ready for receivers to apply the policy fully.',

  // dmarc-reports
  'dmarc-reports.noRua':
    'The DMARC record of {domain} has no rua= address, so you get no reports about who sends mail as {domain}.',
  'dmarc-reports.unauthorized':
    'DMARC reports of {domain} go to {destination}, which has not agreed to receive them ({name} has no "v=DMARC1" record), so receivers will not send them.',
  'dmarc-reports.authUnknown':
    'Whether {destination} accepts the DMARC reports of {domain} could not be checked ({reason}).',
  'dmarc-reports.addRua': 'Add a report address: "{record}".',
  'dmarc-reports.authorize':
    'Ask the report provider to publish a TXT record "v=DMARC1" at {name}, or send the reports to a mailbox of your own domain.',

  // dkim-selectors
  'dkim-selectors.noneFound':
    'No DKIM key was found for {domain} among the {count} selectors tried ({selectors}); it may use another selector.',
  'dkim-selectors.noneFoundHint':
    'No DKIM key was found for {domain} among the {count} selectors tried ({selectors}), but _domainkey.{domain} exists, so keys are probably published under another selector.',
  'dkim-selectors.dnsError': 'The DKIM selectors {selectors} of {domain} could not be checked ({reason}).',
  'dkim-selectors.addSelector':
    'Add your DKIM selector in the options (it is in the DKIM-Signature header of a sent message, as s=).',

  // dkim-key
  'dkim-key.revoked':
    'The DKIM key {selector} of {domain} is revoked (empty p=); mail signed with it fails DKIM.',
  'dkim-key.rsaTooShort':
    'The DKIM key {selector} of {domain} is only {bits} bits; receivers must reject keys under 1024 bits, so its signatures fail.',
  'dkim-key.rsa1024': 'The DKIM key {selector} of {domain} is {bits} bits; 2048 bits is recommended.',
  'dkim-key.badEd25519':
    'The Ed25519 DKIM key {selector} of {domain} is {bytes} bytes long instead of 32, so it cannot verify anything.',
  'dkim-key.invalid':
    'The DKIM key {selector} of {domain} cannot be read ({reason}), so its signatures fail.',
  'dkim-key.unknownType':
    'The DKIM key {selector} of {domain} has key type "{keyType}", which receivers do not know.',
  'dkim-key.testing': 'The DKIM key {selector} of {domain} is in testing mode (t=y).',
  'dkim-key.sha1Only':
    'The DKIM key {selector} of {domain} allows only SHA-1 (h=sha1), which receivers no longer accept.',
  'dkim-key.syntax': '"{tag}" in the DKIM key {selector} of {domain} is malformed.',
  'dkim-key.rotate2048':
    "Create a new 2048-bit key in your mail provider's admin console and publish it under a new selector.",
  'dkim-key.dropTesting': 'Remove "t=y" from the key record when signing works.',
  'dkim-key.republish':
    "Copy the key again from your mail provider's admin console; it was probably cut or mangled when published.",

  // mx-record
  'mx-record.nullMx':
    '{domain} publishes a null MX ("0 ."), which says it receives no mail: replies and bounces to it are lost.',
  'mx-record.noMail':
    '{domain} has no MX record and no address, so replies and bounces to it cannot be delivered.',
  'mx-record.nxdomain': '{domain} does not exist in DNS.',
  'mx-record.implicit':
    '{domain} has no MX record; mail to it goes to its address ({addresses}), which often does not accept mail.',
  'mx-record.dnsError': 'The MX records of {domain} could not be read ({reason}).',
  'mx-record.publishMx': 'Publish MX records for the service that receives your mail.',

  // mx-hosts
  'mx-hosts.noneResolve':
    'None of the MX hosts of {domain} has an address ({hosts}), so mail to it cannot be delivered.',
  'mx-hosts.someDoNotResolve':
    'Some MX hosts of {domain} have no address ({hosts}); senders waste time on them.',
  'mx-hosts.hostIsIp':
    'MX records of {domain} name IP addresses ({hosts}) instead of host names, which mail servers reject.',
  'mx-hosts.duplicate': 'MX records of {domain} list the same host more than once ({hosts}).',
  'mx-hosts.nullWithOthers':
    '{domain} publishes a null MX beside other MX records; a null MX must be the only one.',
  'mx-hosts.hostDnsError': 'The addresses of the MX hosts {hosts} of {domain} could not be read ({reason}).',

  // mta-sts-record
  'mta-sts-record.missing':
    '{domain} publishes no MTA-STS record, so mail to it can be sent without verified TLS.',
  'mta-sts-record.multiple':
    '{domain} publishes {count} MTA-STS records at {name}; senders then ignore MTA-STS.',
  'mta-sts-record.invalid': 'The MTA-STS record at {name} is invalid ({reason}).',
  'mta-sts-record.dnsError': 'The MTA-STS record at {name} could not be read ({reason}).',
  'mta-sts-record.publish':
    'Publish a TXT record at {name} and the policy file, to make senders use verified TLS.',

  // mta-sts-policy
  'mta-sts-policy.notChecked': 'The MTA-STS policy of {domain} at {url} was not checked ({reason}).',
  'mta-sts-policy.fetchFailed':
    'The MTA-STS policy of {domain} could not be fetched from {url} ({reason}); senders then ignore MTA-STS.',
  'mta-sts-policy.redirect':
    'The MTA-STS policy URL {url} redirects; senders must not follow redirects, so they find no policy.',
  'mta-sts-policy.contentType':
    'The MTA-STS policy at {url} is served as "{contentType}" instead of text/plain.',
  'mta-sts-policy.invalid': 'The MTA-STS policy at {url} is invalid: {reason}.',
  'mta-sts-policy.modeNone': 'The MTA-STS policy of {domain} has mode none, which switches MTA-STS off.',
  'mta-sts-policy.modeTesting':
    'The MTA-STS policy of {domain} is in testing mode, so TLS failures are only reported.',
  'mta-sts-policy.mxNotCovered':
    'The MTA-STS policy of {domain} enforces TLS but its mx lines ({patterns}) do not cover the MX hosts {hosts}, so senders will refuse to deliver there.',
  'mta-sts-policy.mxNotCoveredTesting':
    'The mx lines of the MTA-STS policy of {domain} ({patterns}) do not cover the MX hosts {hosts}.',
  'mta-sts-policy.maxAgeShort':
    'The MTA-STS policy of {domain} is cached for only {seconds} seconds; a week or more is recommended.',
  'mta-sts-policy.grant':
    'Allow Preflight to read https://mta-sts.{domain} in the popup to check the policy.',
  'mta-sts-policy.enforce': 'Switch the policy to "mode: enforce" once the TLS reports show no failures.',

  // tls-rpt
  'tls-rpt.missing':
    '{domain} publishes no TLS-RPT record, so you get no reports when senders cannot reach it over TLS.',
  'tls-rpt.multiple': '{domain} publishes {count} TLS-RPT records at {name}; senders then send no reports.',
  'tls-rpt.invalid': 'The TLS-RPT record at {name} is invalid ({reason}).',
  'tls-rpt.dnsError': 'The TLS-RPT record at {name} could not be read ({reason}).',
  'tls-rpt.publish': 'Publish a TXT record at {name} with an address for the reports.',

  // bimi
  'bimi.missing': '{domain} publishes no BIMI record (optional: it shows your logo in some inboxes).',
  'bimi.declined': '{domain} publishes a BIMI record that declines to show a logo.',
  'bimi.multiple': '{domain} publishes {count} BIMI records at {name}; receivers then show no logo.',
  'bimi.invalid': 'The BIMI record at {name} is invalid ({reason}).',
  'bimi.dmarcTooWeak':
    'The BIMI record of {domain} has no effect: BIMI needs DMARC at quarantine or reject, and the policy is {policy}.',
  'bimi.dnsError': 'The BIMI record at {name} could not be read ({reason}).',
  'bimi.strengthenDmarc': 'Move the DMARC policy to quarantine or reject first.',
} as Record<string, string>;
