// Messages for the compose panel's domain findings in 'en' (registered by utils/compose/domain-findings.ts).
export default {
  'domain-recipient.nxdomain': 'Mail to {address} will bounce: the domain {domain} does not exist.',
  'domain-recipient.nullMx': 'Mail to {address} will bounce: {domain} says it accepts no mail (null MX).',
  'domain-recipient.noMail': 'Mail to {address} will bounce: {domain} has no mail server and no address.',
  'domain-recipient.noHost':
    'Mail to {address} will bounce: none of the mail servers of {domain} can be found.',
  'domain-recipient.badName': 'Mail to {address} will bounce: "{domain}" is not a valid domain name.',
  'domain-recipient.unknown': 'Could not check whether {domain} receives mail ({reason}).',
  'domain-recipient.fix': 'Check the spelling of the address.',
  'domain-sender.rejected':
    'Your domain {domain} publishes DMARC p={policy} but its SPF does not authorize {service}, so this message may be rejected.',
  'domain-sender.spfFail':
    'The SPF record of {domain} does not authorize {service}, so receivers may treat this message as forged.',
  'domain-sender.spfBroken':
    'The SPF record of {domain} is broken, so this message fails SPF; open Preflight for details.',
  'domain-sender.noReplies':
    '{domain} cannot receive mail, so replies and bounces to this message will be lost.',
  'domain-sender.unknown': 'Could not check the email settings of {domain} ({reason}).',
  'domain-sender.fix': 'Open the Preflight popup to see the record to publish.',
} as Record<string, string>;
