package io.newswire.ingest.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.ingest.InboxLayout;
import io.newswire.platform.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimAreaTest {
    @TempDir
    Path inbox;

    private Path claimRoot() {
        return InboxLayout.of(inbox, null, null).claimRoot();
    }

    @Test
    void claimMovesTheFileIntoTheAreaAtItsRelativePath() throws Exception {
        Path f = write("tass/a.txt");
        try (ClaimArea area = ClaimArea.open(claimRoot(), "one", "host")) {
            ClaimArea.Claim c = area.claim(f, "tass/a.txt");
            assertThat(c.outcome()).isEqualTo(ClaimArea.Outcome.CLAIMED);
            assertThat(c.file().path()).isEqualTo(claimRoot().resolve("one/tass/a.txt")).exists();
            assertThat(c.file().sourceHint()).isEqualTo("tass");
            assertThat(f).doesNotExist();
        }
    }

    @Test
    void ofTwoInstancesClaimingOneFileExactlyOneWins() throws Exception {
        Path f = write("a.txt");
        try (ClaimArea one = ClaimArea.open(claimRoot(), "one", "host");
             ClaimArea two = ClaimArea.open(claimRoot(), "two", "host")) {
            assertThat(one.claim(f, "a.txt").outcome()).isEqualTo(ClaimArea.Outcome.CLAIMED);
            assertThat(two.claim(f, "a.txt").outcome()).isEqualTo(ClaimArea.Outcome.VANISHED);
        }
    }

    @Test
    void aSecondFileOfTheSameNameWaitsUntilTheFirstIsReleased() throws Exception {
        try (ClaimArea area = ClaimArea.open(claimRoot(), "one", "host")) {
            ClaimedFile first = area.claim(write("a.txt"), "a.txt").file();
            Path second = write("a.txt");
            assertThat(area.claim(second, "a.txt").outcome()).isEqualTo(ClaimArea.Outcome.BUSY);
            assertThat(second).exists();
            Files.delete(first.path());
            area.release(first);
            assertThat(area.claim(second, "a.txt").outcome()).isEqualTo(ClaimArea.Outcome.CLAIMED);
        }
    }

    @Test
    void recoversItsOwnLeftoversAndAdoptsAreasOfStoppedInstances() throws Exception {
        try (ClaimArea crashed = ClaimArea.open(claimRoot(), "crashed", "host")) {
            crashed.claim(write("x/old.txt"), "x/old.txt");
        }
        try (ClaimArea mine = ClaimArea.open(claimRoot(), "mine", "host")) {
            mine.claim(write("mine.txt"), "mine.txt");
        }
        try (ClaimArea mine = ClaimArea.open(claimRoot(), "mine", "host")) {
            List<ClaimedFile> recovered = mine.recover();
            assertThat(recovered).extracting(ClaimedFile::relativePath).containsExactlyInAnyOrder("mine.txt", "x/old.txt");
            assertThat(mine.adoptOrphans()).isEmpty();
            for (ClaimedFile f : recovered) {
                Files.delete(f.path());
                mine.release(f);
            }
            mine.removeEmptyAdoptedAreas();
            assertThat(claimRoot().resolve("crashed")).doesNotExist();
            assertThat(claimRoot().resolve("crashed.lock")).doesNotExist();
        }
    }

    @Test
    void doesNotAdoptTheAreaOfARunningInstance() throws Exception {
        try (ClaimArea running = ClaimArea.open(claimRoot(), "running", "host");
             ClaimArea other = ClaimArea.open(claimRoot(), "other", "host")) {
            running.claim(write("busy.txt"), "busy.txt");
            assertThat(other.recover()).isEmpty();
            assertThat(other.adoptOrphans()).isEmpty();
        }
    }

    @Test
    void anExplicitIdInUseIsAConfigurationError() throws Exception {
        try (ClaimArea running = ClaimArea.open(claimRoot(), "same", "host")) {
            assertThatThrownBy(() -> ClaimArea.open(claimRoot(), "same", "host"))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("ingest.instance-id");
        }
    }

    @Test
    void theDefaultIdFallsBackToHostAndPidWhenTheHostNameIsTaken() throws Exception {
        try (ClaimArea first = ClaimArea.open(claimRoot(), null, "box.example");
             ClaimArea second = ClaimArea.open(claimRoot(), null, "box.example")) {
            assertThat(first.instanceId()).isEqualTo("box.example");
            assertThat(second.instanceId()).isEqualTo("box.example-" + ProcessHandle.current().pid());
        }
    }

    private Path write(String rel) throws Exception {
        Path p = inbox.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, rel);
    }
}
