package ir.shenava.notifications.web;

import ir.shenava.notifications.sms.SmsProvider;
import ir.shenava.notifications.sms.SmsSettings;
import ir.shenava.shared.PersianText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The SMS settings page. The API key is never sent to the page: left blank it stays as stored.
 * The sender line may be typed with Persian digits.
 */
record SmsSettingsForm(@NotNull SmsProvider provider, @Size(max = 200) String apiKey, @Size(max = 30) String senderLine,
                       @Size(max = 255) @Pattern(regexp = "^$|^https?://\\S+$", message = "{sms.settings.baseUrl.invalid}") String baseUrl,
                       @Min(0) @Max(10_000_000) Integer pricePerPart) {

    static SmsSettingsForm of(SmsSettings s) {
        return new SmsSettingsForm(s.provider(), null, s.senderLine(), s.baseUrl(), s.pricePerPart());
    }

    String sender() {
        return senderLine == null ? null : PersianText.latinDigits(senderLine).strip();
    }

    SmsSettings settings() {
        return new SmsSettings(provider, apiKey, sender(), baseUrl, pricePerPart == null ? 0 : pricePerPart);
    }
}
