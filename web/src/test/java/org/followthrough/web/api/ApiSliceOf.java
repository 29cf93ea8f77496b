package org.followthrough.web.api;

import org.followthrough.web.ControllerSlice;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A slice test of API controllers ({@link ControllerSlice}, with what the API adds: {@link ApiSlice}): their HTTP
 * mapping alone, the use cases mocked, problem+json as the app writes it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ControllerSlice({})
@Import(ApiSlice.class)
@interface ApiSliceOf {

    /** The controllers under test. */
    @AliasFor(annotation = ControllerSlice.class, attribute = "value")
    Class<?>[] value();
}
