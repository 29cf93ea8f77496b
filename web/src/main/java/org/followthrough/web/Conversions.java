package org.followthrough.web;

import org.followthrough.application.timeline.TimelineCursor;
import org.followthrough.domain.shared.Moment;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters of our own types, read where Spring binds them: a moment ("as of" a day or an instant) and a
 * position in the timeline. An empty value is no value; one that cannot be read is a binding error naming its field.
 */
@Configuration(proxyBeanMethods = false)
class Conversions implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Moment.class, text -> text.isBlank() ? null : withinReason(Moment.parse(text)));
        registry.addConverter(String.class, TimelineCursor.class,
                text -> text.isBlank() ? null : TimelineCursor.parse("after", text.strip()));
    }

    /** Far-past and far-future moments (year -999999999) overflow the arithmetic on instants: years 1900–9999 only. */
    static Moment withinReason(Moment moment) {
        int year = moment.day() != null ? moment.day().getYear() : moment.instant().getYear();
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("'" + moment + "' is not between the years 1900 and 9999");
        }
        return moment;
    }
}
