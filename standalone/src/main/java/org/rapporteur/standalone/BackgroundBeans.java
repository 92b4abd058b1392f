package org.rapporteur.standalone;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;

import java.util.List;

/**
 * Beans that are slow to make and that nothing made before them needs, made on a thread of their own while the main
 * thread makes the rest (Spring's background bootstrap, on Spring Boot's {@code applicationTaskExecutor}); the
 * context is refreshed only once they are made, so a start is as ready as before (docs/benchmarks.md, "serve").
 */
final class BackgroundBeans implements BeanFactoryPostProcessor {

    static final List<String> NAMES = List.of(
            // the security filter chain (the web server's filter only delegates to it, on the first request)
            "org.springframework.security.config.annotation.web.configuration.WebSecurityConfiguration",
            "springSecurityFilterChain",
            // the scenario recorder (and, through it, the command gateway and bus); the console's report formats
            "scenarioRecorder",
            "reportFormats");

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        boolean background = Boolean.parseBoolean(System.getProperty("rapporteur.serve.background", "true"));
        for (String name : NAMES) {
            if (beanFactory.containsBeanDefinition(name)
                    && beanFactory.getBeanDefinition(name) instanceof AbstractBeanDefinition definition) {
                definition.setBackgroundInit(background);
            }
        }
    }
}
