import type { Language } from '../common/i18n/i18n';

/** A column: the SQL alias it reads (stable, whatever the language) and its header in each language. */
interface ColumnLabel {
  key: string;
  fr: string;
  en: string;
}

export const PROPOSAL_COLUMNS: readonly ColumnLabel[] = [
  { key: 'id', fr: 'Identifiant', en: 'ID' },
  { key: 'organization', fr: 'Organisation', en: 'Organisation' },
  { key: 'round', fr: 'Appel à propositions', en: 'Funding round' },
  { key: 'title', fr: 'Intitulé', en: 'Title' },
  { key: 'region', fr: 'Région', en: 'Region' },
  { key: 'commune', fr: 'Commune', en: 'Commune' },
  { key: 'status', fr: 'Statut', en: 'Status' },
  { key: 'requested_amount', fr: 'Montant demandé', en: 'Requested amount' },
  { key: 'currency', fr: 'Devise', en: 'Currency' },
  { key: 'submitted_at', fr: 'Soumise le', en: 'Submitted at' },
  { key: 'decided_at', fr: 'Décidée le', en: 'Decided at' },
  { key: 'score', fr: 'Score pondéré (%)', en: 'Weighted score (%)' },
  { key: 'awarded_amount', fr: 'Montant accordé', en: 'Awarded amount' },
  { key: 'beneficiaries_total', fr: 'Bénéficiaires visés', en: 'Target beneficiaries' },
  { key: 'beneficiaries_women', fr: 'dont femmes', en: 'of whom women' },
  { key: 'beneficiaries_youth', fr: 'dont jeunes', en: 'of whom youth' },
];

export const GRANT_COLUMNS: readonly ColumnLabel[] = [
  { key: 'id', fr: 'Identifiant', en: 'ID' },
  { key: 'proposal_id', fr: 'Proposition', en: 'Proposal' },
  { key: 'title', fr: 'Intitulé', en: 'Title' },
  { key: 'organization', fr: 'Organisation', en: 'Organisation' },
  { key: 'round', fr: 'Appel à propositions', en: 'Funding round' },
  { key: 'region', fr: 'Région', en: 'Region' },
  { key: 'commune', fr: 'Commune', en: 'Commune' },
  { key: 'status', fr: 'Statut', en: 'Status' },
  { key: 'amount', fr: 'Montant accordé', en: 'Awarded amount' },
  { key: 'disbursed_amount', fr: 'Montant décaissé', en: 'Disbursed amount' },
  { key: 'released_amount', fr: 'Montant libéré (résiliation)', en: 'Released amount (termination)' },
  { key: 'unspent_returned_amount', fr: 'Reliquat restitué', en: 'Unspent amount returned' },
  { key: 'currency', fr: 'Devise', en: 'Currency' },
  { key: 'signed_at', fr: 'Accord signé le', en: 'Agreement signed at' },
  { key: 'closed_at', fr: 'Clôturée le', en: 'Closed at' },
  { key: 'terminated_at', fr: 'Résiliée le', en: 'Terminated at' },
  { key: 'at_risk', fr: 'À risque', en: 'At risk' },
  { key: 'target_total', fr: 'Bénéficiaires visés', en: 'Target beneficiaries' },
  { key: 'target_women', fr: 'Visés : femmes', en: 'Target: women' },
  { key: 'target_youth', fr: 'Visés : jeunes', en: 'Target: youth' },
  { key: 'reached_total', fr: 'Bénéficiaires atteints', en: 'Beneficiaries reached' },
  { key: 'reached_women', fr: 'Atteints : femmes', en: 'Reached: women' },
  { key: 'reached_youth', fr: 'Atteints : jeunes', en: 'Reached: youth' },
];

export const AUDIT_COLUMNS: readonly ColumnLabel[] = [
  { key: 'id', fr: 'N° d’événement', en: 'Event no.' },
  { key: 'occurred_at', fr: 'Date et heure (UTC)', en: 'Date and time (UTC)' },
  { key: 'action', fr: 'Action', en: 'Action' },
  { key: 'entity_type', fr: 'Type d’objet', en: 'Record type' },
  { key: 'entity_id', fr: 'Objet', en: 'Record' },
  { key: 'actor_id', fr: 'Auteur (identifiant)', en: 'Actor (ID)' },
  { key: 'actor_name', fr: 'Auteur', en: 'Actor' },
  { key: 'actor_email', fr: 'Courriel de l’auteur', en: 'Actor email' },
  { key: 'actor_role', fr: 'Rôle de l’auteur', en: 'Actor role' },
  { key: 'from_state', fr: 'État avant', en: 'State before' },
  { key: 'to_state', fr: 'État après', en: 'State after' },
  { key: 'reason', fr: 'Motif', en: 'Reason' },
  { key: 'request_id', fr: 'Requête', en: 'Request' },
  { key: 'workflow_id', fr: 'Workflow', en: 'Workflow' },
  { key: 'data', fr: 'Données (avant / après, JSON)', en: 'Data (before / after, JSON)' },
];

/** The csv-stringify `columns` option for a language. */
export function csvColumns(columns: readonly ColumnLabel[], lang: Language): { key: string; header: string }[] {
  return columns.map((column) => ({ key: column.key, header: column[lang] }));
}
