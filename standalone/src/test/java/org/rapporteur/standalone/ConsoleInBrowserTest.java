package org.rapporteur.standalone;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rapporteur.command.scenario.Scenario;
import org.rapporteur.command.scenario.ScenarioRecorder;
import org.rapporteur.query.report.drafts.ReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A secretary logs the first plenary day of the Twelfth Meeting through the console only, mostly from the keyboard:
 * the draft then equals the report of the same actions from a scenario file. Screenshots under target/screenshots.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleInBrowserTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    ReportService reports;

    private Browser browser;
    private ConsoleSteps console;

    @BeforeEach
    void open(org.junit.jupiter.api.TestInfo test) {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed");
        browser = new Browser(test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("console"));
        console = new ConsoleSteps(browser);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.screenshot("last");
            browser.close();
        }
    }

    @Test
    void aSecretaryLogsAPlenaryDayAndTheDraftEqualsTheScenarioFilesReport() throws Exception {
        browser.driver.get(url("/console"));
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        browser.screenshot("sign-in");
        console.signIn(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD);

        // convene: every field's problem at once, next to the field, and what was typed stays
        console.type("f-id", "ccm-12msp-day");
        new Select(browser.find(By.id("f-profile"))).selectByVisibleText("Convention on Cluster Munitions (CCM)");
        console.type("f-convention-name", "Convention on Cluster Munitions");
        console.type("f-convention-acronym", "CCM");
        console.type("f-convention-meetingsArticle", "11");
        console.type("f-ordinal", "twelve");
        console.type("f-venue-city", "Geneva");
        console.type("f-venue-country", "Switzerland");
        console.date("f-moment-date", "2024-06-14");
        console.date("f-startsOn", "2024-09-10");
        console.date("f-endsOn", "2024-09-13");
        console.submit();
        assertThat(console.error("f-ordinal")).isEqualTo("A whole number, such as 4.");
        assertThat(console.error("f-meetingKind")).isEqualTo("Required.");
        assertThat(console.error("f-symbolPrefix")).isEqualTo("Required.");
        assertThat(browser.find(By.cssSelector("#action-form .problem")).getText()).contains("3 fields need attention");
        assertThat(console.value("f-venue-country")).isEqualTo("Switzerland");
        browser.screenshot("convene-with-problems");
        console.type("f-ordinal", "12");
        console.type("f-meetingKind", "Meeting of States Parties");
        console.type("f-symbolPrefix", "CCM/MSP/2024");
        browser.find(By.cssSelector("#action-form button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.urlContains("/console/meetings/ccm-12msp-day"));
        assertThat(browser.find(By.id("meeting-title")).getText()).contains("Twelfth Meeting of States Parties");
        browser.wait.until(d -> "true".equals(browser.script("return document.body.dataset.connected")));
        browser.script("window.sameDocument = true");

        // before the meeting: the agenda document, the States parties (every State can be picked, in order)
        console.shortcut("u", "document-submitted");
        console.date("f-moment-date", "2024-06-14");
        console.type("f-symbol", "CCM/MSP/2024/1");
        console.type("f-title", "Provisional agenda");
        console.type("f-submittedBy", "the President");
        new Select(browser.find(By.id("f-kind"))).selectByVisibleText("Agenda");
        console.enterIn("f-submittedBy");
        console.recorded("CCM/MSP/2024/1");

        console.shortcut("r", "participants-registered");
        console.date("f-moment-date", "2024-09-10");
        new Select(browser.find(By.id("f-category"))).selectByVisibleText("States parties");
        console.pick("f-states", "Germany", "Iraq", "Italy", "Norway", "Sri Lanka", "Switzerland", "United Kingdom",
                "Malawi", "Peru");
        assertThat(console.chips("f-states")).startsWith("Germany", "Iraq").hasSize(9);
        console.enterIn("f-states");
        console.recorded("Registered");

        // the first plenary session: opened at ten, the meeting opened, the agenda adopted item by item
        console.shortcut("o", "plenary-session-opened");
        assertThat(console.value("f-number")).isEqualTo("1");
        console.date("f-moment-date", "2024-09-10");
        console.date("f-moment-time", "10:00");
        console.enterIn("f-number");
        browser.wait.until(ExpectedConditions.textMatches(By.id("open-session"), Pattern.compile("^1 ")));

        console.choose("meeting-opened");
        assertThat(console.value("f-moment-plenarySession")).as("the open session is the context").isEqualTo("1");
        assertThat(console.value("f-moment-date")).isEqualTo("2024-09-10");
        assertThat(console.value("f-moment-time")).as("now, by default").isNotBlank();
        console.date("f-moment-time", "10:05");
        console.type("f-openedBy-honorific", "Ambassador");
        console.type("f-openedBy-name", "Francisca Elizabeth Méndez Escobar");
        console.type("f-openedBy-state", "Mexico");
        console.type("f-openedBy-pronoun", "her");
        console.enterIn("f-openedBy-pronoun");
        console.recorded("opened");

        console.choose("agenda-adopted");
        console.type("f-documentSymbol", "CCM/MSP/2024/1");
        String[][] items = {{"1", "Official opening of the Meeting"}, {"5", "Election of the Vice-Presidents"},
                {"7", "Consideration of requests submitted under Article 4 of the Convention"},
                {"8", "General exchange of views"}, {"9", "Consideration of the general status and operation of the Convention"}};
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                browser.find(By.id("f-items-add")).click();
            }
            console.type("f-items-" + i + "-number", items[i][0]);
            console.type("f-items-" + i + "-title", items[i][1]);
        }
        browser.screenshot("agenda-form");
        console.enterIn("f-items-4-title");
        browser.wait.until(d -> d.findElements(By.cssSelector("#agenda tr")).size() == 6);

        // the Vice-Presidents: the body's office picked by the name its profile gives it, one row per State elected
        console.shortcut("e", "officers-elected");
        new Select(browser.find(By.id("f-office"))).selectByVisibleText("Vice-President");
        assertThat(new Select(browser.find(By.id("f-mode"))).getFirstSelectedOption().getText()).isEqualTo("by acclamation");
        String[] vicePresidents = {"Sri Lanka", "Switzerland", "United Kingdom of Great Britain and Northern Ireland", "Norway"};
        for (int i = 0; i < vicePresidents.length; i++) {
            if (i > 0) {
                browser.find(By.id("f-elected-add")).click();
            }
            console.type("f-elected-" + i + "-holder-state", vicePresidents[i]);
        }
        browser.screenshot("officers-elected-form");
        console.enterIn("f-elected-3-holder-state");
        console.recorded("Sri Lanka, Switzerland, United Kingdom of Great Britain and Northern Ireland and Norway");

        // item 7: Germany's request to extend its Article 4 deadline, presented and granted
        console.shortcut("t", "agenda-item-taken-up");
        new Select(browser.find(By.id("f-itemNumber"))).selectByValue("7");
        browser.find(By.id("f-itemNumber")).sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBe(By.id("current-item"), "7"));

        console.shortcut("x", "extension-request-presented");
        assertThat(console.value("f-article")).isEqualTo("4");
        console.type("f-state", "Germany");
        console.enterIn("f-state");
        console.recorded("Germany");

        console.shortcut("g", "extension-request-granted");
        console.type("f-state", "Germany");
        console.type("f-years", "5");
        console.date("f-newDeadline", "2030-08-01");
        console.type("f-reporting-items", "progress in clearance\nthe resources it has made available");
        browser.find(By.id("f-keepApprised")).click();
        console.enterIn("f-years");
        console.recorded("granted");

        // item 8: statements, in the order the delegations spoke; taking it up concludes item 7
        console.shortcut("t", "agenda-item-taken-up");
        new Select(browser.find(By.id("f-itemNumber"))).selectByValue("8");
        browser.find(By.id("f-itemNumber")).sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBe(By.id("current-item"), "8"));
        console.shortcut("s", "statements-delivered");
        console.chooseOffered("f-by", "States parties");
        console.chooseOffered("f-by", "observer delegations");
        console.submit();
        console.recorded("Statements");

        // item 9: a work report, a decision of two sentences, coordinators appointed
        console.shortcut("t", "agenda-item-taken-up");
        new Select(browser.find(By.id("f-itemNumber"))).selectByValue("9");
        browser.find(By.id("f-itemNumber")).sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBe(By.id("current-item"), "9"));
        console.shortcut("w", "work-reported");
        console.type("f-topic-name", "Universalization");
        console.pick("f-coordinators", "Malawi", "Peru");
        console.type("f-activities", "to promote the universalization of the Convention on Cluster Munitions");
        console.enterIn("f-activities");
        console.recorded("Universalization");

        console.shortcut("d", "decision-adopted");
        browser.find(By.id("f-citesAgendaItem")).click();
        new Select(browser.find(By.id("f-sentences-0-clauses-0-verb"))).selectByVisibleText("Welcomed");
        console.type("f-sentences-0-clauses-0-text", "the work of the coordinators of the Working Group on Universalization");
        browser.find(By.id("f-sentences-add")).click();
        new Select(browser.find(By.id("f-sentences-1-clauses-0-verb"))).selectByVisibleText("Urged");
        console.type("f-sentences-1-clauses-0-text", "all States not yet party to join  without delay");
        WebElement words = browser.find(By.id("f-sentences-1-clauses-0-text"));
        browser.script("arguments[0].setSelectionRange(33, 33)", words);
        WebElement insertConvention = browser.find(By.cssSelector("button.insert[data-into='f-sentences-1-clauses-0-text'][data-insert='{convention}']"));
        assertThat(insertConvention.getText()).as("the button says what it inserts in words").isEqualTo("the Convention's name");
        insertConvention.click();
        assertThat(console.value("f-sentences-1-clauses-0-text")).isEqualTo("all States not yet party to join {convention} without delay");
        // a mark naming one State: the State is picked by name, the mark holds its code
        browser.script("arguments[0].setSelectionRange(0, 0)", words);
        browser.find(By.cssSelector("button.insert[data-into='f-sentences-1-clauses-0-text'][data-insert='{state:?}']")).click();
        browser.find(By.cssSelector("input.ask-state")).sendKeys("Lao", Keys.ENTER);
        assertThat(console.value("f-sentences-1-clauses-0-text")).startsWith("{state:LAO}all States");
        browser.script("arguments[0].value = arguments[0].value.replace('{state:LAO}', '')", words);
        browser.screenshot("decision-form");
        words.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        console.awaitAnswer();
        console.recorded("Decision adopted");

        console.choose("working-group-coordinators-appointed");
        console.type("f-groups-0-name", "Universalization");
        console.type("f-groups-0-seats-0-state", "Malawi");
        console.type("f-groups-0-seats-0-term-until-ordinal", "13");
        browser.find(By.id("f-groups-0-seats-add")).click();
        console.type("f-groups-0-seats-1-state", "Peru");
        new Select(browser.find(By.id("f-groups-0-seats-1-term-until-kind"))).selectByVisibleText("Review Conference");
        console.type("f-groups-0-seats-1-term-until-ordinal", "3");
        browser.screenshot("coordinators-form");
        console.enterIn("f-groups-0-seats-1-term-until-ordinal");
        console.recorded("Universalization");

        browser.wait.until(d -> console.paragraph("agrees to grant the request").contains("Germany"));
        assertThat(console.paragraph("agrees to grant the request")).contains("1 August 2030");
        browser.screenshot("day-logged");

        // a paragraph's events open beside it
        browser.wait.until(d -> {
            d.findElements(By.cssSelector("#report-panel .paragraph")).stream()
                    .filter(p -> p.getText().contains("Vice-Presidents")).findFirst().orElseThrow().click();
            return true;
        });
        browser.wait.until(d -> d.findElements(By.cssSelector("#report-panel .paragraph-row .sources")).stream()
                .anyMatch(s -> s.getText().contains("elected Vice-President")));

        // the correction: Iraq, not Norway, opened beside its timeline entry
        String election = browser.wait.until(d -> d.findElements(By.cssSelector("#timeline li.entry")).stream()
                .filter(r -> r.getText().contains("elected Vice-President")).findFirst().orElseThrow().getAttribute("id"));
        browser.find(By.cssSelector("#" + election + " button.correct")).click();
        String slot = "#slot-" + election.substring("entry-".length());
        browser.find(By.cssSelector(slot + " form"));
        WebElement fourth = browser.find(By.cssSelector(slot + " #f-elected-3-holder-state"));
        assertThat(fourth.getAttribute("value")).contains("Norway");
        fourth.clear();
        fourth.sendKeys("Iraq");
        browser.find(By.cssSelector(slot + " #f-reason")).sendKeys("Iraq, not Norway, was elected");
        browser.screenshot("correction-beside-its-entry");
        browser.find(By.cssSelector(slot + " #f-reason")).sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(election), "corrected by"));
        browser.wait.until(d -> console.paragraph("Vice-Presidents").contains("Iraq"));
        assertThat(console.paragraph("Vice-Presidents")).doesNotContain("Norway");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(election), "corrected by"));

        console.shortcut("c", "plenary-session-closed");
        assertThat(console.value("f-number")).isEqualTo("1");
        console.enterIn("f-number");
        browser.wait.until(ExpectedConditions.textToBe(By.id("open-session"), "none open"));
        assertThat(browser.text(By.id("timeline"))).doesNotContain("{fn:").doesNotContain("{rc:");
        browser.find(By.id("tab-board")).click();
        assertThat(browser.text(By.id("agenda"))).contains("considered in the first plenary session")
                .doesNotContain("under consideration");
        browser.screenshot("board-after-the-day");
        browser.find(By.id("tab-report")).click();
        assertThat(browser.script("return window.sameDocument === true")).isEqualTo(true);

        // the same day from a scenario file makes the same draft
        Path file = Path.of(getClass().getResource("/console/plenary-day.yaml").toURI());
        new ScenarioRecorder(commands, eventStore).record(Scenario.read(file));
        String fromFile = reports.current("ccm-12msp-file").orElseThrow().markdown();
        String fromConsole = reports.current("ccm-12msp-day").orElseThrow().markdown();
        assertThat(fromConsole).isEqualTo(fromFile);

        // the timeline is searched and filtered; the historian steps back by session and downloads the report then
        browser.find(By.id("timeline-q")).sendKeys("Germany");
        browser.wait.until(ExpectedConditions.textMatches(By.id("timeline-count"), Pattern.compile("^\\d+ of \\d+ entries")));
        assertThat(browser.driver.findElements(By.cssSelector("#timeline li.entry"))).allMatch(e -> e.getText().contains("Germany"));
        browser.screenshot("timeline-searched");

        browser.find(By.id("historian-link")).click();
        browser.find(By.id("at")).sendKeys(Keys.HOME);
        browser.wait.until(ExpectedConditions.textMatches(By.id("as-of-event"), Pattern.compile("^#0 ")));
        assertThat(browser.find(By.id("as-of")).getText()).contains("No agenda adopted yet");
        browser.find(By.xpath("//button[@class='step' and contains(., 'first plenary session')]")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("as-of-event"), "First plenary session opened"));
        long electionSequence = Long.parseLong(election.substring("entry-".length()));
        for (int i = 0; i < 3 && !browser.find(By.id("as-of-event")).getText().startsWith("#" + electionSequence + " "); i++) {
            browser.driver.get(url("/console/meetings/ccm-12msp-day/history?at=" + electionSequence));
        }
        assertThat(browser.find(By.id("officers")).getText()).contains("Norway");
        assertThat(browser.find(By.id("as-of-events")).getText()).contains("corrected by");
        String asOf = browser.find(By.id("as-of-download-md")).getAttribute("href");
        var then = Http.getAs(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD, asOf);
        assertThat(then.statusCode()).isEqualTo(200);
        assertThat(then.body()).contains("and Norway were elected").doesNotContain("and Iraq were elected");
        for (String format : List.of("html", "docx", "pdf", "json")) {
            var download = Http.getAs(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD,
                    browser.find(By.id("as-of-download-" + format)).getAttribute("href"));
            assertThat(download.statusCode()).as(format).isEqualTo(200);
        }
        browser.screenshot("historian-before-the-correction");
    }

    @Test
    void theWholeTwelfthMeetingFitsTheScreenAndItsMainPagesPassAxe() throws URISyntaxException {
        Path twelfth = Path.of("..", "examples", "ccm-12msp.yaml");
        new ScenarioRecorder(commands, eventStore).record(Scenario.read(twelfth), TestUsers.SECRETARY);
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        browser.driver.get(url("/console"));
        console.signIn(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD);
        console.accessible("meetings");
        browser.driver.get(url("/console/meetings/ccm-12msp"));
        browser.find(By.cssSelector("#timeline li.entry"));
        long height = (Long) browser.script("return window.innerHeight");
        assertThat(console.bottom("#action-form button[type=submit]")).as("the form's Record button").isLessThanOrEqualTo(height);
        assertThat(console.bottom("#timeline li.entry:first-child")).as("the newest timeline entry").isLessThanOrEqualTo(height);
        assertThat(browser.find(By.cssSelector("#timeline li.entry:first-child")).getText()).contains("Texts rendered in French");
        browser.screenshot("twelfth-meeting-1366x768");
        console.accessible("meeting");

        WebElement paragraph = browser.find(By.cssSelector("#report-panel .paragraph"));
        paragraph.sendKeys(Keys.ENTER);
        browser.wait.until(d -> !d.findElements(By.cssSelector("#report-panel .paragraph-row .sources")).isEmpty());
        assertThat(console.bottom("#report-panel .paragraph-row .sources")).isLessThanOrEqualTo(height);
        browser.screenshot("twelfth-meeting-paragraph-sources");

        browser.driver.get(url("/console/meetings/ccm-12msp/history?at=120"));
        browser.find(By.id("as-of-event"));
        browser.screenshot("twelfth-meeting-historian");
        console.accessible("historian");
    }

    @Test
    void aSessionOfAnotherBodyShowsInThatBodysTerms() {
        Path ipcc = Path.of("..", "examples", "ipcc-42.yaml");
        new ScenarioRecorder(commands, eventStore).record(Scenario.read(ipcc), TestUsers.SECRETARY);
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        browser.driver.get(url("/console"));
        console.signIn(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD);
        assertThat(browser.text(By.id("meetings"))).contains("Forty-second Session of the IPCC").contains("5–8 October 2015")
                .contains("Intergovernmental Panel on Climate Change");
        browser.driver.get(url("/console/meetings/ipcc-42"));
        assertThat(browser.text(By.id("meeting-title"))).isEqualTo("Forty-second Session of the IPCC");
        browser.find(By.cssSelector("#timeline li.entry"));
        browser.screenshot("ipcc-session");
        String seen = browser.text(By.id("context")) + browser.text(By.id("timeline")) + browser.text(By.id("report-panel"));
        assertThat(seen).doesNotContainIgnoringCase("States parties").doesNotContain("Meeting of States");

        // the session has closed: the Record list offers only what a closed meeting still records, and opens on it
        assertThat(browser.driver.findElements(By.cssSelector("#kind option"))).extracting(e -> e.getAttribute("value"))
                .containsExactly("texts-translated");
        browser.find(By.cssSelector("#action-form form[data-kind='texts-translated']"));

        // its offices, participation categories and sessions are offered by the names the IPCC gives them
        openForm("ipcc-42", "officers-elected");
        assertThat(console.options("f-office")).contains("IPCC Vice-Chair", "Co-Chair of Working Group I")
                .doesNotContain("Vice-President");
        browser.screenshot("ipcc-officers-elected-form");
        openForm("ipcc-42", "participants-admitted");
        assertThat(console.options("f-category")).contains("member countries", "observer organizations");
        openForm("ipcc-42", "next-session-decided");
        assertThat(console.options("f-session-kind")).contains("Session of the IPCC").doesNotContain("Review Conference");
        browser.find(By.id("tab-board")).click();
        assertThat(browser.text(By.id("officers"))).contains("IPCC Chair").contains("Hoesung Lee")
                .contains("IPCC Chair (acting)").doesNotContain("Vice-Presidents");
        browser.screenshot("ipcc-board");
        console.accessible("ipcc-session");
    }

    /** The meeting's page opened on the form of a kind (as a link to it would open it). */
    private void openForm(String meetingId, String kind) {
        browser.driver.get(url("/console/meetings/" + meetingId + "?kind=" + kind));
        browser.find(By.cssSelector("#action-form form[data-kind='" + kind + "']"));
    }

    @Test
    void aReaderSeesTheMeetingWithoutTheRecordingForms() {
        Http.post(url("/api/meetings"), Http.TWELFTH_MEETING.replace("ccm-12msp", "ccm-11msp"));

        browser.driver.get(url("/console/meetings/ccm-11msp"));
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        console.accessible("sign-in");
        console.signIn(TestUsers.READER, TestUsers.READER_PASSWORD);
        browser.wait.until(ExpectedConditions.urlContains("/console/meetings/ccm-11msp"));
        browser.find(By.id("timeline"));
        assertThat(browser.driver.findElements(By.id("action-form"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("button.correct"))).isEmpty();
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name="_csrf"]').content;
                const form = new URLSearchParams({_kind: 'plenary-session-opened', commandId: 'reader-try',
                    'moment.date': '2024-09-10', 'moment.plenarySession': '1', number: '1'});
                fetch('/console/meetings/ccm-11msp/actions', {method: 'POST', body: form,
                    headers: {'X-CSRF-TOKEN': token}, redirect: 'manual'}).then(r => done(r.status));
                """);
        assertThat(status).isEqualTo(403L);
        assertThat(Http.postAs(TestUsers.READER, TestUsers.READER_PASSWORD, url("/api/meetings"),
                Http.TWELFTH_MEETING.replace("ccm-12msp", "ccm-10msp")).statusCode()).isEqualTo(403);
        browser.screenshot("reader");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
