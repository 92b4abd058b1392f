package org.rapporteur.events.finance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** An amount in an ISO 4217 currency ("CHF", "USD", "EUR"). */
public record Money(@NotNull @PositiveOrZero BigDecimal amount,
                    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "is an ISO 4217 code such as USD") String currency) {
}
