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
} as Record<string, string>;
