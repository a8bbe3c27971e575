// The measurements of spark/README.md, as a single-file program on the core's CLI jar:
//   java -cp target/restore4j-cli.jar spark/scripts/DoneWhen.java prepare CORPUS COUNT DIR
//   java -cp target/restore4j-cli.jar spark/scripts/DoneWhen.java single CORPUS DIR/degraded OUT
//   java -cp target/restore4j-cli.jar spark/scripts/DoneWhen.java score DIR/references OUT_A OUT_B
// prepare: COUNT documents of CORPUS spread evenly (every size/COUNT-th), degraded with the seed
// profile sentence by sentence as the evaluation does, to DIR/degraded/NAME; the clean sentence of
// each degraded line to DIR/references/NAME. single: the core API in a loop (one JVM, one pool).
// score: lines of OUT_A equal to OUT_B's, and exact lines (white space aside) of each against the
// references.
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import io.github.restore4j.text.Lines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class DoneWhen {
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "prepare" -> prepare(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
      case "single" -> single(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
      case "score" -> score(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static void prepare(Path corpus, int count, Path dir) throws Exception {
    List<Path> files = TextFiles.expandTextFiles(corpus);
    Degrader d = Degrader.create(DegradeOptions.seed());
    Files.createDirectories(dir.resolve("degraded"));
    Files.createDirectories(dir.resolve("references"));
    double step = (double) files.size() / count;
    for (int k = 0; k < count; k++) {
      Path f = files.get((int) (k * step));
      String clean = TextFiles.readText(f);
      List<String> degraded = new ArrayList<>();
      List<String> refs = new ArrayList<>();
      BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ROOT);
      for (String line : Lines.split(clean)) {
        it.setText(line);
        for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
          String sentence = line.substring(s, e);
          String out = d.degradeLine(sentence);
          if (!out.isEmpty()) {
            degraded.add(out);
            refs.add(sentence.strip().replaceAll("\\s+", " "));
          }
        }
      }
      String whole = String.join("\n", degraded) + (Lines.endsWithBreak(clean) ? "\n" : "");
      if (!whole.equals(d.degrade(clean))) {
        throw new IllegalStateException(f + ": sentence-by-sentence degradation differs from the Degrader's");
      }
      Files.writeString(dir.resolve("degraded").resolve(f.getFileName()), whole);
      Files.writeString(dir.resolve("references").resolve(f.getFileName()), String.join("\n", refs) + "\n");
    }
  }

  static void single(Path corpus, Path degraded, Path out) throws Exception {
    long t0 = System.nanoTime();
    List<Sibling> siblings = new ArrayList<>();
    for (Path f : TextFiles.expandTextFiles(corpus)) {
      siblings.add(Sibling.of(f.getFileName().toString(), TextFiles.readText(f)));
    }
    SiblingPool pool = SiblingPool.of(siblings);
    Restorer restorer = Restorer.create(RestoreOptions.defaults());
    Files.createDirectories(out);
    List<Path> docs = TextFiles.expandTextFiles(degraded);
    for (Path f : docs) {
      Files.writeString(out.resolve(f.getFileName()), restorer.restore(TextFiles.readText(f), pool).text());
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("single (API loop, one JVM): %d documents in %.1f s (%.2f/s)%n", docs.size(), s, docs.size() / s);
  }

  static void score(Path refs, Path a, Path b) throws Exception {
    int lines = 0, same = 0, exactA = 0, exactB = 0, docs = 0, missing = 0;
    for (Path r : TextFiles.expandTextFiles(refs)) {
      String name = r.getFileName().toString();
      List<String> ref = Lines.split(TextFiles.readText(r));
      List<String> la = read(a.resolve(name));
      List<String> lb = read(b.resolve(name));
      docs++;
      if (la == null || lb == null) {
        missing++;
        continue;
      }
      for (int i = 0; i < ref.size(); i++) {
        lines++;
        String x = i < la.size() ? la.get(i) : null;
        String y = i < lb.size() ? lb.get(i) : null;
        if (x != null && x.equals(y)) {
          same++;
        }
        if (x != null && norm(x).equals(ref.get(i))) {
          exactA++;
        }
        if (y != null && norm(y).equals(ref.get(i))) {
          exactB++;
        }
      }
    }
    System.out.printf("%d documents (%d missing), %d lines: %d agree (%.2f%%); exact lines %s %.2f%%, %s %.2f%%%n",
        docs, missing, lines, same, 100.0 * same / lines, a, 100.0 * exactA / lines, b, 100.0 * exactB / lines);
  }

  static List<String> read(Path p) throws Exception {
    return Files.exists(p) ? Lines.split(Files.readString(p)) : null;
  }

  static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
