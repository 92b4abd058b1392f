package org.rapporteur.profiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyProfilesTest {

    @Test
    void shipsTheCcmProfileInEnglishAndFrench() {
        BodyProfile ccm = BodyProfiles.load(Optional.empty()).require("ccm");
        assertThat(ccm.languages()).containsExactly("en", "fr");
        assertThat(ccm.body().kind()).isEqualTo(BodyKind.MEETING_OF_STATES_PARTIES);
        assertThat(ccm.body().acronym()).isEqualTo("CCM");
        assertThat(ccm.body().session().in("fr")).contains("Assemblée des États parties");
        assertThat(ccm.report().parts()).extracting(ReportOutline.Part::id)
                .containsExactly("introduction", "organization", "work", "decisions");
        assertThat(ccm.source()).isEqualTo("profiles/ccm.yaml");
    }

    @Test
    void everyShippedProfileFileIsListedAndLoads() throws IOException {
        Path shipped = Path.of("src/main/resources/profiles");
        BodyProfiles profiles = BodyProfiles.load(Optional.empty());
        try (var files = Files.list(shipped)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5))).allSatisfy(id -> assertThat(profiles.byId(id)).isPresent());
        }
    }

    @Test
    void aProfileDroppedIntoTheDirectoryIsUsedWithoutARestart(@TempDir Path dir) throws IOException {
        BodyProfiles profiles = BodyProfiles.load(Optional.of(dir));
        assertThat(profiles.byId("demo")).isEmpty();

        String demo = ccmAs("demo");
        Files.writeString(dir.resolve("demo.yaml"), demo);
        assertThat(profiles.byId("demo")).get().extracting(BodyProfile::id).isEqualTo("demo");
        assertThat(profiles.ids()).contains("ccm", "demo");

        Path file = dir.resolve("demo.yaml");
        Files.writeString(file, demo.replace("acronym: CCM", "acronym: DEMO"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(profiles.require("demo").body().acronym()).isEqualTo("DEMO");
    }

    @Test
    void aDirectoryProfileReplacesTheShippedOneAndABrokenOneSaysWhere(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ccm.yaml"), ccmAs("ccm").replace("acronym: CCM", "acronym: CCM-X"));
        BodyProfiles profiles = BodyProfiles.load(Optional.of(dir));
        assertThat(profiles.require("ccm").body().acronym()).isEqualTo("CCM-X");

        Files.writeString(dir.resolve("broken.yaml"), ccmAs("broken").replace("kind: meeting-of-states-parties", "kind: x"));
        assertThatThrownBy(() -> profiles.byId("broken")).isInstanceOf(ProfileException.class)
                .hasMessageStartingWith(dir.resolve("broken.yaml") + ":6: unknown body kind 'x'");
        assertThat(profiles.require("ccm").body().acronym()).isEqualTo("CCM-X");
        assertThatThrownBy(() -> BodyProfiles.load(Optional.of(dir))).isInstanceOf(ProfileException.class);
    }

    @Test
    void anUnknownProfileOrDirectoryIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> BodyProfiles.load(Optional.empty()).require("nope"))
                .hasMessageContaining("no body profile 'nope' (known: bwc, ccm, cites, ipcc");
        assertThatThrownBy(() -> BodyProfiles.load(Optional.of(dir.resolve("missing"))))
                .hasMessageEndingWith("missing: no such directory of profiles");
    }

    private static String ccmAs(String id) throws IOException {
        try (var in = BodyProfiles.class.getClassLoader().getResourceAsStream("profiles/ccm.yaml")) {
            return new String(in.readAllBytes()).replace("id: ccm", "id: " + id);
        }
    }
}
