package org.followthrough.web.reminders;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.followthrough.application.reminders.Digest;
import org.followthrough.application.reminders.DigestItem;
import org.followthrough.application.reminders.DigestMailer;
import org.followthrough.site.format.Formats;
import org.followthrough.site.mail.DigestMailView;
import org.followthrough.site.mail.DigestMailWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the digest from its templates (plain text and HTML) and sends it through Spring's {@link JavaMailSender}, with
 * the one-click unsubscribe headers of RFC 2369 and RFC 8058. With no mail server configured it says so once, at start.
 */
@Component
class MailDigestMailer implements DigestMailer {

    private static final Logger log = LoggerFactory.getLogger(MailDigestMailer.class);

    private final @Nullable JavaMailSender sender;
    private final String from;
    private final BaseUrl baseUrl;
    private final Environment environment;
    private final DigestMailWriter writer = new DigestMailWriter();

    MailDigestMailer(ObjectProvider<JavaMailSender> sender, @Value("${followthrough.mail.from:}") String from,
                     @Value("${followthrough.mail.username:}") String username, BaseUrl baseUrl, Environment environment) {
        this.sender = sender.getIfAvailable();
        this.from = !from.isBlank() ? from.strip() : !username.isBlank() && username.contains("@") ? username.strip()
                : "followthrough@localhost";
        this.baseUrl = baseUrl;
        this.environment = environment;
        if (this.sender == null) {
            log.info("Mail is off (FOLLOWTHROUGH_MAIL_HOST is not set): no morning digests will be sent.");
        }
    }

    @Override
    public boolean configured() {
        return sender != null;
    }

    @Override
    public void send(Digest digest) {
        if (sender == null) {
            throw new IllegalStateException("mail is not configured");
        }
        String base = baseUrl.orElse("http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")));
        DigestMailView view = view(digest, base);
        DigestMailWriter.Parts parts = writer.write(view);
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(new InternetAddress(from, "Followthrough", StandardCharsets.UTF_8.name()));
            mail.setTo(new InternetAddress(digest.recipient(), digest.displayName(), StandardCharsets.UTF_8.name()));
            mail.setSubject(parts.subject());
            mail.setText(parts.text(), parts.html());
            message.setHeader("List-Unsubscribe", "<" + view.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("the digest could not be put together", e);
        }
        sender.send(message);
    }

    static DigestMailView view(Digest digest, String base) {
        return new DigestMailView(digest.displayName(), Formats.day(digest.day()), lines(digest.overdue(), base),
                lines(digest.dueToday(), base), base + "/", base + "/settings", base + digest.unsubscribePath());
    }

    private static List<DigestMailView.Line> lines(List<DigestItem> items, String base) {
        return items.stream().map(item -> new DigestMailView.Line(item.action(), item.company(), item.role(),
                item.explanation(), due(item), base + item.path())).toList();
    }

    private static String due(DigestItem item) {
        if (item.dueAt() != null) {
            return Formats.dateTime(item.dueAt().toInstant(), item.dueAt().getZone());
        }
        return item.dueOn() == null ? "" : Formats.day(item.dueOn());
    }
}
