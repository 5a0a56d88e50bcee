package ir.shenava.intake.mail;

import ir.shenava.platform.Secrets;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** A mailbox password is written encrypted and read back in clear (see {@link Secrets}). */
@Component
@Converter
class EncryptedSecret implements AttributeConverter<String, String> {

    private final Secrets secrets;

    EncryptedSecret(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public String convertToDatabaseColumn(String clear) {
        return secrets.encrypt(clear);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return secrets.decrypt(stored);
    }
}
