package org.rapporteur.query.report.compose;

import org.rapporteur.profiles.BodyProfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated tables of {@code wording/} ({@code states.fr.tsv}, {@code names.fr.tsv}): rows of cells, comments
 * left out; the shipped table's rows first, then those of the same table in the profile's directory, which win.
 */
final class WordingTables {

    /** One row: the table it is in and its line there (for messages naming {@code file:line}), and its cells. */
    record Row(String file, int line, String[] cells) {
    }

    private WordingTables() {
    }

    /** The rows of table {@code name} for {@code profile}, none where neither the jar nor its directory has it. */
    static List<Row> rows(String name, BodyProfile profile) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = WordingTables.class.getResourceAsStream("/wording/" + name)) {
            if (in != null) {
                read(new InputStreamReader(in, StandardCharsets.UTF_8), "wording/" + name, rows);
            }
            String own = profile == null ? null : profile.table(name);
            if (own != null) {
                read(new StringReader(own), name + " beside " + profile.source(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** What a table read for {@code profile} is kept under: the language, and the profile's tables as they are now. */
    static String key(String language, BodyProfile profile) {
        return profile == null || profile.tables().isEmpty() ? language : language + "/" + profile.fingerprint();
    }

    private static void read(Reader in, String file, List<Row> rows) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(new Row(file, number, line.split("\t")));
            }
        }
    }
}
