package ir.shenava.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one key for secrets kept in the database: from the configuration in either form, or a private file. */
class SecretsTest {

    @Test
    void withoutAConfiguredKeyOneIsMadeInTheDataDirectoryForItsOwnerOnly(@TempDir Path dataDir) throws Exception {
        Secrets secrets = new Secrets("", dataDir.toString());
        String sealed = secrets.encrypt("Imap-pass");
        assertThat(sealed).startsWith("v1:").doesNotContain("Imap-pass");
        Path key = dataDir.resolve("secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(new Secrets("", dataDir.toString()).decrypt(sealed)).as("the same file, the same key").isEqualTo("Imap-pass");
    }

    @Test
    void theDocumentedBase64KeyAndThePackagesHexKeyBothWork(@TempDir Path dataDir) {
        String base64 = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(Secrets.decode(base64)).hasSize(32).containsOnly(0);
        String hex = "0123456789abcdef".repeat(4);   // what the Debian package's postinst writes
        Secrets fromHex = new Secrets(hex, dataDir.toString());
        assertThat(new Secrets(hex, dataDir.toString()).decrypt(fromHex.encrypt("sms-key"))).isEqualTo("sms-key");
        assertThat(Files.exists(dataDir.resolve("secret.key"))).as("a configured key needs no file").isFalse();
        assertThatThrownBy(() -> Secrets.decode("short")).isInstanceOf(IllegalStateException.class);
    }
}
