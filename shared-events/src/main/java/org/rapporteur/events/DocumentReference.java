package org.rapporteur.events;

import jakarta.validation.constraints.NotBlank;

/** A citation, such as "CCM/CONF/2021/6, paragraph 84(ii)(a)": it becomes a footnote in the report. */
public record DocumentReference(@NotBlank String symbol, String pinpoint, String description) {
}
