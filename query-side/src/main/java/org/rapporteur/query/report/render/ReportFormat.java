package org.rapporteur.query.report.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a report is delivered in: the media type and file extension of each. */
public enum ReportFormat {
    MD("text/markdown;charset=UTF-8", "md"),
    HTML("text/html;charset=UTF-8", "html"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    JSON("application/json", "json"),
    /** Akoma Ntoso 3.0 XML after the AKN4UN guidelines. */
    AKN("application/akn+xml", "akn");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReportFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("markdown")) {
            return Optional.of(MD);
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(key)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining("|"));
    }
}
