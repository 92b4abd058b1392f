package org.rapporteur.query.history;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** No meeting with this id has been projected; answered as a 404 problem. */
public class UnknownMeetingException extends ErrorResponseException {

    public UnknownMeetingException(String meetingId) {
        super(HttpStatus.NOT_FOUND, problem(meetingId), null);
    }

    private static ProblemDetail problem(String meetingId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no meeting with id " + meetingId);
        problem.setType(URI.create("https://rapporteur.dev/problems/unknown-meeting"));
        problem.setTitle("Unknown meeting");
        return problem;
    }
}
