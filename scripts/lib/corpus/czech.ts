// Czech drafts for issue 7: spam of every category the engine must catch (with and without
// diacritics, varied wording) and ordinary Czech business mail that must stay 'ok'. Written for
// Preflight; ids start with the category so tests/analysis/czech.test.ts can group them.
import { draft, file, paragraphs, type CorpusSample } from './types';

const spam = (
  id: string,
  subject: string,
  text: string,
  extra: Parameters<typeof draft>[0] = {},
): CorpusSample => ({
  id: `cs-spam-${id}`,
  label: 'spam',
  lang: 'cs',
  draft: draft({ to: ['adresat@seznam.cz'], subject, text, ...extra }),
});
const business = (
  id: string,
  subject: string,
  text: string,
  extra: Parameters<typeof draft>[0] = {},
): CorpusSample => ({
  id: `cs-business-${id}`,
  label: 'clean',
  lang: 'cs',
  draft: draft({
    from: 'lucie.dvorakova@stavby-brno.cz',
    to: ['tomas.kral@firma.cz'],
    subject,
    text,
    ...extra,
  }),
});

export const czechSpam: CorpusSample[] = [
  spam(
    'loterie-eurojackpot',
    'Oznámení o výhře – referenční číslo CZ-4471',
    `Vážený pane / paní,

s potěšením Vám oznamujeme, že Vaše e-mailová adresa byla vylosována v mezinárodním slosování a získala hlavní cenu 1 850 000 EUR.

Výhru Vám vyplatíme po uhrazení manipulačního poplatku 2 500 Kč. Pro převzetí výhry kontaktujte našeho agenta a uveďte referenční číslo, celé jméno, adresu a číslo účtu.

Tuto informaci uchovejte v tajnosti až do vyplacení výhry.

S pozdravem
Mgr. Petr Horák, koordinátor výher`,
  ),
  spam(
    'loterie-bez-diakritiky',
    'GRATULUJEME - vyhral jste iPhone 15',
    `Dobry den,

byl jste vybran jako tisici navstevnik a vyhral jste zbrusu novy iPhone 15 Pro! Staci jen zaplatit postovne 1 Kc a vyplnit kratky dotaznik.

Vyzvednete si vyhru zde: http://odmena-vyherce.xyz/cz

Nabidka plati pouze 24 hodin, pak vyhru predame dalsimu vyherci.`,
  ),
  spam(
    'dedictvi',
    'Důvěrné: dědictví po zesnulém klientovi',
    `Dobrý den,

jsem advokát JUDr. Michael Brown z Londýna. Můj klient, který nesl stejné příjmení jako vy, zemřel při autonehodě a zanechal na účtu 8 500 000 USD bez závěti a bez dědiců.

Navrhuji, abyste vystoupil jako nejbližší příbuzný a dědictví převzal. Výnos si rozdělíme 50/50. Celá transakce je zcela legální a bez rizika.

Pro další postup mi prosím zašlete své celé jméno, telefon a kopii občanského průkazu. Věc prosím považujte za přísně důvěrnou.`,
  ),
  spam(
    'dedictvi-bez-diakritiky',
    'Nalehava zadost o spolupraci - dedictvi',
    `Mily priteli,

jsem vdova po zesnulem podnikateli a trpim vaznou nemoci. Muj zesnuly manzel zanechal v bance 4 200 000 USD a ja chci tyto penize venovat na charitu prostrednictvim duveryhodne osoby.

Vybrala jsem si vas. Ponechte si 30 % jako odmenu. Odpovezte prosim co nejdrive a poslete sve udaje, abych mohla instruovat banku k prevodu prostredku.`,
  ),
  spam(
    'faktura-priloha',
    'Faktura č. 2024-8812 – upomínka k úhradě',
    `Dobrý den,

evidujeme u Vás neuhrazenou fakturu č. 2024-8812 na částku 18 450 Kč, jejíž splatnost již uplynula. Fakturu naleznete v příloze.

Pokud platbu neuhradíte do 48 hodin, předáme pohledávku k vymáhání exekutorovi a budou Vám účtovány další náklady.

Otevřete přílohu a proveďte úhradu neprodleně.

Účtárna`,
    { attachments: [file('Faktura_2024-8812.pdf.exe', 180_000)] },
  ),
  spam('faktura-platba-odkaz', 'Výzva k úhradě dlužné částky', '', {
    html: `<p>Vážený zákazníku,</p><p>Vaše platba za služby ve výši 3 249 Kč nebyla přijata. Pokud dlužnou částku neuhradíte ještě dnes, bude Vaše smlouva ukončena a dluh postoupen inkasní agentuře.</p>
<p><a href="http://platby-zakaznik.online/uhrada">Zaplatit nyní kartou</a></p><p>Zákaznické centrum</p>`,
  }),
  spam('phishing-overeni-uctu', 'Ověřte svůj účet do 24 hodin', '', {
    html: `<p>Vážený kliente,</p><p>z bezpečnostních důvodů byl Váš účet dočasně omezen. Ověřte svůj účet a potvrďte své přihlašovací údaje, jinak bude trvale zablokován.</p>
<p><a href="http://moje-banka-overeni.com/login">https://ib.kb.cz/prihlaseni</a></p><p>Děkujeme za pochopení,<br>Bezpečnostní tým</p>`,
  }),
  spam(
    'phishing-bez-diakritiky',
    'Upozorneni: neobvykle prihlaseni k vasemu uctu',
    `Vazeny uzivateli,

zaznamenali jsme neobvykle prihlaseni k vasemu uctu. Pro obnoveni pristupu overte svuj ucet a zadejte sve heslo na nasledujicim odkazu:

http://seznam-overeni-uctu.top/login

Pokud ucet neoverite do 12 hodin, bude nevratne smazan.

Tym podpory`,
  ),
  spam(
    'phishing-schranka',
    'Vaše poštovní schránka je plná',
    `Dobrý den,

vaše poštovní schránka dosáhla limitu úložiště a nové zprávy nebudou doručeny. Klikněte zde pro navýšení kapacity a ověření účtu: http://mail-kapacita.info/overit

Administrátor e-mailu`,
  ),
  spam(
    'pujcka-bez-registru',
    'Peníze do 15 minut bez registru',
    `Potřebujete peníze? Půjčka bez registru až 300 000 Kč, bez zbytečného papírování a bez ručitele.

Schválení online do 15 minut, peníze na účtu ještě dnes. Vhodné i pro nezaměstnané, ženy na mateřské a důchodce. Nezkoumáme registry ani exekuce.

Vyplňte žádost na www.rychle-penize-ihned.cz a peníze jsou vaše!`,
  ),
  spam(
    'pujcka-bez-diakritiky',
    'Nebankovni pujcka i pro dluzniky',
    `Dobry den,

nabizime nebankovni pujcku bez registru a bez dolozeni prijmu. Pujcime i lidem v exekuci a insolvenci. Penize ihned na ucet, bez poplatku predem.

Volejte 608 111 222 nebo napiste na pujcky.ihned@gmail.com`,
  ),
  spam('doplatek-dorucení', 'Vaše zásilka nemohla být doručena', '', {
    html: `<p>Dobrý den,</p><p>Vaše zásilka č. CZ48812977 čeká na doručení. Před doručením je nutné uhradit doplatek za doručení ve výši 42 Kč.</p>
<p>Pokud poplatek neuhradíte do 2 dnů, bude zásilka vrácena odesílateli.</p><p><a href="http://zasilkovna-doplatek.top/platba">Uhradit doplatek</a></p><p>Váš dopravce</p>`,
  }),
  spam(
    'doplatek-bez-diakritiky',
    'DPD: zasilka pozastavena - doplatek 29 Kc',
    `Vase zasilka byla pozastavena kvuli nezaplacenemu clu. Doplatek za doruceni cini 29 Kc.

Zaplatte zde: http://dpd-cz-platba.online/zasilka

Neuhrazene zasilky budou po 48 hodinach zlikvidovany.`,
  ),
  spam(
    'prace-z-domova',
    'Práce z domova – až 4 000 Kč denně',
    `Hledáte přivýdělek? Pracujte z domova na pár hodin denně a vydělejte až 4 000 Kč za den.

Žádné zkušenosti nejsou potřeba, stačí mobil nebo počítač. Jen zaplatíte startovací balíček 990 Kč a hned začnete vydělávat. Finanční nezávislost je na dosah!

Registrujte se ještě dnes, počet míst je omezený.`,
  ),
  spam(
    'prace-z-domova-bez-diakritiky',
    'Vydelavejte z domova bez zkusenosti',
    `Ahoj,

nabizime praci z domova - lajkovani produktu a psani recenzi. Vydelek az 2 500 Kc denne, vyplata kazdy den. Bez zkusenosti, bez vzdelani.

Pro zahajeni napiste na WhatsApp +420 777 000 999 a ziskejte bonus 500 Kc.`,
  ),
  spam('poukaz-obchod', 'Získejte dárkový poukaz Kaufland v hodnotě 5 000 Kč', '', {
    html: `<p>Gratulujeme!</p><p>Byli jste vybráni k účasti v našem věrnostním programu. Odpovězte na 3 krátké otázky a získejte dárkový poukaz Kaufland v hodnotě 5 000 Kč zdarma.</p>
<p><a href="http://kaufland-odmena.xyz/poukaz">Vyzvednout poukaz</a></p><p>Nabídka platí pouze dnes.</p>`,
  }),
  spam(
    'poukaz-bez-diakritiky',
    'Darkova karta Alza 10 000 Kc ceka na vas',
    `Vazeny zakazniku,

jste jednim z vybranych zakazniku, kteri ziskali darkovou kartu Alza v hodnote 10 000 Kc. Staci potvrdit doruceni a zaplatit manipulacni poplatek 49 Kc.

Vyzvednete si darek zde: http://alza-darek.top/karta`,
  ),
  spam(
    'lekarna-potence',
    'Silná erekce bez receptu',
    `Levná Viagra a Cialis bez receptu! Zvětšete svou výkonnost a vydržte celou noc.

Diskrétní balení, doručení do 24 hodin, sleva 70 %. Objednejte nyní a druhé balení dostanete zdarma.`,
  ),
  spam(
    'lekarna-hubnuti',
    'Zhubněte 10 kg za měsíc bez diety',
    `Zázračné tablety na hubnutí, o kterých lékaři nechtějí, abyste věděli. Spalte tuk bez cvičení a bez diety, až 10 kg za 30 dní.

100% přírodní složení, garance vrácení peněz. Objednejte ihned se slevou 50 %!`,
  ),
  spam(
    'lekarna-bez-diakritiky',
    'Tablety pro muze - okamzity ucinek',
    `Problemy s erekci? Nase tablety pro muze zajisti okamzity ucinek a silnou erekci.

Bez receptu, diskretne, doruceni zdarma. Objednejte nyni: http://pro-muze-lekarna.top`,
  ),
  spam(
    'krypto-vydirani',
    'Mám vaše video',
    `Zdravím,

před několika měsíci jsem do vašeho počítače nainstaloval malware a natočil jsem vás přes webkameru při sledování stránek pro dospělé.

Pokud do 48 hodin nepošlete 900 EUR v bitcoinech na adresu 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, video rozešlu všem vašim kontaktům a kolegům. Nekontaktujte policii, dozvím se to.`,
  ),
  spam(
    'krypto-vydirani-bez-diakritiky',
    'Zaplatte nebo zverejnim vase fotky',
    `Mam pristup k vasemu zarizeni a ke vsem vasim fotkam a zpravam. Zaplatte 15 000 Kc v kryptomene Bitcoin na penezenku bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh, jinak vse zverejnim.

Mate 2 dny. Po zaplaceni vse smazu.`,
  ),
  spam(
    'krypto-investice',
    'Zdvojnásobte své úspory s kryptoměnami',
    `Dobrý den,

náš automatický obchodní robot vydělává na bitcoinu až 30 % měsíčně. Stačí vložit 6 000 Kč a zisk uvidíte už první týden. Garantovaný výnos bez rizika!

Zaregistrujte se dnes a náš osobní poradce vám zavolá.`,
  ),
];

