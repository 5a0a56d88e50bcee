package ir.shenava.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import ir.shenava.ShenavaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's backup page: a backup in the background with its progress, download, and a guarded restore. */
@ShenavaIntegrationTest
class BackupWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BackupJobs jobs;
    @Autowired
    NightlyBackup nightly;

    private final RequestPostProcessor admin = user("admin").roles("ADMIN");

    @Test
    void theAdministratorBacksUpInTheBackgroundAndDownloadsTheFile() throws Exception {
        mvc.perform(post("/backups").with(admin).with(csrf())).andExpect(redirectedUrl("/backups"));
        await().atMost(Duration.ofMinutes(3)).until(() -> jobs.status().map(s -> !s.running()).orElse(false));
        BackupJobs.Status done = jobs.status().orElseThrow();
        assertThat(done.error()).isNull();
        assertThat(done.kind()).isEqualTo("backup");
        Path file = nightly.folder().resolve(done.file());
        assertThat(file).exists();

        String page = mvc.perform(get("/backups").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(done.file()).contains("id=\"backup-done\"").contains("id=\"restore-name\"");
        String fragment = mvc.perform(get("/backups/status").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(fragment).contains("backup-done").doesNotContain("<html");

        MockHttpServletResponse download = mvc.perform(get("/backups/files/{name}", done.file()).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/zip");
        assertThat(download.getContentAsByteArray()).isEqualTo(Files.readAllBytes(file));
        // only backups of the folder, never another file of the data directory
        mvc.perform(get("/backups/files/{name}", "pgpass").with(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/backups/files/{name}", "..%2Fpgpass.zip").with(admin)).andExpect(status().is4xxClientError());
    }

    @Test
    void aRestoreNeedsTheTypedPhraseAndABackupOfTheSameSchemaVersion() throws Exception {
        String name = "shenava-other-" + UUID.randomUUID().toString().substring(0, 8) + ".zip";
        Path other = nightly.folder().resolve(name);
        Files.createDirectories(other.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(new BackupManifest(BackupManifest.FORMAT, "2025-03-21T00:00:00Z", "1", "shenava", List.of(), List.of()).toJson());
            zip.closeEntry();
        }
        try {
            String wrong = restore(name, "بله");
            assertThat(wrong).contains("id=\"restore-error\"").contains("عبارت تأیید درست نیست");
            // typed with Arabic letters and without the half-space: still the phrase, but the version differs
            String otherVersion = restore(name, " جايگزيني همه داده ها ");
            assertThat(otherVersion).contains("id=\"restore-error\"").contains("نسخه دیگری از پایگاه داده");
            String noFile = restore("../" + name, "جایگزینی همه داده‌ها");
            assertThat(noFile).contains("پشتیبانی را از فهرست برگزینید");
            assertThat(jobs.status().map(BackupJobs.Status::kind).orElse("none")).isNotEqualTo("restore");
        } finally {
            Files.deleteIfExists(other);
        }
    }

    private String restore(String name, String confirmation) throws Exception {
        return mvc.perform(post("/backups/restore").param("name", name).param("confirmation", confirmation).with(admin)
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
