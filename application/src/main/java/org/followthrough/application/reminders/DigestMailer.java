package org.followthrough.application.reminders;

/** Sends a digest as e-mail (a port: the web module writes it from templates and hands it to the SMTP server). */
public interface DigestMailer {

    /** Whether an SMTP server is configured; without one nothing is sent and the settings page says so. */
    boolean configured();

    /** Sends it, or throws: the caller records the failure and tries again later. */
    void send(Digest digest);
}
