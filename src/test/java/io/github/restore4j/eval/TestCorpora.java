package io.github.restore4j.eval;

import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.Sibling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small real corpora from testdata, so that tests run in seconds. */
final class TestCorpora {
  static final Path SEEDS = Path.of("testdata", "seeds");
  static final Path UK = Path.of("testdata", "corpora", "uk-uagec");
  static final Path RU = Path.of("testdata", "corpora", "ru-factrueval");
  static final Path VI = Path.of("testdata", "corpora", "vi-binhvq-sentences.txt");

  private TestCorpora() {}

  /** The seeds: Vietnamese 004 with Ukrainian and Russian distractors (001, already degraded, is left out). */
  static Corpus seeds() {
    return Corpus.read(SEEDS);
  }

  /** The first {@code n} documents of a corpus folder, as a corpus of that name. */
  static Corpus first(Path folder, int n) {
    List<Sibling> docs = new ArrayList<>();
    for (Path f : TextFiles.expandTextFiles(folder).subList(0, n)) {
      docs.add(Sibling.of(f.getFileName().toString(), TextFiles.readText(f)));
    }
    return Corpus.of(folder.getFileName().toString(), docs);
  }
}
