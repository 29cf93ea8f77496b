package org.followthrough.site.settings;

/** One number of the follow-up policy as the settings form shows it: its name, what it means, its default. */
public record PolicyField(String name, String label, String unit, int defaultValue, int min, int max) {
}
