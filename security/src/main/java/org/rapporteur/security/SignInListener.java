package org.rapporteur.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;

/** Told when someone signs in through the sign-in form, before they are sent on. */
public interface SignInListener {

    void signedIn(HttpServletRequest request, Authentication authentication);
}
