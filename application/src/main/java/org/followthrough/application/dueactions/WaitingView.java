package org.followthrough.application.dueactions;

import org.followthrough.domain.followup.Waiting;

/** A reason to wait with the opportunity it belongs to, as lists show it. */
public record WaitingView(String company, String role, Waiting waiting) {
}
