package org.followthrough.site.layout;

import org.jspecify.annotations.Nullable;

/** What every page needs: who is looking (if anyone) and the CSRF token its forms must carry. */
public record PageContext(@Nullable Viewer viewer, Csrf csrf) {

    /** The signed-in person, as the header greets them. */
    public record Viewer(String displayName, String role) {

        public boolean isCandidate() {
            return "CANDIDATE".equals(role);
        }

        public boolean isCoach() {
            return "COACH".equals(role);
        }
    }

    /** The hidden form field that proves a form came from our own page. */
    public record Csrf(String parameterName, String token) {
    }

    public boolean signedIn() {
        return viewer != null;
    }
}
