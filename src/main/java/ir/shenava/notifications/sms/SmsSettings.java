package ir.shenava.notifications.sms;

/**
 * The chosen gateway and how to reach it. {@code baseUrl} is empty for the gateway's official
 * address; set, it points at a proxy (or the fake gateway of the tests). The API key is never put
 * into {@link #toString()} nor onto a page.
 */
public record SmsSettings(SmsProvider provider, String apiKey, String senderLine, String baseUrl, int pricePerPart) {

    public boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** The key's last four characters, so the administrator can tell which key is stored. */
    public String keyHint() {
        return hasKey() && apiKey.length() > 8 ? "…" + apiKey.substring(apiKey.length() - 4) : (hasKey() ? "…" : "");
    }

    String baseUrlOr(String official) {
        String url = baseUrl == null || baseUrl.isBlank() ? official : baseUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "SmsSettings[" + provider + ", sender " + senderLine + ", key " + keyHint() + "]";
    }
}
