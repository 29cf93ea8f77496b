package org.followthrough.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;

/** jte engines for the templates precompiled into this module. */
public final class PrecompiledTemplates {

    /** The package jte precompiles the HTML templates of {@code src/main/jte} into (its default). */
    public static final String HTML = "gg.jte.generated.precompiled";
    /** The package the plain-text templates of {@code src/main/jte-plain} are precompiled into. */
    public static final String PLAIN = "gg.jte.generated.plain";

    private PrecompiledTemplates() {
    }

    /**
     * An engine for the templates precompiled into {@code templatePackage}. Without a class directory, jte loads them
     * through the context class loader of the thread that creates the engine; it is pinned to this module's for the
     * creation, or a pool thread in a packaged app would not find the template classes.
     */
    public static TemplateEngine engine(ContentType contentType, String templatePackage) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PrecompiledTemplates.class.getClassLoader());
        try {
            return TemplateEngine.createPrecompiled(null, contentType, null, templatePackage);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
