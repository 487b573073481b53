package io.newswire.bench.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/** Writes a range of generated articles below a folder, in parallel, and lists what it wrote. */
public final class ArticleFiles {
    public static final String MANIFEST = "manifest.tsv";

    private ArticleFiles() {
    }

    /**
     * Writes articles {@code first .. first+count-1} of {@code generator} to {@code dir}/{@link GeneratedArticle#relativePath}
     * and a {@value #MANIFEST} beside them. Returns them in serial order.
     */
    public static List<ArticleFile> write(ArticleGenerator generator, int first, int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<ArticleFile> files = IntStream.range(first, first + count).parallel()
                .mapToObj(serial -> writeOne(generator.article(serial), dir))
                .toList();
        Files.write(dir.resolve(MANIFEST), files.stream().map(ArticleFile::manifestLine).toList());
        return files;
    }

    private static ArticleFile writeOne(GeneratedArticle article, Path dir) {
        Path file = dir.resolve(article.relativePath());
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, article.content());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return ArticleFile.of(article);
    }
}
