package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The acceptance criterion: the seed preset reproduces the seed pair byte for byte. */
final class SeedPairTest {
  static final Path SEEDS = Path.of("testdata", "seeds");
  static final String CLEAN = "004_122364f8869732ab.txt";
  static final String DEGRADED = "001_112bc054fcd8705d.txt";

  static String seed(String name) throws IOException {
    return Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void degrade_seedArticle_givesSeedCopy() throws IOException {
    String clean = seed(CLEAN);
    String expected = seed(DEGRADED);
    DegradeOptions options =
        DegradeOptions.seed().toBuilder().truncateChars(expected.codePointCount(0, expected.length())).build();

    String degraded = Degrader.create(options).degrade(clean);

    assertThat(degraded.lines()).containsExactlyElementsOf(expected.lines().toList());
    assertThat(degraded).isEqualTo(expected);
  }

  @Test
  void degrade_seedArticleWithoutCut_endsWithTheBylineLine() throws IOException {
    String degraded = Degrader.create(DegradeOptions.seed()).degrade(seed(CLEAN));

    assertThat(degraded).startsWith(seed(DEGRADED)).endsWith("\nhuyền lê theo politico\n");
  }

  @Test
  void degrade_seedCopy_isAFixedPointOfTheSeedPreset() throws IOException {
    String copy = seed(DEGRADED);

    assertThat(Degrader.create(DegradeOptions.seed()).degrade(copy)).isSameAs(copy);
  }
}
