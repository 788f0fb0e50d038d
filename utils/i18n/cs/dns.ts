// Messages for the dns area in 'cs'. Keys: '<rule-or-component>.<message>'.
export default {
  // spf-record
  'spf-record.missing':
    'Doména {domain} nemá záznam SPF, takže příjemci nepoznají, které servery smějí posílat její poštu.',
  'spf-record.multiple':
    'Doména {domain} má víc záznamů SPF (celkem {count}); příjemci to berou jako trvalou chybu a SPF selže u každé zprávy.',
  'spf-record.dnsError':
    'Záznam SPF domény {domain} se nepodařilo načíst ({reason}); zbytek přehledu proto nemusí být úplný.',
  'spf-record.publish':
    'Zveřejněte u domény {domain} jeden záznam TXT, například „{record}“, a doplňte include pro každou službu, která posílá vaši poštu.',
  'spf-record.merge': 'Slučte záznamy do jediného záznamu TXT začínajícího „v=spf1“ a ostatní smažte.',

  // spf-syntax
  'spf-syntax.no-version': 'Záznam SPF domény {domain} nezačíná „v=spf1“.',
  'spf-syntax.bad-char': 'Záznam SPF domény {domain} obsahuje v „{term}“ nepovolený znak ({detail}).',
  'spf-syntax.unknown-mechanism':
    '„{term}“ v záznamu SPF domény {domain} není mechanismus SPF, a celý záznam proto končí trvalou chybou.',
  'spf-syntax.bad-modifier-name':
    '„{term}“ v záznamu SPF domény {domain} není platný modifikátor, a celý záznam proto končí trvalou chybou.',
  'spf-syntax.unexpected-argument':
    '„{term}“ v záznamu SPF domény {domain} má argument, který tento mechanismus nepřijímá.',
  'spf-syntax.missing-domain': '„{term}“ v záznamu SPF domény {domain} potřebuje doménové jméno.',
  'spf-syntax.bad-domain-spec':
    '„{term}“ v záznamu SPF domény {domain} neobsahuje platné doménové jméno ({detail}).',
  'spf-syntax.ip-as-domain':
    '„{term}“ v záznamu SPF domény {domain} uvádí IP adresu tam, kam patří doménové jméno; pro adresy použijte ip4:.',
  'spf-syntax.bad-macro': '„{term}“ v záznamu SPF domény {domain} obsahuje chybné makro ({detail}).',
  'spf-syntax.bad-ip4': '„{term}“ v záznamu SPF domény {domain} není platná adresa IPv4.',
  'spf-syntax.bad-ip6': '„{term}“ v záznamu SPF domény {domain} není platná adresa IPv6.',
  'spf-syntax.bad-cidr': '„{term}“ v záznamu SPF domény {domain} má neplatnou délku prefixu ({detail}).',
  'spf-syntax.duplicate-modifier':
    '„{term}“ se v záznamu SPF domény {domain} objevuje víckrát, což je trvalá chyba.',

  // spf-lookup-limit
  'spf-lookup-limit.tooMany':
    'Ověření záznamu SPF domény {domain} potřebuje {count} dotazů DNS, víc než povolených {limit}; příjemci skončí trvalou chybou a SPF selže. Nejvíc jich připadá na „{heaviest}“ ({heaviestCount}).',
  'spf-lookup-limit.nearLimit':
    'Ověření záznamu SPF domény {domain} potřebuje {count} z {limit} povolených dotazů DNS; další include už ho rozbije.',
  'spf-lookup-limit.flatten':
    'Nahraďte {replaced} adresami, které zastupují, a počet dotazů klesne na {lookups}: „{record}“. Až poskytovatel adresy změní, musíte je aktualizovat.',
  'spf-lookup-limit.reduce':
    'Odstraňte include služeb, které už vaši poštu neposílají, nebo požádejte poskytovatele o užší include.',

  // spf-void-lookups
  'spf-void-lookups.tooMany':
    'V záznamech SPF domény {domain} se na neexistující jména ptají tyto výrazy: {terms} (celkem {count}); víc než 2 je trvalá chyba.',
  'spf-void-lookups.some':
    'V záznamech SPF domény {domain} se na neexistující jména ptají tyto výrazy: {terms} (celkem {count}); odstraňte je dřív, než jich bude víc než 2.',

  // blocklists (utils/auth/blocklists)
  'blocklists.listed':
    'Doména {domain} je na seznamu {list} (odpověď {code}); příjemci, kteří seznam používají, poštu, jež ji zmiňuje, odmítnou nebo odloží.',
  'blocklists.listedAbused':
    'Doména {domain} je na seznamu {list} jako legitimní doména zneužitá jinými (odpověď {code}); pošta, která ji zmiňuje, může být odfiltrována.',
  'blocklists.refusedPublicResolver':
    'Seznam {list} odmítl odpovědět na dotaz na {domain} přes tento veřejný resolver (odpověď {code}), takže není známo, zda na něm doména je.',
  'blocklists.refusedRateLimit':
    'Seznam {list} odmítl odpovědět na dotaz na {domain}, protože přes tento resolver přišlo příliš mnoho dotazů (odpověď {code}), takže není známo, zda na něm doména je.',
  'blocklists.refusedTypo':
    'Seznam {list} odpověděl na dotaz na {domain} kódem {code}, který znamená nesrozumitelný dotaz, takže není známo, zda na něm doména je.',
  'blocklists.refusedIpQuery':
    'Seznam {list} odpověděl na dotaz na {domain} kódem {code}, který znamená dotaz na IP adresu místo domény, takže není známo, zda na něm doména je.',
  'blocklists.refused':
    'Seznam {list} odmítl dotaz na {domain} (odpověď {code}), takže není známo, zda na něm doména je.',
  'blocklists.unexpected':
    'Seznam {list} dal na dotaz na {domain} odpověď, která není jeho kódem ({code}); resolver možná odpovědi přepisuje, takže není známo, zda na něm doména je.',
  'blocklists.dnsError':
    'Seznamu {list} se nepodařilo položit dotaz na {domain} ({reason}), takže není známo, zda na něm doména je.',
  'blocklists.notEnabled':
    'Kontrola blokovacích seznamů je vypnutá; zapněte ji v nastavení (každá kontrola sdělí provozovatelům seznamů, na které domény píšete).',
  'blocklists.nothingToCheck': 'Na blokovacích seznamech není co hledat, chybí doména.',
  'blocklists.delist':
    'Zjistěte, proč je doména {domain} na seznamu {list}, odstraňte příčinu a pak požádejte {list} o vyřazení.',

  // propagation (utils/auth/propagation)
  'propagation.differs':
    'Resolvery dávají pro {name} různé odpovědi {record}: {answers}. Nedávná změna se nejspíš ještě šíří.',
  'propagation.noAnswer': 'Resolver {resolver} nedal pro {name} žádnou odpověď {record} ({reason}).',
  'propagation.tooFewResolvers':
    'Pro {domain} odpověděly méně než dva resolvery (odpovědělo {count}), takže odpovědi nešlo porovnat.',
  'propagation.wait':
    'Počkejte, až stará odpověď vyprší (nejvýš {ttl} sekund), a zkontrolujte to znovu; pokud se odpovědi stále liší, změna se nedostala na všechny jmenné servery.',

  // spf-all
  'spf-all.passAll':
    'Záznam SPF domény {domain} končí „+all“, čímž povoluje posílat poštu za {domain} libovolnému serveru na internetu.',
  'spf-all.neutralAll':
    'Záznam SPF domény {domain} končí „?all“, takže o neuvedených serverech nic neříká a podvrženou poštu nezastaví.',
  'spf-all.missing':
    'Záznam SPF domény {domain} nekončí výrazem „all“, takže pošta z neuvedených serverů dostane neutrální výsledek.',
  'spf-all.redirectIgnored':
    'Záznam SPF domény {domain} obsahuje „all“ i „redirect=“; přesměrování se proto nikdy nepoužije.',
  'spf-all.useSoftfail':
    'Ukončete záznam výrazem „~all“ (nebo „-all“, až budete mít jistotu, že jsou uvedeni všichni odesílatelé): „{record}“.',

  // spf-ptr
  'spf-ptr.deprecated':
    '„{term}“ v záznamu SPF domény {domain} používá mechanismus ptr, který je pomalý, nespolehlivý a zastaralý; někteří příjemci ho ignorují.',
  'spf-ptr.replace': 'Nahraďte ptr výrazy ip4:, ip6: nebo a: pro servery, které měl pokrývat.',

  // spf-include
  'spf-include.missing':
    '„{term}“ v záznamu SPF domény {domain} odkazuje na {target}, kde žádný záznam SPF není; to je trvalá chyba.',
  'spf-include.multiple':
    '„{term}“ v záznamu SPF domény {domain} odkazuje na {target}, kde je víc záznamů SPF (celkem {count}); to je trvalá chyba.',
  'spf-include.loop':
    '„{term}“ v záznamu SPF domény {domain} vede zpět na záznam, který se už ověřuje, takže ověření nikdy neskončí.',
  'spf-include.dnsError':
    'Záznam, na který odkazuje „{term}“ v záznamu SPF domény {domain}, se nepodařilo načíst ({reason}).',
  'spf-include.dependsOnMessage':
    '„{term}“ v záznamu SPF domény {domain} závisí na konkrétní zprávě, proto ho zde nelze ověřit.',

  // spf-mx-limit
  'spf-mx-limit.tooMany':
    '„{term}“ v záznamu SPF domény {domain} najde {count} jmen MX; víc než 10 je trvalá chyba.',

  // spf-record-length
  'spf-record-length.stringTooLong':
    'Jeden řetězec v záznamu SPF domény {domain} má {bytes} bajtů; DNS dovoluje nejvýš 255 bajtů na řetězec.',
  'spf-record-length.over450':
    'Záznam SPF domény {domain} má {bytes} bajtů; záznamy delší než 450 bajtů se nemusí vejít do jedné odpovědi DNS.',
  'spf-record-length.over512':
    'Záznam SPF domény {domain} má {bytes} bajtů, což je na běžnou odpověď DNS příliš; někteří příjemci ho nepřečtou.',
  'spf-record-length.split':
    'Zveřejněte záznam jako několik řetězců po nejvýš 255 bajtech, například: {zone}.',

  // spf-type99
  'spf-type99.present':
    'Doména {domain} stále zveřejňuje zastaralý typ záznamu SPF (99); příjemci čtou jen záznam TXT, takže starý můžete odstranit.',
  'spf-type99.differs':
    'Doména {domain} zveřejňuje zastaralý záznam typu SPF, který se liší od záznamu TXT; příjemci čtou jen záznam TXT.',

  // spf-provider
  'spf-provider.notAuthorized':
    'Záznam SPF domény {domain} nepovoluje službu {service}, takže pošta, kterou odtud pošlete, v SPF neprojde (ověřeno: {samples}).',
  'spf-provider.partial':
    'Záznam SPF domény {domain} povoluje jen některé servery, ze kterých {service} posílá poštu (ověřeno: {samples}).',
  'spf-provider.evaluationError':
    'Ověření záznamu SPF domény {domain} pro servery služby {service} končí chybou (ověřeno: {samples}).',
  'spf-provider.addInclude': 'Přidejte „{include}“ pro službu {service}: „{record}“.',
  // navrhované záznamy
  'suggest.spfProvider':
    'Tento záznam SPF přidává službu, přes kterou odesíláte, k serverům, které už uvádíte.',
  'suggest.spfStart':
    'Výchozí záznam SPF pro službu, přes kterou odesíláte; přidejte include pro každou další službu, která posílá vaši poštu.',
  'suggest.spfFlat':
    'Tento záznam SPF nahrazuje některé include adresami, které zastupují, aby zůstal do 10 dotazů.',
  'suggest.dmarcStart': 'Výchozí záznam DMARC: jen sleduje a posílá denní přehledy na adresu v rua=.',
  'suggest.dmarcEnforce':
    'Další krok, až přehledy ukážou, že všechna vaše pošta prochází: neprošlá pošta půjde do spamu.',
  'suggest.mtaSts':
    'Záznam MTA-STS; zveřejněte také soubor se zásadami na https://mta-sts.<domain>/.well-known/mta-sts.txt a při každé změně zásad změňte id=.',
  'suggest.tlsRpt':
    'Záznam TLS-RPT: příjemci posílají na tuto adresu denní přehledy o neúspěšných spojeních TLS.',

  // dmarc-record
  'dmarc-record.missing':
    '{domain} nezveřejňuje záznam DMARC, takže příjemci na poštu, která ji padělá, neuplatní žádné zásady a velcí poskytovatelé mohou hromadnou poštu z ní odmítat.',
  'dmarc-record.multiple': '{domain} zveřejňuje {count} záznamy DMARC; příjemci pak ignorují všechny.',
  'dmarc-record.dnsError':
    'Záznam DMARC domény {domain} se nepodařilo přečíst ({reason}); to neznamená, že neexistuje.',
  'dmarc-record.atApex':
    'Záznam DMARC je zveřejněn přímo u {domain}, kde ho příjemci nehledají; patří na {name}.',
  'dmarc-record.inherited': '{domain} nemá vlastní záznam DMARC; platí pro ni záznam domény {policyDomain}.',
  'dmarc-record.publish': 'Zveřejněte záznam TXT na {name}: „{record}“.',
  'dmarc-record.merge': 'Slučte záznamy do jednoho záznamu TXT začínajícího „v=DMARC1“ a ostatní smažte.',
  'dmarc-record.move': 'Přesuňte záznam na {name}.',

  // dmarc-syntax
  'dmarc-syntax.no-version': 'Záznam DMARC domény {domain} nezačíná „v=DMARC1“, takže ho příjemci ignorují.',
  'dmarc-syntax.tag-syntax': '„{tag}“ v záznamu DMARC domény {domain} není dvojice značka=hodnota.',
  'dmarc-syntax.duplicate-tag':
    '„{tag}“ se v záznamu DMARC domény {domain} opakuje, což záznam znehodnocuje.',
  'dmarc-syntax.bad-policy': '„{tag}“ v záznamu DMARC domény {domain} není none, quarantine ani reject.',
  'dmarc-syntax.missing-policy':
    'Záznam DMARC domény {domain} nemá značku p=, takže s ním příjemci zacházejí nanejvýš jako s p=none.',
  'dmarc-syntax.bad-alignment':
    '„{tag}“ v záznamu DMARC domény {domain} musí být r (volné) nebo s (přísné); příjemci ho ignorují.',
  'dmarc-syntax.bad-testing': '„{tag}“ v záznamu DMARC domény {domain} musí být y nebo n.',
  'dmarc-syntax.bad-psd': '„{tag}“ v záznamu DMARC domény {domain} musí být y, n nebo u.',
  'dmarc-syntax.bad-fo':
    '„{tag}“ v záznamu DMARC domény {domain} není seznam hodnot 0, 1, d a s oddělených dvojtečkami.',
  'dmarc-syntax.bad-uri':
    '„{tag}“ v záznamu DMARC domény {domain} není adresa mailto:, takže tam žádné přehledy nepřijdou.',
  'dmarc-syntax.removedTag':
    '„{tag}“ v záznamu DMARC domény {domain} byl z DMARC odstraněn (RFC 9989) a současní příjemci ho ignorují.',

  // dmarc-policy
  'dmarc-policy.monitorOnly':
    'Zásada DMARC domény {domain} je p=none: příjemci padělanou poštu jen hlásí a stejně ji doručí.',
  'dmarc-policy.testing':
    'Záznam DMARC domény {domain} uvádí t=y (testování), takže příjemci mohou uplatnit slabší zásadu, než je zveřejněná.',
  'dmarc-policy.weakSubdomain':
    'Záznam DMARC domény {domain} žádá {policy}, ale sp=none nechává její subdomény otevřené padělání.',
  'dmarc-policy.weakNonExistent':
    'Záznam DMARC domény {domain} žádá {policy}, ale np=none nechává neexistující jména otevřená padělání.',
  'dmarc-policy.enforce':
    'Až přehledy ukážou, že vaše vlastní pošta prochází, přejděte na quarantine na {name}: „{record}“.',
  'dmarc-policy.dropTesting': 'Odstraňte „t=y“, až budete chtít, aby příjemci zásadu uplatňovali naplno.',

  // dmarc-reports
  'dmarc-reports.noRua':
    'Záznam DMARC domény {domain} nemá adresu rua=, takže nedostáváte přehledy o tom, kdo posílá poštu jako {domain}.',
  'dmarc-reports.unauthorized':
    'Přehledy DMARC domény {domain} jdou na {destination}, která s jejich příjmem nesouhlasila ({name} nemá záznam „v=DMARC1“), takže je příjemci neposílají.',
  'dmarc-reports.authUnknown':
    'Nepodařilo se ověřit, zda {destination} přijímá přehledy DMARC domény {domain} ({reason}).',
  'dmarc-reports.addRua': 'Přidejte adresu pro přehledy: „{record}“.',
  'dmarc-reports.authorize':
    'Požádejte poskytovatele přehledů o zveřejnění záznamu TXT „v=DMARC1“ na {name}, nebo posílejte přehledy do schránky ve vlastní doméně.',

  // dkim-selectors
  'dkim-selectors.noneFound':
    'Mezi {count} vyzkoušenými selektory ({selectors}) nebyl pro {domain} nalezen žádný klíč DKIM; doména může používat jiný selektor.',
  'dkim-selectors.noneFoundHint':
    'Mezi {count} vyzkoušenými selektory ({selectors}) nebyl pro {domain} nalezen žádný klíč DKIM, ale _domainkey.{domain} existuje, takže klíče jsou nejspíš pod jiným selektorem.',
  'dkim-selectors.dnsError': 'Selektory DKIM {selectors} domény {domain} se nepodařilo ověřit ({reason}).',
  'dkim-selectors.addSelector':
    'Přidejte svůj selektor DKIM v nastavení (najdete ho v hlavičce DKIM-Signature odeslané zprávy jako s=).',

  // dkim-key
  'dkim-key.revoked':
    'Klíč DKIM {selector} domény {domain} je zneplatněný (prázdné p=); pošta jím podepsaná DKIM neprojde.',
  'dkim-key.rsaTooShort':
    'Klíč DKIM {selector} domény {domain} má jen {bits} bitů; klíče pod 1024 bitů musí příjemci odmítnout, takže jeho podpisy neprojdou.',
  'dkim-key.rsa1024': 'Klíč DKIM {selector} domény {domain} má {bits} bitů; doporučuje se 2048 bitů.',
  'dkim-key.badEd25519':
    'Klíč DKIM Ed25519 {selector} domény {domain} má {bytes} bajtů místo 32, takže nic neověří.',
  'dkim-key.invalid':
    'Klíč DKIM {selector} domény {domain} nelze přečíst ({reason}), takže jeho podpisy neprojdou.',
  'dkim-key.unknownType': 'Klíč DKIM {selector} domény {domain} má typ „{keyType}“, který příjemci neznají.',
  'dkim-key.testing': 'Klíč DKIM {selector} domény {domain} je v testovacím režimu (t=y).',
  'dkim-key.sha1Only':
    'Klíč DKIM {selector} domény {domain} povoluje jen SHA-1 (h=sha1), které příjemci už nepřijímají.',
  'dkim-key.syntax': '„{tag}“ v klíči DKIM {selector} domény {domain} je chybně zapsané.',
  'dkim-key.rotate2048':
    'Vytvořte v administraci svého poskytovatele pošty nový klíč o 2048 bitech a zveřejněte ho pod novým selektorem.',
  'dkim-key.dropTesting': 'Až bude podepisování fungovat, odstraňte ze záznamu klíče „t=y“.',
  'dkim-key.republish':
    'Zkopírujte klíč znovu z administrace svého poskytovatele pošty; při zveřejnění byl nejspíš zkrácen nebo poškozen.',

  // mx-record
  'mx-record.nullMx':
    '{domain} zveřejňuje nulový MX („0 .“), tedy že žádnou poštu nepřijímá: odpovědi a nedoručenky se ztratí.',
  'mx-record.noMail': '{domain} nemá záznam MX ani adresu, takže odpovědi a nedoručenky nelze doručit.',
  'mx-record.nxdomain': '{domain} v DNS neexistuje.',
  'mx-record.implicit':
    '{domain} nemá záznam MX; pošta pro ni jde na její adresu ({addresses}), která poštu často nepřijímá.',
  'mx-record.dnsError': 'Záznamy MX domény {domain} se nepodařilo přečíst ({reason}).',
  'mx-record.publishMx': 'Zveřejněte záznamy MX služby, která vaši poštu přijímá.',

  // mx-hosts
  'mx-hosts.noneResolve':
    'Žádný ze serverů MX domény {domain} nemá adresu ({hosts}), takže poštu pro ni nelze doručit.',
  'mx-hosts.someDoNotResolve':
    'Některé servery MX domény {domain} nemají adresu ({hosts}); odesílatelé na nich ztrácejí čas.',
  'mx-hosts.hostIsIp':
    'Záznamy MX domény {domain} uvádějí IP adresy ({hosts}) místo jmen serverů, což poštovní servery odmítají.',
  'mx-hosts.duplicate': 'Záznamy MX domény {domain} uvádějí tentýž server vícekrát ({hosts}).',
  'mx-hosts.nullWithOthers':
    '{domain} zveřejňuje nulový MX vedle jiných záznamů MX; nulový MX musí být jediný.',
  'mx-hosts.hostDnsError': 'Adresy serverů MX {hosts} domény {domain} se nepodařilo přečíst ({reason}).',

  // mta-sts-record
  'mta-sts-record.missing':
    '{domain} nezveřejňuje záznam MTA-STS, takže pošta pro ni může jít bez ověřeného TLS.',
  'mta-sts-record.multiple':
    '{domain} zveřejňuje na {name} {count} záznamy MTA-STS; odesílatelé pak MTA-STS ignorují.',
  'mta-sts-record.invalid': 'Záznam MTA-STS na {name} je neplatný ({reason}).',
  'mta-sts-record.dnsError': 'Záznam MTA-STS na {name} se nepodařilo přečíst ({reason}).',
  'mta-sts-record.publish':
    'Zveřejněte záznam TXT na {name} a soubor se zásadami, aby odesílatelé používali ověřené TLS.',

  // mta-sts-policy
  'mta-sts-policy.notChecked': 'Zásady MTA-STS domény {domain} na {url} nebyly ověřeny ({reason}).',
  'mta-sts-policy.fetchFailed':
    'Zásady MTA-STS domény {domain} se nepodařilo stáhnout z {url} ({reason}); odesílatelé pak MTA-STS ignorují.',
  'mta-sts-policy.redirect':
    'Adresa zásad MTA-STS {url} přesměrovává; odesílatelé přesměrování nesmí následovat, takže zásady nenajdou.',
  'mta-sts-policy.contentType':
    'Zásady MTA-STS na {url} jsou poskytovány jako „{contentType}“ místo text/plain.',
  'mta-sts-policy.invalid': 'Zásady MTA-STS na {url} jsou neplatné: {reason}.',
  'mta-sts-policy.modeNone': 'Zásady MTA-STS domény {domain} mají režim none, který MTA-STS vypíná.',
  'mta-sts-policy.modeTesting':
    'Zásady MTA-STS domény {domain} jsou v testovacím režimu, takže selhání TLS se jen hlásí.',
  'mta-sts-policy.mxNotCovered':
    'Zásady MTA-STS domény {domain} vynucují TLS, ale jejich řádky mx ({patterns}) nepokrývají servery MX {hosts}, takže tam odesílatelé odmítnou doručit.',
  'mta-sts-policy.mxNotCoveredTesting':
    'Řádky mx zásad MTA-STS domény {domain} ({patterns}) nepokrývají servery MX {hosts}.',
  'mta-sts-policy.maxAgeShort':
    'Zásady MTA-STS domény {domain} se uchovávají jen {seconds} sekund; doporučuje se týden a více.',
  'mta-sts-policy.grant':
    'Povolte Preflightu v okně rozšíření číst https://mta-sts.{domain}, aby mohl zásady ověřit.',
  'mta-sts-policy.enforce': 'Až přehledy TLS neukážou žádná selhání, přepněte zásady na „mode: enforce“.',

  // tls-rpt
  'tls-rpt.missing':
    '{domain} nezveřejňuje záznam TLS-RPT, takže se nedozvíte, když se k ní odesílatelé nemohou připojit přes TLS.',
  'tls-rpt.multiple':
    '{domain} zveřejňuje na {name} {count} záznamy TLS-RPT; odesílatelé pak žádné přehledy neposílají.',
  'tls-rpt.invalid': 'Záznam TLS-RPT na {name} je neplatný ({reason}).',
  'tls-rpt.dnsError': 'Záznam TLS-RPT na {name} se nepodařilo přečíst ({reason}).',
  'tls-rpt.publish': 'Zveřejněte na {name} záznam TXT s adresou pro přehledy.',

  // bimi
  'bimi.missing': '{domain} nezveřejňuje záznam BIMI (nepovinné: ukazuje vaše logo v některých schránkách).',
  'bimi.declined': '{domain} zveřejňuje záznam BIMI, který zobrazení loga odmítá.',
  'bimi.multiple': '{domain} zveřejňuje na {name} {count} záznamy BIMI; příjemci pak žádné logo neukážou.',
  'bimi.invalid': 'Záznam BIMI na {name} je neplatný ({reason}).',
  'bimi.dmarcTooWeak':
    'Záznam BIMI domény {domain} nemá účinek: BIMI vyžaduje DMARC s quarantine nebo reject a zásada je {policy}.',
  'bimi.dnsError': 'Záznam BIMI na {name} se nepodařilo přečíst ({reason}).',
  'bimi.strengthenDmarc': 'Nejdřív přepněte zásadu DMARC na quarantine nebo reject.',
} as Record<string, string>;
