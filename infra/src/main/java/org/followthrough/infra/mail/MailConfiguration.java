package org.followthrough.infra.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A {@link JavaMailSender} for the SMTP server named by {@code FOLLOWTHROUGH_MAIL_HOST} (and {@code _PORT},
 * {@code _USERNAME}, {@code _PASSWORD}, {@code _STARTTLS}); with no host there is no sender and nothing is mailed.
 * STARTTLS is required unless turned off, so credentials never cross the network in the clear by accident.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnExpression("!'${followthrough.mail.host:}'.isBlank()")
    JavaMailSender mailSender(@Value("${followthrough.mail.host}") String host,
                              @Value("${followthrough.mail.port:587}") int port,
                              @Value("${followthrough.mail.username:}") String username,
                              @Value("${followthrough.mail.password:}") String password,
                              @Value("${followthrough.mail.starttls:true}") boolean starttls,
                              @Value("${followthrough.mail.timeout-ms:10000}") int timeoutMillis) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host.strip());
        sender.setPort(port);
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        if (!username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", String.valueOf(!username.isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        return sender;
    }
}
