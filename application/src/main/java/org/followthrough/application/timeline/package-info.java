@NullMarked
package org.followthrough.application.timeline;

import org.jspecify.annotations.NullMarked;
