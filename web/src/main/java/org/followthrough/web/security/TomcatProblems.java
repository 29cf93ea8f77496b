package org.followthrough.web.security;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;

/**
 * What Tomcat refuses itself, before the app sees the request (a request line or header too long, a path that is not
 * valid UTF-8 or holds NUL), is answered as a problem document on the API instead of Tomcat's HTML page.
 */
@Component
class TomcatProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null) {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve.getClass() == ErrorReportValve.class) {
                        host.getPipeline().removeValve(valve);
                        ProblemValve problems = new ProblemValve();
                        problems.setShowReport(false);
                        problems.setShowServerInfo(false);
                        host.getPipeline().addValve(problems);
                    }
                }
            }
        }));
    }

    /** Tomcat's error report, as {@code application/problem+json} for the API and for callers that do not want HTML. */
    static class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = request.getRequestURI();
            String accept = request.getHeader("Accept");
            boolean problem = uri == null || uri.startsWith("/api") || uri.startsWith("/v3/")
                    || (accept != null && !accept.contains("text/html") && !accept.contains("*/*"));
            if (!problem || status < 400 || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String detail = known == null ? "The request could not be handled." : Problems.detail(known);
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("utf-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was already started: nothing more to say
            }
        }
    }
}
