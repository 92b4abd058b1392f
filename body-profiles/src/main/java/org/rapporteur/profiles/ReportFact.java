package org.rapporteur.profiles;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A kind of recorded fact the report states, as a profile's outline names it in a part's {@code facts}. Each has
 * one composer in the report; the outline decides in which part it appears and in what order.
 */
public enum ReportFact {
    // how the meeting came to be
    MANDATE("mandate", "the body's decision to convene its meetings (meeting-convened: mandate)"),
    SCHEDULING("scheduling", "the decision that set this meeting's dates and venue (meeting-convened: scheduledBy)"),
    PRESIDENCY("presidency", "the President designated before the meeting, as confirmed by it (president-designated)"),
    CONVENING("convening", "the convening under a General Assembly resolution (meeting-convened: convenedUnder)"),
    // where, when, who
    VENUE_AND_DATES("venue-and-dates", "where and when the meeting was held (meeting-convened, meeting-dates-changed)"),
    INFORMAL_EVENTS("informal-events", "days given to informal events (meeting-dates-changed: informalEventDays)"),
    SHORTENED("shortened", "the meeting shortened, and why (meeting-dates-changed)"),
    SECRETARIAT("secretariat", "who served the meeting: its secretary and others of the secretariat"),
    PARTICIPATION("participation", "the participants by the categories of participants-registered (States parties, signatories, other States, organisations), with their footnoted lists"),
    MEMBERSHIP("membership", "how many members the body has, the attendance, and the participants admitted under the profile's own categories (participants-admitted)"),
    CREDENTIALS("credentials", "the credentials examined and the report on them approved"),
    // the work, in the order it happened
    SESSIONS("sessions", "how many plenary sittings were held, and when (plenary-session-opened)"),
    OPENING("opening", "the opening of the meeting, with its ceremony"),
    ORGANISATION_OF_WORK("organisation-of-work", "the agenda, rules of procedure, decision-making and programme of work adopted, and the observers confirmed, one paragraph per sitting"),
    OFFICERS_ELECTED("officers-elected", "the officers elected or acting, and the understandings on rotation"),
    SECRETARY_GENERAL("secretary-general", "the Secretary-General of the meeting confirmed"),
    REQUESTS("requests", "requests (such as for an extension of a deadline) presented, and their analyses"),
    STATEMENTS("statements", "statements delivered and circulated in writing"),
    IMPLEMENTATION_REVIEW("implementation-review", "the review of the status and operation of the treaty"),
    WORK_REPORTS("work-reports", "the work reported by coordinators, working groups, the presidency and the implementation support unit"),
    DOCUMENTS_CONSIDERED("documents-considered", "documents the meeting considered"),
    COMPLIANCE("compliance", "declarations of compliance"),
    SUBSIDIARY_BODIES("subsidiary-bodies", "committees and working groups established, their reports and what the plenary did with them"),
    EXPERT_BODIES("expert-bodies", "the members of expert or treaty bodies elected"),
    // what was decided
    DECISIONS("decisions", "decisions and numbered decisions adopted, votes, consideration deferred, reservations"),
    APPRECIATION("appreciation", "the appreciation of coordinators"),
    EXTENSIONS_GRANTED("extensions-granted", "requests granted, with the meeting's observations"),
    COORDINATORS("coordinators", "coordinators of working groups and thematic coordinators appointed"),
    NEXT_PRESIDENT("next-president", "the President of a later session elected"),
    NEXT_MEETING("next-meeting", "the dates and venue of the next session decided"),
    ESTIMATED_COSTS("estimated-costs", "the estimated costs of a session adopted"),
    INTERSESSIONAL_MEETINGS("intersessional-meetings", "intersessional meetings decided"),
    FUTURE_PRESIDENCY("future-presidency", "the presidency of a later conference decided"),
    FINANCE("finance", "the budget approved (its lines as items) and the contributions pledged"),
    COURTESIES("courtesies", "the thanks expressed"),
    DOCUMENTS_ANNEX("documents-annex", "the paragraph that points to the annexed list of documents"),
    REPORT_ADOPTED("report-adopted", "the report adopted"),
    CLOSING("closing", "the closing of the meeting");

    private final String publicName;
    private final String description;

    ReportFact(String publicName, String description) {
        this.publicName = publicName;
        this.description = description;
    }

    /** What the fact states, for the profile author (docs/report-facts.md). */
    public String description() {
        return description;
    }

    @JsonValue
    public String publicName() {
        return publicName;
    }
}
