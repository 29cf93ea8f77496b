package org.followthrough.web.api;

import org.followthrough.web.security.Problems;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A slice test of API controllers: their HTTP mapping alone, the use cases mocked, problem+json as the app writes
 * it. A datasource URL keeps the embedded PostgreSQL from starting: a slice has no database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none")
@Import({ApiSlice.class, Problems.class})
@interface ApiSliceOf {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
