/** The morning digest as e-mail: its model, and its plain-text and HTML parts from jte templates. */
@NullMarked
package org.followthrough.site.mail;

import org.jspecify.annotations.NullMarked;
