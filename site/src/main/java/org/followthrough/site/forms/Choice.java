package org.followthrough.site.forms;

/** One option of a select or a set of radio buttons: the value sent and the words shown. */
public record Choice(String value, String label) {
}
