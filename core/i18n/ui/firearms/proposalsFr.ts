// Web text for proposed additions to the firearm reference table, in Canadian French.
import type { Catalogue } from '../en';
import type { referenceProposalsUiEn } from './proposalsEn';

export const referenceProposalsUiFr: Catalogue<typeof referenceProposalsUiEn> = {
  referenceProposals: {
    nav: 'Propositions pour la table de référence',
    title: 'Propositions pour la table de référence',
    intro:
      'Proposez une marque, un modèle ou un calibre absent de la table de référence. Dès qu’un responsable de la table l’accepte, l’autocomplétion et la vérification de la description du formulaire de récupération le connaissent.',
    kinds: { make: 'Marque', model: 'Modèle', caliber: 'Calibre' },
    statuses: { pending: 'En attente', accepted: 'Acceptée', rejected: 'Rejetée' },
    form: {
      title: 'Proposer un ajout',
      kind: 'Ce qui manque',
      kinds: { make: 'Une marque', model: 'Un modèle', caliber: 'Un calibre' },
      name: { make: 'Nom de la marque', model: 'Nom du modèle', caliber: 'Nom du calibre' },
      nameHelp: 'Tel que marqué sur l’arme à feu.',
      make: 'Marque',
      makeHelp:
        'La marque du modèle, tirée de la table de référence. Si la marque manque aussi, proposez d’abord la marque.',
      types: 'Types',
      calibers: 'Calibres',
      calibersHelp:
        'Calibres dans lesquels il est fabriqué, tirés de la table de référence. Appuyez sur Entrée après chacun.',
      countries: 'Pays de fabrication',
      countriesHelp: 'Codes à deux lettres (p. ex. AT, US). Appuyez sur Entrée après chacun.',
      aliases: 'Autres noms (alias)',
      aliasesHelp: 'Autres façons dont il est marqué ou écrit. Appuyez sur Entrée après chacun.',
      note: 'Note pour les responsables de la table',
      noteHelp: 'Facultatif : où vous l’avez vu, ou une source pour les détails.',
      submit: 'Envoyer la proposition',
      sent: 'Proposition envoyée : {{entry}}. Un responsable de la table de référence l’acceptera ou la rejettera.',
    },
    list: {
      title: 'Propositions',
      status: 'Statut',
      all: 'Toutes',
      empty: 'Aucune proposition.',
      columnEntry: 'Entrée',
      columnProposedBy: 'Proposée par',
      columnDate: 'Proposée le',
      columnStatus: 'Statut',
      columnDecision: 'Note de décision',
      aliases: 'Alias : {{list}}',
      types: 'Types : {{list}}',
      calibers: 'Calibres : {{list}}',
      countries: 'Pays : {{list}}',
      note: 'Note : {{note}}',
      accept: 'Accepter',
      reject: 'Rejeter',
    },
    decide: {
      acceptTitle: 'Accepter {{entry}}',
      rejectTitle: 'Rejeter {{entry}}',
      acceptHelp:
        'Elle rejoint aussitôt la table de référence : l’autocomplétion et la vérification de la description du formulaire de récupération la connaîtront.',
      rejectHelp:
        'Indiquez pourquoi, pour que l’organisme puisse la corriger ou continuer d’enregistrer l’arme à feu en texte libre.',
      note: 'Note à l’organisme qui l’a proposée (facultatif)',
    },
    proposeLink: 'Proposer de l’ajouter à la table de référence',
    newTab: '(s’ouvre dans un nouvel onglet)',
  },
};
