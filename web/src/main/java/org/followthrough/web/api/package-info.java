@NullMarked
package org.followthrough.web.api;

import org.jspecify.annotations.NullMarked;
