package org.rapporteur.standalone;

/** The users configured for tests in src/test/resources/config/application.properties. */
final class TestUsers {

    static final String SECRETARY = "secretary";
    static final String SECRETARY_PASSWORD = "secretary-test-password";
    static final String READER = "reader";
    static final String READER_PASSWORD = "reader-test-password";

    private TestUsers() {
    }
}
