package io.monozukuri.commons.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevModeChecksTest {

    @Test
    void aKeyFileThatIsNotThereIsNamedWithItsAbsolutePath() throws Exception {
        Path key = Files.createTempFile("publicKey", ".pem");
        assertThat(DevModeChecks.missing(key.toString())).isEmpty();
        assertThat(DevModeChecks.missing("file:" + key)).isEmpty();
        Files.delete(key);
        assertThat(DevModeChecks.missing(key.toString()))
                .contains(key.toAbsolutePath().toString());
        assertThat(DevModeChecks.missing("../.run/keys/none.pem"))
                .hasValueSatisfying(
                        p -> assertThat(p).endsWith("/.run/keys/none.pem").doesNotContain(".."));
    }

    @Test
    void remoteAndClasspathKeysAreNotFiles() {
        assertThat(DevModeChecks.missing("https://idp.example.org/keys")).isEmpty();
        assertThat(DevModeChecks.missing(null)).isEmpty();
        assertThat(DevModeChecks.missing("classpath:io/monozukuri/commons/dev/none.pem"))
                .isPresent();
    }
}
