package org.rapporteur.query.report.render;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.rapporteur.query.report.ReportDocument;

import java.io.UncheckedIOException;

/**
 * The report model as JSON, both ways. Blocks carry {@code "type": "paragraph" | "subHeading"} and inline parts
 * {@code "type": "text" | "footnoteRef"}; every paragraph lists its {@code eventIds}; an annex's own blocks
 * {@code "type": "heading" | "paragraph" | "list" | "note"}.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(ReportDocument.Block.class, BlockMixin.class)
            .addMixIn(ReportDocument.Inline.class, InlineMixin.class)
            .addMixIn(ReportDocument.AnnexBlock.class, AnnexBlockMixin.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReportJson() {
    }

    public static String write(ReportDocument report, boolean pretty) {
        try {
            return pretty ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report)
                    : MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportDocument read(String json) {
        try {
            return MAPPER.readValue(json, ReportDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = ReportDocument.Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = ReportDocument.SubHeading.class, name = "subHeading")})
    interface BlockMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = ReportDocument.AnnexHeading.class, name = "heading"),
            @JsonSubTypes.Type(value = ReportDocument.AnnexParagraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = ReportDocument.AnnexList.class, name = "list"),
            @JsonSubTypes.Type(value = ReportDocument.AnnexNote.class, name = "note")})
    interface AnnexBlockMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = ReportDocument.Text.class, name = "text"),
            @JsonSubTypes.Type(value = ReportDocument.FootnoteRef.class, name = "footnoteRef")})
    interface InlineMixin {
    }
}
