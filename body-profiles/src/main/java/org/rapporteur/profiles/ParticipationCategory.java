package org.rapporteur.profiles;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A category of participants, {@code {rule: "1.2", en: ..., fr: ...}}: the rule they attend under and its name. */
@JsonDeserialize(using = ParticipationCategoryReader.class)
public record ParticipationCategory(String rule, Localized name) {
}
