/**
 * Domain-name data, hand-written instead of taken from the Public Suffix List (tldts): the full list
 * is about 50 KB gzipped, more than the whole content-script budget (30 KB with Preact and the UI).
 * What these short lists cannot know, and why each gap errs toward silence, is in ../domains.ts.
 * Lists are space-separated strings (split once at load): smaller than array literals, and still
 * one grep away when checking an entry. Checked against the IANA root zone and the PSL, 2025.
 */

/** Every delegated two-letter country-code TLD (IANA). "cs" and "zr" are gone; "uk" and "eu" are real. */
export const COUNTRY_TLDS =
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bv bw by bz ' +
  'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ' +
  'ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ' +
  'ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt ' +
  'mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru ' +
  'rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ' +
  'ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt zm zw';

/**
 * Longer TLDs known to exist: the original generic ones, the new gTLDs with the most registrations,
 * the ones spam links favour (see ABUSED_TLDS) and common city and regional ones. Not all ~1,200:
 * a real TLD missing here only means link text ending in it is not read as a web address.
 */
export const GENERIC_TLDS =
  'com net org edu gov mil int arpa info biz name pro mobi aero coop museum travel jobs tel asia cat post ' +
  'academy accountant africa agency amazon amsterdam app apple art attorney auto autos baby band bank bar barcelona ' +
  'bayern beauty beer berlin best bet bid bike bio blog boats bond boston brussels build builders buzz cafe capital ' +
  'car care cars cash casino center cfd charity chat cheap church city click clinic cloud club coffee college ' +
  'community company computer construction consulting contractors cool country coupons courses credit creditcard ' +
  'cricket cymru cyou date deals delivery dental design dev digital discount doctor dog download earth eco education ' +
  'email energy engineering estate eus events exchange expert express faith family farm fashion film finance financial ' +
  'fit fitness flights foundation fun fund fyi gal gallery game games garden global gmbh gold google green group guru ' +
  'hair hamburg health help holdings holiday homes hospital host hosting hotels house how icu inc ink institute ' +
  'insurance investments kids kim kitchen koeln land lat law lawyer legal life link live llc loan loans lol london ' +
  'love ltd madrid makeup management market marketing markets media men miami microsoft moe money monster ' +
  'motorcycles mov movie music network new news ngo ninja now nrw nyc one ong online organic page paris partners party ' +
  'pet photo photography pictures pizza plus poker properties property quebec quest racing realty recipes rest ' +
  'restaurant review rocks run sale sarl sbs school science scot services shoes shop site skin social software solar ' +
  'solutions space srl store stream studio style support surf swiss systems tax taxi team tech technology tickets ' +
  'today tokyo tools top tours town trade training university uno vegas ventures vet video vip wales website wien ' +
  'wiki win wine work world wtf xyz yachts yoga zip zone';

/** Internationalized country TLDs in both spellings a link or address may use (Unicode, A-label). */
export const IDN_TLDS =
  'рф xn--p1ai укр xn--j1amh бел xn--90ais срб xn--90a3ac мкд xn--d1alf қаз xn--80ao21a бг xn--90ae мон xn--l1acc ' +
  'ελ xn--qxam ευ xn--qxa6a ею xn--e1a4c 中国 xn--fiqs8s 中國 xn--fiqz9s 香港 xn--j6w193g 台灣 xn--kpry57d ' +
  '台湾 xn--kprw13d 한국 xn--3e0b707e ไทย xn--o3cw4h भारत xn--h2brj9c';

/** Names reserved so that they never resolve (RFC 2606, RFC 6761): mail to them cannot be delivered. */
export const RESERVED_TLDS = 'test example invalid localhost';

/**
 * The endings people mean most often. A three-plus-letter ending one keystroke from one of these
 * ("cpm", "ogr", "nett") is a slip, unless it is itself real (NEAR_MISS_TLDS).
 */
export const MAIN_TLDS = 'com net org edu gov info';

/** Real TLDs one edit away from MAIN_TLDS (all of them, IANA 2025), so they are never called slips. */
export const NEAR_MISS_TLDS = 'bom cam mom bet nec new next ntt pet vet ong goo gop got mov';

/**
 * Second-level labels that registries under country TLDs sell names below ("example.co.uk",
 * "example.com.au", "example.co.jp", "example.gov.br"): used for 'x.<label>.<cc>' under any ccTLD.
 */
export const COUNTRY_SLDS =
  'ac co com edu gen gob gouv gov govt gv int ltd mil ne net nic nom or org plc sch biz info go';

/**
 * Multi-tenant hosts where every customer gets a subdomain ("bank.github.io" and "evil.github.io"
 * are different sites). The most used hosting, blogging, storage and tunnelling services; a missing
 * one makes its customers look like one site (no alarm), never the other way round.
 */
export const SHARED_HOSTS =
  'github.io gitlab.io bitbucket.io codeberg.page pages.dev workers.dev r2.dev netlify.app vercel.app herokuapp.com ' +
  'onrender.com fly.dev glitch.me repl.co replit.app web.app firebaseapp.com appspot.com azurewebsites.net ' +
  'azurestaticapps.net blob.core.windows.net web.core.windows.net cloudfront.net s3.amazonaws.com amplifyapp.com ' +
  'blogspot.com wordpress.com wixsite.com weebly.com squarespace.com webflow.io framer.website notion.site carrd.co ' +
  'myshopify.com sharepoint.com godaddysites.com jimdosite.com 000webhostapp.com readthedocs.io surge.sh ngrok.io ' +
  'ngrok-free.app ngrok.app duckdns.org no-ip.org ddns.net translate.goog';
