package org.rapporteur.query.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;

/** The report downloads the console offers: those the query side's report endpoint serves. */
@Component
@ConditionalOnWebApplication
class ReportFormats {

    static final List<String> ALL = List.of("md", "html", "docx", "pdf", "json");

    private final RequestMappingHandlerMapping mappings;
    private volatile List<String> formats = List.of();

    ReportFormats(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @EventListener(ContextRefreshedEvent.class)
    void look() {
        boolean served = mappings.getHandlerMethods().keySet().stream().anyMatch(info ->
                info.getPatternValues().stream().anyMatch(p -> p.matches("/api/meetings/\\{[^}]+}/report"))
                        && (info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET)));
        formats = served ? ALL : List.of();
    }

    List<String> formats() {
        return formats;
    }
}
