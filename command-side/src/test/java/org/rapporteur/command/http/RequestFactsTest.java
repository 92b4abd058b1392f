package org.rapporteur.command.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.facts.InvalidFactsException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestFactsTest {

    private final RequestFacts facts = new RequestFacts(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void aBodyThatCannotBeReadWholeStillHasTheRequiredFactsItLacksNamed() throws Exception {
        // the kind cannot be read, so bean validation never sees the facts: the missing symbol is named all the same
        JsonNode body = new ObjectMapper().readTree("{\"title\": \"Information note\", \"kind\": \"NOT-A-KIND\"}");

        assertThatThrownBy(() -> facts.read(body, DocumentSubmitted.class, Set.of("moment")))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> {
                    assertThat(e.errors()).contains(new InvalidFactsException.FieldError("symbol", "required"));
                    assertThat(e.errors()).extracting(InvalidFactsException.FieldError::field)
                            .contains("kind").doesNotContain("moment", "submittedBy", "title");
                });
    }
}
