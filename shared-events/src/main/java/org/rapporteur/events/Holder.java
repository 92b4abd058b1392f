package org.rapporteur.events;

import jakarta.validation.Valid;

/**
 * Who holds an office or a seat: a person (with their State or organisation) or a State (ISO 3166 alpha-3), and
 * the regional group they were elected for (a key of the body's regional groups). Exactly one of person and state.
 */
public record Holder(@Valid Person person, StateCode state, String region) {

    /** The State the holder is or represents, if any. */
    public StateCode stateOrPersonsState() {
        return state != null ? state : person == null ? null : person.state();
    }
}
