// German spam wording, written for Preflight (umlauts folded when matching: "gewinnspiel", "für").
import type { LanguagePhrases } from './types';

const de: LanguagePhrases = {
  lang: 'de',
  spam: {
    urgency: [
      ['nur heute', 0.6], ['nur für kurze zeit', 0.8], ['letzte chance', 0.8], ['sofort handeln', 1],
      ['handeln sie jetzt', 1], ['angebot endet', 0.6], ['innerhalb von 24 stunden', 0.8],
      ['innerhalb von 48 stunden', 0.8], ['dringend', 0.3], ['letzte mahnung', 1], ['letzte warnung', 1.2],
    ],
    callToAction: [
      ['hier klicken', 1.2], ['klicken sie hier', 1.2], ['jetzt klicken', 1], ['klicken sie auf den link', 0.8],
      ['klicken sie auf den folgenden link', 1], ['jetzt bestellen', 0.8], ['jetzt kaufen', 0.8],
    ],
    salutation: [
      ['sehr geehrter kunde', 1], ['sehr geehrte kundin', 1], ['lieber kunde', 1], ['lieber freund', 1.5],
      ['liebe freundin', 1.5], ['sehr geehrter nutzer', 1.2], ['lieber gewinner', 2.5], ['sehr geehrte damen und herren', 0.2],
    ],
    money: [
      ['kostenlos', 0.2], ['gratis', 0.3], ['völlig kostenlos', 0.8], ['komplett kostenlos', 0.8],
      ['100% kostenlos', 1.5], ['schnelles geld', 1.5], ['leichtes geld', 1.5], ['geld verdienen', 1],
      ['extra einkommen', 1.2], ['nebeneinkommen', 0.8], ['millionen dollar', 1.2], ['millionen euro', 1],
      ['keine versteckten kosten', 0.8], ['gutschein', 0.3],
    ],
    prize: [
      ['sie haben gewonnen', 2], ['du hast gewonnen', 2], ['herzlichen glückwunsch', 0.4], ['gewinner', 0.6],
      ['gewinnbenachrichtigung', 2.5], ['lotterie', 1.2], ['gewinnspiel', 0.8], ['ihr gewinn', 1.5],
      ['ihren gewinn', 1.5], ['gewinn abholen', 2], ['ausgewählt worden', 1.2], ['zufällig ausgewählt', 1.5],
      ['online casino', 1.5],
    ],
    guarantee: [
      ['ohne risiko', 1], ['risikofrei', 1], ['garantiert', 0.3], ['geld-zurück-garantie', 0.8],
      ['das ist kein spam', 2.5], ['100% legal', 2], ['garantierter gewinn', 2],
    ],
    bulk: [
      ['abmelden', 0.3], ['vom newsletter abmelden', 0.3], ['im browser anzeigen', 0.3], ['newsletter abbestellen', 0.3],
    ],
    advanceFee: [
      ['geschäftsvorschlag', 1], ['streng vertraulich', 1], ['nächster angehöriger', 1.5], ['nächsten angehörigen', 1.5],
      ['erbschaft', 0.6], ['verstorbener kunde', 2], ['überweisung der gelder', 1.5], ['ihre bankdaten', 1],
      ['bearbeitungsgebühr', 1], ['gegenseitigen nutzen', 1],
    ],
    pharmacy: [
      ['ohne rezept', 1.5], ['online apotheke', 1.5], ['online-apotheke', 1.5], ['abnehmen', 0.5],
      ['schnell abnehmen', 1.5], ['penisvergrößerung', 2.5], ['potenzmittel', 2],
    ],
    extortion: [
      ['ich habe sie aufgenommen', 2.5], ['ich habe dich aufgenommen', 2.5], ['ihre webcam', 1.5],
      ['deine webcam', 1.5], ['pornoseiten', 1.5], ['erwachsenenseiten', 1.5], ['ihre kontakte', 0.3],
      ['an alle ihre kontakte', 2], ['in bitcoin', 1], ['bitcoin-wallet', 1.2], ['video löschen', 2],
      ['nicht die polizei', 2], ['ich kenne ihr passwort', 2.5],
    ],
    phishing: [
      ['bestätigen sie ihr konto', 2], ['verifizieren sie ihr konto', 2], ['ihr konto wurde gesperrt', 2.5],
      ['ihr konto wird gesperrt', 2.5], ['ihr konto wurde eingeschränkt', 2.5], ['ihr konto wurde deaktiviert', 2.5],
      ['ungewöhnliche aktivität', 1], ['verdächtige aktivität', 1], ['ihr postfach ist voll', 2],
      ['aktualisieren sie ihre daten', 1.2], ['bestätigen sie ihre daten', 1.2], ['geben sie ihr passwort', 1.5],
      ['ihr passwort läuft ab', 1.5], ['paket konnte nicht zugestellt werden', 1.5], ['zollgebühr', 1],
      ['neue bankverbindung', 1.2], ['geänderte bankverbindung', 1.5],
    ],
    getRich: [
      ['von zu hause arbeiten', 1], ['arbeiten von zu hause', 1], ['passives einkommen', 1],
      ['finanzielle freiheit', 1.2], ['ohne erfahrung', 0.6], ['schnell reich', 1.5], ['werden sie millionär', 2],
    ],
    loans: [['kredit ohne schufa', 2], ['ohne schufa', 1.5], ['sofortkredit', 1.2], ['schuldenfrei', 0.8]],
    adult: [['singles in ihrer nähe', 2], ['frauen in deiner nähe', 2], ['sexkontakte', 2]],
    seo: [['erste seite bei google', 1.5], ['backlinks', 1.2], ['seo-dienstleistungen', 1.2]],
    marketing: [['sonderangebot', 0.4], ['exklusives angebot', 0.6], ['unglaubliches angebot', 1]],
  },
  attachmentMentions: [
    'im anhang', 'anbei', 'angehängt', 'in der anlage', 'beigefügt', 'beigefügte', 'beigefügten', 'als anhang',
    'anhängend', 'hänge ich', 'sende ich ihnen', 'schicke ich dir', 'finden sie im anhang', 'findest du im anhang',
  ],
};

export default de;
