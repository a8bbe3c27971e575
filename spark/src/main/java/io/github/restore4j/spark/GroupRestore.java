// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.restore.ChangeKind;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoredLine;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The last stage: each degraded document restored by the core {@link Restorer} against a
 * {@link SiblingPool} of its candidates — the code path of one machine, with a smaller pool.
 *
 * <p>Input rows: {@code (id, text, error, cands)}, {@code cands} an array of
 * {@code (sid, stext)} or null. The candidates are put in id order, the order of a pool read from a
 * folder on one machine, so that ties between siblings resolve the same way. A document whose
 * restoration fails on its input ({@link InvalidInputException}: NUL characters, an overlong line)
 * gets the message as its error; so does any other failure of one document, with its type, so that
 * one bad document in a billion does not stop the job.
 */
final class GroupRestore implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final SparkRestoreOptions options;

  GroupRestore(SparkRestoreOptions options) {
    this.options = options;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Restorer restorer = Restorer.create(options.restoreOptions());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return restore(restorer, rows.next());
      }
    };
  }

  static Row restore(Restorer restorer, Row in) {
    String id = in.getString(0);
    String error = in.getString(2);
    if (error != null) {
      return failed(id, error);
    }
    List<Sibling> siblings = candidates(in.isNullAt(3) ? List.of() : in.getList(3));
    List<String> ids = new ArrayList<>(siblings.size());
    for (Sibling s : siblings) {
      ids.add(s.id());
    }
    try {
      Restoration r = restorer.restore(in.getString(1), SiblingPool.of(siblings));
      return RowFactory.create(id, r.text(), seq(lines(r)), seq(ids), null);
    } catch (InvalidInputException e) {
      return failed(id, id + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return failed(id, id + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The candidates as siblings in id order (then text order, should two share an id). */
  static List<Sibling> candidates(List<Row> cands) {
    List<Sibling> out = new ArrayList<>(cands.size());
    for (Row c : cands) {
      out.add(Sibling.of(c.getString(0), c.getString(1)));
    }
    out.sort(Comparator.comparing(Sibling::id).thenComparing(Sibling::text));
    return out;
  }

  /** A list as the Scala sequence a row encoder takes for an array column. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list);
  }

  static Row failed(String id, String error) {
    return RowFactory.create(id, null, null, null, error);
  }

  /** The lines of a restoration as rows of {@link Schemas#LINE}. */
  static List<Row> lines(Restoration r) {
    List<Row> out = new ArrayList<>(r.lines().size());
    for (RestoredLine l : r.lines()) {
      List<String> changes = new ArrayList<>(l.changes().size());
      for (ChangeKind k : ChangeKind.values()) {
        if (l.changes().contains(k)) {
          changes.add(k.name());
        }
      }
      out.add(RowFactory.create(l.index(), l.input(), l.output(), l.status().name(), l.siblingId().orElse(null),
          l.span().start(), l.span().end(), seq(changes), l.words(), l.wordsAligned(), l.confidence()));
    }
    return out;
  }
}
