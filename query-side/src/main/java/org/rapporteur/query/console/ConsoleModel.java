package org.rapporteur.query.console;

import org.rapporteur.security.AccessProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in and whether they may record, for every console page. */
@ControllerAdvice(assignableTypes = {ConsoleController.class, CorrectionsController.class, HistorianController.class,
        RootController.class})
class ConsoleModel {

    private final AccessProperties access;

    ConsoleModel(AccessProperties access) {
        this.access = access;
    }

    @ModelAttribute("user")
    String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication.getName();
    }

    @ModelAttribute("allStates")
    java.util.List<FormField.Option> allStates() {
        return StateNames.options();
    }

    @ModelAttribute("canRecord")
    boolean canRecord() {
        if (!access.enabled()) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_SECRETARIAT"));
    }
}
