package org.rapporteur.command.http;

import org.rapporteur.facts.FactLimits;

import java.io.IOException;

/** The request body is over {@link FactLimits#MAX_REQUEST_BYTES}; nothing was read into facts, nothing recorded. */
public class RequestTooLarge extends IOException {

    public RequestTooLarge() {
        super("a request body is at most " + FactLimits.MAX_REQUEST_BYTES + " bytes (1 MB)");
    }
}
