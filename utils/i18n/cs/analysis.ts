// Messages for the analysis area in 'cs'. Keys: '<rule-or-component>.<message>'.
// Counts go in parentheses after a noun in the genitive plural ("počet: {count}"), which reads
// naturally for every number without Czech plural forms.
export default {
  'attachment-blocked-type.blockedType':
    'Gmail i Outlook odmítají přílohy typu .{ext}, soubor {name} proto nelze odeslat.',
  'attachment-blocked-type.blockedByOutlook':
    'Outlook blokuje přílohy typu .{ext}; příjemci, kteří používají Outlook, soubor {name} neotevřou.',
  'attachment-blocked-type.doubleExtension':
    'Soubor {name} skrývá spustitelný typ (.{ext}) za názvem, který vypadá jako dokument.',
  'attachment-blocked-type.disguisedName':
    'Název {name} obsahuje neviditelné znaky nebo znaky pro psaní zprava doleva, které zastírají skutečný typ souboru.',
  'attachment-blocked-type.riskyType':
    'Soubory typu .{ext} ({name}) poštovní filtry příjemců často zadržují v karanténě.',
  'attachment-blocked-type.shareLink': 'Sdílejte soubor odkazem z cloudového úložiště místo přílohy.',
  'attachment-blocked-type.removeAttachment': 'Přílohu odeberte, pokud si nejste jisti, odkud pochází.',
  'attachment-blocked-type.sendAsPdf': 'Pošlete obsah raději jako PDF nebo běžný dokument.',

  'attachment-forgotten.mentionedNotAttached':
    'Zpráva zmiňuje přílohu („{phrase}“), ale žádná příloha není připojená.',
  'attachment-forgotten.attachFile': 'Připojte soubor, nebo zmínku o příloze odstraňte.',

  'attachment-size.fileOverSendingLimit':
    'Soubor {name} má {sizeMb} MB, víc než {limitMb} MB, které Gmail a Outlook přijmou.',
  'attachment-size.totalOverSendingLimit':
    'Přílohy mají dohromady {sizeMb} MB, víc než {limitMb} MB, které Gmail a Outlook přijmou.',
  'attachment-size.encodedOverReceivingLimit':
    'Po zakódování pro odeslání bude mít zpráva asi {sizeMb} MB; mnoho poštovních služeb odmítá zprávy větší než {limitMb} MB.',
  'attachment-size.encodedOverCorporateLimit':
    'Po zakódování pro odeslání bude mít zpráva asi {sizeMb} MB; firemní poštovní servery s obvyklým limitem {limitMb} MB ji odmítnou.',
  'attachment-size.shareLink': 'Velké soubory sdílejte odkazem z cloudového úložiště místo příloh.',
  'attachment-size.compressOrLink': 'Soubory zkomprimujte, nebo je sdílejte odkazem z cloudového úložiště.',

  'body-money-amounts.largeSum': 'Zpráva zmiňuje velké peněžní částky: {amounts}.',
  'body-money-amounts.earningsClaim': 'Zpráva slibuje výdělek za den, týden nebo měsíc: {amounts}.',
  'body-money-amounts.stateSimply': 'Částky uvádějte jen tam, kde je příjemce potřebuje.',

  'body-punctuation.exclamationRun': 'Text obsahuje řady vykřičníků nebo otazníků: {examples}.',
  'body-punctuation.manyExclamations': 'Text obsahuje mnoho vykřičníků (počet: {count}).',
  'body-punctuation.calmPunctuation': 'Používejte jednotlivá interpunkční znaménka a nechte mluvit obsah.',

  'body-shouting.shouting': '{percent} % písmen v textu je velkých.',
  'body-shouting.useSentenceCase': 'Pište běžně malými písmeny; velká písmena ponechte jménům a zkratkám.',

  'body-spam-phrases.urgency': 'Nátlak na rychlé jednání: {phrases}.',
  'body-spam-phrases.money': 'Formulace o penězích a cenách typické pro spam: {phrases}.',
  'body-spam-phrases.prize': 'Formulace o výhrách a loteriích: {phrases}.',
  'body-spam-phrases.guarantee': 'Záruky a sliby bez rizika: {phrases}.',
  'body-spam-phrases.callToAction': 'Vtíravé výzvy k akci: {phrases}.',
  'body-spam-phrases.salutation': 'Obecné oslovení místo jména příjemce: {phrases}.',
  'body-spam-phrases.bulk': 'Patička hromadné rozesílky spolu s dalšími znaky spamu: {phrases}.',
  'body-spam-phrases.advanceFee': 'Formulace podvodů se zálohou (takzvaných nigerijských dopisů): {phrases}.',
  'body-spam-phrases.pharmacy': 'Formulace o lécích, hubnutí nebo potenci: {phrases}.',
  'body-spam-phrases.extortion': 'Formulace vyděračských podvodů: {phrases}.',
  'body-spam-phrases.phishing': 'Formulace typické pro phishing: {phrases}.',
  'body-spam-phrases.getRich': 'Sliby rychlého zbohatnutí nebo výdělku z domova: {phrases}.',
  'body-spam-phrases.crypto': 'Formulace o investicích do kryptoměn: {phrases}.',
  'body-spam-phrases.loans': 'Nabídky půjček a úvěrů: {phrases}.',
  'body-spam-phrases.adult': 'Formulace o seznamování nebo obsahu pro dospělé: {phrases}.',
  'body-spam-phrases.seo': 'Formulace nevyžádaných nabídek SEO a marketingu: {phrases}.',
  'body-spam-phrases.marketing': 'Agresivní reklamní formulace: {phrases}.',
  'body-spam-phrases.counterfeit': 'Formulace nabídek padělaného zboží: {phrases}.',
  'body-spam-phrases.custom': 'Fráze z vašeho vlastního seznamu: {phrases}.',
  'body-spam-phrases.rephrase': 'Napište to jednoduše a bez těchto frází.',
  'body-spam-phrases.addressByName': 'Oslovte příjemce jménem.',
  'body-spam-phrases.removeBoilerplate':
    'Patičky s odhlášením odběru nechte na nástroji pro rozesílání newsletterů.',
  'body-spam-phrases.reportInstead':
    'Pokud předáváte podezřelou zprávu dál, raději ji nahlaste nebo ji přepošlete jako přílohu.',

  'body-symbols.moneySymbols': 'Text obsahuje řady symbolů měny: {examples}.',
  'body-symbols.symbolRun': 'Text obsahuje dlouhé řady symbolů: {examples}.',
  'body-symbols.removeSymbols': 'Řady symbolů odstraňte.',

  'crypto-wallet.walletAddress': 'Text obsahuje adresu kryptoměnové peněženky ({address}).',
  'crypto-wallet.checkPayment': 'Platební údaje posílejte jen cestou, které příjemce už důvěřuje.',

  'html-hidden-text.hidden': 'Část textu je před čtenářem skrytá (počet znaků: {chars}).',
  'html-hidden-text.tinyFont':
    'Část textu je napsaná písmem tak malým, že se nedá přečíst (počet znaků: {chars}).',
  'html-hidden-text.sameColor': 'Část textu má stejnou barvu jako pozadí (počet znaků: {chars}).',
  'html-hidden-text.removeHidden': 'Skrytý text odstraňte, nebo ho zviditelněte.',

  'html-images.imageOnly': 'Zpráva se skládá z obrázků téměř bez textu.',
  'html-images.imageHeavy': 'Zpráva má mnoho obrázků a málo textu (počet obrázků: {images}).',
  'html-images.trackingPixel':
    'Zpráva obsahuje drobné vzdálené obrázky, které sledují její otevření (počet: {count}).',
  'html-images.addText': 'Obsah napište jako text a obrázky ponechte jen jako ilustrace.',
  'html-images.removePixel': 'Z osobní pošty sledovací obrázky odstraňte.',

  'html-link-text-mismatch.mismatch': 'Odkaz ukazuje {shown}, ale vede na {actual}.',
  'html-link-text-mismatch.showRealTarget':
    'Upravte text odkazu, aby odpovídal jeho cíli, nebo místo adresy použijte slova.',

  'link-density.manyLinks': 'Zpráva má mnoho odkazů (počet: {count}) a velmi málo textu.',
  'link-density.fewerLinks': 'Ponechte jen několik důležitých odkazů a vysvětlete je v textu.',

  'link-suspicious-target.scriptLink':
    'Odkaz používá schéma {scheme}:, které místo otevření stránky spouští kód nebo vkládá obsah.',
  'link-suspicious-target.ipAddress': 'Odkaz vede na holou IP adresu ({host}) místo doménového jména.',
  'link-suspicious-target.oddPort': 'Odkaz vede na neobvyklý port ({host}:{port}).',
  'link-suspicious-target.shortener': 'Odkaz vede přes zkracovač adres {host}, který skrývá skutečný cíl.',
  'link-suspicious-target.hiddenUserinfo':
    'Odkaz skrývá svůj skutečný cíl: vede na {host}, ne na část před „@“.',
  'link-suspicious-target.abusedTld':
    'Odkaz vede na doménu s koncovkou .{tld}, kterou používají hlavně spamové a phishingové weby.',
  'link-suspicious-target.deceptiveHost':
    'Odkaz vede na {host}, tedy na adresu, která se vydává za známou značku nebo přihlašovací stránku.',
  'link-suspicious-target.useDirectLink': 'Odkazujte přímo na konečnou adresu https s doménovým jménem.',
  'link-suspicious-target.removeLink': 'Odkaz odstraňte.',

  'obfuscated-words.leet': 'Slova jsou napsaná s číslicemi nebo symboly místo písmen: {words}.',
  'obfuscated-words.spaced': 'Slova mají písmena oddělená od sebe: {words}.',
  'obfuscated-words.mixedScript': 'Slova míchají písmena z různých abeced: {words}.',
  'obfuscated-words.invisibleChars': 'Uvnitř slov jsou schované neviditelné znaky (počet: {count}).',
  'obfuscated-words.writePlainly': 'Napište slova normálně, nebo je vynechte.',

  'recipient-address.missingAt': '„{address}“ není e-mailová adresa: chybí v ní „@“.',
  'recipient-address.malformed': '„{address}“ není platná e-mailová adresa.',
  'recipient-address.unknownTld':
    'Adresa {address} končí na „.{tld}“, což není existující doména nejvyšší úrovně.',
  'recipient-address.senderMalformed': 'Vaše adresa odesílatele „{address}“ není platná.',
  'recipient-address.correctAddress':
    'Zkontrolujte, zda v adrese nejsou překlepy, chybějící části nebo znaky navíc.',
  'recipient-address.useSuggestion': 'Nemysleli jste {suggestion}?',

  'recipient-domain-typo.providerTypo': '{address}: „{domain}“ vypadá jako překlep v doméně {suggestion}.',
  'recipient-domain-typo.resemblesOther':
    '„{domain}“ se liší o jeden znak od domény {other}, která je v této zprávě také.',
  'recipient-domain-typo.useSuggestion': 'Nemysleli jste {suggestion}?',
  'recipient-domain-typo.checkDomain': 'Ověřte, která z obou domén je správná.',

  'recipients-many-visible.manyVisible':
    '{count} příjemců z {domains} různých domén uvidí navzájem své adresy.',
  'recipients-many-visible.useBcc':
    'Dejte příjemce do skryté kopie (Bcc), nebo zprávu pošlete každému zvlášť.',

  'subject-all-caps.allCaps': 'Předmět je napsaný téměř celý velkými písmeny.',
  'subject-all-caps.capsWords': 'Několik slov v předmětu je napsáno velkými písmeny: {words}.',
  'subject-all-caps.useSentenceCase': 'Napište předmět běžně, s velkým písmenem jen na začátku a u jmen.',

  'subject-fake-reply.fakeReply': 'Předmět začíná předponou odpovědi ({prefix}), ale jde o novou zprávu.',
  'subject-fake-reply.fakeForward': 'Předmět začíná předponou přeposlání ({prefix}), ale nic se nepřeposílá.',
  'subject-fake-reply.removePrefix': 'Odstraňte z předmětu „{prefix}“.',

  'subject-missing.missing': 'Předmět je prázdný.',
  'subject-missing.addSubject': 'Napište do předmětu, o čem zpráva je.',

  'subject-punctuation.repeated': 'Předmět obsahuje opakovaná interpunkční znaménka („{found}“).',
  'subject-punctuation.exclamation': 'Předmět končí vykřičníkem.',
  'subject-punctuation.singleMark': 'Použijte nejvýše jedno interpunkční znaménko, v předmětu raději žádné.',

  'subject-spam-phrases.phrases': 'Předmět obsahuje formulace typické pro spam: {phrases}.',
  'subject-spam-phrases.rephrase': 'Popište obsah zprávy věcně.',

  'subject-symbols.leadingMoney': 'Předmět začíná symbolem měny.',
  'subject-symbols.symbolRun': 'Předmět obsahuje řadu symbolů, například „$$$“ nebo „***“.',
  'subject-symbols.manyEmoji': 'Předmět obsahuje mnoho emoji (počet: {count}).',
  'subject-symbols.removeSymbols': 'Odstraňte symboly a věcně napište, o čem zpráva je.',

  'template-placeholders.unfilled': 'Zpráva obsahuje nevyplněná pole hromadné korespondence: {placeholders}.',
  'template-placeholders.fillIn': 'Nahraďte každé pole skutečnou hodnotou.',

  'engine.partial':
    'Koncept je neobvykle velký nebo složitý, a tak Preflight přečetl jen část jeho HTML a textu; některé problémy mohly zůstat nezjištěny.',
  'engine.checkManually': 'Zbytek zprávy si před odesláním zkontrolujte sami.',
  'content-model.spamWords': 'Slova, která v podobné poště ukazují na spam: {words}.',
  'content-model.rewordSpamWords': 'Pokud tato slova nejsou nutná, přeformulujte je nebo je vynechte.',
} as Record<string, string>;
