package org.rapporteur.facts;

import java.time.LocalDate;

/** What the meeting accepts as facts, on every channel (see docs/input.md). */
public final class FactLimits {

    /** Characters in one text field: a long decision paragraph is a few thousand. */
    public static final int MAX_TEXT = 20_000;
    /** Bytes in one request body. */
    public static final int MAX_REQUEST_BYTES = 1024 * 1024;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

    private FactLimits() {
    }
}
