/**
 * Problem documents ({@code application/problem+json}, RFC 9457): what each kind says and how it is written, for the
 * API's exceptions, the security layer, the filters and what Tomcat refuses by itself.
 */
@NullMarked
package org.followthrough.web.problems;

import org.jspecify.annotations.NullMarked;
