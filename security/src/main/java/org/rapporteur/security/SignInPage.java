package org.rapporteur.security;

/** A bean of this type serves its own sign-in page at GET /login (the console's); without one, Spring Security's is used. */
public interface SignInPage {
}
