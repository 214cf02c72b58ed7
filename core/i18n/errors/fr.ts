// Messages d'erreur en français (Canada).
import type { ErrorCatalogue } from './en';
import { adImportFieldsFr } from './adImportFr';

export const errorsFr: ErrorCatalogue = {
  problem: {
    validation: {
      title: 'Requête invalide',
      detail: 'Certains champs ne sont pas valides. Vérifiez les champs signalés.',
    },
    malformed_json: { title: 'JSON mal formé', detail: "Le corps de la requête n'est pas du JSON valide." },
    body_too_large: {
      title: 'Requête trop volumineuse',
      detail: 'Le corps de la requête dépasse {{limit}} octets.',
    },
    unsupported_media_type: {
      title: 'Type de contenu non pris en charge',
      detail: 'Envoyez le corps en {{accepted}}.',
    },
    unauthenticated: {
      title: 'Connexion requise',
      detail: "Connectez-vous ou envoyez un jeton d'API valide.",
    },
    invalid_credentials: {
      title: 'Échec de la connexion',
      detail: "L'adresse courriel ou le mot de passe est incorrect.",
    },
    account_locked: {
      title: 'Compte verrouillé',
      detail: 'Trop de tentatives échouées. Réessayez après {{until}}.',
    },
    account_disabled: {
      title: 'Compte désactivé',
      detail: "Ce compte est désactivé. Adressez-vous à l'administrateur de votre organisme.",
    },
    totp_required: {
      title: 'Code requis',
      detail: "Entrez le code à six chiffres de votre application d'authentification.",
    },
    totp_invalid: { title: 'Code incorrect', detail: "Le code d'authentification est incorrect." },
    totp_enrollment_required: {
      title: 'Deuxième facteur requis',
      detail: "Votre organisme exige une application d'authentification. Configurez-la avant de continuer.",
    },
    csrf_failed: {
      title: 'Échec du contrôle de sécurité',
      detail: 'Il manque un jeton CSRF valide. Rechargez la page.',
    },
    forbidden: { title: 'Non autorisé', detail: "Vous n'êtes pas autorisé à faire ceci." },
    not_found: {
      title: 'Introuvable',
      detail: "Cette ressource ({{resource}}) n'existe pas ou vous ne pouvez pas la voir.",
    },
    conflict: { title: 'Conflit', detail: '{{reason}}' },
    rate_limited: { title: 'Trop de requêtes', detail: 'Attendez {{seconds}} secondes et réessayez.' },
    token_invalid: { title: 'Jeton invalide', detail: "Le jeton d'API n'est pas valide." },
    token_expired: { title: 'Jeton expiré', detail: "Le jeton d'API a expiré le {{at}}." },
    token_revoked: { title: 'Jeton révoqué', detail: "Le jeton d'API a été révoqué." },
    token_scope: { title: 'Portée manquante', detail: "Le jeton d'API n'a pas la portée « {{scope}} »." },
    not_ready: { title: 'Pas prêt', detail: "La base de données n'est pas joignable." },
    internal: {
      title: 'Erreur interne',
      detail: "Une erreur s'est produite. Citez l'identifiant de requête {{requestId}} au soutien.",
    },
  },
  field: {
    ...adImportFieldsFr,
    required: 'Obligatoire.',
    invalid_type: 'Valeur attendue : {{expected}}.',
    too_short: 'Au moins {{minimum}} caractères.',
    too_long: 'Au plus {{maximum}} caractères.',
    too_small: 'Doit être au moins {{minimum}}.',
    too_big: 'Doit être au plus {{maximum}}.',
    invalid_value: "Doit être l'une des valeurs : {{options}}.",
    unknown_field: 'Champ inconnu.',
    invalid_email: "Ce n'est pas une adresse courriel valide.",
    invalid_uuid: "Ce n'est pas un identifiant valide.",
    invalid_datetime: "Ce n'est pas une date et heure valides (ISO 8601).",
    invalid_format: "Le format n'est pas celui attendu.",
    date_in_past: 'Doit être dans le futur.',
    group_required: 'Choisissez un groupe de partage pour la diffusion par groupe.',
    group_not_member: "Votre organisme n'est pas membre de ce groupe de partage.",
    weak_password: 'Utilisez au moins 12 caractères.',
    email_taken: 'Cette adresse courriel est déjà utilisée.',
    code_taken: 'Ce code est déjà utilisé.',
    name_taken: 'Ce nom est déjà utilisé.',
    other_agency: 'Vous ne pouvez gérer que les utilisateurs de votre propre organisme.',
    date_in_future: 'Ne peut pas être dans le futur.',
    invalid_date: 'Date non valide (AAAA-MM-JJ).',
    range_end_before_start: 'La fin de la période précède son début.',
    serial_required: 'Indiquez le numéro de série, ou marquez-le oblitéré.',
    serial_not_expected:
      'Un numéro de série oblitéré n’a aucun caractère; choisissez partiellement restauré si certains ont été lus.',
    serial_invalid_character: 'Un numéro de série ne peut pas contenir « {{character}} ».',
    serial_too_long: 'Un numéro de série compte au plus {{maximum}} caractères.',
    serial_wildcard_not_allowed:
      'Utilisez ? pour les caractères illisibles seulement dans un numéro de série partiellement restauré.',
    serial_pattern_no_literal: 'Le motif doit contenir au moins un caractère connu.',
    invalid_country: 'Ce n’est pas un code de pays ISO 3166-1 (deux lettres, p. ex. MX, US, AT).',
    coordinates_pair: 'Indiquez la latitude et la longitude, ou ni l’une ni l’autre.',
    csv_missing_column: 'Cette colonne obligatoire manque à la ligne d’en-tête.',
    csv_empty: 'Le fichier ne contient aucune ligne de données.',
    csv_unterminated_quote: 'Une cellule entre guillemets n’est jamais fermée.',
    csv_too_many_rows: 'Au plus {{maximum}} lignes par fichier.',
    manifest_unreadable: 'Le fichier ne peut pas être lu comme un manifeste CSV ou XLSX.',
    manifest_empty: 'Le manifeste n’a aucune ligne.',
    manifest_too_many_lines: 'Au plus {{maximum}} lignes par manifeste.',
    manifest_no_substance_column:
      'Aucune colonne ne désigne la substance : ajoutez-en une intitulée désignation, CAS ou SMILES.',
    manifest_duplicate_column:
      'Les colonnes « {{first}} » et « {{second}} » se lisent toutes deux comme {{field}}.',
    watch_entry_exists: 'Ce nom figure déjà sur votre liste de surveillance pour ce type de partie.',
    duplicate_row:
      'Même arme à feu que la ligne {{line}} (numéro de dossier, numéro de série et date de récupération).',
    invalid_smiles: 'Structure illisible par RDKit (SMILES).',
    invalid_cas: 'Ce n’est pas un numéro CAS (NNNNNNN-NN-N).',
    cas_check_digit: 'Le chiffre de contrôle du numéro CAS est faux (attendu : {{expected}}).',
    cas_taken: 'Ce numéro CAS est déjà au registre.',
    invalid_formula: 'Ce n’est pas une formule moléculaire.',
    formula_mismatch: 'Ne correspond pas à la structure ({{expected}}).',
    one_identifier: 'Indiquez exactement un seul élément : SMILES, numéro CAS ou nom.',
    justification_required: 'Une demande de traçage urgente doit être justifiée.',
    date_after_recovery: 'Cette date est postérieure à la récupération de l’arme ({{recoveredOn}}).',
    holder_unknown: 'Aucun détenteur de registres n’a le numéro de permis « {{licence}} ».',
    date_before_acquired: 'Cette date est antérieure à votre acquisition de l’arme ({{acquiredOn}}).',
    transfer_to_own_licence:
      'C’est votre propre permis : indiquez le permis du détenteur à qui vous avez transféré l’arme.',
    purchaser_under_age:
      'Avec cette date de naissance, l’acheteur avait moins de {{minimumAge}} ans à la date de vente.',
    birth_after_sale: 'L’acheteur ne peut pas être né après la vente ({{soldOn}}).',
    candidate_not_offered: 'Choisissez l’un des candidats proposés.',
    duplicate_recovery: 'Cette récupération figure déjà plus haut dans la liste.',
    disposition_target_required:
      'Indiquez où l’arme est allée : un numéro de permis, un acheteur ou un pays.',
    not_competent_authority:
      'Ce n’est pas l’autorité compétente d’un autre pays pour les précurseurs chimiques.',
    unknown_party: 'Aucune partie de ce type parmi celles de votre autorité.',
    unknown_chemical: 'Aucun produit chimique de ce type dans le registre.',
    one_substance: 'Indiquez exactement un élément : produit du registre, nom, numéro CAS ou SMILES.',
    quantity_absurd: 'Cette quantité n’est pas plausible pour une ligne d’envoi.',
    invalid_rfc: 'Ce n’est pas un RFC (3 ou 4 lettres, AAMMJJ, homoclave de 3 caractères).',
    invalid_ein: 'Ce n’est pas un EIN (NN-NNNNNNN).',
    invalid_bn:
      'Ce n’est pas un numéro d’entreprise (9 chiffres avec un chiffre de contrôle valide, éventuellement un compte de programme comme RT0001).',
    notice_too_late:
      'La notification doit être envoyée au moins 15 jours avant l’expédition (au plus tard le {{sendBy}}); marquez-la volontaire si le produit n’est pas inscrit.',
    dispatch_not_future: 'La date d’expédition est atteinte : la notification doit être envoyée avant.',
    attachment_type:
      'Seuls les fichiers PDF, PNG ou JPEG peuvent être joints (selon leur contenu, pas leur nom).',
    attachment_too_large: 'Une pièce jointe peut compter au plus {{maximum}} octets.',
    attachment_empty: 'Le fichier est vide.',
    attachment_limit: 'Une notification peut avoir au plus {{maximum}} pièces jointes.',
    multiple_sales_too_few: 'Une déclaration de ventes multiples énumère au moins deux armes à feu.',
    multiple_sales_wrong_type: 'Ce formulaire ne couvre que les armes à feu de type {{expected}}.',
    multiple_sales_window:
      'Les ventes s’étendent sur {{businessDays}} jours ouvrables : une vente multiple tient en cinq jours ouvrables consécutifs au plus.',
    multiple_sales_not_border_state:
      'La déclaration de carabines ne vise que les marchands du Texas, de l’Arizona, de la Californie et du Nouveau-Mexique.',
    dealer_licence_not_yours: 'Ce permis n’est pas celui d’un détenteur de registres de votre organisme.',
    stale_version:
      'Quelqu’un d’autre a modifié cette fiche entre-temps (vous avez modifié la version {{yourVersion}}; elle en est à la {{currentVersion}}). Rechargez-la, puis réessayez.',
    invalid: 'Invalide.',
    already_in_reference: 'La table de référence le contient déjà : {{entry}}.',
    proposal_exists: 'Cet ajout a déjà été proposé.',
    unknown_make: 'Cette marque n’est pas dans la table de référence : proposez d’abord la marque.',
    unknown_caliber_named:
      'Le calibre « {{caliber}} » n’est pas dans la table de référence : proposez-le d’abord.',
  },
  conflictReason: {
    notification_changed:
      'Quelqu’un d’autre a modifié cette notification entre-temps (vous aviez la version {{yourVersion}}). Rechargez-la pour voir ses changements, puis réessayez.',
    notification_status:
      'Ce n’est plus possible : la notification est passée à un autre statut. Rechargez-la pour voir où elle en est.',
    notification_not_draft:
      'La notification n’est plus un brouillon : son contenu et ses pièces jointes ne peuvent plus changer.',
    trace_open:
      'Cette arme fait déjà l’objet d’un traçage ouvert : suivez celui-ci plutôt que d’en lancer un autre.',
    trace_closed: 'Ce traçage est déjà clos : terminé ou non traçable.',
    no_candidate_pending: 'Aucun candidat n’attend de confirmation pour ce traçage.',
    hop_answered: 'Cette étape a déjà reçu une réponse.',
    access_already_readable: 'Vous pouvez déjà consulter cette fiche.',
    access_request_pending: 'Votre organisme a déjà une demande en attente pour cette fiche.',
    access_request_decided: 'Cette demande a déjà été tranchée.',
    access_request_not_granted:
      'Seul un accès en vigueur peut être révoqué : cette demande est encore en attente, a été refusée ou a déjà été révoquée.',
    totp_enabled: 'La connexion en deux étapes est déjà activée.',
    recovery_duplicate:
      'Cette arme est déjà consignée dans ce dossier (même numéro de série et même date de récupération).',
    alert_changed:
      'Quelqu’un d’autre a modifié cette alerte entre-temps (vous aviez la version {{yourVersion}}; elle en est à la {{currentVersion}}). Rechargez-la, puis réessayez.',
    listing_superseded:
      'L’inscription en vigueur pour {{jurisdiction}} a changé depuis que vous l’avez chargée. Rechargez la substance, puis réessayez.',
    reference_proposal_decided: 'Cette proposition a déjà été tranchée.',
    reference_entry_exists:
      'La table de référence contient déjà « {{name}} » : cette proposition ne peut qu’être rejetée.',
  },
};
