package org.rapporteur.standalone;

import org.axonframework.spring.config.MessageHandlerLookup;
import org.axonframework.spring.config.SpringAggregateLookup;
import org.axonframework.spring.config.SpringSagaLookup;
import org.springframework.beans.factory.aot.BeanRegistrationExcludeFilter;
import org.springframework.beans.factory.support.RegisteredBean;

import java.util.Set;

/**
 * Post-processors whose whole work is registering bean definitions, which Spring AOT ({@code -Pcli}) has already
 * written out as code: Axon's look-ups of message handlers, aggregates and sagas (each asks every one of some 600
 * definitions for its annotations, about a tenth of the main thread of a {@code serve} start) and the controllers'
 * laziness. Left out of the ahead-of-time start only; a start without AOT runs them as always.
 */
final class FoundAtBuildTime implements BeanRegistrationExcludeFilter {

    private static final Set<Class<?>> DONE = Set.of(MessageHandlerLookup.class, SpringAggregateLookup.class,
            SpringSagaLookup.class, FirstRequestBeans.class);

    @Override
    public boolean isExcludedFromAotProcessing(RegisteredBean registeredBean) {
        return DONE.contains(registeredBean.getBeanClass());
    }
}
