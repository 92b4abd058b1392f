package org.rapporteur.query.console;

import org.rapporteur.security.SignInPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, in the console's style (Spring Security handles what it posts). */
@Controller
@ConditionalOnWebApplication
class SignInController implements SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "console/login";
    }
}
