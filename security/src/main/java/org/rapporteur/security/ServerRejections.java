package org.rapporteur.security;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;

/**
 * Requests the web server refuses before the application sees them (a NUL or an encoded slash in the path, a
 * malformed request line) are answered as problem details too, instead of Tomcat's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ErrorReportValve.class)
class ServerRejections {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsForServerRejections() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's last word on an error no one else answered: a problem without internals. */
    public static class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String detail = status < 500
                    ? "The server could not read this request (such as a NUL or an encoded slash in its path, or a "
                    + "malformed request line or header)"
                    : "The server failed to answer this request; it has been logged";
            try {
                response.setContentType(ProblemAnswers.PROBLEM_JSON);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was taken over: nothing more to say
            }
        }
    }

}
