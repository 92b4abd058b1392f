package org.rapporteur.events;

/** An action under one item of the adopted agenda: the item must be on the agenda. */
public interface ConcernsAgendaItem {

    /** The item's number as in the agenda ("10", "10(a)"). */
    AgendaItemNumber itemNumber();
}
