/**
 * A small hand-labelled Czech training set (written for the purpose; the corpus is English), so the
 * learned layer sees how Czech spam and Czech business mail look to the rules. Kept apart from
 * tests/corpus, which stays a test set the model never sees: different senders, wording and cases.
 */
import type { Draft } from '../../utils/types';

export interface LabelledDraft {
  label: 'ham' | 'spam';
  draft: Draft;
}

const d = (subject: string, text: string, html = ''): Draft => ({
  from: 'odesilatel@example.cz',
  to: ['prijemce@example.cz'],
  cc: [],
  bcc: [],
  subject,
  text,
  html,
  attachments: [],
});
const spam = (subject: string, text: string, html = ''): LabelledDraft => ({
  label: 'spam',
  draft: d(subject, text, html),
});
const ham = (subject: string, text: string): LabelledDraft => ({ label: 'ham', draft: d(subject, text) });

export const czechTraining: LabelledDraft[] = [
  spam(
    'Stali jste se výhercem',
    'Blahopřejeme, byli jste vylosováni v naší spotřebitelské soutěži a vyhráli jste 250 000 Kč. Pro vyplacení výhry uhraďte manipulační poplatek 1 900 Kč a pošlete kopii občanského průkazu.',
  ),
  spam(
    'Vyhra pro vas',
    'Vazeny vyherce, vase e-mailova adresa vyhrala v loterii. Vyzvednete si vyhru do 48 hodin, jinak propadne. Poplatek za prevod vyhry je jen 750 Kc.',
  ),
  spam(
    'Důvěrný obchodní návrh',
    'Jsem bankéř a spravuji spící účet zesnulého klienta s 12 000 000 USD. Hledám důvěryhodnou osobu jako nejbližšího příbuzného. Podíl 40 % z celkové částky je váš. Transakce je bez rizika.',
  ),
  spam(
    'Upomínka - faktura po splatnosti',
    'Vaše faktura č. 55120 je po splatnosti. Neuhrazenou fakturu uhraďte ihned, jinak předáme pohledávku inkasní agentuře a exekutorovi. Fakturu najdete na odkazu http://faktury-online.top/55120',
  ),
  spam(
    'Poslední výzva k úhradě',
    '',
    '<p>Vážený zákazníku, vaše platba nebyla přijata. Zaplaťte dlužnou částku 1 499 Kč do 24 hodin, jinak bude vaše smlouva ukončena.</p><p><a href="http://o2-uhrada.online/pay">Zaplatit nyní</a></p>',
  ),
  spam(
    'Váš účet byl pozastaven',
    '',
    '<p>Vážený uživateli, z důvodu podezřelé aktivity byl váš účet pozastaven. Ověřte svou identitu a potvrďte své přihlašovací údaje na <a href="http://csob-overeni.info/login">https://www.csob.cz</a>.</p>',
  ),
  spam(
    'Overeni uctu',
    'Dobry den, vas e-mailovy ucet bude deaktivovan. Overte svuj ucet zadanim hesla na odkazu http://email-overeni.xyz do 24 hodin.',
  ),
  spam(
    'Půjčka až 500 000 Kč bez doložení příjmu',
    'Rychlá půjčka bez registru, bez ručitele a bez doložení příjmu. Schválení do 10 minut, peníze ihned na účet. Půjčíme i lidem v exekuci.',
  ),
  spam(
    'Zasilka ceka na doplatek',
    'Vase zasilka je pozastavena. Uhradte doplatek za doruceni 35 Kc na http://ppl-doplatek.xyz, jinak bude vracena odesilateli.',
  ),
  spam(
    'Celní poplatek k zásilce',
    '',
    '<p>Vaši zásilku nelze doručit kvůli nezaplacenému clu. Uhraďte celní poplatek 59 Kč do 48 hodin.</p><p><a href="http://celni-sprava-platba.top">Uhradit doplatek</a></p>',
  ),
  spam(
    'Přivýdělek z mobilu',
    'Pracujte z domova 1 hodinu denně a vydělávejte až 3 000 Kč denně. Bez zkušeností, výplata každý den. Stačí koupit startovací balíček za 590 Kč.',
  ),
  spam(
    'Dárková karta Lidl 3 000 Kč',
    '',
    '<p>Gratulujeme! Jste jedním z vybraných zákazníků. Vyplňte krátký dotazník a získejte dárkovou kartu Lidl zdarma.</p><p><a href="http://lidl-darek.xyz">Vyzvednout poukaz</a></p>',
  ),
  spam(
    'Tablety na potenci bez receptu',
    'Levné tablety pro muže bez receptu. Silná erekce do 15 minut, diskrétní balení. Objednejte nyní se slevou 60 %.',
  ),
  spam(
    'Zhubnete bez diety',
    'Zazracne kapky na hubnuti - spalte tuk bez cviceni a bez diety. Garance vraceni penez. Objednejte ihned.',
  ),
  spam(
    'Mám tvoje heslo',
    'Znám vaše heslo a mám přístup k vašemu zařízení. Natočil jsem vás přes webkameru. Pošlete 800 EUR v bitcoinech, jinak video rozešlu všem vašim kontaktům. Máte 48 hodin.',
  ),
  spam(
    'Investice do kryptoměn',
    'Investujte do kryptoměn s naším obchodním robotem. Garantovaný výnos 25 % měsíčně bez rizika. Zaregistrujte se a osobní poradce vám zavolá.',
  ),
  ham(
    'Podklady k poradě',
    'Ahoj, posílám podklady k zítřejší poradě. Projdi prosím hlavně tabulku nákladů za první čtvrtletí a poznámky k rozpočtu. Díky, Martin',
  ),
  ham(
    'Faktura za březen',
    'Dobrý den, v příloze zasílám fakturu za březen. Splatnost je 14 dní, platbu prosím pošlete na účet uvedený na faktuře. S pozdravem Jana Malá',
  ),
  ham(
    'Upomínka k faktuře 2301',
    'Dobrý den, faktura 2301 byla splatná minulý týden a platbu zatím nevidíme. Pokud už jste ji odeslali, považujte tento e-mail za bezpředmětný. Děkuji, účtárna',
  ),
  ham(
    'Dotaz k zásilce',
    'Dobrý den, objednávka 4471 ještě nedorazila, sledování zásilky ukazuje, že je na depu v Brně. Můžete mi prosím potvrdit termín doručení? Děkuji, Petr Novák',
  ),
  ham(
    'Změna hesla do systému',
    'Ahoj všichni, v pátek večer přecházíme na nový docházkový systém. V pondělí si při prvním přihlášení nastavíte nové heslo podle pokynů od IT. Kdo bude mít potíže, ozvěte se Honzovi.',
  ),
  ham(
    'Nabídka na dodávku oken',
    'Dobrý den, děkujeme za poptávku. Cena za dodávku a montáž 12 plastových oken je 186 000 Kč včetně DPH, termín realizace 5 týdnů. Nabídka platí 30 dní. S pozdravem Okna Morava',
  ),
  ham(
    'Hypotéka - podklady',
    'Dobrý den, pro posouzení žádosti o hypotéku potřebujeme ještě potvrzení o příjmu a výpisy z účtu za poslední tři měsíce. Dokumenty můžete nahrát do klientské zóny. Vaše poradkyně Eva',
  ),
  ham(
    'Pozvánka na firemní večírek',
    'Milí kolegové, zveme vás na vánoční večírek v pátek 15. prosince od 18:00 v restauraci U Tří lvů. Potvrďte prosím účast do středy. Těšíme se, HR tým',
  ),
  ham(
    'Vyuctovani sluzebni cesty',
    'Ahoj Lenko, posilam vyuctovani sluzebni cesty do Vidne, uctenky jsou naskenovane v priloze. Celkem 4 860 Kc. Dik, Ondra',
  ),
  ham(
    'Newsletter: novinky z knihovny',
    'Milí čtenáři, v březnu pro vás chystáme besedu s autorkou a nové tituly v oddělení pro děti. Výpůjční doba se o Velikonocích nemění. Odhlásit se z odběru můžete v nastavení odběru.',
  ),
  ham(
    'Školení BOZP',
    'Dobrý den, připomínám povinné školení BOZP ve čtvrtek v 9:00 v zasedací místnosti. Školení trvá dvě hodiny, test na konci je krátký. Děkuji, Pavla',
  ),
  ham(
    'Výsledky výběrového řízení',
    'Dobrý den, děkujeme za účast ve výběrovém řízení na dodávku IT techniky. Vaše nabídka byla vybrána jako nejvýhodnější. Smlouvu vám pošleme k podpisu do konce týdne.',
  ),
  ham(
    'Objednávka kancelářských potřeb',
    'Ahoj, objednej prosím 10 balíků papíru A4, toner do tiskárny v druhém patře a dvoje desky s kroužkovou vazbou. Dodání stačí příští týden. Díky',
  ),
  ham(
    'Predani klicu',
    'Dobry den, klice od kancelare predam v pondeli v 8:00 na recepci. Smlouvu o podnajmu mam podepsanou, kopii poslu e-mailem. S pozdravem Karel',
  ),
];
