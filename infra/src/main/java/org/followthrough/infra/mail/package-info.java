/** Outgoing mail: Spring's JavaMailSender on the SMTP server the environment names, or none. */
@NullMarked
package org.followthrough.infra.mail;

import org.jspecify.annotations.NullMarked;
