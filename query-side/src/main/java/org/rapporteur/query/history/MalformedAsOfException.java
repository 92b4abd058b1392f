package org.rapporteur.query.history;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** An {@code asOf} that is neither a sequence number, a meeting date(-time) nor a logging instant; answered as a 400 problem. */
public class MalformedAsOfException extends ErrorResponseException {

    public MalformedAsOfException(String asOf) {
        super(HttpStatus.BAD_REQUEST, problem(asOf), null);
    }

    private static ProblemDetail problem(String asOf) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "asOf '" + asOf + "' is not a sequence number (42), a meeting date-time (2024-09-10T10:30), "
                        + "a meeting date (2024-09-10) or a logging instant (2024-09-10T08:31:07Z)");
        problem.setType(URI.create("https://rapporteur.dev/problems/malformed-as-of"));
        problem.setTitle("Malformed asOf");
        return problem;
    }
}
