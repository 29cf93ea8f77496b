package org.followthrough.web.pages;

import org.followthrough.application.settings.Regions;
import org.followthrough.site.forms.Choice;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The regions with holiday data as a select offers them (by name, the list {@code GET /api/v1/regions} gives), for
 * sign-up and settings alike.
 */
@Component
record RegionChoices(Regions regions) {

    /** Every supported region; one stored before its data went away stays choosable as it is ({@code current}). */
    List<Choice> around(String current) {
        List<Choice> choices = new ArrayList<>(regions.supported().stream()
                .map(region -> new Choice(region.code(), region.name() + " (" + region.code() + ")"))
                .sorted(Comparator.comparing(Choice::label))
                .toList());
        if (!current.isEmpty() && choices.stream().noneMatch(choice -> choice.value().equals(current))) {
            choices.addFirst(new Choice(current, current + " (no holiday data)"));
        }
        return choices;
    }

    /**
     * The country the browser's language names ({@code de-DE} → {@code DE}) when it has holiday data, as a first
     * guess at sign-up; empty when there is none to make, and the person chooses.
     */
    String guessFrom(Locale language) {
        String country = language.getCountry();
        return !country.isEmpty() && regions.supported().stream().anyMatch(region -> region.code().equals(country))
                ? country : "";
    }
}
