package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.bench.articles.ArticleFile;
import io.newswire.bench.articles.ArticleFiles;
import io.newswire.bench.articles.ArticleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropperTest {
    @Test
    void filesAreMovedIntoTheInboxUnderTheirSourceFolders(@TempDir Path tmp) throws Exception {
        List<ArticleFile> files = ArticleFiles.write(new ArticleGenerator(3), 0, 30, tmp.resolve("staging"));
        Dropper dropper = new Dropper(tmp.resolve("staging"), tmp.resolve("inbox"));
        dropper.createFolders(files);
        long[] first = dropper.dropAll(files.subList(0, 20));
        long[] paced = dropper.dropAtRate(files.subList(20, 30), 1000);
        for (ArticleFile f : files) {
            assertThat(tmp.resolve("inbox").resolve(f.relativePath())).exists().hasSize(f.size());
            assertThat(tmp.resolve("staging").resolve(f.relativePath())).doesNotExist();
        }
        assertThat(first).isSorted().hasSize(20);
        assertThat(paced).isSorted().hasSize(10);
        assertThat(paced[0]).isGreaterThanOrEqualTo(first[19]);
        assertThat(Files.exists(tmp.resolve("staging").resolve(ArticleFiles.MANIFEST))).isTrue();
    }
}