export const czechBusiness: CorpusSample[] = [
  business(
    'objednavka',
    'Objednávka materiálu na stavbu Líšeň',
    `Dobrý den, pane Králi,

posílám objednávku na materiál pro stavbu v Líšni: 40 palet cihel Porotherm 44, 12 m³ betonu C25/30 a výztuž podle přiloženého výpisu. Dodání prosím na středu 14. května do 8:00, příjezd od ulice Holzova.

Fakturu prosím vystavte na naši společnost jako obvykle, splatnost 30 dní.

Děkuji a přeji hezký den
Lucie Dvořáková
Stavby Brno s.r.o.`,
    { attachments: [file('vypis-vyztuze.pdf', 210_000, 'application/pdf')] },
  ),
  business(
    'faktura-legit',
    'Faktura 2024031 za dubnové práce',
    `Dobrý den,

v příloze zasílám fakturu č. 2024031 za práce provedené v dubnu podle předávacího protokolu. Částka 48 200 Kč bez DPH, splatnost 14 dní na účet uvedený na faktuře.

Kdyby v ní bylo cokoli nejasného, ozvěte se mi prosím.

S pozdravem
Lucie Dvořáková`,
    { attachments: [file('faktura-2024031.pdf', 95_000, 'application/pdf')] },
  ),
  business(
    'porada',
    'Přesun porady na čtvrtek',
    `Ahoj Tomáši,

pondělní poradu k rozpočtu musíme přesunout, protože Jana bude na školení. Navrhuji čtvrtek v 10:00 v zasedačce ve druhém patře. Vezmi prosím aktuální tabulku nákladů, ať můžeme projít rozdíly proti plánu.

Díky,
Lucie`,
  ),
  business(
    'upominka-slusna',
    'Připomenutí splatnosti faktury 2024017',
    `Dobrý den,

dovoluji si připomenout, že faktura č. 2024017 na 12 600 Kč byla splatná 3. dubna a zatím ji u nás nevidíme jako uhrazenou. Pokud už jste platbu odeslali, považujte prosím tento e-mail za bezpředmětný.

Děkuji a přeji pěkný den,
Lucie Dvořáková, účtárna`,
  ),
  business(
    'nabidka-sluzeb',
    'Cenová nabídka na rekonstrukci kanceláří',
    `Dobrý den,

děkujeme za poptávku. Na základě prohlídky 22. dubna vám posílám cenovou nabídku na rekonstrukci kanceláří ve 3. patře: bourací práce, nové rozvody elektro, sádrokartonové příčky a podlahy, celkem 1 240 000 Kč bez DPH.

Termín realizace odhadujeme na 6 týdnů od podpisu smlouvy. Nabídka platí do konce května. Podrobný rozpočet je v příloze.

S pozdravem
Lucie Dvořáková
Stavby Brno s.r.o.`,
    { attachments: [file('rozpocet-rekonstrukce.xlsx', 64_000)] },
  ),
  business(
    'bez-diakritiky',
    'Predavaci protokol - byt Slatina',
    `Ahoj Tomasi,

posilam predavaci protokol k bytu ve Slatine. Klient chce jeste doresit prasklou dlazdici v koupelne a sefovani dveri do loznice, jinak je vse v poradku. Zkusis se s nim domluvit na termin pristi tyden?

Dik, Lucie`,
    { attachments: [file('protokol-slatina.pdf', 150_000, 'application/pdf')] },
  ),
  business(
    'hr-nabor',
    'Pozvánka na pohovor – pozice stavbyvedoucí',
    `Dobrý den, pane Králi,

děkujeme za Váš zájem o pozici stavbyvedoucího. Rádi bychom Vás pozvali na osobní pohovor v pondělí 19. května ve 14:00 v naší kanceláři na Cejlu 62.

Pohovor potrvá asi hodinu, povede ho náš výrobní ředitel. Pokud Vám termín nevyhovuje, napište mi prosím, jaký den by se Vám hodil.

S pozdravem
Lucie Dvořáková, personální oddělení`,
  ),
  business('dodavatel-zmena', 'Změna kontaktní osoby pro fakturaci', '', {
    html: paragraphs(`Dobrý den,

od 1. června přebírá fakturaci za naši společnost kolegyně Ing. Petra Malá (petra.mala@stavby-brno.cz, tel. 541 222 333). Bankovní spojení ani ostatní údaje se nemění.

Děkuji za spolupráci
Lucie Dvořáková`),
  }),
];
