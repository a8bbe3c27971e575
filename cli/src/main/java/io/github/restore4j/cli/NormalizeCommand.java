// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.io.OutputFiles;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.normalize.AppliedStep;
import io.github.restore4j.normalize.Change;
import io.github.restore4j.normalize.Normalized;
import io.github.restore4j.normalize.QuoteStyle;
import io.github.restore4j.normalize.SpaceStyle;
import io.github.restore4j.normalize.TextNormalizer;
import io.github.restore4j.normalize.ToneStyle;
import io.github.restore4j.normalize.UnicodeForm;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code restore4j normalize}: repairs a text (Unicode, whitespace, Vietnamese tone marks, legacy
 * Vietnamese encodings, mojibake, mixed-script words) and optionally restyles it.
 *
 * <pre>{@code
 * $ printf 'nhà ngoại giao noí  \r\n' | restore4j normalize --explain
 * nhà ngoại giao nói                                     (standard output)
 * TONES: invalid tone placement repaired (1): "noí" -> "nói"          (standard error)
 * WHITESPACE: line breaks normalized to \n (1): "\r\n" -> "\n"
 * WHITESPACE: trailing whitespace removed (1): "giao noí  " -> "giao noí"
 * $ restore4j normalize --in old.txt --out new.txt --tone new --quotes ascii
 * }</pre>
 *
 * <p>Reads {@code --in} or standard input, strictly as UTF-8 (binary data, invalid UTF-8, an empty
 * or missing file: one line on standard error, exit status 2); writes {@code --out} atomically
 * (never a partial file) or standard output. A new instance serves one run.
 */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Repairs text: Unicode (NFC, invisible and control characters), whitespace that changes no"
            + " meaning, invalid Vietnamese tone placements, legacy Vietnamese encodings (VNI, TCVN3,"
            + " windows-1258), mojibake and mixed-script words, each only where unambiguous.",
        "Style changes (--tone, --quotes, --spaces, --form) are off by default: clean text comes out"
            + " unchanged.",
        "Reads --in or standard input, writes --out or standard output; UTF-8."})
final class NormalizeCommand implements Callable<Integer> {
  static final String STDIN = "standard input";

  @Spec
  private CommandSpec spec;

  @Option(names = "--in", paramLabel = "FILE",
      description = "Read this UTF-8 file instead of standard input (- or /dev/stdin: standard input).")
  private Path in;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write here, atomically, instead of to standard output.")
  private Path out;

  @Option(names = "--tone", paramLabel = "keep|old|new", defaultValue = "keep",
      converter = ToneConverter.class,
      description = "Vietnamese tone marks: keep valid placements (default), or place them the old"
          + " way (hòa, thủy) or the new way (hoà, thuỷ). Invalid placements are repaired in all three.")
  private ToneStyle tone;

  @Option(names = "--quotes", paramLabel = "keep|ascii|canonical", defaultValue = "keep",
      converter = QuoteConverter.class,
      description = "Quotation marks, apostrophes, dashes: keep (default), ascii, or canonical for --lang.")
  private QuoteStyle quotes;

  @Option(names = "--spaces", paramLabel = "keep|plain", defaultValue = "keep",
      converter = SpaceConverter.class,
      description = "No-break and other spaces: keep (default) or make them plain spaces.")
  private SpaceStyle spaces;

  @Option(names = "--form", paramLabel = "nfc|nfkc", defaultValue = "nfc",
      converter = FormConverter.class,
      description = "Unicode normalization form: nfc (default) or nfkc.")
  private UnicodeForm form;

  @Option(names = "--lang", paramLabel = "TAG", converter = LanguageTagConverter.class,
      description = "Language of the text (BCP 47): the canonical quotes of --quotes canonical"
          + " (de, en, fr, ru, uk, vi); vi also repairs tone marks in text without other"
          + " Vietnamese-only letters.")
  private Locale language;

  @Option(names = "--explain",
      description = "List the repairs and changes made, with examples, on standard error.")
  private boolean explain;

  @Override
  public Integer call() {
    TextNormalizer normalizer = normalizer();
    if (out != null) {
      TextFiles.checkWritable(out);
    }
    String text = in != null && !RestoreInputs.isStandardInput(in)
        ? TextFiles.readText(in) : TextFiles.readText(System.in, STDIN);
    Normalized result = explain ? normalizer.normalizeAndExplain(text) : null;
    String normalized = result != null ? result.text() : normalizer.normalize(text);
    try (OutputFiles files = new OutputFiles()) {
      if (out != null) {
        files.add(out, normalized);
      } else {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(normalized);
        CheckedWriter.checkWritten(stdout);
      }
      files.commit();
    }
    if (result != null) {
      PrintWriter stderr = spec.commandLine().getErr();
      if (result.unchanged()) {
        stderr.println("no change");
      }
      for (AppliedStep step : result.steps()) {
        stderr.println(describe(step));
      }
      stderr.flush();
    }
    return Main.EXIT_OK;
  }

  private TextNormalizer normalizer() {
    TextNormalizer.Builder b = TextNormalizer.builder().tone(tone).quotes(quotes).spaces(spaces)
        .unicodeForm(form);
    if (language != null) {
      b.language(language);
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  /** One line: {@code STEP: description (count): "before" -> "after", ...}. */
  static String describe(AppliedStep step) {
    StringBuilder line = new StringBuilder()
        .append(step.step()).append(": ").append(step.description())
        .append(" (").append(step.count()).append(')');
    String separator = ": ";
    for (Change c : step.examples()) {
      line.append(separator).append('"').append(visible(c.before())).append("\" -> \"")
          .append(visible(c.after())).append('"');
      separator = ", ";
    }
    return line.toString();
  }

  /** Escapes what a terminal would not show: controls, odd spaces, invisible and combining marks. */
  static String visible(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c != ' ' && (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.NON_SPACING_MARK
          || type == Character.UNASSIGNED)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Enum options in lowercase, as the usage shows them; any case is accepted. */
  private abstract static class LowercaseEnum<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    LowercaseEnum(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value)) {
          return e;
        }
      }
      StringBuilder known = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        known.append(known.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
      }
      throw new TypeConversionException("'" + value + "' is not one of " + known);
    }
  }

  static final class ToneConverter extends LowercaseEnum<ToneStyle> {
    ToneConverter() {
      super(ToneStyle.class);
    }
  }

  static final class QuoteConverter extends LowercaseEnum<QuoteStyle> {
    QuoteConverter() {
      super(QuoteStyle.class);
    }
  }

  static final class SpaceConverter extends LowercaseEnum<SpaceStyle> {
    SpaceConverter() {
      super(SpaceStyle.class);
    }
  }

  static final class FormConverter extends LowercaseEnum<UnicodeForm> {
    FormConverter() {
      super(UnicodeForm.class);
    }
  }
}
