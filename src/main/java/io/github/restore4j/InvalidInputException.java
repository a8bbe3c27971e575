// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j;

/**
 * Thrown when input cannot be processed: a missing or unreadable file, bytes that are not UTF-8,
 * binary data, an empty document or a folder with no {@code .txt} file.
 *
 * <p>The message is one line meant for a person, the same line the command line prints before it
 * exits with status 2, e.g. {@code "001.txt: not valid UTF-8 at byte 1043"}.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a one-line message for a person.
   *
   * @param message what is wrong with the input, naming it
   */
  public InvalidInputException(String message) {
    super(message);
  }

  /**
   * An exception with a one-line message and the failure that revealed it.
   *
   * @param message what is wrong with the input, naming it
   * @param cause   the underlying failure (an {@link java.io.IOException}, a decoding error)
   */
  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
