package io.newswire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.RawArticle;
import io.newswire.ingest.claim.ClaimedFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1024, false, "host-1", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void plainTextBecomesOneFaithfulRecord() throws Exception {
        byte[] bytes = "Headline\n\nBody text.\n".getBytes(StandardCharsets.UTF_8);
        Path f = write("tass/2026/story one.txt", bytes);
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2026-02-28T08:00:00Z")));

        RawArticle r = single(reader.read(claimed(f, "tass/2026/story one.txt")));

        assertThat(r.getId()).isEqualTo(sha256(bytes));
        assertThat(r.getFileName()).isEqualTo("story one.txt");
        assertThat(r.getRelativePath()).isEqualTo("tass/2026/story one.txt");
        assertThat(r.getSourceHint()).isEqualTo("tass");
        assertThat(r.getContentType()).isEqualTo("text/plain");
        assertThat(r.getLineNumber()).isNull();
        assertThat(r.getCharset()).isEqualTo("UTF-8");
        assertThat(r.getCharsetSource()).isEqualTo("VALID_UTF8");
        assertThat(r.getSizeBytes()).isEqualTo(bytes.length);
        assertThat(r.getContent()).isEqualTo("Headline\n\nBody text.\n");
        assertThat(r.getFileModifiedAt()).isEqualTo(Instant.parse("2026-02-28T08:00:00Z"));
        assertThat(r.getIngestedAt()).isEqualTo(NOW);
        assertThat(r.getHost()).isEqualTo("host-1");
    }

    @Test
    void htmlAndJsonKeepTheirContentUninterpreted() throws Exception {
        String html = "<html><head><title>T</title></head><body><p>x</p></body></html>";
        assertThat(single(reader.read(claimed(write("a.html", html), "a.html"))).getContentType()).isEqualTo("text/html");
        String json = "{\"title\": \"T\", \"body\": \"x\"}";
        RawArticle r = single(reader.read(claimed(write("a.json", json), "a.json")));
        assertThat(r.getContentType()).isEqualTo("application/json");
        assertThat(r.getContent()).isEqualTo(json);
        assertThat(r.getSourceHint()).isNull();
    }

    @Test
    void jsonLinesPublishesGoodLinesAndReportsBadOnesByLineNumber() throws Exception {
        String content = "{\"n\": 1}\n{broken\n\n[1, 2]\r\n{\"n\": 5}\n";
        ReadResult.Accepted a = (ReadResult.Accepted) reader.read(claimed(write("feed.jsonl", content), "feed.jsonl"));

        assertThat(a.records()).extracting(RawArticle::getLineNumber).containsExactly(1, 5);
        assertThat(a.records().get(0).getId()).isEqualTo(sha256("{\"n\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(a.records().get(1).getContent()).isEqualTo("{\"n\": 5}");
        assertThat(a.records().get(1).getSizeBytes()).isEqualTo(8);
        assertThat(a.rejectedLines()).extracting(LineRejection::lineNumber).containsExactly(2, 4);
        assertThat(a.rejectedLines()).extracting(l -> l.rejection().code())
                .containsExactly(RejectionCode.MALFORMED_JSON, RejectionCode.WRONG_JSON_SHAPE);
        assertThat(new String(a.rejectedLines().get(1).lineBytes(), StandardCharsets.UTF_8)).isEqualTo("[1, 2]");
    }

    @Test
    void jsonLinesWithoutAGoodLineIsRejected() throws Exception {
        ReadResult.Rejected r = rejected("bad.ndjson", "not json\nnor this\n");
        assertThat(r.rejection().code()).isEqualTo(RejectionCode.NO_VALID_LINES);
        assertThat(r.rejectedLines()).hasSize(2);
    }

    @Test
    void emptyAndBlankFiles() throws Exception {
        assertThat(rejected("empty.txt", "").rejection().code()).isEqualTo(RejectionCode.EMPTY_FILE);
        assertThat(rejected("blank.txt", " \n\t\r\n\u00A0\u200B ").rejection().code()).isEqualTo(RejectionCode.BLANK_CONTENT);
    }

    @Test
    void binaryContent() throws Exception {
        Path png = write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        ReadResult.Rejected r = (ReadResult.Rejected) reader.read(claimed(png, "photo.txt"));
        assertThat(r.rejection().code()).isEqualTo(RejectionCode.BINARY_CONTENT);
        assertThat(r.rejection().detail()).contains("PNG");
        Path nul = write("nul.txt", new byte[] {'a', 'b', 0, 'c'});
        assertThat(((ReadResult.Rejected) reader.read(claimed(nul, "nul.txt"))).rejection().code())
                .isEqualTo(RejectionCode.BINARY_CONTENT);
    }

    @Test
    void tooLargeIsDetectedFromTheSizeWithoutReading() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(1L << 40); // a sparse terabyte: reading it would never end
        }
        ReadResult.Rejected r = (ReadResult.Rejected) reader.read(claimed(big, "big.txt"));
        assertThat(r.rejection().code()).isEqualTo(RejectionCode.TOO_LARGE);
        assertThat(r.sizeBytes()).isEqualTo(1L << 40);
        assertThat(r.articleId()).isNull();
    }

    @Test
    void charsets() throws Exception {
        byte[] invalid = {'G', 'r', (byte) 0xC3, (byte) 0xBC, 'n', ' ', (byte) 0xC3, 0x28};
        assertThat(((ReadResult.Rejected) reader.read(claimed(write("bad.txt", invalid), "bad.txt"))).rejection().code())
                .isEqualTo(RejectionCode.UNDECODABLE_TEXT);

        byte[] utf16 = TextDecoderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Zürich".getBytes(StandardCharsets.UTF_16LE));
        RawArticle r16 = single(reader.read(claimed(write("u16.txt", utf16), "u16.txt")));
        assertThat(r16.getContent()).isEqualTo("Zürich");
        assertThat(r16.getCharset()).isEqualTo("UTF-16LE");
        assertThat(r16.getCharsetSource()).isEqualTo("BOM");
        assertThat(r16.getId()).isEqualTo(sha256(utf16));

        String french = "Le président a déclaré que l'économie française était « en crise ».";
        RawArticle w = single(reader.read(claimed(write("cp.txt", french.getBytes(Charset.forName("windows-1252"))), "cp.txt")));
        assertThat(w.getContent()).isEqualTo(french);
        assertThat(w.getCharset()).isEqualTo("windows-1252");
        assertThat(w.getCharsetSource()).isEqualTo("DETECTED");
    }

    @Test
    void malformedAndWrongShapeJson() throws Exception {
        assertThat(rejected("a.json", "{\"a\": ").rejection().code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        assertThat(rejected("b.json", "[{\"a\": 1}]").rejection().code()).isEqualTo(RejectionCode.WRONG_JSON_SHAPE);
        assertThat(rejected("c.json", "3.14").rejection().code()).isEqualTo(RejectionCode.WRONG_JSON_SHAPE);
    }

    @Test
    void unknownExtension() throws Exception {
        assertThat(rejected("photo.jpeg", "abc").rejection().code()).isEqualTo(RejectionCode.UNSUPPORTED_TYPE);
    }

    @Test
    void symlinksAreRejectedUnlessFollowed() throws Exception {
        Path target = write("target.txt", "linked article");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        ReadResult.Rejected r = (ReadResult.Rejected) reader.read(claimed(link, "link.txt"));
        assertThat(r.rejection().code()).isEqualTo(RejectionCode.SYMLINK);
        assertThat(r.rejection().detail()).contains("target.txt");

        ArticleReader following = new ArticleReader(1024, true, "h", Clock.systemUTC());
        assertThat(single(following.read(claimed(link, "link.txt"))).getContent()).isEqualTo("linked article");
        Path toDir = Files.createSymbolicLink(dir.resolve("dirlink.txt"), dir);
        assertThat(((ReadResult.Rejected) following.read(claimed(toDir, "dirlink.txt"))).rejection().code())
                .isEqualTo(RejectionCode.SYMLINK);
    }

    @Test
    void fifoIsASpecialFileAndIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor()).isZero();
        ReadResult.Rejected r = (ReadResult.Rejected) reader.read(claimed(fifo, "pipe.txt"));
        assertThat(r.rejection().code()).isEqualTo(RejectionCode.SPECIAL_FILE);
    }

    @Test
    void permissionDeniedIsUnreadable() throws Exception {
        Path f = write("secret.txt", "x");
        ArticleReader denied = new ArticleReader(1024, false, "h", Clock.systemUTC(), p -> {
            throw new AccessDeniedException(p.toString());
        });
        assertThat(((ReadResult.Rejected) denied.read(claimed(f, "secret.txt"))).rejection().code())
                .isEqualTo(RejectionCode.UNREADABLE);
    }

    @Test
    void aFileThatVanishedIsAReadError() {
        ReadResult.Rejected r = (ReadResult.Rejected) reader.read(claimed(dir.resolve("gone.txt"), "gone.txt"));
        assertThat(r.rejection().code()).isEqualTo(RejectionCode.READ_ERROR);
    }

    private ReadResult.Rejected rejected(String name, String content) throws IOException {
        return (ReadResult.Rejected) reader.read(claimed(write(name, content), name));
    }

    private static RawArticle single(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Accepted.class);
        List<RawArticle> records = ((ReadResult.Accepted) result).records();
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static ClaimedFile claimed(Path p, String rel) {
        return new ClaimedFile(p, rel);
    }

    private Path write(String rel, String content) throws IOException {
        return write(rel, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String rel, byte[] content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
