package org.followthrough.web.reminders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where the app is reached from outside, for links in feeds and mails: {@code followthrough.base-url} when set (behind a
 * proxy, or in mail sent with no request at hand), else the address of the current request.
 */
@Component
public class BaseUrl {

    private final String configured;

    BaseUrl(@Value("${followthrough.base-url:}") String configured) {
        this.configured = configured.strip().replaceAll("/+$", "");
    }

    /** During a request. */
    public String ofRequest() {
        return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : configured;
    }

    /** With no request at hand (the digest): the configured address, else {@code fallback}. */
    public String orElse(String fallback) {
        return configured.isEmpty() ? fallback : configured;
    }
}
