@NullMarked
package org.followthrough.web.security;

import org.jspecify.annotations.NullMarked;
