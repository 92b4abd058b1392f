package org.rapporteur.profiles;

/** A profile that cannot be used, with the file and line at fault: {@code profiles/ccm.yaml:12: unknown key 'foo'}. */
public class ProfileException extends RuntimeException {

    private final String source;
    private final int line;

    public ProfileException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the fault is the file as a whole. */
    public int line() {
        return line;
    }
}
