/** The Spring Boot application: REST API, pages, security, error handling. */
@NullMarked
package org.followthrough.web;

import org.jspecify.annotations.NullMarked;
