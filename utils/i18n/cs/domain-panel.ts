// Messages for the compose panel's domain findings in 'cs' (registered by utils/compose/domain-findings.ts).
export default {
  'domain-recipient.nxdomain': 'Pošta pro {address} se vrátí: doména {domain} neexistuje.',
  'domain-recipient.nullMx':
    'Pošta pro {address} se vrátí: {domain} uvádí, že žádnou poštu nepřijímá (nulový MX).',
  'domain-recipient.noMail': 'Pošta pro {address} se vrátí: {domain} nemá poštovní server ani adresu.',
  'domain-recipient.noHost':
    'Pošta pro {address} se vrátí: žádný z poštovních serverů domény {domain} nelze najít.',
  'domain-recipient.badName': 'Pošta pro {address} se vrátí: „{domain}“ není platné jméno domény.',
  'domain-recipient.unknown': 'Nepodařilo se ověřit, zda {domain} přijímá poštu ({reason}).',
  'domain-recipient.fix': 'Zkontrolujte, zda je adresa napsaná správně.',
  'domain-sender.rejected':
    'Vaše doména {domain} zveřejňuje DMARC p={policy}, ale její SPF nepovoluje {service}, takže tato zpráva může být odmítnuta.',
  'domain-sender.spfFail':
    'Záznam SPF domény {domain} nepovoluje {service}, takže příjemci mohou tuto zprávu považovat za padělanou.',
  'domain-sender.spfBroken':
    'Záznam SPF domény {domain} je poškozený, takže tato zpráva SPF neprojde; podrobnosti najdete v Preflightu.',
  'domain-sender.noReplies':
    '{domain} nemůže přijímat poštu, takže odpovědi a nedoručenky k této zprávě se ztratí.',
  'domain-sender.unknown': 'Nepodařilo se ověřit nastavení pošty domény {domain} ({reason}).',
  'domain-sender.fix': 'Záznam, který je třeba zveřejnit, najdete v okně Preflightu.',
} as Record<string, string>;
