package org.rapporteur.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An article of the treaty, with its paragraphs if any: {@code 4}, {@code 4.1}, {@code 3.2.c}. New input is checked
 * ({@link #parse}); a stored reference reads as written.
 */
public record ArticleReference(@JsonValue String text) implements Text {

    public static final String FORM = "an article, with its paragraph if any, such as 4 or 4.1";
    private static final Pattern ARTICLE = Pattern.compile("[0-9]{1,3}(\\.[0-9a-z]{1,3})*");

    @JsonCreator
    public ArticleReference {
        Objects.requireNonNull(text, "an article");
    }

    /** The reference as stored or already checked, taken as written (null stays null). */
    public static ArticleReference of(String article) {
        return article == null ? null : new ArticleReference(article);
    }

    /** The reference of new input, or an IllegalArgumentException naming the form. */
    public static ArticleReference parse(String article) {
        return Text.parsed(new ArticleReference(article));
    }

    /** The article alone, without its paragraphs: {@code 4} of {@code 4.1}. */
    public String article() {
        int dot = text.indexOf('.');
        return dot < 0 ? text : text.substring(0, dot);
    }

    @Override
    public boolean wellFormed() {
        return ARTICLE.matcher(text).matches();
    }

    @Override
    public String form() {
        return FORM;
    }

    @Override
    public String toString() {
        return text;
    }
}
