package org.rapporteur.profiles;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A kind of recorded fact the report states, as a profile's outline names it in a part's {@code facts}. Each has
 * one composer in the report; the outline decides in which part it appears and in what order.
 */
public enum ReportFact {
    // how the meeting came to be
    MANDATE("mandate"),
    SCHEDULING("scheduling"),
    PRESIDENCY("presidency"),
    CONVENING("convening"),
    // where, when, who
    VENUE_AND_DATES("venue-and-dates"),
    INFORMAL_EVENTS("informal-events"),
    SHORTENED("shortened"),
    SECRETARIAT("secretariat"),
    PARTICIPATION("participation"),
    MEMBERSHIP("membership"),
    CREDENTIALS("credentials"),
    // the work, in the order it happened
    SESSIONS("sessions"),
    OPENING("opening"),
    ORGANISATION_OF_WORK("organisation-of-work"),
    OFFICERS_ELECTED("officers-elected"),
    SECRETARY_GENERAL("secretary-general"),
    REQUESTS("requests"),
    STATEMENTS("statements"),
    IMPLEMENTATION_REVIEW("implementation-review"),
    WORK_REPORTS("work-reports"),
    DOCUMENTS_CONSIDERED("documents-considered"),
    COMPLIANCE("compliance"),
    SUBSIDIARY_BODIES("subsidiary-bodies"),
    EXPERT_BODIES("expert-bodies"),
    // what was decided
    DECISIONS("decisions"),
    APPRECIATION("appreciation"),
    EXTENSIONS_GRANTED("extensions-granted"),
    COORDINATORS("coordinators"),
    NEXT_PRESIDENT("next-president"),
    NEXT_MEETING("next-meeting"),
    ESTIMATED_COSTS("estimated-costs"),
    INTERSESSIONAL_MEETINGS("intersessional-meetings"),
    FUTURE_PRESIDENCY("future-presidency"),
    FINANCE("finance"),
    COURTESIES("courtesies"),
    DOCUMENTS_ANNEX("documents-annex"),
    REPORT_ADOPTED("report-adopted"),
    CLOSING("closing");

    private final String publicName;

    ReportFact(String publicName) {
        this.publicName = publicName;
    }

    @JsonValue
    public String publicName() {
        return publicName;
    }
}
