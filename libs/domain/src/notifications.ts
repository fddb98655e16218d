/** Notification kinds and their texts in French and English. Pure, so activities and tests share them. */
export const NOTIFICATION_KINDS = [
  'screening_reminder',
  'screening_overdue',
  'review_assigned',
  'review_reminder',
  'review_lapsed',
  'panel_exhausted',
  'decision_reminder',
  'decision_overdue',
  'proposal_screened_in',
  'proposal_ineligible',
  'proposal_approved',
  'proposal_rejected',
  'proposal_revision_requested',
  'proposal_expired',
  'proposal_withdrawn',
  'agreement_reminder',
  'agreement_overdue',
  'tranche_disbursed',
  'tranche_failed',
  'payment_stuck',
  'grant_stalled',
  'tranche_eligible',
  'report_reminder',
  'report_overdue',
  'grant_at_risk',
  'report_submitted',
  'report_accepted',
  'report_changes_requested',
  'grant_suspended',
  'grant_resumed',
  'grant_terminated',
  'grant_closing',
  'grant_closed',
  'account_verification_code',
  'account_already_registered',
  'organization_invitation',
  'organization_verified',
  'organization_refused',
  'account_invitation',
  'password_reset',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

type Params = Record<string, string | number | null | undefined>;
type Text = { subject: string; body: string };

const fill = (template: string, params: Params) =>
  template.replace(/\{(\w+)\}/g, (_m, key: string) => String(params[key] ?? ''));

const TEXTS: Record<NotificationKind, { fr: Text; en: Text }> = {
  screening_reminder: {
    fr: {
      subject: 'Présélection à faire : {title}',
      body: 'La proposition « {title} » doit être présélectionnée avant le {deadline}.',
    },
    en: { subject: 'Screening due: {title}', body: 'The proposal "{title}" must be screened before {deadline}.' },
  },
  screening_overdue: {
    fr: {
      subject: 'Présélection en retard : {title}',
      body: 'La date limite de présélection de « {title} » ({deadline}) est dépassée.',
    },
    en: { subject: 'Screening overdue: {title}', body: 'The screening deadline of "{title}" ({deadline}) has passed.' },
  },
  review_assigned: {
    fr: {
      subject: 'Nouvelle évaluation : {title}',
      body: 'Vous êtes invité·e à évaluer « {title} » avant le {deadline}. Acceptez ou déclinez (conflit d’intérêts).',
    },
    en: {
      subject: 'New review: {title}',
      body: 'You are asked to review "{title}" before {deadline}. Accept, or decline if you have a conflict of interest.',
    },
  },
  review_reminder: {
    fr: {
      subject: 'Rappel d’évaluation : {title}',
      body: 'Votre évaluation de « {title} » est attendue avant le {deadline}.',
    },
    en: { subject: 'Review reminder: {title}', body: 'Your review of "{title}" is due before {deadline}.' },
  },
  review_lapsed: {
    fr: {
      subject: 'Évaluation expirée : {title}',
      body: 'Le délai d’évaluation de « {title} » est passé ; l’évaluation a été confiée à un autre membre.',
    },
    en: {
      subject: 'Review lapsed: {title}',
      body: 'The review period for "{title}" has passed; the review was given to another panel member.',
    },
  },
  panel_exhausted: {
    fr: {
      subject: 'Panel épuisé : {title}',
      body: 'Aucun évaluateur disponible pour « {title} » ({missing} manquant·s). Complétez le panel de l’appel.',
    },
    en: {
      subject: 'Panel exhausted: {title}',
      body: 'No reviewer is available for "{title}" ({missing} missing). Add members to the round panel.',
    },
  },
  decision_reminder: {
    fr: {
      subject: 'Décision attendue : {title}',
      body: 'Le comité doit se prononcer sur « {title} » avant le {deadline}.',
    },
    en: { subject: 'Decision due: {title}', body: 'The committee must decide on "{title}" before {deadline}.' },
  },
  decision_overdue: {
    fr: {
      subject: 'Décision en retard : {title}',
      body: 'La date limite de décision de « {title} » ({deadline}) est dépassée.',
    },
    en: { subject: 'Decision overdue: {title}', body: 'The decision deadline of "{title}" ({deadline}) has passed.' },
  },
  proposal_screened_in: {
    fr: {
      subject: 'Proposition retenue pour évaluation : {title}',
      body: '« {title} » a passé la présélection et part en évaluation.',
    },
    en: { subject: 'Proposal in review: {title}', body: '"{title}" passed screening and is now being reviewed.' },
  },
  proposal_ineligible: {
    fr: {
      subject: 'Proposition non éligible : {title}',
      body: '« {title} » n’a pas été retenue à la présélection. Motif : {reason}',
    },
    en: { subject: 'Proposal not eligible: {title}', body: '"{title}" did not pass screening. Reason: {reason}' },
  },
  proposal_approved: {
    fr: {
      subject: 'Proposition approuvée : {title}',
      body: '« {title} » est approuvée pour {amount} {currency}. Signez la convention de subvention.',
    },
    en: {
      subject: 'Proposal approved: {title}',
      body: '"{title}" is approved for {amount} {currency}. Please sign the grant agreement.',
    },
  },
  proposal_rejected: {
    fr: { subject: 'Proposition rejetée : {title}', body: '« {title} » n’a pas été retenue. Motif : {reason}' },
    en: { subject: 'Proposal rejected: {title}', body: '"{title}" was not selected. Reason: {reason}' },
  },
  proposal_revision_requested: {
    fr: {
      subject: 'Révision demandée : {title}',
      body: 'Le comité demande une révision de « {title} » avant le {deadline} : {reason}',
    },
    en: {
      subject: 'Revision requested: {title}',
      body: 'The committee asks for a revision of "{title}" before {deadline}: {reason}',
    },
  },
  proposal_expired: {
    fr: { subject: 'Proposition expirée : {title}', body: 'La révision de « {title} » n’a pas été soumise à temps.' },
    en: { subject: 'Proposal expired: {title}', body: 'The revision of "{title}" was not submitted in time.' },
  },
  agreement_reminder: {
    fr: {
      subject: 'Convention à signer : {title}',
      body: 'Signez la convention de subvention de « {title} » avant le {deadline} pour recevoir la première tranche.',
    },
    en: {
      subject: 'Agreement to sign: {title}',
      body: 'Sign the grant agreement for "{title}" before {deadline} to receive the first tranche.',
    },
  },
  agreement_overdue: {
    fr: {
      subject: 'Convention non signée : {title}',
      body: 'La convention de « {title} » n’a pas été signée avant le {deadline}.',
    },
    en: { subject: 'Agreement not signed: {title}', body: 'The agreement for "{title}" was not signed by {deadline}.' },
  },
  tranche_disbursed: {
    fr: {
      subject: 'Tranche {tranche} versée : {title}',
      body: 'La tranche {tranche} de « {title} » ({amount} {currency}) a été versée.',
    },
    en: {
      subject: 'Tranche {tranche} paid: {title}',
      body: 'Tranche {tranche} of "{title}" ({amount} {currency}) has been paid.',
    },
  },
  tranche_failed: {
    fr: {
      subject: 'Échec du versement de la tranche {tranche} : {title}',
      body: 'Le versement a échoué ({reason}). Un agent financier peut le relancer.',
    },
    en: {
      subject: 'Tranche {tranche} payment failed: {title}',
      body: 'The payment failed ({reason}). A finance officer may retry it.',
    },
  },
  payment_stuck: {
    fr: {
      subject: 'Versement sans issue connue, tranche {tranche} : {title}',
      body: 'Le prestataire n’a pas donné l’issue du versement de la tranche {tranche} de « {title} » ({amount} {currency}) depuis {since} (dernière réponse : {answer}). Vérifiez auprès du prestataire, puis un approbateur financier enregistre l’issue constatée.',
    },
    en: {
      subject: 'Payment outcome unknown, tranche {tranche}: {title}',
      body: 'The provider has not given the outcome of the payment of tranche {tranche} of "{title}" ({amount} {currency}) since {since} (last answer: {answer}). Check with the provider, then a finance approver records the outcome found.',
    },
  },
  grant_stalled: {
    fr: {
      subject: 'Subvention bloquée : {title}',
      body: 'Une opération sur « {title} » échoue malgré plusieurs tentatives ({activity} : {reason}). Les équipes techniques doivent intervenir.',
    },
    en: {
      subject: 'Grant stalled: {title}',
      body: 'An operation on "{title}" keeps failing after several attempts ({activity}: {reason}). It needs technical attention.',
    },
  },
  tranche_eligible: {
    fr: {
      subject: 'Tranche {tranche} à décaisser : {title}',
      body: 'La tranche {tranche} de « {title} » ({amount} {currency}) est éligible ; un agent financier peut demander son décaissement.',
    },
    en: {
      subject: 'Tranche {tranche} ready for release: {title}',
      body: 'Tranche {tranche} of "{title}" ({amount} {currency}) is eligible; a finance officer may request its release.',
    },
  },
  report_reminder: {
    fr: {
      subject: 'Rapport {sequence} attendu : {title}',
      body: 'Le rapport {sequence} de « {title} » est attendu pour le {deadline}.',
    },
    en: { subject: 'Report {sequence} due: {title}', body: 'Report {sequence} for "{title}" is due on {deadline}.' },
  },
  report_overdue: {
    fr: {
      subject: 'Rapport {sequence} en retard : {title}',
      body: 'Le rapport {sequence} de « {title} » attendu le {deadline} n’a pas été remis.',
    },
    en: {
      subject: 'Report {sequence} overdue: {title}',
      body: 'Report {sequence} for "{title}", due on {deadline}, has not been submitted.',
    },
  },
  grant_at_risk: {
    fr: {
      subject: 'Subvention à risque : {title}',
      body: '« {title} » est signalée à risque : le rapport {sequence} (attendu le {deadline}) n’est toujours pas remis.',
    },
    en: {
      subject: 'Grant at risk: {title}',
      body: '"{title}" is flagged at risk: report {sequence} (due on {deadline}) has still not been submitted.',
    },
  },
  report_submitted: {
    fr: {
      subject: 'Rapport {sequence} remis : {title}',
      body: 'Le rapport {sequence} de « {title} » attend votre examen.',
    },
    en: {
      subject: 'Report {sequence} submitted: {title}',
      body: 'Report {sequence} for "{title}" awaits your review.',
    },
  },
  report_accepted: {
    fr: {
      subject: 'Rapport {sequence} accepté : {title}',
      body: 'Le rapport {sequence} de « {title} » a été accepté.',
    },
    en: { subject: 'Report {sequence} accepted: {title}', body: 'Report {sequence} for "{title}" was accepted.' },
  },
  report_changes_requested: {
    fr: {
      subject: 'Rapport {sequence} à compléter : {title}',
      body: 'Des corrections sont demandées sur le rapport {sequence} de « {title} », à renvoyer avant le {deadline} : {reason}',
    },
    en: {
      subject: 'Report {sequence} needs changes: {title}',
      body: 'Changes are requested on report {sequence} for "{title}", to resubmit by {deadline}: {reason}',
    },
  },
  grant_suspended: {
    fr: {
      subject: 'Subvention suspendue : {title}',
      body: 'La subvention « {title} » est suspendue. Motif : {reason}',
    },
    en: { subject: 'Grant suspended: {title}', body: 'The grant "{title}" is suspended. Reason: {reason}' },
  },
  grant_resumed: {
    fr: { subject: 'Subvention rétablie : {title}', body: 'La suspension de « {title} » est levée. Motif : {reason}' },
    en: { subject: 'Grant resumed: {title}', body: 'The suspension of "{title}" is lifted. Reason: {reason}' },
  },
  grant_terminated: {
    fr: {
      subject: 'Subvention résiliée : {title}',
      body: 'La subvention « {title} » est résiliée ; les tranches non versées sont annulées. Motif : {reason}',
    },
    en: {
      subject: 'Grant terminated: {title}',
      body: 'The grant "{title}" is terminated; tranches not yet paid are cancelled. Reason: {reason}',
    },
  },
  grant_closing: {
    fr: {
      subject: 'Clôture à faire : {title}',
      body: 'Le rapport final de « {title} » est accepté et toutes les tranches sont réglées : enregistrez le reliquat et clôturez.',
    },
    en: {
      subject: 'Ready to close: {title}',
      body: 'The final report of "{title}" is accepted and every tranche is settled: record any unspent amount and close.',
    },
  },
  grant_closed: {
    fr: {
      subject: 'Subvention clôturée : {title}',
      body: 'La subvention « {title} » est clôturée. Merci pour votre action.',
    },
    en: { subject: 'Grant closed: {title}', body: 'The grant "{title}" is closed. Thank you for your work.' },
  },
  // Account messages go by SMS too: short, with the link last so a phone makes it clickable.
  account_invitation: {
    fr: {
      subject: 'Invitation au Fonds de sécurité communautaire',
      body: 'Bonjour {name}, vous êtes invité·e à rejoindre le Fonds de sécurité communautaire ({roles}). Choisissez votre mot de passe avant le {expires} : {link}',
    },
    en: {
      subject: 'Invitation to the Community Safety Fund',
      body: 'Hello {name}, you are invited to join the Community Safety Fund ({roles}). Choose your password before {expires}: {link}',
    },
  },
  password_reset: {
    fr: {
      subject: 'Réinitialisation du mot de passe',
      body: 'Pour choisir un nouveau mot de passe (lien valable 1 heure, une seule fois) : {link} — si vous n’avez rien demandé, ignorez ce message.',
    },
    en: {
      subject: 'Password reset',
      body: 'To choose a new password (link valid for 1 hour, once): {link} — if you did not ask for this, ignore this message.',
    },
  },
  proposal_withdrawn: {
    fr: {
      subject: 'Évaluation annulée : {title}',
      body: '« {title} » a été retirée par le porteur ; votre évaluation n’est plus nécessaire.',
    },
    en: {
      subject: 'Review cancelled: {title}',
      body: '"{title}" was withdrawn by the applicant; your review is no longer needed.',
    },
  },
  account_verification_code: {
    fr: {
      subject: 'Votre code de confirmation : {code}',
      body: 'Votre code de confirmation pour le Fonds de sécurité communautaire est {code}. Il est valable {minutes} minutes. Ne le communiquez à personne.',
    },
    en: {
      subject: 'Your confirmation code: {code}',
      body: 'Your Community Safety Fund confirmation code is {code}. It is valid for {minutes} minutes. Do not share it with anyone.',
    },
  },
  account_already_registered: {
    fr: {
      subject: 'Vous avez déjà un compte',
      body: 'Quelqu’un (peut-être vous) a voulu créer un compte avec cet identifiant, qui en a déjà un. Connectez-vous, ou demandez un nouveau mot de passe si vous l’avez oublié.',
    },
    en: {
      subject: 'You already have an account',
      body: 'Someone (perhaps you) tried to create an account with this identifier, which already has one. Sign in, or ask for a new password if you have forgotten it.',
    },
  },
  organization_invitation: {
    fr: {
      subject: 'Invitation à rejoindre {organization}',
      body: '{inviter} vous invite à rejoindre « {organization} » sur le Fonds de sécurité communautaire, jusqu’au {expiresAt} : {link}',
    },
    en: {
      subject: 'Invitation to join {organization}',
      body: '{inviter} invites you to join "{organization}" on the Community Safety Fund, until {expiresAt}: {link}',
    },
  },
  organization_verified: {
    fr: {
      subject: 'Organisation vérifiée : {organization}',
      body: '« {organization} » est vérifiée : vos propositions peuvent être soumises.',
    },
    en: {
      subject: 'Organisation verified: {organization}',
      body: '"{organization}" is verified: your proposals can now be submitted.',
    },
  },
  organization_refused: {
    fr: {
      subject: 'Organisation non vérifiée : {organization}',
      body: 'La vérification de « {organization} » a été refusée. Motif : {reason}. Corrigez les informations de l’organisation pour une nouvelle vérification.',
    },
    en: {
      subject: 'Organisation not verified: {organization}',
      body: 'The verification of "{organization}" was refused. Reason: {reason}. Correct the organisation\'s details for a new verification.',
    },
  },
};

export function renderNotification(kind: NotificationKind, language: 'fr' | 'en', params: Params): Text {
  const text = TEXTS[kind][language];
  return { subject: fill(text.subject, params), body: fill(text.body, params) };
}
