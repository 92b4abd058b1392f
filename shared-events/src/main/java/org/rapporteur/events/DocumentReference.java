package org.rapporteur.events;

import jakarta.validation.constraints.NotNull;

/** A citation, such as "CCM/CONF/2021/6, paragraph 84(ii)(a)": it becomes a footnote in the report. */
public record DocumentReference(@NotNull DocumentSymbol symbol, String pinpoint, String description) {
}
