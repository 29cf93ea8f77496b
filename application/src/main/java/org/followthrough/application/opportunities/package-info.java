@NullMarked
package org.followthrough.application.opportunities;

import org.jspecify.annotations.NullMarked;
