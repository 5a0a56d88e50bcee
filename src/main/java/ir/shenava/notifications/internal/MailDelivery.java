package ir.shenava.notifications.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import ir.shenava.branding.BrandView;
import ir.shenava.branding.Branding;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What every mail the system writes shares: an HTML body from a template under
 * {@code mail/} in the reader's language (Persian right to left unless the complainant wrote in
 * English) with a plain-text twin, our sender name, headers that mark it automatic, and links
 * to the public site. A send that fails throws, so the listener's event publication stays
 * incomplete and is resubmitted; without a configured mail server nothing is sent (said once).
 */
@Component
public class MailDelivery {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    /**
     * One mail. {@code messageId} is the local part of the Message-ID; {@code references} (may be
     * null) the local part of the message it follows, so mail programs thread them and a reply
     * names the complaint even when its subject lost the tracking code.
     */
    public record Outgoing(String to, String subject, String template, Map<String, Object> variables, String text,
                           String messageId, String references, boolean autoReply, String replyTo, Locale locale) {

        public Outgoing {
            locale = locale == null ? PERSIAN : locale;
        }

        /** A Persian mail (the staff's). */
        public Outgoing(String to, String subject, String template, Map<String, Object> variables, String text,
                        String messageId, String references, boolean autoReply, String replyTo) {
            this(to, subject, template, variables, text, messageId, references, autoReply, replyTo, PERSIAN);
        }

        /** A mail nobody is asked to answer: no Reply-To. */
        public Outgoing(String to, String subject, String template, Map<String, Object> variables, String text,
                        String messageId, String references, boolean autoReply) {
            this(to, subject, template, variables, text, messageId, references, autoReply, null, PERSIAN);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Branding branding;
    private final String mailHost;
    private final String from;
    private final String publicUrl;
    private final AtomicBoolean toldNoMailServer = new AtomicBoolean();

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, ITemplateEngine templates, MessageSource messages, Branding branding,
                 @Value("${spring.mail.host:}") String mailHost,
                 @Value("${shenava.mail.from:no-reply@shenava.local}") String from,
                 @Value("${shenava.public-url:http://localhost:8080}") String publicUrl) {
        this.mailSender = mailSender;
        this.templates = templates;
        this.messages = messages;
        this.branding = branding;
        this.mailHost = mailHost;
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** An absolute address on the public site, e.g. {@code link("/track")}. */
    public String link(String path) {
        return publicUrl + path;
    }

    /** A Persian text from the message bundles. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, PERSIAN);
    }

    /** A text from the message bundles in the reader's language. */
    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * An address on the public site that opens in the reader's language: {@code ?lang=en} (the
     * pages' own switch) for an English reader; a Persian one gets the plain address, Persian being
     * every page's default, so Persian SMS keep their length.
     */
    public String link(String path, Locale locale) {
        return localized(link(path), locale);
    }

    /** The same address with the reader's language added when it is not Persian (see {@link #link(String, Locale)}). */
    public static String localized(String url, Locale locale) {
        if (!"en".equals(locale.getLanguage())) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "lang=en";
    }

    /**
     * A day as the pages show it in the reader's language: Jalali with Persian digits in Persian,
     * the Gregorian medium date in English (as the English pages write it), both in Tehran time.
     */
    public static String date(Instant at, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return at.atZone(JalaliDate.TEHRAN).toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale));
        }
        return JalaliDate.ofInstant(at).toPersianString();
    }

    /** A number in the reader's digits: Persian digits in Persian, Latin in English. */
    public static String digits(long number, Locale locale) {
        String latin = String.valueOf(number);
        return "en".equals(locale.getLanguage()) ? latin : PersianText.persianDigits(latin);
    }

    /** @return false when no mail server is configured and nothing was sent */
    public boolean send(Outgoing mail) throws MessagingException {
        JavaMailSender sender = mailHost == null || mailHost.isBlank() ? null : mailSender.getIfAvailable();
        if (sender == null) {
            if (toldNoMailServer.compareAndSet(false, true)) {
                log.warn("No mail server configured (spring.mail.host): mails to customers and staff are not sent");
            }
            return false;
        }
        Context context = new Context(mail.locale());
        context.setVariables(mail.variables());
        // the frame turns with the language: Persian right to left, English left to right
        boolean rtl = !"en".equals(mail.locale().getLanguage());
        context.setVariable("mailLang", mail.locale().getLanguage());
        context.setVariable("mailDir", rtl ? "rtl" : "ltr");
        context.setVariable("mailAlign", rtl ? "right" : "left");
        context.setVariable("siteUrl", publicUrl);   // the logo's absolute address (mail/layout.html)
        String html = templates.process(mail.template(), context);

        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        try {
            helper.setFrom(from, text(mail.locale(), "mail.from.name"));
        } catch (UnsupportedEncodingException e) {
            helper.setFrom(from);
        }
        helper.setTo(mail.to());
        if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
            // the sender is no-reply@…: without this, "reply to this mail" would reach nobody
            helper.setReplyTo(mail.replyTo());
        }
        helper.setSubject(mail.subject());
        helper.setText(mail.text() + signature(mail.locale()), html);
        // kept by JavaMailSenderImpl; a reply's In-Reply-To finds the complaint even when the subject changed
        message.setHeader("Message-ID", messageId(mail.messageId()));
        if (mail.references() != null) {
            message.setHeader("References", messageId(mail.references()));
        }
        // RFC 3834: an automatic message; mail systems (ours included) must not answer it again.
        message.setHeader("Auto-Submitted", mail.autoReply() ? "auto-replied" : "auto-generated");
        sender.send(message);
        return true;
    }

    /** The company's name, phone and address under the plain text, as under the HTML (mail/layout.html). */
    private String signature(Locale locale) {
        BrandView brand = branding.view(locale);
        StringBuilder s = new StringBuilder("\n\n--\n").append(brand.name());
        if (brand.phone() != null) {
            s.append('\n').append(text(locale, "brand.phoneLabel")).append(' ').append(brand.phone());
        }
        if (brand.address() != null) {
            s.append('\n').append(text(locale, "brand.addressLabel")).append(' ').append(brand.address());
        }
        return s.append('\n').toString();
    }

    private String messageId(String localPart) {
        return "<" + localPart + "@" + domainOf(from) + ">";
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "shenava.local" : domain;
    }
}
