package org.followthrough.web.problems;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What Tomcat refuses itself, before the app sees the request (a request line or header too long, a path that is not
 * valid UTF-8 or holds NUL), is answered as a problem document on the API instead of Tomcat's HTML page.
 */
@Component
record TomcatProblems(Problems problems) implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null) {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve.getClass() == ErrorReportValve.class) {
                        host.getPipeline().removeValve(valve);
                        ProblemValve report = new ProblemValve(problems);
                        report.setShowReport(false);
                        report.setShowServerInfo(false);
                        host.getPipeline().addValve(report);
                    }
                }
            }
        }));
    }

    /** Tomcat's error report, as {@code application/problem+json} for the API and for callers that do not want HTML. */
    static class ProblemValve extends ErrorReportValve {

        private final Problems problems;

        ProblemValve(Problems problems) {
            this.problems = problems;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (!Problems.wantsProblem(request.getRequestURI(), request.getHeader("Accept")) || status < 400
                    || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            ProblemDetail problem = known == null
                    ? ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), "The request could not be handled.")
                    : Problems.of(known);
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(problems.text(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was already started: nothing more to say
            }
        }
    }
}
