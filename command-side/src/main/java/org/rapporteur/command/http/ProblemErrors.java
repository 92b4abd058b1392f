package org.rapporteur.command.http;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What the servlet container answers for errors outside the controllers (an unknown path, a filter's refusal, a body
 * it cannot parse): a problem detail, or a short page for a browser, never the exception or its message.
 */
@RestController
@Hidden
class ProblemErrors implements ErrorController {

    @RequestMapping(value = "${server.error.path:${error.path:/error}}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        HttpStatus status = status(request);
        String title = HtmlUtils.htmlEscape(status.value() + " " + status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><title>" + title + "</title><h1>" + title + "</h1><p><a href=\"/\">Rapporteur</a></p>");
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = CommandProblems.problem(status, "http-" + status.value(), status.getReasonPhrase(),
                status.is5xxServerError() ? "the request could not be handled; the server log has the details"
                        : "the request was refused: " + status.getReasonPhrase().toLowerCase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
