package org.followthrough.application.settings;

import org.followthrough.domain.shared.CandidateId;

/**
 * A read model computed from a candidate's settings (their calendar and policy numbers) that must show new settings at
 * once: told inside the transaction that changes them, so the very next read already agrees.
 */
public interface SettingsDependent {

    void settingsChanged(CandidateId candidate);
}
