// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * The evaluation harness: measures how well restore4j restores degraded text, the way punctuation
 * and truecasing systems are measured, on real text and beside a baseline.
 *
 * <pre>{@code
 * EvalReport report = Evaluation.run(EvalOptions.builder()
 *     .corpora(List.of(Corpus.read(Path.of("testdata/corpora/uk-uagec"))))
 *     .profiles(List.of(Profile.SEED, Profile.UNCOVERED))
 *     .build());
 * System.out.print(report.toMarkdown());   // | uk-uagec | seed | 1969 | 99.10 / 70.52 | …
 * }</pre>
 *
 * <h2>What is run</h2>
 * <ol>
 *   <li>Each {@link io.github.restore4j.eval.Corpus} is a set of clean documents. Up to
 *       {@link io.github.restore4j.eval.EvalOptions#maxDocuments()} of them (a seeded sample) are
 *       degraded; all of them, plus the distractors, form the pool of siblings.
 *   <li>Each {@link io.github.restore4j.eval.Profile} says how a copy is degraded and what the pool
 *       holds (shuffled lines, typos, another edition, compilations, lines with no sibling).
 *   <li>Every copy is restored by restore4j (one {@code SiblingPool} per corpus and pool kind, built
 *       once) and by the baseline, a java-diff-utils script (see {@code DiffBaseline}), and every
 *       line of both outputs is scored against its reference.
 * </ol>
 *
 * <h2>References</h2>
 * The reference of a degraded line is derived without the restorer: the harness degrades each clean
 * document sentence by sentence itself (lines cut at line breaks, sentences by ICU, each sentence
 * through {@code Degrader.degradeLine}), so every degraded line is known with the clean sentence it
 * came from, white space runs made one space. When the 40-word limit cut the line, the reference is
 * the shortest prefix of whole clean tokens that degrades to the line, plus the tokens after it that
 * degrade to nothing (punctuation, numbers) up to the next word: {@code "… word40, – 2023 word41"}
 * gives {@code "… word40, – 2023"}.
 *
 * <h2>Metrics</h2>
 * Counts are summed over all lines of all copies of a corpus (micro-averaged); the Markdown summary
 * averages those per-corpus rates over corpora. Output and reference are cut into words as the
 * degradation cuts them (by fidelity both have the input's words), and aligned word by word.
 * <ul>
 *   <li><b>fidelity</b>: share of lines whose output, degraded again with the profile's options
 *       (without typos), is the input line. Must be 100%.
 *   <li><b>exact</b>: share of covered lines equal to the reference (white space runs aside).
 *   <li><b>decidable lines</b>: {@link io.github.restore4j.eval.Profile#SHUFFLED} copies have lost
 *       the line order, and with it what tells apart lines that pool lines of different clean forms
 *       degrade to ({@code "Madde 3"} and {@code "Madde 4"} both give {@code "madde"};
 *       {@code "Ảnh minh họa"} and {@code "Ảnh minh họa."}). The harness finds those lines from the
 *       references alone and adds a second row, {@code shuffled, decidable lines}, without them.
 *   <li><b>case</b>: share of words each of whose letters has the reference's case (a word with a
 *       typo: the same pattern, lower/Title/UPPER/mixed).
 *   <li><b>diacritics</b>: share of words (typo words aside) whose letters with their marks,
 *       case-folded, equal the reference's; Vietnamese tone placement counts.
 *   <li><b>punctuation</b> P/R/F1 per {@link io.github.restore4j.eval.MarkClass}: in each slot
 *       (before the first word, between two words, inside a word, after the last) the output's marks
 *       are matched with the reference's as multisets of code points.
 *   <li><b>numbers</b> P/R: number tokens (digits with {@code . , / : -} between digits) in the same
 *       slots, matched as strings; only for profiles that delete digits.
 *   <li><b>restored / unchanged</b>: shares of covered lines the system restored whole / left as
 *       they came (its own line status).
 *   <li><b>uncovered unchanged</b>: for {@link io.github.restore4j.eval.Profile#UNCOVERED}, the
 *       share of lines with no sibling left exactly as they came (nothing invented).
 * </ul>
 *
 * <h2>Inputs as users have them</h2>
 * Four profiles and one mode measure what other tools produce rather than the project's own
 * degradation (issue 9):
 * <ul>
 *   <li>{@link io.github.restore4j.eval.Profile#ASR}: one all-capital line per document with one word
 *       in four wrong and numbers spelled by ICU; a copy's words are not the document's, so it is
 *       scored as Earnings-21 and fstalign score punctuation and truecasing: output words aligned with
 *       the clean document's by word-level edit distance over folded keys (Hirschberg, linear memory;
 *       {@code WordAligner}), case accuracy and punctuation P/R/F1 over the pairs of equal keys, and
 *       the share of the copy's words so matched ({@link io.github.restore4j.eval.WordScores}). Its
 *       fidelity ("words kept") is whether the output has the copy's letters and digits in order.
 *   <li>{@link io.github.restore4j.eval.Profile#MIXED}: five degradations line by line in one file,
 *       order kept in some stretches and shuffled in others; rows for all lines, the decidable ones, and
 *       the decidable lines whose diacritics were stripped. The baseline is told each line's
 *       degradation (restore4j is not).
 *   <li>{@link io.github.restore4j.eval.Profile#ARTIFACT}: the seed degradation, over the copies whose
 *       words the tone artifact changed (their number is reported).
 *   <li>{@link io.github.restore4j.eval.Profile#RELATED}: a synthetic related article replaces the
 *       document in the pool; the figure is the share of changed words whose new form is right. Its
 *       second row, {@code related, decidable lines}, leaves out the lines that pool lines degrade to
 *       only from another clean form: the article's sentence with the same words and other numbers
 *       or commas, which the copy (no digits, no punctuation) cannot tell from the document's.
 *   <li>{@link io.github.restore4j.eval.Transcripts} ({@code eval --transcripts DIR}): real recognizer
 *       output restored against its human transcript, beside a whole-sequence alignment baseline
 *       ({@code SequenceBaseline}), per call and in total, with timings.
 * </ul>
 *
 * <p>Runs are reproducible: every random choice is seeded from
 * {@link io.github.restore4j.eval.EvalOptions#seed()}, and the report holds no timings (the
 * transcripts report does: time per call is one of its figures).
 */
package io.github.restore4j.eval;
