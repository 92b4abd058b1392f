package org.rapporteur.events.subsidiary;

/** The kinds of working bodies a meeting sets up. */
public enum SubsidiaryBodyKind {
    COMMITTEE_OF_THE_WHOLE, MAIN_COMMITTEE, WORKING_GROUP, CONTACT_GROUP, FRIENDS_OF_THE_CHAIR, INFORMAL_GROUP,
    CREDENTIALS_COMMITTEE, DRAFTING_COMMITTEE, DRAFTING_GROUP, BUDGET_COMMITTEE
}
