package ir.shenava.intake.mail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A company's own certificate authority for one mailbox: read and checked when the administrator
 * uploads it, and turned into the socket factory of that mailbox's connections only — the JVM's
 * trust store and the other mailboxes are left alone. The usual authorities stay trusted too, so
 * a server that later gets a public certificate keeps working.
 */
final class MailboxTrust {

    static final int MAX_PEM_BYTES = 64 * 1024;

    /** Why an upload was refused: a message key for the administrator. */
    static final class InvalidAuthorityException extends Exception {

        InvalidAuthorityException(String messageKey) {
            super(messageKey);
        }

        String messageKey() {
            return getMessage();
        }
    }

    private MailboxTrust() {
    }

    /**
     * The certificates of an uploaded PEM (or DER) file, re-written as clean PEM: refused when it is
     * empty, too large, not a certificate, or a certificate that has expired or is not yet valid.
     */
    static String checked(byte[] upload, Instant now) throws InvalidAuthorityException {
        if (upload == null || upload.length == 0) {
            throw new InvalidAuthorityException("mailbox.ca.empty");
        }
        if (upload.length > MAX_PEM_BYTES) {
            throw new InvalidAuthorityException("mailbox.ca.tooLarge");
        }
        List<X509Certificate> certificates;
        try {
            certificates = parse(upload);
        } catch (CertificateException | RuntimeException e) {
            throw new InvalidAuthorityException("mailbox.ca.notCertificate");
        }
        if (certificates.isEmpty()) {
            throw new InvalidAuthorityException("mailbox.ca.notCertificate");
        }
        StringBuilder pem = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            try {
                certificate.checkValidity(Date.from(now));
            } catch (CertificateException e) {
                throw new InvalidAuthorityException("mailbox.ca.expired");
            }
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateException e) {
                throw new InvalidAuthorityException("mailbox.ca.notCertificate");
            }
        }
        return pem.toString();
    }

    /** The certificates of a stored PEM (checked on upload). */
    static List<X509Certificate> certificates(String pem) {
        try {
            return parse(pem.getBytes(StandardCharsets.US_ASCII));
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored certificate authority cannot be read", e);
        }
    }

    /** Socket factory that trusts the usual authorities and the given ones. */
    static SSLSocketFactory socketFactory(String pem) throws GeneralSecurityException {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (X509Certificate usual : defaultTrust().getAcceptedIssuers()) {
                trusted.setCertificateEntry("usual-" + n++, usual);
            }
            for (X509Certificate own : certificates(pem)) {
                trusted.setCertificateEntry("own-" + n++, own);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X509TrustManager defaultTrust() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("No default X.509 trust manager");
    }

    private static List<X509Certificate> parse(byte[] bytes) throws CertificateException {
        Collection<? extends Certificate> parsed =
                CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes));
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate c : parsed) {
            if (c instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        return certificates;
    }
}
