package org.rapporteur.events.decisions;

/** What a numbered text the meeting adopted is: how the report names it ("decision 4/1", "resolution Conf. 16.3"). */
public enum DecisionForm {
    DECISION,
    RESOLUTION,
    RECOMMENDATION,
    /** A proposal (an amendment to a list or appendix, as CITES adopts them). */
    PROPOSAL,
    /** A text its title names ("Final Document", "Siem Reap-Angkor Declaration", "action plan"), its number its symbol. */
    OUTCOME_DOCUMENT
}
