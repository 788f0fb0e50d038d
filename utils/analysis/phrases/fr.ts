// French spam wording, written for Preflight (accents folded when matching).
import type { LanguagePhrases } from './types';

const fr: LanguagePhrases = {
  lang: 'fr',
  spam: {
    urgency: [
      ['offre limitée', 0.8], ['dernière chance', 0.8], ["aujourd'hui seulement", 0.6], ['agissez maintenant', 1],
      ['dans les 24 heures', 0.8], ['dans les 48 heures', 0.8], ['dernier avertissement', 1.2], ['urgent', 0.3],
    ],
    callToAction: [
      ['cliquez ici', 1.2], ['cliquez sur le lien', 0.8], ['cliquez sur le lien ci-dessous', 1],
      ['commandez maintenant', 0.8], ['achetez maintenant', 0.8],
    ],
    salutation: [
      ['cher client', 1], ['chère cliente', 1], ['cher ami', 1.5], ['chère amie', 1.5], ['cher utilisateur', 1.2],
      ['cher gagnant', 2.5], ['madame, monsieur', 0.2],
    ],
    money: [
      ['gratuit', 0.2], ['entièrement gratuit', 0.8], ['totalement gratuit', 0.8], ['100% gratuit', 1.5],
      ['argent facile', 1.5], ['argent rapide', 1.5], ["gagner de l'argent", 1], ['revenu supplémentaire', 1.2],
      ['millions de dollars', 1.2], ["millions d'euros", 1], ['sans frais cachés', 0.8],
    ],
    prize: [
      ['vous avez gagné', 2], ['tu as gagné', 2], ['félicitations', 0.4], ['gagnant', 0.6], ['loterie', 1.2],
      ['votre gain', 1.5], ['réclamer votre prix', 2], ['tiré au sort', 1], ['sélectionné au hasard', 1.5],
      ['casino en ligne', 1.5],
    ],
    guarantee: [
      ['sans risque', 1], ['garanti', 0.3], ['satisfait ou remboursé', 0.6], ["ceci n'est pas un spam", 2.5],
      ['100% légal', 2], ['gain garanti', 2],
    ],
    bulk: [['se désabonner', 0.3], ['désinscription', 0.3], ['désabonnez-vous', 0.3], ['voir la version en ligne', 0.3]],
    advanceFee: [
      ["proposition d'affaires", 1], ['strictement confidentiel', 1], ['plus proche parent', 1.5], ['héritage', 0.6],
      ['client décédé', 2], ['transfert de fonds', 1.2], ['vos coordonnées bancaires', 1], ['frais de dossier', 0.6],
      ['bénéfice mutuel', 1],
    ],
    pharmacy: [
      ['sans ordonnance', 1.5], ['pharmacie en ligne', 1.5], ['perdre du poids', 0.8], ['maigrir vite', 1.5],
      ['agrandissement du pénis', 2.5],
    ],
    extortion: [
      ['votre webcam', 1.5], ['ta webcam', 1.5], ['sites pornographiques', 1.5], ['sites pour adultes', 1.5],
      ['tous vos contacts', 1.5], ['en bitcoin', 1], ['portefeuille bitcoin', 1.2], ['supprimer la vidéo', 2],
      ['je connais votre mot de passe', 2.5],
    ],
    phishing: [
      ['vérifiez votre compte', 2], ['confirmez votre compte', 1.5], ['votre compte a été suspendu', 2.5],
      ['votre compte sera suspendu', 2.5], ['votre compte sera bloqué', 2.5], ['votre compte a été bloqué', 2.5],
      ['votre compte a été limité', 2.5], ['activité inhabituelle', 1], ['activité suspecte', 1],
      ['votre boîte aux lettres est pleine', 2], ['mettez à jour vos informations', 1.2], ['saisissez votre mot de passe', 1.5],
      ['colis en attente', 1.2], ["votre colis n'a pas pu être livré", 1.5], ['frais de douane', 1],
      ['nouvelles coordonnées bancaires', 1.5],
    ],
    getRich: [
      ['travail à domicile', 1], ['travailler de chez vous', 1], ['revenu passif', 1], ['liberté financière', 1.2],
      ['sans expérience', 0.6], ['devenez millionnaire', 2], ['devenir riche', 1.5],
    ],
    loans: [['prêt rapide', 1.5], ['prêt sans justificatif', 2], ['offre de prêt', 1.5], ['rachat de crédit', 0.8]],
    adult: [['célibataires près de chez vous', 2], ['femmes seules', 1.5], ['photos intimes', 1.5]],
    seo: [['première page de google', 1.5], ['backlinks', 1.2], ['référencement naturel', 0.6]],
    marketing: [['offre spéciale', 0.4], ['offre exclusive', 0.6], ['offre incroyable', 1], ['vente flash', 0.5]],
  },
  attachmentMentions: [
    'en pièce jointe', 'en pièces jointes', 'ci-joint', 'ci-jointe', 'ci-joints', 'ci-jointes', 'je joins',
    'je vous joins', 'vous trouverez ci-joint', 'veuillez trouver ci-joint', 'je vous envoie en pièce jointe',
    'voir pièce jointe', 'la pièce jointe',
  ],
};

export default fr;
