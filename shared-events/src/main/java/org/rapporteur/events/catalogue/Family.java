package org.rapporteur.events.catalogue;

/**
 * A family of kinds, recorded together under one path ({@code POST /api/meetings/{id}/<name>}). Its name is public
 * (clients post to it), chosen in {@link Actions}, and independent of where the kinds' classes live.
 *
 * @param name  the path segment, such as {@code sessions}
 * @param about what its kinds record, in a few words, for the API's documentation and docs/vocabulary.md
 */
public record Family(String name, String about) {

    public Family {
        if (name == null || !name.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a family's name is lower-case words joined by hyphens: " + name);
        }
        if (about == null || about.isBlank()) {
            throw new IllegalArgumentException("family " + name + " needs a few words on what it records");
        }
    }
}
