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
} as Record<string, string>;
