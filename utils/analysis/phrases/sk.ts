// Slovak spam wording, written for Preflight (diacritics folded when matching; `*` = any ending).
import type { LanguagePhrases } from './types';

const sk: LanguagePhrases = {
  lang: 'sk',
  spam: {
    urgency: [
      ['konajte hneď', 1], ['len dnes', 0.6], ['iba dnes', 0.6], ['posledná šanca', 0.8], ['obmedzená ponuka', 0.8],
      ['časovo obmedzená ponuka', 1], ['ponuka končí', 0.6], ['do 24 hodín', 0.8], ['do 48 hodín', 0.8],
      ['neváhajte', 0.3], ['posledné upozornenie', 1],
    ],
    callToAction: [
      ['kliknite sem', 1.2], ['kliknite tu', 1.2], ['kliknite na odkaz', 0.8], ['kliknite na tento odkaz', 1],
      ['kliknite nižšie', 1], ['objednajte hneď', 1], ['objednajte teraz', 0.8], ['získajte zadarmo', 1.2],
    ],
    salutation: [
      ['vážený zákazník', 0.8], ['vážený zákazníku', 0.8], ['vážený používateľ', 1.2], ['vážený používateľu', 1.2],
      ['milý priateľ', 1.5], ['milý priateľu', 1.5], ['drahý priateľ', 1.5], ['drahý priateľu', 1.5],
      ['vážený výherca', 2.5], ['milý výherca', 2.5], ['vážený majiteľ účtu', 2],
    ],
    money: [
      ['zadarmo', 0.3], ['úplne zadarmo', 0.8], ['celkom zadarmo', 0.8], ['peniaze zadarmo', 2],
      ['rýchle peniaze', 1.5], ['ľahké peniaze', 1.5], ['rýchly zárobok', 1.5], ['ľahký zárobok', 1.5],
      ['extra príjem', 1.2], ['privyrobte si', 1.2], ['zarobte si', 1], ['miliónov dolárov', 1.2],
      ['milión dolárov', 1.2], ['miliónov eur', 1], ['bez poplatkov', 0.4], ['najnižšia cena', 0.5],
    ],
    prize: [
      ['vyhral* ste', 2], ['vyhral* si', 1.5], ['stal* ste sa výherc*', 2.5], ['stal* ste sa víťaz*', 2.5],
      ['ste výherca', 2], ['ste výhercom', 2], ['vaša výhra', 1.5], ['vašu výhru', 1.5], ['prevziať výhru', 2],
      ['vyzdvihnite si výhru', 2.5], ['lotéria', 1.2], ['lotérii', 1.2], ['bol ste vybraný', 1.5], ['bola ste vybraná', 1.5], ['boli ste vybraní', 1.5],
      ['náhodne vybran*', 1.5], ['blahoželáme', 0.4], ['gratulujeme', 0.4], ['šťastný výherca', 2],
      ['hlavná cena', 1], ['peňažná cena', 1.2],
    ],
    guarantee: [
      ['garantovaný zisk', 2], ['zaručený zisk', 2], ['garantovaný zárobok', 2], ['zaručený zárobok', 2],
      ['bez rizika', 1], ['žiadne riziko', 1], ['toto nie je spam', 2.5], ['nejde o spam', 2.5],
      ['100% záruka', 1.2], ['zázračn*', 1],
    ],
    bulk: [
      ['odhlásiť z odberu', 0.5], ['odhlásiť sa z odberu', 0.5], ['odhlásenie z odberu', 0.5],
      ['zobraziť v prehliadači', 0.3], ['ak si neželáte dostávať', 0.5],
    ],
    advanceFee: [
      ['obchodný návrh', 0.8], ['prísne dôverné', 1], ['najbližší príbuzný', 1.5], ['dedičstvo', 0.6],
      ['zosnulý klient', 2], ['prevod finančných prostriedkov', 1], ['vaše bankové údaje', 1],
      ['poplatok za prevod', 1.2], ['uvoľnenie prostriedkov', 1.5], ['spiaci účet', 2], ['bohabojn*', 1.5],
      ['vzájomný prospech', 1],
    ],
    pharmacy: [
      ['bez predpisu', 1.5], ['bez receptu', 1.5], ['online lekáreň', 1.5], ['schudnite', 1.2],
      ['rýchle chudnutie', 1.5], ['tabletky na chudnutie', 1.5], ['zväčšenie penisu', 2.5], ['na potenciu', 1.2],
    ],
    extortion: [
      ['nahral som vás', 2.5], ['nahral som ťa', 2.5], ['vašu webkameru', 1.5], ['vašej webkamery', 1.5],
      ['hackol som', 2], ['získal som prístup', 1.5], ['pornografick*', 1.5], ['stránky pre dospelých', 1.5],
      ['všetkým vašim kontaktom', 2], ['bitcoinov* peňaženk*', 1.5], ['v bitcoinoch', 1], ['zmažem video', 2.5],
      ['máte 48 hodín', 1.5], ['nekontaktujte políciu', 2.5], ['poznám vaše heslo', 2.5],
    ],
    phishing: [
      ['overte svoj účet', 2], ['overte si svoj účet', 2], ['overenie účtu', 1], ['potvrďte svoj účet', 1.2],
      ['potvrďte svoje údaje', 1.2], ['aktualizujte svoje údaje', 1.2], ['váš účet bude zablokovaný', 2.5],
      ['váš účet bol zablokovaný', 2.5], ['váš účet bude pozastavený', 2.5], ['váš účet bol pozastavený', 2.5],
      ['váš účet bude zrušený', 2], ['zablokovanie účtu', 2], ['neobvyklá aktivita', 1], ['podozrivá aktivita', 1],
      ['vaša schránka je plná', 2], ['poštová schránka je plná', 2], ['zadajte svoje heslo', 1.5],
      ['vaše heslo vyprší', 1.5], ['zásielku nebolo možné doručiť', 1.5], ['zásielku sa nepodarilo doručiť', 1.5],
      ['colný poplatok', 1], ['nové číslo účtu', 1.2], ['zmena bankového účtu', 1.5],
    ],
    getRich: [
      ['práca z domu', 1], ['pracujte z domu', 1.2], ['zárobok z domu', 1.5], ['pasívny príjem', 1],
      ['finančná sloboda', 1.2], ['finančnú slobodu', 1.2], ['bez skúseností', 0.6], ['zbohatnite', 1.5],
      ['staňte sa milionárom', 2], ['investičná príležitosť', 1], ['jedinečná príležitosť', 0.6], ['denný zisk', 1.5],
    ],
    loans: [
      ['pôžička bez registra', 2], ['bez registra', 1.2], ['nebankov* pôžičk*', 1.5], ['rýchla pôžička', 1.5],
      ['pôžička ihneď', 1.5], ['bez dokladovania príjmu', 1.5], ['okamžité schválenie', 1.2],
    ],
    adult: [['osamelé ženy', 1.5], ['ženy vo vašom okolí', 2], ['nahé fotky', 1.5], ['erotick*', 1]],
    seo: [['prvej strane googlu', 1.5], ['spätné odkazy', 1], ['seo služby', 1.2], ['zvýšiť návštevnosť', 0.8]],
    marketing: [['špeciálna ponuka', 0.4], ['exkluzívna ponuka', 0.6], ['neuveriteľná ponuka', 1], ['šokujúce', 0.8]],
  },
  attachmentMentions: [
    'v prílohe', 'v prílohách', 'v prílohe posielam', 'v prílohe zasielam', 'v prílohe nájdete', 'prikladám',
    'prikladáme', 'posielam prílohu', 'posielam v prílohe', 'zasielam v prílohe', 'zasielam prílohu',
    'nájdete v prílohe', 'pozri prílohu', 'viď príloha', 'viď prílohu', 'priložen* súbor*', 'priložen* dokument*',
    'ako prílohu', 'v priloženom',
  ],
};

export default sk;
