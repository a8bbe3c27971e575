// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * The {@code restore4j} command line: {@link io.github.restore4j.cli.Main} and its subcommands.
 *
 * <pre>{@code
 * $ java -jar cli/target/restore4j-cli.jar          # the demo, run from the project root
 * $ java -jar cli/target/restore4j-cli.jar restore --degraded 001.txt --sibling seeds/ --out 001.restored.txt
 * 22 lines: 22 restored, 0 partial, 0 unchanged, 0 empty; …            (on standard error)
 * $ java -jar cli/target/restore4j-cli.jar restore --degraded photo.png --sibling seeds/
 * restore4j: photo.png: binary data, not text                         (exit status 2)
 * }</pre>
 *
 * <h2>Exit status</h2>
 * <ul>
 *   <li>0: success ({@code --help} and {@code --version} too);
 *   <li>1: an unexpected failure, that is a bug: one line on standard error, and the stack trace
 *       with {@code --debug} or the environment variable {@code RESTORE4J_DEBUG=1};
 *   <li>2: bad input or usage, or output that cannot be written (a full disk, a closed pipe behind
 *       standard output): one line {@code restore4j: MESSAGE} on standard error, no stack trace,
 *       and no output file written or changed. Restoring a folder
 *       ({@link io.github.restore4j.cli.FolderRestore}) is the one exception: each file is all or
 *       nothing on its own, so a file that fails gets its line and the others are written; the
 *       run then ends with {@code restore4j: N of M files failed} and 2.
 * </ul>
 *
 * <h2>Adding a subcommand</h2>
 * <ol>
 *   <li>Write a {@code final class XxxCommand implements Callable<Integer>} in this package,
 *       annotated {@code @Command(name = "xxx", mixinStandardHelpOptions = true,
 *       versionProvider = VersionProvider.class, description = …)} (see {@link
 *       io.github.restore4j.cli.RestoreCommand}).
 *   <li>Print through {@code spec.commandLine().getOut()} / {@code getErr()} (inject
 *       {@code @Spec CommandSpec spec}), never {@code System.out}, so that tests capture it; call
 *       {@code CheckedWriter.checkWritten(out)} once the results are printed.
 *   <li>Read files with {@link io.github.restore4j.io.TextFiles} (standard input too, with
 *       {@code readText(System.in, "standard input")}); write output files through one
 *       {@link io.github.restore4j.io.OutputFiles}, committed after standard output is checked,
 *       so that a failed run leaves no file. Report bad input by
 *       throwing {@link io.github.restore4j.InvalidInputException} with a one-line message; the
 *       shared handlers print it and exit with 2. Do not catch and print yourself.
 *   <li>Add one line {@code XxxCommand.class,} to the {@code subcommands} of {@code Main}.
 * </ol>
 *
 * <p>All text goes out as UTF-8, whatever the platform's default charset.
 */
package io.github.restore4j.cli;
