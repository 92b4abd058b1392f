package org.rapporteur.standalone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The secretariat logs a plenary in a real browser, watches the draft report, corrects, and replays as a historian. */
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

    private Browser browser;

    @BeforeEach
    void open(org.junit.jupiter.api.TestInfo test) {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed");
        browser = new Browser(test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("console"));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSecretariatLogsAPlenaryAndTheHistorianReplaysIt() {
        browser.driver.get(url("/console"));
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        browser.screenshot("sign-in");
        signIn(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD);
        assertThat(browser.find(By.id("signed-in-user")).getText()).isEqualTo(TestUsers.SECRETARY);

        // convene: the server's message appears next to the field, and what was typed stays
        type("f-id", "ccm-12msp");
        type("f-profile", "ccm");
        type("f-convention-name", "Convention on Cluster Munitions");
        type("f-convention-acronym", "CCM");
        type("f-convention-meetingsArticle", "11");
        type("f-ordinal", "twelve");
        type("f-meetingKind", "Meeting of States Parties");
        type("f-venue-city", "Geneva");
        type("f-venue-country", "Switzerland");
        date("f-moment-date", "2023-09-14");
        date("f-startsOn", "2024-09-10");
        date("f-endsOn", "2024-09-13");
        submit();
        assertThat(browser.find(By.id("f-ordinal-error")).getText()).isNotBlank();
        assertThat(browser.find(By.id("f-symbolPrefix-error")).getText()).contains("blank");
        assertThat(browser.find(By.id("f-venue-city")).getAttribute("value")).isEqualTo("Geneva");
        assertThat(browser.find(By.id("f-ordinal")).getAttribute("value")).isEqualTo("twelve");
        browser.screenshot("convene-with-errors");
        type("f-ordinal", "12");
        type("f-symbolPrefix", "CCM/MSP/2024");
        browser.find(By.cssSelector("#action-form button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.urlContains("/console/meetings/ccm-12msp"));
        assertThat(browser.find(By.id("meeting-title")).getText()).contains("Twelfth Meeting of States Parties");
        browser.wait.until(d -> "true".equals(browser.script("return document.body.dataset.connected")));
        browser.script("window.sameDocument = true");

        // open the first plenary session; the agenda is adopted in it
        choose("plenary-session-opened");
        assertThat(value("f-number")).isEqualTo("1");
        date("f-moment-date", "2024-09-10");
        submit();
        browser.wait.until(ExpectedConditions.textMatches(By.id("open-session"), java.util.regex.Pattern.compile("^1 ")));

        choose("agenda-adopted");
        assertThat(value("f-moment-plenarySession")).as("the open session is the context").isEqualTo("1");
        assertThat(value("f-moment-date")).isEqualTo("2024-09-10");
        type("f-documentSymbol", "CCM/MSP/2024/1");
        type("f-items", "1 | Opening of the Meeting\n2 | Election of the President\n5 | Election of the Vice-Presidents");
        submit();
        browser.wait.until(d -> d.findElements(By.cssSelector("#agenda tr")).size() == 3);

        choose("participants-registered");
        new Select(browser.find(By.id("f-category"))).selectByValue("STATE_PARTY");
        Select states = new Select(browser.find(By.id("f-states")));
        for (String state : List.of("Germany", "Iraq", "Italy", "Norway", "Philippines")) {
            states.selectByVisibleText(state);
        }
        submit();

        choose("vice-presidents-elected");
        Select candidates = new Select(browser.find(By.id("f-states")));
        assertThat(candidates.getOptions()).as("States are picked from the participants").hasSize(5);
        candidates.selectByVisibleText("Iraq");
        candidates.selectByVisibleText("Norway");
        new Select(browser.find(By.id("f-method"))).selectByValue("ACCLAMATION");
        submit();
        assertThat(browser.find(By.cssSelector("#action-form .recorded")).getText()).contains("Iraq, Norway");

        // Germany's request to extend its Article 4 deadline is presented, then granted
        choose("extension-request-presented");
        new Select(browser.find(By.id("f-state"))).selectByVisibleText("Germany");
        type("f-article", "4");
        submit();
        assertThat(browser.find(By.cssSelector("#action-form .recorded")).getText()).contains("Germany");
        choose("extension-request-granted");
        new Select(browser.find(By.id("f-state"))).selectByVisibleText("Germany");
        type("f-article", "4");
        type("f-years", "5");
        date("f-newDeadline", "2030-08-01");
        type("f-reporting-items", "progress in clearance\nthe resources it has made available");
        submit();
        assertThat(browser.find(By.cssSelector("#action-form .recorded")).getText()).contains("Extension request granted");

        // the preview has gained those paragraphs, without a reload
        browser.wait.until(d -> paragraph("Vice-Presidents").contains("Iraq and Norway"));
        browser.wait.until(d -> paragraph("agrees to grant the request").contains("Germany"));
        assertThat(paragraph("agrees to grant the request")).contains("1 August 2030");
        assertThat(browser.script("return window.sameDocument === true")).isEqualTo(true);

        // an action logged by someone else arrives over the stream
        var submitted = Http.post(url("/api/meetings/ccm-12msp/documents"), """
                {"kind": "document-submitted", "facts": {"symbol": "CCM/MSP/2024/WP.1",
                 "title": "Working paper on victim assistance", "submittedBy": "Norway", "kind": "WORKING_PAPER"}}
                """);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        browser.wait.until(d -> browser.find(By.id("documents")).getText().contains("CCM/MSP/2024/WP.1"));
        browser.wait.until(d -> previewText().contains("CCM/MSP/2024/WP.1"));
        browser.screenshot("actions-logged");

        // a paragraph shows the events it came from
        browser.wait.until(d -> {
            d.findElements(By.cssSelector("#report-panel .paragraph")).stream()
                    .filter(p -> p.getText().contains("Vice-Presidents")).findFirst().orElseThrow().click();
            return true;
        });
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources"), "Vice presidents elected"));

        // correct the election: Italy, not Norway
        String electionRow = browser.wait.until(d -> d.findElements(By.cssSelector("#timeline tr")).stream()
                .filter(r -> r.getText().contains("Vice presidents elected")).findFirst().orElseThrow().getAttribute("id"));
        browser.wait.until(d -> {
            d.findElement(By.cssSelector("#" + electionRow + " button.correct")).click();
            return true;
        });
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#action-form h3"), "Correct"));
        Select corrected = new Select(browser.find(By.id("f-states")));
        assertThat(corrected.getAllSelectedOptions()).extracting(WebElement::getText).containsExactly("Iraq", "Norway");
        corrected.deselectByVisibleText("Norway");
        corrected.selectByVisibleText("Italy");
        type("f-reason", "Italy, not Norway, was elected");
        submit();
        browser.wait.until(d -> paragraph("Vice-Presidents").contains("Iraq and Italy"));
        assertThat(paragraph("Vice-Presidents")).doesNotContain("Norway");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(electionRow), "corrected by"));
        browser.screenshot("corrected");
        assertThat(browser.script("return window.sameDocument === true")).isEqualTo(true);

        // the report downloads in each format
        for (String format : List.of("md", "html", "docx", "pdf", "json")) {
            String href = browser.find(By.id("download-" + format)).getAttribute("href");
            var download = Http.getAs(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD, href);
            assertThat(download.statusCode()).as(href).isEqualTo(200);
            assertThat(download.body()).as(href).isNotEmpty();
        }

        // the historian moves the slider back
        browser.find(By.id("historian-link")).click();
        WebElement slider = browser.find(By.id("at"));
        slider.sendKeys(Keys.HOME);
        browser.wait.until(ExpectedConditions.textMatches(By.id("as-of-event"), java.util.regex.Pattern.compile("^#0 ")));
        assertThat(browser.find(By.id("as-of")).getText()).contains("No agenda adopted yet");
        long electionSequence = Long.parseLong(electionRow.substring("entry-".length()));
        for (long i = 0; i < electionSequence; i++) {
            browser.find(By.id("at")).sendKeys(Keys.ARROW_RIGHT);
        }
        browser.wait.until(ExpectedConditions.textMatches(By.id("as-of-event"),
                java.util.regex.Pattern.compile("^#" + electionSequence + " ")));
        assertThat(browser.find(By.id("officers")).getText()).contains("Iraq, Norway");
        assertThat(browser.find(By.id("as-of")).getText()).contains("Opening of the Meeting");
        assertThat(browser.find(By.id("report")).getText()).contains("Iraq and Norway").doesNotContain("Iraq and Italy");
        browser.screenshot("historian-before-the-correction");
        browser.find(By.id("at")).sendKeys(Keys.END);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("officers"), "Iraq, Italy"));
        browser.screenshot("historian-now");
    }

    @Test
    void aReaderCannotRecordAndAnAnonymousVisitorIsSentToSignIn() {
        Http.post(url("/api/meetings"), Http.TWELFTH_MEETING.replace("ccm-12msp", "ccm-11msp"));

        browser.driver.get(url("/console/meetings/ccm-11msp"));
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        signIn(TestUsers.READER, TestUsers.READER_PASSWORD);
        browser.wait.until(ExpectedConditions.urlContains("/console/meetings/ccm-11msp"));
        assertThat(browser.find(By.cssSelector("#action-form button[type=submit]")).isEnabled()).isFalse();
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

    private void signIn(String user, String password) {
        browser.find(By.id("username")).sendKeys(user);
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void choose(String kind) {
        new Select(browser.find(By.id("kind"))).selectByValue(kind);
        browser.find(By.cssSelector("#action-form form[data-kind='" + kind + "']"));
    }

    /** Submits the form and waits until the server's answer has replaced it. */
    private void submit() {
        WebElement form = browser.find(By.cssSelector("#action-form form"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.stalenessOf(form));
        browser.find(By.cssSelector("#action-form form"));
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void date(String id, String isoDate) {
        browser.script("arguments[0].value = arguments[1]", browser.find(By.id(id)), isoDate);
    }

    private String value(String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    /** The text of the first draft paragraph containing {@code words}, or "" while there is none. */
    private String paragraph(String words) {
        try {
            return browser.driver.findElements(By.cssSelector("#report-panel .paragraph")).stream()
                    .map(WebElement::getText).filter(text -> text.contains(words)).findFirst().orElse("");
        } catch (org.openqa.selenium.StaleElementReferenceException swappedMeanwhile) {
            return "";
        }
    }

    private String previewText() {
        return browser.find(By.id("report-panel")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
