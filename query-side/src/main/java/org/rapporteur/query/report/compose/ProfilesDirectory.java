package org.rapporteur.query.report.compose;

import org.rapporteur.profiles.BodyProfiles;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The directory of body profiles as Spring's configuration names it ({@code --rapporteur.profiles.dir=DIR}, an
 * environment variable, application.properties) is the one the report, the timeline and the console read too,
 * as the command side's rules do: one setting for both sides. A directory the JVM was started with stands.
 */
public final class ProfilesDirectory implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(BodyProfiles.DIRECTORY_PROPERTY, "");
        if (!configured.isBlank() && System.getProperty(BodyProfiles.DIRECTORY_PROPERTY, "").isBlank()) {
            System.setProperty(BodyProfiles.DIRECTORY_PROPERTY, configured);
        }
    }
}
