package org.rapporteur.standalone;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;

/**
 * The web controllers (the console's pages, the API, the OpenAPI document) are made by the first request that needs
 * them, not at start-up: health and the sign-in page come up without them (docs/benchmarks.md, "serve: what
 * start-up costs"). Spring MVC maps a lazy controller by its type and creates it on its first request; the beans a
 * controller shares with the rest of the application (the store, the command gateway, the projections) are made at
 * start-up as before. With Spring AOT ({@code -Pcli}) the flags are fixed at build time, as the other definitions are.
 */
final class FirstRequestBeans implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (!definition.isSingleton() || definition.isAbstract()) {
                continue;
            }
            // the type from the definition alone (a factory method's return type): nothing is created here
            Class<?> type = beanFactory.getType(name, false);
            if (type != null && AnnotatedElementUtils.hasAnnotation(type, Controller.class)) {
                definition.setLazyInit(true);
            }
        }
    }
}
