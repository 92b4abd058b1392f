package org.rapporteur.query.history;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A query parameter or header that cannot be understood; answered as a 400 problem. */
public class BadQueryException extends ErrorResponseException {

    public BadQueryException(String detail) {
        super(HttpStatus.BAD_REQUEST, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("https://rapporteur.dev/problems/bad-query"));
        problem.setTitle("Bad query");
        return problem;
    }
}
