/** What people see: jte templates, the view models they take, and the wording of events in plain words. */
@NullMarked
package org.followthrough.site;

import org.jspecify.annotations.NullMarked;
