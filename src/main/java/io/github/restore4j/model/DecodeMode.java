// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.model;

/**
 * How a {@link FormDecoder} chooses each word's form.
 *
 * <pre>{@code
 * model.decoder(DecodeMode.CONTEXT, FormModel.DEFAULT_MIN_CONFIDENCE)   // the model
 * model.decoder(DecodeMode.UNIGRAM, 0)                                 // the baseline it is measured against
 * }</pre>
 */
public enum DecodeMode {
  /**
   * Form bigrams with interpolated Kneser-Ney smoothing, decoded per line with Viterbi; confidences
   * from max-marginals (the best path through each form).
   */
  CONTEXT,
  /** Each word's most frequent form, without context: the usual baseline of diacritic restoration. */
  UNIGRAM
}
