package ir.shenava.intake.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads a raw message into an {@link IncomingMail}: sender, subject, the text (text/plain preferred,
 * else the HTML as text), the files, and — for a forwarded message — who wrote it first. Throws for
 * a message that cannot be read, so the fetch can set it aside and go on.
 */
final class MailReading {

    private static final Pattern FORWARD_SUBJECT =
            Pattern.compile("^\\s*(?:\\[[^\\]]*\\]\\s*)?(?:fwd?|fw|ارسال\\s*[\\u200C ]?\\s*مجدد|هدایت)\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_LINE =
            Pattern.compile("(?m)^[>*\\s]*(?:From|از|فرستنده)\\s*\\*?\\s*[:：]\\s*\\*?\\s*(.+)$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private static final Session LOCAL = Session.getInstance(new Properties());

    private MailReading() {
    }

    static IncomingMail read(MimeMessage message) throws MessagingException, IOException {
        String messageId = messageId(message);
        IncomingMail.Sender from = sender(message);
        if (from == null) {
            throw new UnreadableMailException("mail.rejected.noSender");
        }
        Body body = new Body();
        walk(message, body, 0);
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        String text = body.text();
        IncomingMail.Sender original = null;
        if (body.embeddedFrom != null) {
            original = body.embeddedFrom;
        } else if (FORWARD_SUBJECT.matcher(subject).find()) {
            original = inlineOriginal(text);
        }
        if (original != null) {
            subject = FORWARD_SUBJECT.matcher(subject).replaceFirst("").strip();
            if (subject.isEmpty() && body.embeddedSubject != null) {
                subject = body.embeddedSubject;
            }
        }
        String references = String.join(" ", nz(message.getHeader("In-Reply-To", " ")), nz(message.getHeader("References", " ")));
        return new IncomingMail(messageId, from, original, subject, text, List.copyOf(body.attachments), automatic(message),
                references.strip());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The Message-ID, or for a message without one a stable stand-in made from its headers. */
    static String messageId(MimeMessage message) throws MessagingException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        StringBuilder headers = new StringBuilder();
        for (String line : Collections.list(message.getAllHeaderLines())) {
            headers.append(line).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(headers.toString().getBytes(StandardCharsets.UTF_8));
            return "<no-message-id." + HexFormat.of().formatHex(hash, 0, 16) + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IncomingMail.Sender sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !EMAIL.matcher(address.getAddress()).matches()) {
            return null;
        }
        String name = address.getPersonal();
        return new IncomingMail.Sender(name == null || name.isBlank() ? null : name.strip(),
                address.getAddress().strip().toLowerCase(Locale.ROOT));
    }

    private static boolean automatic(MimeMessage message) throws MessagingException {
        String submitted = message.getHeader("Auto-Submitted", ",");
        String precedence = message.getHeader("Precedence", ",");
        return (submitted != null && !submitted.strip().equalsIgnoreCase("no"))
                || (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|auto_reply"))
                || message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null;
    }

    /** The first "From: Name <address>" line of a forwarded text. */
    static IncomingMail.Sender inlineOriginal(String text) {
        Matcher line = FROM_LINE.matcher(text);
        while (line.find()) {
            Matcher email = EMAIL.matcher(line.group(1));
            if (email.find()) {
                String name = line.group(1).substring(0, email.start()).replaceAll("[<\\[\"'*]|mailto:", " ").strip();
                return new IncomingMail.Sender(name.isEmpty() ? null : name, email.group().toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    private static void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > 10) {
            throw new UnreadableMailException("mail.rejected.tooDeep");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                walk(parts.getBodyPart(i), body, depth + 1);
            }
        } else if (part.isMimeType("message/rfc822")) {
            // parsed from its raw bytes: IMAP servers describe nested messages unevenly
            MimeMessage embedded;
            try (InputStream in = part.getInputStream()) {
                embedded = new MimeMessage(LOCAL, in);
            }
            if (body.embeddedFrom == null) {
                body.embeddedFrom = sender(embedded);
                body.embeddedSubject = embedded.getSubject();
            }
            walk(embedded, body, depth + 1);
        } else if (isAttachment(part)) {
            try (InputStream in = part.getInputStream()) {
                body.attachments.add(new IncomingMail.Attachment(fileName(part), in.readAllBytes()));
            }
        } else if (part.isMimeType("text/plain")) {
            body.plain.add(String.valueOf(part.getContent()));
        } else if (part.isMimeType("text/html")) {
            body.html.add(String.valueOf(part.getContent()));
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null
                || !part.isMimeType("text/*");
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return "file";
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (IOException e) {
            return name;
        }
    }

    /** What the walk collects. */
    private static final class Body {
        final List<String> plain = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<IncomingMail.Attachment> attachments = new ArrayList<>();
        IncomingMail.Sender embeddedFrom;
        String embeddedSubject;

        String text() {
            String text = !plain.isEmpty() ? String.join("\n\n", plain)
                    : String.join("\n\n", html.stream().map(PlainText::fromHtml).toList());
            return text.replace("\r\n", "\n").strip();
        }
    }
}
