package org.rapporteur.events;

/** An action that may name an agenda item; when it does, the item must be on the adopted agenda. */
public interface OptionalAgendaItem {

    /** The item's number as in the agenda, or null. */
    AgendaItemNumber itemNumber();
}
