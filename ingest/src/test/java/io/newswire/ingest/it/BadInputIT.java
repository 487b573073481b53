package io.newswire.ingest.it;

import static io.newswire.ingest.it.StackSupport.files;
import static io.newswire.ingest.it.StackSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSummary;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input from the issue, dropped into one inbox with a few good files, ingested with
 * {@code --once} against the real broker and registry: each file ends in exactly one place with a clear reason,
 * and the run goes on past every one of them.
 */
@NewswireStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {
    private static final String NEWLINE_NAME = "line\nbreak.txt";
    private static final byte[] DUPLICATE = "The same article, dropped twice.".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path tmp;

    private Path inbox;
    private IngestSummary summary;
    private Map<String, List<RawArticle>> raw;
    private Map<String, List<DeadLetter>> dlq;
    private boolean root;

    @BeforeAll
    void ingestEverything(NewswireStack stack) throws Exception {
        inbox = tmp.resolve("inbox");
        write(inbox.resolve("good.txt"), "A good article.");
        write(inbox.resolve("empty.txt"), "");
        write(inbox.resolve("blank.txt"), "  \n\t \r\n");
        write(inbox.resolve("nul.txt"), new byte[] {'a', 'b', 0, 0, 'c'});
        write(inbox.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        try (RandomAccessFile big = new RandomAccessFile(Files.createFile(inbox.resolve("big.txt")).toFile(), "rw")) {
            big.setLength(200 * 1024);
        }
        write(inbox.resolve("invalid-utf8.txt"), new byte[] {'G', 'r', (byte) 0xC3, (byte) 0xBC, 'n', (byte) 0xC3, 0x28, '!'});
        byte[] utf16 = "Привет, мир".getBytes(StandardCharsets.UTF_16LE);
        write(inbox.resolve("utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16));
        write(inbox.resolve("cp1252.txt"), "Le président a déclaré que l'économie française était « en crise »."
                .getBytes(Charset.forName("windows-1252")));
        write(inbox.resolve("malformed.json"), "{\"title\": \"x\", }");
        write(inbox.resolve("array.json"), "[{\"title\": \"x\"}]");
        write(inbox.resolve("number.json"), "42");
        write(inbox.resolve("feed.jsonl"), "{\"n\": 1}\n{bad\n{\"n\": 3}\n\"str\"\n");
        write(inbox.resolve("scan.tiff"), "II*");
        Path outside = write(tmp.resolve("outside/target.txt"), "outside the inbox");
        Files.createSymbolicLink(inbox.resolve("link.txt"), outside);
        assertThat(new ProcessBuilder("mkfifo", inbox.resolve("pipe.txt").toString()).start().waitFor()).isZero();
        Path secret = write(inbox.resolve("secret.txt"), "no read permission");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        root = Files.isReadable(secret);
        write(inbox.resolve("with space.txt"), "spaces");
        write(inbox.resolve("Ünïcødé 東京.txt"), "unicode");
        write(inbox.resolve(NEWLINE_NAME), "newline");
        write(inbox.resolve("dup-one.txt"), DUPLICATE);
        write(inbox.resolve("tass/dup-two.txt"), DUPLICATE);

        String rawTopic = stack.uniqueName("raw");
        String dlqTopic = stack.uniqueName("dlq");
        List<String> settings = StackSupport.settings(stack.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic, dlqTopic, inbox);
        settings.add("ingest.max-file-size=100KiB");
        summary = new IngestService(StackSupport.config(settings)).runOnce();

        raw = StackSupport.<RawArticle>readAll(stack.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic).stream()
                .map(ConsumerRecord::value).collect(Collectors.groupingBy(RawArticle::getRelativePath));
        dlq = StackSupport.<DeadLetter>readAll(stack.bootstrapServers(), stack.schemaRegistryUrl(), dlqTopic).stream()
                .map(ConsumerRecord::value).collect(Collectors.groupingBy(DeadLetter::getRelativePath));
    }

    @Test
    void goodFilesArePublishedAndArchived() throws Exception {
        assertThat(raw.get("good.txt")).singleElement().satisfies(r -> {
            assertThat(r.getContent()).isEqualTo("A good article.");
            assertThat(r.getId()).isEqualTo(sha256("A good article.".getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(doneNames()).contains("good.txt");
    }

    @Test
    void emptyFile() throws Exception {
        assertRejected("empty.txt", "EMPTY_FILE");
    }

    @Test
    void whitespaceOnly() throws Exception {
        assertRejected("blank.txt", "BLANK_CONTENT");
    }

    @Test
    void binaryContent() throws Exception {
        assertRejected("nul.txt", "BINARY_CONTENT");
        assertRejected("photo.txt", "BINARY_CONTENT");
        assertThat(dlq.get("photo.txt").get(0).getDetail()).contains("JPEG");
    }

    @Test
    void aboveTheSizeLimitWithoutItsContentInTheDeadLetter() throws Exception {
        DeadLetter d = assertRejected("big.txt", "TOO_LARGE");
        assertThat(d.getSizeBytes()).isEqualTo(200 * 1024);
        assertThat(d.getOriginalValue()).isNull();
    }

    @Test
    void invalidUtf8() throws Exception {
        assertThat(assertRejected("invalid-utf8.txt", "UNDECODABLE_TEXT").getDetail()).contains("offset 5");
    }

    @Test
    void utf16WithBom() {
        assertThat(raw.get("utf16.txt")).singleElement().satisfies(r -> {
            assertThat(r.getContent()).isEqualTo("Привет, мир");
            assertThat(r.getCharset()).isEqualTo("UTF-16LE");
            assertThat(r.getCharsetSource()).isEqualTo("BOM");
        });
    }

    @Test
    void windows1252() {
        assertThat(raw.get("cp1252.txt")).singleElement().satisfies(r -> {
            assertThat(r.getContent()).startsWith("Le président a déclaré");
            assertThat(r.getCharset()).isEqualTo("windows-1252");
            assertThat(r.getCharsetSource()).isEqualTo("DETECTED");
        });
    }

    @Test
    void malformedJson() throws Exception {
        assertRejected("malformed.json", "MALFORMED_JSON");
    }

    @Test
    void jsonOfTheWrongShape() throws Exception {
        assertThat(assertRejected("array.json", "WRONG_JSON_SHAPE").getDetail()).contains("array");
        assertThat(assertRejected("number.json", "WRONG_JSON_SHAPE").getDetail()).contains("number");
    }

    @Test
    void jsonLinesWithSomeBadLines() throws Exception {
        assertThat(raw.get("feed.jsonl")).extracting(RawArticle::getLineNumber).containsExactlyInAnyOrder(1, 3);
        assertThat(dlq.get("feed.jsonl")).extracting(DeadLetter::getLineNumber, DeadLetter::getCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2, "MALFORMED_JSON"),
                        org.assertj.core.groups.Tuple.tuple(4, "WRONG_JSON_SHAPE"));
        assertThat(doneNames()).contains("feed.jsonl", "feed.jsonl.rejected-lines.json");
        assertThat(failedNames()).doesNotContain("feed.jsonl");
    }

    @Test
    void unknownExtension() throws Exception {
        assertRejected("scan.tiff", "UNSUPPORTED_TYPE");
    }

    @Test
    void symlinkIsNotFollowed() throws Exception {
        assertRejected("link.txt", "SYMLINK");
        assertThat(Files.isSymbolicLink(inbox.resolve("failed/link.txt"))).isTrue();
        assertThat(tmp.resolve("outside/target.txt")).hasContent("outside the inbox");
    }

    @Test
    void fifo() throws Exception {
        assertRejected("pipe.txt", "SPECIAL_FILE");
    }

    @Test
    void noReadPermission() throws Exception {
        if (root) {
            // Root reads a mode-000 file like any other (ArticleReaderTest covers UNREADABLE through a seam).
            assertThat(raw.get("secret.txt")).singleElement().extracting(RawArticle::getFileName).isEqualTo("secret.txt");
        } else {
            assertRejected("secret.txt", "UNREADABLE");
        }
    }

    @Test
    void awkwardNames() {
        assertThat(raw.get("with space.txt")).singleElement().extracting(RawArticle::getFileName).isEqualTo("with space.txt");
        assertThat(raw.get("Ünïcødé 東京.txt")).singleElement().extracting(RawArticle::getContent).isEqualTo("unicode");
        assertThat(raw.get(NEWLINE_NAME)).singleElement().extracting(RawArticle::getFileName).isEqualTo(NEWLINE_NAME);
    }

    @Test
    void sameContentTwiceHasOneIdAndBothFilesAreAccountedFor() throws Exception {
        RawArticle one = raw.get("dup-one.txt").get(0);
        RawArticle two = raw.get("tass/dup-two.txt").get(0);
        assertThat(one.getId()).isEqualTo(two.getId()).isEqualTo(sha256(DUPLICATE));
        assertThat(two.getSourceHint()).isEqualTo("tass");
        assertThat(doneNames()).contains("dup-one.txt", "dup-two.txt");
    }

    @Test
    void everyFileIsInExactlyOnePlaceAndTheRunReportsIt() throws Exception {
        assertThat(files(inbox)).allMatch(p -> p.startsWith(inbox.resolve("done")) || p.startsWith(inbox.resolve("failed"))
                || p.startsWith(inbox.resolve(".newswire")));
        assertThat(files(inbox.resolve(".newswire/processing"))).allMatch(p -> p.toString().endsWith(".lock"));
        long expectedRejected = root ? 12 : 13;
        assertThat(summary.rejectedFileCount()).isEqualTo(expectedRejected);
        assertThat(summary.rejectedLineCount()).isEqualTo(2);
        assertThat(summary.exitCode()).isEqualTo(IngestSummary.EXIT_REJECTED);
        assertThat(failedNames().stream().filter(n -> !n.endsWith(".error.json"))).hasSize((int) expectedRejected);
    }

    private DeadLetter assertRejected(String relativePath, String code) throws Exception {
        assertThat(raw).doesNotContainKey(relativePath);
        assertThat(dlq.get(relativePath)).as("dead letters for " + relativePath).singleElement().satisfies(d -> {
            assertThat(d.getCode()).isEqualTo(code);
            assertThat(d.getStage()).isEqualTo("ingest");
            assertThat(d.getReason()).isNotBlank();
            assertThat(d.getFailedPath()).isEqualTo(relativePath);
        });
        Path failed = inbox.resolve("failed").resolve(relativePath);
        assertThat(Files.exists(failed, java.nio.file.LinkOption.NOFOLLOW_LINKS)).as(failed + " exists").isTrue();
        assertThat(failed.resolveSibling(failed.getFileName() + ".error.json")).content()
                .contains("\"code\" : \"" + code + "\"").contains("\"reason\"").contains("\"detail\"").contains("\"time\"");
        assertThat(doneNames()).doesNotContain(failed.getFileName().toString());
        return dlq.get(relativePath).get(0);
    }

    private List<String> doneNames() throws Exception {
        return files(inbox.resolve("done")).stream().map(p -> p.getFileName().toString()).toList();
    }

    private List<String> failedNames() throws Exception {
        return files(inbox.resolve("failed")).stream().map(p -> p.getFileName().toString()).toList();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
