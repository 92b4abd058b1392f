package org.rapporteur.standalone;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a secretary does in the console, each step waiting for htmx to have swapped in the server's answer. */
final class ConsoleSteps {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final Browser browser;

    ConsoleSteps(Browser browser) {
        this.browser = browser;
    }

    void signIn(String user, String password) {
        browser.find(By.id("username")).sendKeys(user);
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Picks a kind of action by its keyboard shortcut (Alt + key). */
    void shortcut(String key, String kind) {
        new Actions(browser.driver).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
        browser.find(By.cssSelector("#action-form form[data-kind='" + kind + "']"));
    }

    void choose(String kind) {
        new Select(browser.find(By.id("kind"))).selectByValue(kind);
        browser.find(By.cssSelector("#action-form form[data-kind='" + kind + "']"));
    }

    /** Clicks Record and waits until the server's answer has replaced the form. */
    void submit() {
        WebElement form = browser.find(By.cssSelector("#action-form form"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.stalenessOf(form));
        browser.find(By.cssSelector("#action-form form"));
    }

    /** Presses Enter in a field (Enter records) and waits for the answer. */
    void enterIn(String id) {
        WebElement form = browser.find(By.cssSelector("#action-form form"));
        browser.find(By.id(id)).sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.stalenessOf(form));
        browser.find(By.cssSelector("#action-form form"));
    }

    /** Waits for the answer to a submission made from the keyboard. */
    void awaitAnswer() {
        browser.wait.until(d -> !d.findElements(By.cssSelector("#action-form .recorded, #action-form .problem")).isEmpty());
    }

    void recorded(String words) {
        try {
            awaitRecorded(words);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-waiting-for-" + words.replaceAll("[^A-Za-z0-9]+", "-"));
            throw e;
        }
    }

    private void awaitRecorded(String words) {
        browser.wait.until(d -> {
            List<WebElement> problems = d.findElements(By.cssSelector("#action-form .problem"));
            assertThat(problems).as(() -> problems.isEmpty() ? "" : problems.get(0).getText()
                    + " " + d.findElements(By.cssSelector("#action-form .error")).stream().map(WebElement::getText).toList()).isEmpty();
            return d.findElement(By.cssSelector("#action-form .recorded")).getText().contains(words);
        });
    }

    void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void date(String id, String iso) {
        browser.script("arguments[0].value = arguments[1]", browser.find(By.id(id)), iso);
    }

    /** The labels a choice offers, the empty choice left out. */
    List<String> options(String id) {
        return new Select(browser.find(By.id(id))).getOptions().stream().map(WebElement::getText)
                .filter(text -> !text.equals("—")).toList();
    }

    String value(String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    String error(String fieldId) {
        return browser.find(By.id(fieldId + "-error")).getText();
    }

    /** Types each name into a picker and presses Enter, as a secretary picks States in order. */
    void pick(String id, String... names) {
        WebElement input = browser.find(By.id(id));
        for (String name : names) {
            input.sendKeys(name, Keys.ENTER);
        }
    }

    void chooseOffered(String id, String label) {
        WebElement picker = browser.find(By.id(id)).findElement(By.xpath("./ancestor::div[contains(@class,'picker')]"));
        picker.findElements(By.cssSelector("button.choose")).stream().filter(b -> b.getText().equals("+ " + label))
                .findFirst().orElseThrow().click();
    }

    /** The chips of a picker (by its input's id, or a CSS selector of the picker), in order. */
    List<String> chips(String idOrSelector) {
        String selector = idOrSelector.startsWith("f-")
                ? "#" + idOrSelector + ":not(.x), .picker:has(#" + idOrSelector + ")" : idOrSelector;
        WebElement picker = browser.find(By.cssSelector(idOrSelector.startsWith("f-") ? ".picker:has(#" + idOrSelector + ")" : selector));
        return picker.findElements(By.cssSelector(".chip span")).stream().map(WebElement::getText).toList();
    }

    /** The text of the first draft paragraph containing {@code words}, or "" while there is none. */
    String paragraph(String words) {
        try {
            return browser.driver.findElements(By.cssSelector("#report-panel .paragraph")).stream()
                    .map(WebElement::getText).filter(text -> text.contains(words)).findFirst().orElse("");
        } catch (StaleElementReferenceException swappedMeanwhile) {
            return "";
        }
    }

    /** Where an element's bottom edge is, from the top of the viewport. */
    long bottom(String selector) {
        Object bottom = browser.script("return Math.ceil(arguments[0].getBoundingClientRect().bottom)",
                browser.find(By.cssSelector(selector)));
        return ((Number) bottom).longValue();
    }

    /** axe-core finds no serious or critical violation on the page; the page's screenshot is kept. */
    @SuppressWarnings("unchecked")
    void accessible(String page) {
        browser.script(axe());
        Object result = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        browser.screenshot("axe-" + page);
        assertThat(violations).as("serious accessibility violations on the %s page", page).isEmpty();
    }

    private static String axe() {
        try (InputStream in = ConsoleSteps.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException(AXE + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
