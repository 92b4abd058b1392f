package org.rapporteur.security;

/** What a signed-in user may do: the secretariat records (and reads); a reader only reads. */
public enum Role {
    SECRETARIAT,
    READER
}
