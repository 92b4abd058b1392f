package org.rapporteur.profiles;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyProfileReaderTest {

    private static final String GOOD = """
            id: demo
            languages: [en, fr]
            body:
              kind: plenary
              name: {en: Demo Platform, fr: Plateforme démo}
              members: {en: members, fr: membres}
              session: {en: session of the Plenary, fr: session de la Plénière}
              offices:
                chair: {en: Chair, fr: Président}
              participationCategories:
                member: {rule: "3", en: members, fr: membres}
              symbols: "DEMO/{ordinal}/{number}"
            report:
              parts:
                - id: opening
                  heading: {en: "Opening of the {meeting}", fr: "Ouverture de la {meeting}"}
                  facts: [opening, statements]
              wording:
                fr: {meeting.title: "{ordinal} {session}"}
            """;

    private static BodyProfile read(String yaml) {
        return BodyProfileReader.read(yaml.getBytes(StandardCharsets.UTF_8), "demo.yaml", "demo");
    }

    private static void refused(String yaml, String message) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(ProfileException.class).hasMessage(message);
    }

    @Test
    void readsAProfile() {
        BodyProfile profile = read(GOOD);
        assertThat(profile.id()).isEqualTo("demo");
        assertThat(profile.body().kind()).isEqualTo(BodyKind.PLENARY);
        assertThat(profile.body().members().in("fr")).contains("membres");
        assertThat(profile.body().offices().get("chair").in("en")).contains("Chair");
        assertThat(profile.body().participationCategories().get("member").rule()).isEqualTo("3");
        assertThat(profile.report().parts().get(0).facts()).containsExactly(ReportFact.OPENING, ReportFact.STATEMENTS);
        assertThat(profile.report().parts().get(0).order()).isEqualTo(ReportOutline.Order.AS_LISTED);
        assertThat(profile.report().wording().phrase("fr", "meeting.title")).isPresent();
        assertThat(profile.fingerprint()).hasSize(16).isEqualTo(read(GOOD).fingerprint())
                .isNotEqualTo(read(GOOD.replace("Demo Platform", "Demo")).fingerprint());
    }

    @Test
    void readsTheAnnexesInTheirOrderOptionalOrNotAndTheCategoriesInTheProfilesOrder() {
        BodyProfile profile = read(GOOD.replace("  wording:\n", "  annexes:\n"
                        + "    - kind: decisions\n"
                        + "      heading: {en: \"Decisions of the {meeting}\", fr: \"Décisions de la {meeting}\"}\n"
                        + "    - kind: participants\n"
                        + "      optional: true\n"
                        + "  wording:\n")
                .replace("    member: {rule: \"3\", en: members, fr: membres}\n",
                        "    observer: {rule: \"4\", en: observers, fr: observateurs}\n"
                        + "    member: {rule: \"3\", en: members, fr: membres}\n"
                        + "    guest: {rule: \"5\", en: guests, fr: invités}\n"));

        assertThat(profile.report().annexes()).extracting(ReportOutline.Annex::kind)
                .containsExactly(ReportOutline.AnnexKind.DECISIONS, ReportOutline.AnnexKind.PARTICIPANTS);
        assertThat(profile.report().annexes()).extracting(ReportOutline.Annex::optional).containsExactly(false, true);
        assertThat(profile.body().participationCategories().keySet()).containsExactly("observer", "member", "guest");
    }

    @Test
    void refusesAnUnknownKeyWithItsLine() {
        refused(GOOD.replace("  acronym", "x").replace("  symbols:", "  symbol:"),
                "demo.yaml:12: unknown key 'symbol' at body (known: acronym, kind, members, name, offices, "
                        + "otherSessions, participationCategories, referredToAs, regionalGroups, session, standingBodies, symbols)");
    }

    @Test
    void refusesAnUnknownBodyKind() {
        refused(GOOD.replace("kind: plenary", "kind: assembly"), "demo.yaml:4: unknown body kind 'assembly' at body.kind"
                + " (known: meeting-of-states-parties, conference-of-states-parties, review-conference, "
                + "conference-of-the-parties, meeting-of-high-contracting-parties, plenary, committee)");
    }

    @Test
    void refusesAnUnknownFact() {
        assertThatThrownBy(() -> read(GOOD.replace("[opening, statements]", "[opening, speeches]")))
                .hasMessageStartingWith("demo.yaml:17: unknown fact 'speeches' at report.parts[0].facts[1] (known: mandate,");
    }

    @Test
    void refusesAnUnknownPlaceholderInAHeading() {
        refused(GOOD.replace("Opening of the {meeting}", "Opening of the {venue}"),
                "demo.yaml:16: unknown placeholder {venue} in 'report.parts.opening.heading.en' (it may use "
                        + String.join(", ", ProfileChecks.HEADING_ARGUMENTS) + ")");
    }

    @Test
    void refusesAnUnknownPlaceholderInWording() {
        assertThatThrownBy(() -> read(GOOD.replace("\"{ordinal} {session}\"", "\"{ordinal} {sesion}\"")))
                .hasMessageStartingWith("demo.yaml:19: unknown placeholder {sesion} in 'meeting.title'");
    }

    @Test
    void refusesWordingOfAnUnknownMessage() {
        refused(GOOD.replace("meeting.title:", "meeting.name:"), "demo.yaml:19: unknown message 'meeting.name'");
    }

    @Test
    void refusesWordingThatIsNotAnIcuMessage() {
        assertThatThrownBy(() -> read(GOOD.replace("\"{ordinal} {session}\"", "\"{ordinal, plural, one {x}\"")))
                .hasMessageStartingWith("demo.yaml:19: the wording of 'meeting.title' is not an ICU message");
    }

    @Test
    void refusesATextMissingALanguage() {
        refused(GOOD.replace("members: {en: members, fr: membres}", "members: {en: members}"),
                "demo.yaml:6: body.members: no text in 'fr'");
    }

    @Test
    void refusesALanguageThatIsNotOne() {
        refused(GOOD.replace("fr: Plateforme démo", "french: Plateforme démo"),
                "demo.yaml:5: 'french' is not an ISO 639 language code at body.name");
    }

    @Test
    void refusesAnUnknownSymbolPlaceholder() {
        refused(GOOD.replace("{ordinal}/{number}", "{session}/{number}"),
                "demo.yaml: body.symbols: unknown placeholder {session} (it may use acronym, number, ordinal, year)");
    }

    @Test
    void refusesAMissingKeyAndAWrongId() {
        assertThatThrownBy(() -> read(GOOD.replace("  session: {en: session of the Plenary, fr: session de la Plénière}\n", "")))
                .hasMessageContaining("missing key 'session' at body");
        refused(GOOD.replace("id: demo", "id: other"), "demo.yaml:1: id 'other' differs from the file's name 'demo'");
    }

    @Test
    void refusesAFactReportedTwiceAndADuplicateKey() {
        refused(GOOD.replace("[opening, statements]", "[opening, opening]"),
                "demo.yaml:16: report.parts.opening: 'opening' is reported by another part already");
        assertThatThrownBy(() -> read(GOOD.replace("  acronym", "x").replace("  symbols:", "  kind: plenary\n  symbols:")))
                .hasMessageContaining("demo.yaml:12").hasMessageContaining("kind");
    }

    @Test
    void refusesAnUnknownKeyInAParticipationCategory() {
        refused(GOOD.replace("{rule: \"3\",", "{rules: \"3\","), "demo.yaml:11: unknown key 'rules' in a participation "
                + "category (known: rule and language codes such as en, fr) at body.participationCategories.member");
    }

    @Test
    void readsWhatTheReportCallsTheMeetingOfficesThatSelectOnCountAndGenderAndTheFactsItLeavesOut() {
        BodyProfile profile = read(GOOD
                .replace("  offices:\n    chair: {en: Chair, fr: Président}",
                        "  referredToAs: {en: the Plenary, fr: la Plénière}\n  offices:\n"
                                + "    chair: {en: \"{count, plural, one {Chair} other {Chairs}}\", fr: \"{gender, select, feminine {Présidente} other {Président}}\"}")
                .replace("  wording:", "  leavesOut: [closing]\n  wording:"));

        assertThat(profile.body().referredToAs().in("fr")).contains("la Plénière");
        assertThat(profile.report().leavesOut()).containsExactly(ReportFact.CLOSING);
    }

    @Test
    void refusesAnOfficeNameWithAnotherArgumentThanCountAndGender() {
        assertThatThrownBy(() -> read(GOOD.replace("chair: {en: Chair,", "chair: {en: \"{region} Chair\",")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("demo.yaml:9")
                .hasMessageContaining("body.offices.chair.en").hasMessageContaining("region");
    }

    @Test
    void refusesToLeaveOutAFactAPartReports() {
        assertThatThrownBy(() -> read(GOOD.replace("  wording:", "  leavesOut: [statements]\n  wording:")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("report.leavesOut: 'statements' is reported by a part");
    }
}
