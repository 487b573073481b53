package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsIdentityTest {

    @TempDir
    Path dir;

    @Test
    void keytoolMakesAKeyAndACertificateForTheLoopbackAddress() throws Exception {
        TlsIdentity identity = TlsIdentity.selfSigned(dir.resolve("tls"), "broker");

        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(identity.keystore())) {
            keystore.load(in, identity.password().toCharArray());
        }
        assertThat(keystore.isKeyEntry("broker")).isTrue();
        assertThat(keystore.getKey("broker", identity.password().toCharArray())).isNotNull();

        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(identity.certificatePem().getBytes(StandardCharsets.US_ASCII)));
        assertThat(certificate).isEqualTo(keystore.getCertificate("broker"));
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=broker");
        assertThat(certificate.getSubjectAlternativeNames())
                .contains(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
        assertThat(identity.toString()).doesNotContain(identity.password());
    }
}
