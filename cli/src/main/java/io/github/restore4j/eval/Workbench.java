// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import io.github.restore4j.text.Lines;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the evaluation of one corpus needs: the documents, the sample, the degraded copies of
 * each profile with their references, and the pools (built once, reused by every profile that
 * restores against them).
 *
 * <pre>{@code
 * Workbench w = new Workbench(corpus, List.of(), 50, 1);
 * Workbench.Scenario s = w.scenario(Profile.SHUFFLED);
 * restorer.restore(s.copies().get(0).text(), w.pool(s.pool()));
 * }</pre>
 *
 * <p>Documents that cannot serve as clean text ({@link #unfit}) are left out of everything. The sample is every document when there are
 * at most {@code maxDocuments}, else a seeded choice of that many, in corpus order. Not
 * thread-safe; the pools and baselines it hands out are.
 */
final class Workbench {
  /** Which documents a pool holds besides the distractors. */
  enum PoolKind {
    /** Every document of the corpus. */
    BASE,
    /** Every document, the sampled ones replaced by their editions. */
    EDITIONS,
    /** Every document but those held out for {@link Profile#UNCOVERED}. */
    HELD_OUT,
    /** Every document, the sampled ones replaced by related articles ({@link RelatedArticles}). */
    RELATED
  }

  /**
   * One line of a degraded copy and what it should become.
   *
   * @param source    id of the clean document it came from
   * @param degraded  the degraded line
   * @param reference the clean text it came from
   * @param covered   whether that document (or its edition) is in the pool
   * @param ambiguous whether, in a copy whose line order says nothing, the pool makes the line
   *                  undecidable: another pool line degrades to the same text from a different
   *                  clean text ("Madde 3" and "Madde 4" both give "madde"); for
   *                  {@link Profile#RELATED}, whether a pool line degrades to the same text from a
   *                  clean text other than the line's reference (the same words with other numbers
   *                  or commas)
   * @param variant   the index into {@link Scenario#variants()} of the degradation the line went
   *                  through (0 but for {@link Profile#MIXED})
   */
  record Expected(String source, String degraded, String reference, boolean covered, boolean ambiguous,
      int variant) {
    Expected(String source, String degraded, String reference, boolean covered, boolean ambiguous) {
      this(source, degraded, reference, covered, ambiguous, 0);
    }
  }

  /** A degraded copy: its lines in order. */
  record Copy(String id, List<Expected> lines) {
    Copy {
      lines = List.copyOf(lines);
    }

    /** The copy as the restorer gets it: lines joined with {@code "\n"}. */
    String text() {
      StringBuilder sb = new StringBuilder();
      for (Expected e : lines) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(e.degraded());
      }
      return sb.toString();
    }
  }

  /**
   * What to restore under one profile, and against which pool.
   *
   * @param variants      the degradations the lines went through ({@link Expected#variant()}), the
   *                      profile's own first
   * @param artifactWords for {@link Profile#ARTIFACT}, the words the tone artifact changed in the copies
   */
  record Scenario(Profile profile, PoolKind pool, List<Copy> copies, List<DegradeOptions> variants,
      long artifactWords) {
    Scenario {
      copies = List.copyOf(copies);
      variants = List.copyOf(variants);
    }

    Scenario(Profile profile, PoolKind pool, List<Copy> copies) {
      this(profile, pool, copies, List.of(profile.degradeOptions()), 0);
    }

    /** Whether the copies keep their documents' line order (all but shuffled and mixed copies). */
    boolean ordered() {
      return profile != Profile.SHUFFLED && profile != Profile.MIXED;
    }

    int lines() {
      return copies.stream().mapToInt(c -> c.lines().size()).sum();
    }
  }

  /** The share of a copy's lines added from held-out documents, relative to its own lines. */
  static final double UNCOVERED_SHARE = 0.25;
  /** Documents interleaved into one compilation copy. */
  static final int COMPILATION_GROUP = 3;
  /** The longest run of consecutive lines of one document in a compilation. */
  static final int COMPILATION_MAX_RUN = 6;
  /** The shortest and longest stretch of a mixed copy whose lines keep or lose their order together. */
  static final int MIXED_MIN_STRETCH = 3;
  static final int MIXED_MAX_STRETCH = 8;
  /**
   * The degradations a {@link Profile#MIXED} line is chosen from: the seed's; combining marks
   * stripped as other tools strip them; the project's ascii; punctuation to spaces; typos.
   */
  static final List<DegradeOptions> MIXED_VARIANTS = List.of(
      DegradeOptions.seed(),
      DegradeOptions.builder().sentencePerLine(true).stripMarks(true).build(),
      DegradeOptions.ascii(),
      DegradeOptions.split(),
      Profile.TYPO_OPTIONS);

  private final Corpus corpus;
  private final List<Sibling> docs = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final List<Integer> sample;
  private final List<Sibling> distractors;
  private final long seed;
  private final Map<DegradeOptions, References> references = new HashMap<>();
  private final Map<DegradeOptions, Set<String>> ambiguous = new HashMap<>();
  private final Map<DegradeOptions, Map<Integer, List<References.Line>>> lines = new HashMap<>();
  private final Map<PoolKind, List<Sibling>> poolDocs = new EnumMap<>(PoolKind.class);
  private final Map<PoolKind, SiblingPool> pools = new EnumMap<>(PoolKind.class);
  private final Map<Integer, RelatedArticles.Article> related = new HashMap<>();
  private final Map<String, DiffBaseline> baselines = new HashMap<>();
  private Set<Integer> held;

  Workbench(Corpus corpus, List<Sibling> distractors, int maxDocuments, long seed) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.distractors = List.copyOf(distractors);
    this.seed = seed;
    for (Sibling d : corpus.documents()) {
      String why = unfit(d.text());
      if (why == null) {
        docs.add(d);
      } else {
        skipped.add(d.id() + " (" + why + ")");
      }
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      all.add(i);
    }
    if (docs.size() <= maxDocuments) {
      sample = List.copyOf(all);
    } else {
      Rng.of(seed, corpus.name(), "sample").shuffle(all);
      List<Integer> s = new ArrayList<>(all.subList(0, maxDocuments));
      s.sort(null);
      sample = List.copyOf(s);
    }
  }

  Corpus corpus() {
    return corpus;
  }

  /** Documents evaluated on (those with form to restore). */
  List<Sibling> documents() {
    return docs;
  }

  /** Documents left out, each as {@code "ID (REASON)"}. */
  List<String> skipped() {
    return skipped;
  }

  /** Indexes into {@link #documents()} of the sampled documents, ascending. */
  List<Integer> sample() {
    return sample;
  }

  /**
   * Why a document cannot serve as clean text, or null when it can: it has no form to restore (no
   * capital letter and no punctuation: already degraded, like the seed copy 001), or it is not prose
   * (at least 10 degraded lines, fewer than half of them distinct: a file list such as
   * ru-factrueval's {@code list.txt}, whose lines no restorer can tell apart).
   */
  static String unfit(String text) {
    if (!hasForm(text)) {
      return "no form to restore";
    }
    String[] lines = Degrader.create(DegradeOptions.seed()).degrade(text).split("\n");
    long distinct = java.util.Arrays.stream(lines).distinct().count();
    if (lines.length >= 10 && distinct * 2 < lines.length) {
      return "not prose: " + distinct + " distinct of " + lines.length + " lines";
    }
    return null;
  }

  /** Whether a text has anything a restorer could restore: a capital letter or a punctuation mark. */
  static boolean hasForm(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isUpperCase(cp) || Character.isTitleCase(cp) || WordSpans.isPunctuation(cp)) {
        return true;
      }
    }
    return false;
  }

  /** The degraded copies of {@code profile}. */
  Scenario scenario(Profile profile) {
    DegradeOptions options = profile.degradeOptions();
    List<Copy> copies = new ArrayList<>();
    switch (profile) {
      case SHUFFLED -> {
        Set<String> ambiguous = ambiguousLines(options);
        for (int d : sample) {
          List<Expected> ls = new ArrayList<>();
          for (Expected e : expected(options, d, true)) {
            ls.add(new Expected(e.source(), e.degraded(), e.reference(), true,
                ambiguous.contains(e.degraded())));
          }
          Rng.of(seed, corpus.name(), "shuffled", d).shuffle(ls);
          copies.add(new Copy(docs.get(d).id(), ls));
        }
      }
      case COMPILATION -> {
        List<Integer> order = new ArrayList<>(sample);
        Rng.of(seed, corpus.name(), "compilation").shuffle(order);
        for (int g = 0; g < order.size(); g += COMPILATION_GROUP) {
          List<Integer> group = order.subList(g, Math.min(order.size(), g + COMPILATION_GROUP));
          copies.add(compilation(options, group, g / COMPILATION_GROUP));
        }
      }
      case UNCOVERED -> copies.addAll(uncovered(options));
      case ASR -> {
        return new Scenario(profile, PoolKind.BASE, transcripts(), List.of(transcriptOptions()), 0);
      }
      case MIXED -> {
        for (int d : sample) {
          copies.add(mixed(d));
        }
        return new Scenario(profile, PoolKind.BASE, copies, MIXED_VARIANTS, 0);
      }
      case ARTIFACT -> {
        DegradeOptions plain = options.toBuilder().toneArtifact(false).build();
        long changed = 0;
        for (int d : sample) {
          List<Expected> ls = expected(options, d, true);
          List<Expected> without = expected(plain, d, true);
          long words = 0;
          for (int i = 0; i < Math.min(ls.size(), without.size()); i++) {
            words += differingWords(ls.get(i).degraded(), without.get(i).degraded());
          }
          if (words > 0) {
            changed += words;
            copies.add(new Copy(docs.get(d).id(), ls));
          }
        }
        return new Scenario(profile, PoolKind.BASE, copies, List.of(options), changed);
      }
      case RELATED -> {
        Map<String, Set<String>> poolForms = poolForms(options, PoolKind.RELATED);
        for (int d : sample) {
          RelatedArticles.Article article = related(d);
          List<Expected> ls = new ArrayList<>();
          for (Expected e : expected(options, d, true)) {
            Set<String> forms = poolForms.getOrDefault(e.degraded(), Set.of());
            boolean contradicted = forms.stream().anyMatch(f -> !f.equals(e.reference()));
            ls.add(new Expected(e.source(), e.degraded(), e.reference(), article.covers(e.reference()),
                contradicted));
          }
          copies.add(new Copy(docs.get(d).id(), ls));
        }
        return new Scenario(profile, PoolKind.RELATED, copies);
      }
      default -> {
        for (int d : sample) {
          copies.add(new Copy(docs.get(d).id(), expected(options, d, true)));
        }
      }
    }
    PoolKind pool = profile == Profile.EDITION ? PoolKind.EDITIONS
        : profile == Profile.UNCOVERED ? PoolKind.HELD_OUT : PoolKind.BASE;
    return new Scenario(profile, pool, copies);
  }

  /** The pool of this kind (indexed by the restorer on first use). */
  SiblingPool pool(PoolKind kind) {
    return pools.computeIfAbsent(kind, k -> SiblingPool.of(poolDocuments(k)));
  }

  /** The baseline over the pool of this kind, for lines degraded with {@code options}. */
  DiffBaseline baseline(PoolKind kind, DegradeOptions options) {
    String key = kind + "/" + options.punctuation() + "/" + options.keepDigits() + "/"
        + (options.stripDiacritics() || options.stripMarks());
    return baselines.computeIfAbsent(key, k -> DiffBaseline.index(poolDocuments(kind), options));
  }

  /** The clean documents of the pool of this kind, distractors last. */
  List<Sibling> poolDocuments(PoolKind kind) {
    return poolDocs.computeIfAbsent(kind, k -> {
      List<Sibling> out = new ArrayList<>();
      Set<Integer> sampled = new LinkedHashSet<>(sample);
      for (int i = 0; i < docs.size(); i++) {
        switch (k) {
          case EDITIONS -> out.add(sampled.contains(i) ? edition(i) : docs.get(i));
          case HELD_OUT -> {
            if (!held().contains(i)) {
              out.add(docs.get(i));
            }
          }
          case RELATED -> out.add(sampled.contains(i) ? related(i).article() : docs.get(i));
          default -> out.add(docs.get(i));
        }
      }
      out.addAll(distractors);
      return List.copyOf(out);
    });
  }

  /** The edition of document {@code d}; its "read also" line quotes the next document's title. */
  Sibling edition(int d) {
    String title = "";
    if (docs.size() > 1) {
      String other = docs.get((d + 1) % docs.size()).text();
      for (String line : Lines.split(other)) {
        if (!line.isBlank()) {
          title = line.strip();
          break;
        }
      }
    }
    return Editions.of(docs.get(d), title, Rng.of(seed, corpus.name(), "edition", d));
  }

  /**
   * The related article that stands for sampled document {@code d} in the {@link PoolKind#RELATED}
   * pool: its sentences are interleaved with sentences of documents outside the sample (of the other
   * sampled documents when every document is sampled).
   */
  RelatedArticles.Article related(int d) {
    return related.computeIfAbsent(d, k -> {
      Set<Integer> sampled = new LinkedHashSet<>(sample);
      List<Sibling> donors = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (!sampled.contains(i)) {
          donors.add(docs.get(i));
        }
      }
      if (donors.isEmpty()) {
        for (int i = 0; i < docs.size(); i++) {
          if (i != k) {
            donors.add(docs.get(i));
          }
        }
      }
      return RelatedArticles.of(docs.get(k), donors, Rng.of(seed, corpus.name(), "related", k));
    });
  }

  /** The options of the {@link Profile#ASR} copies: the transcript preset in the corpus's language. */
  DegradeOptions transcriptOptions() {
    DegradeOptions.Builder b = DegradeOptions.transcript().toBuilder().seed(seed);
    if (!corpus.language().equals("und")) {
      b.language(Locale.forLanguageTag(corpus.language()));
    }
    return b.build();
  }

  /** One copy per sampled document: the whole document as a speech recognizer's one line. */
  private List<Copy> transcripts() {
    Degrader degrader = Degrader.create(transcriptOptions());
    List<Copy> copies = new ArrayList<>();
    for (int d : sample) {
      Sibling doc = docs.get(d);
      String line = degrader.degrade(doc.text()).strip();
      if (!line.isEmpty()) {
        copies.add(new Copy(doc.id(), List.of(new Expected(doc.id(), line,
            Scorer.collapseSpace(Normalizer2.getNFCInstance().normalize(doc.text())), true, false))));
      }
    }
    return copies;
  }

  /**
   * A mixed copy of document {@code d}: each line from one of {@link #MIXED_VARIANTS} (the seed
   * degradation's line when the variants do not cut the document into as many lines), then cut into
   * stretches of {@link #MIXED_MIN_STRETCH} to {@link #MIXED_MAX_STRETCH} lines, each either kept in
   * order or shuffled inside; a line of a shuffled stretch is ambiguous when its variant makes it so
   * ({@link #ambiguousLines}).
   */
  private Copy mixed(int d) {
    Rng rng = Rng.of(seed, corpus.name(), "mixed", d);
    List<List<Expected>> byVariant = new ArrayList<>();
    for (DegradeOptions o : MIXED_VARIANTS) {
      byVariant.add(expected(o, d, true));
    }
    int n = byVariant.get(0).size();
    boolean aligned = byVariant.stream().allMatch(l -> l.size() == n);
    List<Expected> lines = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int v = aligned ? rng.nextInt(MIXED_VARIANTS.size()) : 0;
      Expected e = byVariant.get(v).get(k);
      lines.add(new Expected(e.source(), e.degraded(), e.reference(), true, false, v));
    }
    List<Expected> out = new ArrayList<>(n);
    int k = 0;
    while (k < n) {
      int len = MIXED_MIN_STRETCH + rng.nextInt(MIXED_MAX_STRETCH - MIXED_MIN_STRETCH + 1);
      List<Expected> stretch = new ArrayList<>(lines.subList(k, Math.min(n, k + len)));
      if (rng.nextInt(2) == 1) {
        rng.shuffle(stretch);
        for (Expected e : stretch) {
          boolean ambiguous = ambiguousLines(MIXED_VARIANTS.get(e.variant())).contains(e.degraded());
          out.add(new Expected(e.source(), e.degraded(), e.reference(), true, ambiguous, e.variant()));
        }
      } else {
        out.addAll(stretch);
      }
      k += len;
    }
    return new Copy(docs.get(d).id(), out);
  }

  /** Space-delimited words of two lines that differ, position by position (extra words count). */
  static long differingWords(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    long n = Math.abs(x.length - y.length);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        n++;
      }
    }
    return n;
  }

  /**
   * Documents held out of the pool for {@link Profile#UNCOVERED}: a quarter of the sample's size
   * (rounded up), chosen first among documents outside the sample, then among sampled ones, always
   * leaving at least one sampled document in the pool; none when the corpus has one document.
   */
  Set<Integer> held() {
    if (held == null) {
      Set<Integer> sampled = new LinkedHashSet<>(sample);
      List<Integer> outside = new ArrayList<>();
      List<Integer> inside = new ArrayList<>(sample);
      for (int i = 0; i < docs.size(); i++) {
        if (!sampled.contains(i)) {
          outside.add(i);
        }
      }
      Rng rng = Rng.of(seed, corpus.name(), "held");
      rng.shuffle(outside);
      rng.shuffle(inside);
      int k = (sample.size() + 3) / 4;
      Set<Integer> h = new LinkedHashSet<>();
      for (int i = 0; i < outside.size() && h.size() < k; i++) {
        h.add(outside.get(i));
      }
      for (int i = 0; i < inside.size() - 1 && h.size() < k; i++) {
        h.add(inside.get(i));
      }
      held = h;
    }
    return held;
  }

  private Copy compilation(DegradeOptions options, List<Integer> group, int number) {
    Rng rng = Rng.of(seed, corpus.name(), "compilation", number);
    List<List<Expected>> parts = new ArrayList<>();
    int[] next = new int[group.size()];
    StringBuilder id = new StringBuilder("compilation");
    for (int d : group) {
      parts.add(expected(options, d, true));
      id.append(' ').append(docs.get(d).id());
    }
    List<Expected> out = new ArrayList<>();
    boolean more = true;
    while (more) {
      more = false;
      for (int p = 0; p < parts.size(); p++) {
        List<Expected> part = parts.get(p);
        int run = 1 + rng.nextInt(COMPILATION_MAX_RUN);
        for (int k = 0; k < run && next[p] < part.size(); k++) {
          out.add(part.get(next[p]++));
        }
        more |= next[p] < part.size();
      }
    }
    return new Copy(id.toString(), out);
  }

  private List<Copy> uncovered(DegradeOptions options) {
    Set<Integer> h = held();
    // Lines of held-out documents whose words occur in the pool are covered after all: left out.
    StringBuilder poolText = new StringBuilder();
    Degrader unlimited = Degrader.create(options.toBuilder().maxWordsPerLine(0).build());
    for (Sibling s : poolDocuments(PoolKind.HELD_OUT)) {
      for (String line : unlimited.degrade(s.text()).split("\n")) {
        poolText.append(' ').append(line).append(" \n");
      }
    }
    String pool = poolText.toString();
    List<Expected> uncoveredLines = new ArrayList<>();
    for (int d : h) {
      for (References.Line l : references(options).lines(docs.get(d))) {
        if (!pool.contains(" " + l.degraded() + " ")) {
          uncoveredLines.add(new Expected(l.source(), l.degraded(), l.reference(), false, false));
        }
      }
    }
    List<Copy> copies = new ArrayList<>();
    int cursor = 0;
    for (int d : sample) {
      if (h.contains(d)) {
        continue;
      }
      List<Expected> ls = expected(options, d, true);
      Rng rng = Rng.of(seed, corpus.name(), "uncovered", d);
      int add = uncoveredLines.isEmpty() ? 0 : Math.max(1, (int) Math.round(ls.size() * UNCOVERED_SHARE));
      for (int k = 0; k < add; k++) {
        ls.add(rng.nextInt(ls.size() + 1), uncoveredLines.get(cursor++ % uncoveredLines.size()));
      }
      copies.add(new Copy(docs.get(d).id(), ls));
    }
    return copies;
  }

  /** The degraded lines of document {@code d} with references, as a new mutable list. */
  private List<Expected> expected(DegradeOptions options, int d, boolean covered) {
    List<References.Line> ls = lines.computeIfAbsent(options, o -> new HashMap<>())
        .computeIfAbsent(d, i -> references(options).lines(docs.get(i)));
    List<Expected> out = new ArrayList<>(ls.size());
    for (References.Line l : ls) {
      out.add(new Expected(l.source(), l.degraded(), l.reference(), covered, false));
    }
    return out;
  }

  /**
   * The degraded lines that lines of different clean forms in the pool's documents (the whole
   * corpus and the distractors) degrade to, white space aside: without the copy's line order
   * nothing tells which was meant.
   */
  private Set<String> ambiguousLines(DegradeOptions options) {
    Set<String> known = ambiguous.get(options);
    if (known != null) {
      return known;
    }
    Set<String> found = findAmbiguousLines(options);
    ambiguous.put(options, found);
    return found;
  }

  private Set<String> findAmbiguousLines(DegradeOptions options) {
    References refs = references(options);
    Map<String, String> forms = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Sibling doc : poolDocuments(PoolKind.BASE)) {
      for (References.Line l : refs.lines(doc)) {
        String form = l.reference().strip().replaceAll("\\s+", " ");
        String other = forms.putIfAbsent(l.degraded(), form);
        if (other != null && !other.equals(form)) {
          ambiguous.add(l.degraded());
        }
      }
    }
    return ambiguous;
  }

  /**
   * For each degraded line that the pool's documents give under {@code options}, the clean forms it
   * comes from there (white space collapsed). A copy line that the pool gives only from another clean
   * form ({@link Profile#RELATED}: the related article's sentence with the same words and other
   * numbers or commas) is undecidable: its words are all the evidence a restorer has, and they are
   * the pool's sentence's.
   */
  private Map<String, Set<String>> poolForms(DegradeOptions options, PoolKind kind) {
    References refs = references(options);
    Map<String, Set<String>> forms = new HashMap<>();
    for (Sibling doc : poolDocuments(kind)) {
      for (References.Line l : refs.lines(doc)) {
        forms.computeIfAbsent(l.degraded(), k -> new java.util.HashSet<>())
            .add(l.reference().strip().replaceAll("\\s+", " "));
      }
    }
    return forms;
  }

  private References references(DegradeOptions options) {
    return references.computeIfAbsent(options, References::new);
  }
}
