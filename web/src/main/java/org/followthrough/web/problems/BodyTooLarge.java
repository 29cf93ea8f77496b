package org.followthrough.web.problems;

import java.io.IOException;

/** Thrown while a request body is read past its limit ({@code RequestLimits}); answered with 413, wherever it surfaces. */
public final class BodyTooLarge extends IOException {

    public BodyTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }

    /** True when {@code e} is, or was caused by, a body read past its limit. */
    public static boolean in(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
