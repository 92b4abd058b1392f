package org.rapporteur.command.actions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.command.actions.TestHttp.json;

/** The any-body vocabulary's families over real HTTP into the embedded store: recorded, refused by rule, or a 400. */
class VocabularyOverHttpTest extends CommandSideOverHttp {

    private static final AtomicInteger MEETINGS = new AtomicInteger();

    @BeforeEach
    void convene() {
        meeting = "ipcc-" + (60 + MEETINGS.incrementAndGet());
        assertThat(post("/api/meetings", """
                {"id": "%s", "moment": {"date": "2025-01-10"}, "profile": "ipcc", "ordinal": 60,
                 "meetingKind": "Session of the IPCC", "venue": {"city": "Istanbul", "country": "TUR"},
                 "startsOn": "2025-04-14", "endsOn": "2025-04-18", "symbolPrefix": "IPCC-LX"}
                """.formatted(meeting)).statusCode()).isEqualTo(201);
        assertThat(post(actions("sessions"), """
                {"kind": "plenary-session-opened", "moment": {"plenarySession": 1, "date": "2025-04-14"}, "number": 1}
                """).statusCode()).isEqualTo(201);
        assertThat(post(actions("agenda"), """
                {"kind": "agenda-adopted", "documentSymbol": "IPCC-LX/Doc. 1", "items": [{"number": "1", "title": "Opening"},
                 {"number": "2", "title": "Programme and budget"}]}
                """).statusCode()).isEqualTo(201);
    }

