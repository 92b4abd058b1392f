package org.rapporteur.query.projection;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** An entry's logging instant is stored as the text Instant.toString gives. */
class TimelineEntryDocumentsTest {

    @Test
    void theLoggingInstantReadsAsInstantToStringWritesIt() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2024-09-10T08:31:00Z"),
                Instant.parse("2024-09-10T08:31:07.120Z"), Instant.parse("2024-09-10T08:31:07.000120Z"),
                Instant.parse("2024-09-10T08:31:07.000000120Z"), Instant.parse("0999-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-06-30T12:00:00Z"), Instant.MIN, Instant.MAX));
        Random random = new Random(18);
        for (int i = 0; i < 10_000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        for (Instant instant : instants) {
            assertThat(TimelineEntryDocuments.isoText(instant)).isEqualTo(instant.toString());
        }
    }
}
