@NullMarked
package org.followthrough.application.settings;

import org.jspecify.annotations.NullMarked;
