package io.newswire.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A private key with a self-signed certificate for 127.0.0.1 and localhost: what the embedded broker's secured
 * listeners present, and what test clients present for mutual TLS. Made by the JDK's own {@code keytool}, so no key
 * is ever committed and nothing beyond the JDK is needed. For tests and local use, not for production.
 *
 * @param name        the certificate's common name and the keystore alias
 * @param keystore    PKCS12 file holding the key and its certificate
 * @param password    password of the keystore and of the key in it
 * @param certificate the certificate alone, PEM: what a peer that trusts this identity puts in its truststore
 */
public record TlsIdentity(String name, Path keystore, String password, Path certificate) {

    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;
    private static final String PASSWORD_VARIABLE = "NEWSWIRE_KEYTOOL_PASSWORD";

    public TlsIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(certificate, "certificate");
    }

    /** Creates {@code NAME.p12} and {@code NAME.pem} in {@code dir}, with a random keystore password. */
    public static TlsIdentity selfSigned(Path dir, String name) {
        Directories.create(dir);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        TlsIdentity identity = new TlsIdentity(name, dir.resolve(name + ".p12").toAbsolutePath(),
                HexFormat.of().formatHex(random), dir.resolve(name + ".pem").toAbsolutePath());
        identity.keytool("-genkeypair", "-alias", name, "-dname", "CN=" + name,
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", identity.keystore.toString());
        identity.keytool("-exportcert", "-rfc", "-alias", name, "-keystore", identity.keystore.toString(),
                "-file", identity.certificate.toString());
        return identity;
    }

    /** The PEM text of the certificate. */
    public String certificatePem() {
        try {
            return Files.readString(certificate, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the certificate " + certificate, e);
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "TlsIdentity[" + name + ", keystore " + keystore + ", certificate " + certificate + "]";
    }

    /** Runs keytool with the password passed through the environment, never on its command line. */
    private void keytool(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-noprompt",
                "-storepass:env", PASSWORD_VARIABLE));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keypass:env", PASSWORD_VARIABLE));
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        try {
            Process keytool = builder.start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                keytool.destroyForcibly();
                throw new IllegalStateException("keytool " + args[0] + " failed for " + name + ": " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool from " + System.getProperty("java.home"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
