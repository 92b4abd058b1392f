package org.rapporteur.query.report.compose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The tab-separated tables of {@code wording/} ({@code states.fr.tsv}, {@code names.fr.tsv}): rows of cells, comments left out. */
final class WordingTables {

    /** One row: its line in the file (for messages naming {@code file:line}) and its cells. */
    record Row(int line, String[] cells) {
    }

    private WordingTables() {
    }

    /** The rows of {@code wording/<name>}, none where the file is not there (a language without the table). */
    static List<Row> rows(String name) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = WordingTables.class.getResourceAsStream("/wording/" + name)) {
            if (in == null) {
                return rows;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(new Row(number, line.split("\t")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
