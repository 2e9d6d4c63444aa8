package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `bsc map -o` and `bsc demo -o` leave on disk: the modes a plain write gives, links written through. */
class OutputFileTest {
  @TempDir
  Path dir;

  /** {@return the mode this process gives a new file here: 0666 less the umask} */
  private Set<PosixFilePermission> umaskMode() throws Exception {
    Path probe = Files.createFile(dir.resolve("probe"));
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(probe);
    Files.delete(probe);
    return mode;
  }

  @Test
  void aNewFileGetsTheModeTheUmaskGivesNotOwnerOnly() throws Exception {
    Path svg = dir.resolve("map.svg");
    Path demo = dir.resolve("demo.svg");

    assertThat(CliRun.of("map", CliRun.ACME.toString(), "-o", svg.toString()).code()).isZero();
    assertThat(CliRun.of("demo", "-o", demo.toString()).code()).isZero();

    assertThat(Files.getPosixFilePermissions(svg)).isEqualTo(umaskMode());
    assertThat(Files.getPosixFilePermissions(demo)).isEqualTo(umaskMode());
  }

  @Test
  void anOverwrittenFileKeepsItsMode() throws Exception {
    for (String mode : new String[] {"rw-r--r--", "rw-r-----", "rw-rw-rw-"}) {
      Path svg = dir.resolve("map-" + mode + ".svg");
      Files.writeString(svg, "old");
      Files.setPosixFilePermissions(svg, PosixFilePermissions.fromString(mode));

      assertThat(CliRun.of("map", CliRun.ACME.toString(), "-o", svg.toString()).code()).isZero();

      assertThat(Files.readString(svg)).startsWith("<?xml");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(svg))).isEqualTo(mode);
    }
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
    Path real = Files.writeString(dir.resolve("real.svg"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.svg"), real);

    assertThat(CliRun.of("map", CliRun.ACME.toString(), "-o", link.toString()).code()).isZero();

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("<?xml");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(real, link);
    }
  }

  @Test
  void theDemoSaysWhereItWroteAndThatItReplacedAFile() throws Exception {
    Path svg = dir.resolve("strategy-map.svg");

    String first = CliRun.of("demo", "-o", svg.toString()).out();
    String second = CliRun.of("demo", "-o", svg.toString()).out();

    assertThat(first).contains("wrote " + svg.toAbsolutePath().normalize() + "\n");
    assertThat(second).contains("wrote " + svg.toAbsolutePath().normalize()
        + " (replacing the file that was there; -o OUT writes elsewhere)\n");
  }
}
