package org.followthrough.application.dueactions;

import org.followthrough.domain.followup.DueAction;

/** A due action with the opportunity it belongs to, as lists show it. */
public record DueActionView(String company, String role, DueAction action) {
}