    @Test
    void aMeetingIsConvenedOnlyAsASessionOfAKnownBody() {
        HttpResponse<String> refused = post("/api/meetings", """
                {"id": "atlantis-1", "moment": {"date": "2025-01-10"}, "profile": "atlantis", "ordinal": 1,
                 "meetingKind": "Session", "venue": {"city": "Nowhere"}, "startsOn": "2025-04-14",
                 "endsOn": "2025-04-18", "symbolPrefix": "ATL/1"}
                """);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("rule").asText()).isEqualTo("ProfileMustBeKnown");
        assertThat(json(refused).path("detail").asText()).contains("atlantis", "ipcc");
    }

    @Test
    void eachNewFamilyRecordsItsKinds() {
        assertThat(post(actions("officers"), """
                {"kind": "officers-elected", "office": "vice-chair", "mode": "acclamation",
                 "elected": [{"holder": {"person": {"name": "A. Member", "state": "KEN"}, "region": "region-i-africa"}}]}
                """).statusCode()).isEqualTo(201);
        assertThat(post(actions("membership"), """
                {"kind": "attendance-recorded", "present": 150, "members": 195}
                """).statusCode()).isEqualTo(201);
        assertThat(post(actions("working-bodies"), """
                {"kind": "subsidiary-body-established", "key": "budget", "kind": "contact_group", "name": "Contact group on the budget"}
                """).statusCode()).isEqualTo(400);
        assertThat(post(actions("working-bodies"), """
                {"kind": "subsidiary-body-established", "facts": {"key": "budget", "kind": "contact_group",
                 "name": "Contact group on the budget", "agendaItems": ["2"], "openEnded": true}}
                """).statusCode()).isEqualTo(201);
        assertThat(post(actions("statements"), """
                {"kind": "statement-delivered", "speaker": {"state": "FRA"}, "order": 1, "itemNumber": "2", "kind_": "x"}
                """).statusCode()).isEqualTo(400);
        assertThat(post(actions("statements"), """
                {"kind": "statement-delivered", "facts": {"speaker": {"group": "African Group"}, "order": 1,
                 "itemNumber": "2", "kind": "under_item"}}
                """).statusCode()).isEqualTo(201);
        assertThat(post(actions("decisions"), """
                {"kind": "vote-recorded", "on": "Decision IPCC/LX-1", "method": "recorded", "inFavourCount": 2,
                 "againstCount": 0, "abstainingCount": 1, "inFavour": ["KEN", "FRA"], "against": [], "abstaining": ["EUU"],
                 "result": "adopted"}
                """).statusCode()).isEqualTo(201);
        assertThat(post(actions("decisions"), """
                {"kind": "numbered-decision-adopted", "number": "Decision IPCC/LX-1", "title": "Programme and budget",
                 "itemNumber": "2", "adoption": "vote", "annexes": [{"title": "Budget for 2026"}]}
                """).statusCode()).isEqualTo(201);
        assertThat(post(actions("finance"), """
                {"kind": "contribution-pledged", "by": {"state": "NOR"}, "amount": {"amount": 1000000, "currency": "NOK"},
                 "fund": "IPCC Trust Fund", "forYear": 2026}
                """).statusCode()).isEqualTo(201);
        assertThat(post(actions("expert-bodies"), """
                {"kind": "expert-body-members-elected", "body": "Task Force Bureau", "mode": "acclamation",
                 "members": [{"member": {"person": {"name": "B. Expert", "state": "FJI"}, "region": "region-v-south-west-pacific"}}]}
                """).statusCode()).isEqualTo(201);
        assertThat(post(actions("credentials"), """
                {"kind": "credentials-examined", "examinedBy": "bureau", "received": 120, "inOrder": 118}
                """).statusCode()).isEqualTo(201);
    }

    @Test
    void theBodysDataAndTheVotesFiguresAreRules() {
        HttpResponse<String> office = post(actions("officers"), """
                {"kind": "officers-elected", "office": "president", "mode": "acclamation",
                 "elected": [{"holder": {"state": "KEN"}}]}
                """);
        assertThat(office.statusCode()).isEqualTo(409);
        assertThat(json(office).path("rule").asText()).isEqualTo("OfficeMustBeTheBodys");
        assertThat(json(office).path("detail").asText()).contains("president is not an office of ipcc");

        HttpResponse<String> counts = post(actions("decisions"), """
                {"kind": "vote-recorded", "on": "L.1", "method": "roll_call", "inFavourCount": 3, "againstCount": 0,
                 "abstainingCount": 0, "inFavour": ["KEN", "FRA"], "result": "adopted"}
                """);
        assertThat(counts.statusCode()).isEqualTo(409);
        assertThat(json(counts).path("rule").asText()).isEqualTo("RecordedVoteCountsEqualLists");

        HttpResponse<String> deferral = post(actions("decisions"), """
                {"kind": "consideration-deferred", "itemNumber": "9", "toSession": {"kind": "session", "ordinal": 61}}
                """);
        assertThat(deferral.statusCode()).isEqualTo(409);
        assertThat(json(deferral).path("rule").asText()).isEqualTo("AgendaItemMustExist");
    }

    @Test
    void unknownKindsAndEnumerationValuesAre400AndStoreNothing() {
        long before = storedEvents();
        HttpResponse<String> mode = post(actions("officers"), """
                {"kind": "officers-elected", "office": "chair", "mode": "by_lot", "elected": [{"holder": {"state": "KEN"}}]}
                """);
        assertThat(mode.statusCode()).isEqualTo(400);
        assertThat(mode.body()).contains("mode", "by_lot");
        HttpResponse<String> kind = post(actions("finance"), """
                {"kind": "budget-passed", "period": "2026", "total": {"amount": 10, "currency": "USD"}}
                """);
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("budget-passed", "budget-approved");
        HttpResponse<String> currency = post(actions("finance"), """
                {"kind": "budget-approved", "period": "2026", "total": {"amount": 10, "currency": "dollars"}}
                """);
        assertThat(currency.statusCode()).isEqualTo(400);
        assertThat(currency.body()).contains("ISO 4217");
        HttpResponse<String> retired = post(actions("officers"), """
                {"kind": "vice-presidents-elected", "states": ["LKA", "CHE"], "method": "ACCLAMATION"}
                """);
        assertThat(retired.statusCode()).isEqualTo(400);
        assertThat(retired.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(retired.body()).contains("vice-presidents-elected is no longer recorded: use officers-elected");
        assertThat(storedEvents()).isEqualTo(before);
    }
}
