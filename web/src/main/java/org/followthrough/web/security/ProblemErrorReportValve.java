package org.followthrough.web.security;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What Tomcat answers by itself, before the app sees a request (a path with an encoded NUL or slash, a request line
 * or headers over the size limit): on the API a problem document like every other refusal, never Tomcat's HTML page
 * with its version number; on pages a plain page without it.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String uri = request.getDecodedRequestURI() == null ? request.getRequestURI() : request.getDecodedRequestURI();
        if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"The request could not be read: its path, query or headers are malformed or too large.\"}");
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone, or the response was already committed: nothing more to say
        }
    }

    /** Puts the valve in place of Tomcat's own. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            // runs after Boot's own customizer, which puts a plain ErrorReportValve on the host: that one goes
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                }
            });
        }
    }
}
