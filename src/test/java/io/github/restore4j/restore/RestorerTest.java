// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class RestorerTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.defaults());
  private static final List<Sibling> SEEDS = Seeds.cleanSeeds();

  private static String restore(String degraded, List<Sibling> siblings) {
    return RESTORER.restore(degraded, siblings).text();
  }

  private static String restore(String degraded) {
    return restore(degraded, SEEDS);
  }

  @Test
  void restore_seedPair_givesGoldenLines() throws IOException {
    String golden = Files.readString(Path.of("src/test/resources/golden/seed-001-restored.txt"), StandardCharsets.UTF_8);

    Restoration r = RESTORER.restore(Seeds.read(Seeds.VI_DEGRADED), SEEDS);

    assertThat(r.text()).isEqualTo(golden);
    assertThat(r.lines()).hasSize(22).allSatisfy(l -> {
      assertThat(l.status()).isEqualTo(LineStatus.RESTORED);
      assertThat(l.siblingId()).contains("004");
      assertThat(Seeds.read(Seeds.VI_CLEAN).substring(l.span().start(), l.span().end())).isEqualTo(l.output());
    });
    assertThat(r.stats().guardFallbacks()).isZero();
    assertThat(r.stats().ambiguousLines()).isZero();
  }

  @Test
  void restore_goldenLinesAreVerbatimSiblingText() throws IOException {
    String sibling = Seeds.read(Seeds.VI_CLEAN);
    String golden = Files.readString(Path.of("src/test/resources/golden/seed-001-restored.txt"), StandardCharsets.UTF_8);

    assertThat(golden.split("\n")).hasSize(22).allSatisfy(line -> assertThat(sibling).contains(line));
    assertThat(golden).endsWith("sẽ chính thức chấm dứt tồn tại từ ngà");
  }

  @Test
  void restore_keepsLineStructure_emptyLinesStay() {
    String r = restore("mỹ nga có thể từng bí mật đàm phán về nagornokarabakh\n\n   \neu và nga cũng chưa phản hồi thông tin naỳ\n");

    assertThat(r).isEqualTo("Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh\n\n   \n"
        + "EU và Nga cũng chưa phản hồi thông tin này.\n");
  }

  /** Found by RestorerFuzzTest: a last line of invisible characters only was dropped. */
  @Test
  void restore_lastLineOfInvisibleCharacters_staysAnEmptyLine() {
    Restoration r = RESTORER.restore("mỹ nga\n\u200B", SEEDS);
    assertThat(r.lines()).extracting(RestoredLine::output).containsExactly("Mỹ, Nga", "");
    assertThat(r.text()).isEqualTo("Mỹ, Nga\n");

    assertThat(RESTORER.restore("\u200B\uFEFF", SEEDS).lines()).extracting(RestoredLine::output).containsExactly("");
  }

  @Test
  void restore_misplacedToneMarks_takeSiblingPlacement() {
    assertThat(restore("eu và nga cũng chưa phản hồi thông tin naỳ")).endsWith("thông tin này.");
    assertThat(restore("những người ở laị")).isEqualTo("những người ở lại.");
  }

  @Test
  void restore_copyInOtherToneStyle_keepsItsOwnPlacement() {
    Sibling oldStyle = Sibling.of("old", "Gìn giữ hòa bình ở Nagorno-Karabakh.");

    assertThat(restore("gìn giữ hoà bình ở nagornokarabakh", List.of(oldStyle)))
        .isEqualTo("Gìn giữ hoà bình ở Nagorno-Karabakh.");
  }

  @Test
  void restore_deletedNumbers_comeBackBetweenWords() {
    assertThat(restore("hồi tháng ngoại trưởng mỹ antony blinken")).isEqualTo("Hồi tháng 3, Ngoại trưởng Mỹ Antony Blinken");
    assertThat(restore("hội nghị g ở ấn độ")).isEqualTo("hội nghị G20 ở Ấn Độ,");
  }

  @Test
  void restore_lineEnd_takesNumberAndStopWithinSentence() {
    assertThat(restore("khu vực này tách khỏi azerbaijan kể từ khi lực lượng ly khai thân armenia kiểm soát sau cuộc chiến đầu thập niên"))
        .endsWith("đầu thập niên 1990.");
  }

  @Test
  void restore_lineStart_takesNumberOfSameSentence() {
    assertThat(restore("вересня азербайджан розпочав наступ на карабах"))
        .isEqualTo("19 вересня Азербайджан розпочав наступ на Карабах,");
  }

  @Test
  void restore_lineStart_takesOpeningQuoteNotPreviousSentence() {
    assertThat(restore("cuộc họp cũng tập trung vào việc đảm bảo nguồn cung cấp thực phẩm"))
        .isEqualTo("\"Cuộc họp cũng tập trung vào việc đảm bảo nguồn cung cấp thực phẩm,");
  }

  @Test
  void restore_apostropheAndGuillemets_comeBackInUkrainian() {
    assertThat(restore("щоб він припинив девятимісячну блокаду анклаву"))
        .isEqualTo("щоб він припинив дев’ятимісячну блокаду анклаву");
    assertThat(restore("зустріч була зосереджена на тому як змусити криваві вантажівки рухатися"))
        .isEqualTo("зустріч була зосереджена на тому, «як змусити криваві вантажівки рухатися»");
  }

  @Test
  void restore_wordCutAtEnd_keepsItsLettersInSiblingForm() {
    assertThat(restore("chính quyền ly khai ở nagornokarabak"))
        .isEqualTo("chính quyền ly khai ở Nagorno-Karabak");
    assertThat(restore("sẽ chính thức chấm dứt tồn tại từ ngà")).isEqualTo("sẽ chính thức chấm dứt tồn tại từ ngà");
  }

  @Test
  void restore_lineOfJoinedWordsOnly_findsItsPlace() {
    Sibling s = Sibling.of("x", "Mở đầu. Nagorno-Karabakh\nThủ đô là Stepanakert.");

    assertThat(restore("nagornokarabakh", List.of(s))).isEqualTo("Nagorno-Karabakh");
  }

  @Test
  void restore_siblingInLegacyEncodingOrMojibake_isRepairedFirst() {
    Sibling vni = Sibling.of("vni", "Xin chaøo caùc baïn.");
    Sibling mojibake = Sibling.of("moji", "ThÃ\u00A0nh phá»‘ Há»“ ChÃ\u00AD Minh"); // UTF-8 read as windows-1252

    assertThat(restore("xin chào các bạn", List.of(vni))).isEqualTo("Xin chào các bạn.");
    assertThat(restore("thành phố hồ chí minh", List.of(mojibake))).isEqualTo("Thành phố Hồ Chí Minh");
  }

  @Test
  void restore_uncoveredLine_isUnchangedAndCounted() {
    Restoration r = RESTORER.restore("đây là một câu hoàn toàn mới không có trong tài liệu nào\neu và nga cũng chưa phản hồi thông tin naỳ", SEEDS);

    assertThat(r.lines().get(0).output()).isEqualTo("đây là một câu hoàn toàn mới không có trong tài liệu nào");
    assertThat(r.lines().get(0).status()).isEqualTo(LineStatus.UNCHANGED);
    assertThat(r.lines().get(0).siblingId()).isEmpty();
    assertThat(r.stats().unchanged()).isEqualTo(1);
    assertThat(r.stats().restored()).isEqualTo(1);
  }

  @Test
  void restore_partlyCoveredLine_isRestoredWhereCovered() {
    RestoredLine l = RESTORER.restore(
        "quan chức mỹ eu đã bí mật gặp phía nga để đối thoại khẩn cấp xin chào các bạn thân mến", SEEDS).lines().get(0);

    assertThat(l.output()).isEqualTo("Quan chức Mỹ, EU đã bí mật gặp phía Nga để đối thoại khẩn cấp xin chào các bạn thân mến");
    assertThat(l.status()).isEqualTo(LineStatus.PARTIAL);
  }

  @Test
  void restore_shuffledLines_findEachWhereverItIs() {
    List<String> lines = new ArrayList<>(List.of(Seeds.read(Seeds.VI_DEGRADED).split("\n")));
    List<String> golden = restoredSeedLines();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(42));
    StringBuilder shuffled = new StringBuilder();
    for (int i : order) {
      shuffled.append(lines.get(i)).append('\n');
    }

    String[] out = restore(shuffled.toString()).split("\n");

    for (int k = 0; k < order.size(); k++) {
      assertThat(out[k]).as("line %d", order.get(k)).isEqualTo(golden.get(order.get(k)));
    }
  }

  @Test
  void restore_siblingsInAnyOrderWithBoilerplate_giveSameResult() {
    List<Sibling> reversed = new ArrayList<>(SEEDS);
    Collections.reverse(reversed);
    String noisy = "Related articles\nEditor's choice\n" + Seeds.read(Seeds.VI_CLEAN) + "\nCommentaires — 0\nShow more\n";
    List<Sibling> withBoilerplate = List.of(Sibling.of("noisy", noisy), Seeds.sibling(Seeds.RU_CAUCASUS));

    assertThat(restore(Seeds.read(Seeds.VI_DEGRADED), reversed)).isEqualTo(String.join("\n", restoredSeedLines()));
    assertThat(restore(Seeds.read(Seeds.VI_DEGRADED), withBoilerplate)).isEqualTo(String.join("\n", restoredSeedLines()));
  }

  @Test
  void restore_compilationOfSeveralDocuments_findsEachLine() {
    String degraded = "eu và nga cũng chưa phản hồi thông tin naỳ\n"
        + "представник державного департаменту сша відмовився коментувати зустріч\n"
        + "в воскресенье министры иностранных дел и обороны турции вылетели в баку";

    assertThat(restore(degraded).split("\n")).containsExactly(
        "EU và Nga cũng chưa phản hồi thông tin này.",
        "Представник Державного департаменту США відмовився коментувати зустріч,",
        "В воскресенье министры иностранных дел и обороны Турции вылетели в Баку");
  }

  @Test
  void restore_repeatedTitle_prefersPlaceContinuingNeighbours() {
    Sibling s = Sibling.of("nbc", Seeds.read(Seeds.UK_NBC));

    Restoration r = RESTORER.restore("сша та росія провели таємні перемовини\n"
        + "під час таємних переговорів обговорювалася тема окупованих росією територій україни", List.of(s));

    assertThat(r.lines().get(0).output()).isEqualTo("США та Росія провели таємні перемовини");
    assertThat(r.lines().get(1).span().start()).isGreaterThan(r.lines().get(0).span().start());
    assertThat(r.stats().ambiguousLines()).isZero();
  }

  @Test
  void restore_article2VersusArticle3_neighbourDecides() {
    Sibling s = Sibling.of("law", "Article 2\nThe parties agree.\nArticle 3\nThe parties disagree.\n");

    assertThat(restore("article\nthe parties disagree", List.of(s))).isEqualTo("Article 3\nThe parties disagree.");
    assertThat(restore("article\nthe parties agree", List.of(s))).isEqualTo("Article 2\nThe parties agree.");
  }

  @Test
  void restore_repeatedHeadingsInOrder_takeTheirOwnNumbers() {
    Sibling s = Sibling.of("udhr", articles());

    assertThat(restore("article\nthe first text is here\narticle\nthe second text is here\narticle\nthe third text is here",
        List.of(s)).split("\n")).containsExactly("Article 1", "The first text is here.", "Article 2",
            "The second text is here.", "Article 3", "The third text is here.");
  }

  @Test
  void restore_repeatedHeadingsShuffled_insertNoNumberTheNeighboursCannotVouchFor() {
    Sibling s = Sibling.of("udhr", articles());

    String[] out = restore("the fourth text is here\narticle\nthe first text is here\nthe sixth text is here\narticle\n"
        + "the third text is here\nthe fifth text is here\nthe second text is here", List.of(s)).split("\n");

    assertThat(out[1]).isEqualTo("Article");
    assertThat(out[4]).isEqualTo("Article");
  }

  @Test
  void restore_headingMoreFrequentThanALookupVerifies_takesTheOccurrenceAfterThePreviousLine() {
    List<String> law = law(SegmentAligner.SHORT_CANDIDATES + 16);
    String degraded = String.join("\n", law.stream().map(SEED_DEGRADER::degradeLine).toList());

    String[] out = restore(degraded, List.of(Sibling.of("law", String.join("\n", law)))).split("\n");

    assertThat(out).containsExactlyElementsOf(law);
  }

  @Test
  void restore_compilation_headingAloneBetweenOtherDocumentsContinuesItsOwnDocument() {
    List<String> law = law(10);
    List<String> news = Seeds.read(Seeds.VI_CLEAN).lines().map(String::strip).filter(RestorerTest::isOneShortLine).toList();
    List<String> expected = new ArrayList<>();
    // the law's headings alone, between runs of two lines of the news; every document in its order
    int n = 0;
    for (int i = 0; i < law.size(); i += 2) {
      expected.add(law.get(i));
      expected.add(news.get(n++ % news.size()));
      expected.add(news.get(n++ % news.size()));
      expected.add(law.get(i + 1));
    }
    String degraded = String.join("\n", expected.stream().map(SEED_DEGRADER::degradeLine).toList());

    String[] out = restore(degraded, List.of(Sibling.of("law", String.join("\n", law)),
        Sibling.of("004", Seeds.read(Seeds.VI_CLEAN)))).split("\n");

    assertThat(out).containsExactlyElementsOf(expected);
  }

  private static final io.github.restore4j.degrade.Degrader SEED_DEGRADER =
      io.github.restore4j.degrade.Degrader.create(io.github.restore4j.degrade.DegradeOptions.seed());

  /** A sentence the seed degradation keeps on one line, with single spaces: its own reference. */
  private static boolean isOneShortLine(String line) {
    int words = line.split(" ").length;
    return words >= 8 && words <= 40 && !line.contains("  ");
  }

  /** Articles "Điều k:" whose texts are distinct sentences of the Ukrainian testdata, each on its own line. */
  private static List<String> law(int articles) {
    List<String> sentences = ukrainianEssays().stream().flatMap(e -> e.text().lines()).map(String::strip)
        .filter(RestorerTest::isOneShortLine).distinct().limit(articles).toList();
    List<String> law = new ArrayList<>();
    for (int k = 1; k <= articles; k++) {
      law.add("Điều " + k + ":");
      law.add(sentences.get(k - 1));
    }
    return law;
  }

  private static String articles() {
    StringBuilder sb = new StringBuilder();
    String[] nth = {"first", "second", "third", "fourth", "fifth", "sixth"};
    for (int i = 0; i < nth.length; i++) {
      sb.append("Article ").append(i + 1).append("\nThe ").append(nth[i]).append(" text is here.\n");
    }
    return sb.toString();
  }

  @Test
  void restore_commonWordAsFirstLine_takesTheOccurrenceBeforeTheNextLine() {
    List<Sibling> essays = ukrainianEssays();

    String[] out = restore("так\nце пост дорстрою копія", essays).split("\n");

    assertThat(out).containsExactly("Так,", "Це пост \"Дорстрою\". Копія");
  }

  @Test
  void restore_wordAfterAnEmoji_isFoundAndKeepsTheEmoji() {
    Sibling essay = essay("0226.a1.txt");

    String[] out = restore("енергетики\nлікарі мали рацію не варто вживати їх без крайньої необхідності",
        List.of(essay)).split("\n");

    assertThat(out).containsExactly("⚡️Енергетики.", "Лікарі мали рацію: не варто вживати їх без крайньої необхідності.");
  }

  @Test
  void restore_digitsKept_numberFindsItselfBeforeAScoreSplitByPunctuation() {
    Sibling s = Sibling.of("rt", "Красиво бить не запретишь: 10 самых эффектных голов осени в РФПЛ\n\n"
        + "10. Александр Гацкан («Ростов»)\n\n(«Ростов» — ЦСКА, 66-я минута — 1:0)\n");

    String[] out = restore("красиво бить не запретишь 10 самых эффектных голов осени в рфпл\n10\n"
        + "александр гацкан ростов\nростов цска 66я минута 10", List.of(s)).split("\n");

    assertThat(out).containsExactly("Красиво бить не запретишь: 10 самых эффектных голов осени в РФПЛ", "10.",
        "Александр Гацкан («Ростов»)", "(«Ростов» — ЦСКА, 66-я минута — 1:0)");
  }

  private static Sibling essay(String name) {
    Path f = Path.of("testdata", "corpora", "uk-uagec", name);
    try {
      return Sibling.of(name, Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every essay of the Ukrainian testdata: "так" occurs in many of them. */
  private static List<Sibling> ukrainianEssays() {
    try (var files = Files.list(Path.of("testdata", "corpora", "uk-uagec"))) {
      return files.sorted().map(f -> essay(f.getFileName().toString())).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void restore_commonWordAlone_findsItsOneWholeSentenceAmongManyOccurrences() throws IOException {
    Sibling news = Sibling.of("news", Files.readString(Path.of("testdata", "corpora", "vi-binhvq-sentences.txt"),
        StandardCharsets.UTF_8));

    assertThat(restore("điều", List.of(news))).isEqualTo("Điều 101.");
  }

  @Test
  void restore_lineWithoutNeighbours_prefersThePlaceThatIsAWholeSentence() {
    Sibling s = Sibling.of("handbook", "Thanks to everyone who helped.\nThanks!\nЧому це не так, ніхто не знає.\nЧому це не так?\n");

    assertThat(restore("thanks", List.of(s))).isEqualTo("Thanks!");
    assertThat(restore("чому це не так", List.of(s))).isEqualTo("Чому це не так?");
  }

  @Test
  void restore_tiesThatDisagreeOnAQuote_keepTheColonTheyShareAndTheToneItVouchesFor() throws IOException {
    Sibling news = Sibling.of("news", Files.readString(Path.of("testdata", "corpora", "vi-binhvq-sentences.txt"),
        StandardCharsets.UTF_8));

    Restoration r = RESTORER.restore("anh ta cười phá lên như gã khùng rồi nói laị con cô cô nuôi tất còn tài sản thì "
        + "làm gì có gì của cô mà chia", List.of(news));

    assertThat(r.text()).isEqualTo("Anh ta cười phá lên như gã khùng rồi nói lại: Con cô, cô nuôi tất, còn tài sản "
        + "thì làm gì có gì của cô mà chia.");
    assertThat(r.stats().ambiguousLines()).isEqualTo(1);
  }

  @Test
  void restore_tiesThatDisagree_restoreOnlyWhatTheyShare() {
    Sibling s = Sibling.of("captions", "Một.\nẢnh: Internet\nHai.\n(Ảnh: Internet)\n");

    Restoration r = RESTORER.restore("ảnh internet", List.of(s));

    assertThat(r.text()).isEqualTo("Ảnh: Internet");
    assertThat(r.stats().ambiguousLines()).isEqualTo(1);
    assertThat(r.lines().get(0).confidence()).isLessThan(1.0);
  }

  @Test
  void restore_strippedDiacritics_areDetected() {
    assertThat(restore("my nga co the tung bi mat dam phan ve nagornokarabakh"))
        .isEqualTo("Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh");
  }

  @Test
  void restore_punctuationTurnedIntoSpaces_joinsWordAgain() {
    assertThat(restore("chính quyền ly khai ở nagorno karabakh tuyên bố giải tán"))
        .isEqualTo("chính quyền ly khai ở Nagorno-Karabakh tuyên bố giải tán");
  }

  @Test
  void restore_wordSplitAtItsDigits_becomesOneWordAgain() {
    Sibling s = Sibling.of("bbc", "Peer-to-peer (P2P) networks are here to stay. The panel probed the future of P2P at the show.");

    assertThat(restore("peer to peer p p networks are here to stay\nthe panel probed the future of p p at the show", List.of(s)))
        .isEqualTo("Peer-to-peer (P2P) networks are here to stay.\nThe panel probed the future of P2P at the show.");
  }

  @Test
  void restore_twoWordsMatchingOneCleanWord_stayTwoWords() {
    Sibling s = Sibling.of("uk", "Я ніколи не проходив курсу медичному коледжі.");

    assertThat(restore("я ніколи не проходив курс у медичному коледжі", List.of(s)).split(" "))
        .contains("курс", "у").doesNotContain("курсу");
  }

  @Test
  void restore_digitsKept_getTheirPunctuationBack() {
    assertThat(restore("khoảng 100000 cư dân ở vùng ly khai")).isEqualTo("khoảng 100.000 cư dân ở vùng ly khai\",");
    assertThat(restore("báo mỹ politico ngày 410 dẫn lời")).isEqualTo("Báo Mỹ Politico ngày 4/10 dẫn lời");
  }

  @Test
  void restore_typo_keepsTypoInSiblingCase() {
    assertThat(restore("ngoại trưởng mỹ antony blinkem và ngoại trưởng nga sergey lavrov"))
        .isEqualTo("Ngoại trưởng Mỹ Antony Blinkem và Ngoại trưởng Nga Sergey Lavrov");
  }

  @Test
  void restore_anotherEdition_keepsDegradedWord() {
    Sibling edition = Sibling.of("ed2", Seeds.read(Seeds.VI_CLEAN).replace("Tổng thống Nga", "Chủ tịch Nga"));

    assertThat(restore("igor khovaev đặc phái viên của tổng thống nga vladimir putin", List.of(edition)))
        .isEqualTo("Igor Khovaev, đặc phái viên của tổng thống Nga Vladimir Putin");
  }

  @Test
  void restore_tokenizerOutput_becomesText() {
    Sibling s = Sibling.of("x", "Tin mới. Cơ quan CSĐT (tỉnh Hà Nam) cho biết, nghi phạm đã bị bắt. Hết.");

    assertThat(restore("Cơ_quan CSĐT ( tỉnh Hà_Nam ) cho_biết , nghi_phạm đã bị bắt .", List.of(s)))
        .isEqualTo("Cơ quan CSĐT (tỉnh Hà Nam) cho biết, nghi phạm đã bị bắt.");
  }

  @Test
  void restore_allCapitalsTranscriptOnOneLine_takesSiblingForm() {
    String transcript = Seeds.read(Seeds.VI_CLEAN).toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\s]", "")
        .replaceAll("\\s+", " ").strip().replace("VẤN ĐỀ CHO BIẾT", "VẤN ĐÊ CHO BIẾT");

    RestoredLine l = RESTORER.restore(transcript, SEEDS).lines().get(0);

    assertThat(l.words()).isGreaterThan(700);
    assertThat(l.status()).isEqualTo(LineStatus.RESTORED);
    assertThat(l.output()).startsWith("Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh Quan chức Mỹ, EU")
        .contains("am hiểu vấn đê cho biết cuộc họp bí mật diễn ra ngày 17/9 tại Istanbul, Thổ Nhĩ Kỳ")
        .endsWith("sẽ chính thức chấm dứt tồn tại từ ngày 1/1/2024. Huyền Lê (Theo Politico)");
  }

  @Test
  void restore_turkishLanguage_mapsDottedIOnTypoWords() {
    Sibling s = Sibling.of("tr", "Türkiye'nin başkenti Ankara, en büyük şehri ise İstanbul.");
    Restorer turkish = Restorer.create(RestoreOptions.builder().language(Locale.forLanguageTag("tr")).build());

    assertThat(turkish.restore("türkiyenin başkenti ankara en büyük şehri ise istanbul", List.of(s)).text())
        .isEqualTo("Türkiye'nin başkenti Ankara, en büyük şehri ise İstanbul.");
    assertThat(turkish.restore("en büyük şehri ise istanbol", List.of(s)).text()).isEqualTo("en büyük şehri ise İstanbol.");
    assertThat(RESTORER.restore("en büyük şehri ise istanbol", List.of(s)).text()).isEqualTo("en büyük şehri ise Istanbol.");
  }

  @Test
  void restore_underTurkishDefaultLocale_isUnchanged() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(restore(Seeds.read(Seeds.VI_DEGRADED))).isEqualTo(String.join("\n", restoredSeedLines()));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void restore_parallel_givesSameResultAsSequential() {
    String degraded = (Seeds.read(Seeds.VI_DEGRADED) + "\n").repeat(20);
    Restorer parallel = Restorer.create(RestoreOptions.builder().parallelism(4).build());

    assertThat(parallel.restore(degraded, SEEDS)).isEqualTo(RESTORER.restore(degraded, SEEDS));
  }

  @Test
  void restore_linesUnderSeveralFoldings_sameAtEveryThreadCount() {
    // lines with marks, stripped ones and ones keeping digits: the pool is indexed under several
    // foldings, which the restorer builds at once, and its siblings are repaired on its threads
    String seed = Seeds.read(Seeds.VI_DEGRADED);
    String degraded = (seed + "\n" + io.github.restore4j.text.Folding.stripDiacritics(seed) + "\n"
        + "hội nghị g20 ở ấn độ\n").repeat(4);
    Restoration one = RESTORER.restore(degraded, SEEDS);

    for (int threads : new int[] {2, 3, 8}) {
      Restorer parallel = Restorer.create(RestoreOptions.builder().parallelism(threads).build());
      assertThat(parallel.restore(degraded, SEEDS)).as("%d threads", threads).isEqualTo(one);
      assertThat(parallel.restore(degraded, SiblingPool.of(SEEDS))).as("%d threads, a pool", threads)
          .isEqualTo(one);
    }
  }

  @Test
  void restore_nullArguments_throwWithName() {
    assertThatThrownBy(() -> RESTORER.restore(null, SEEDS)).isInstanceOf(NullPointerException.class).hasMessage("degraded");
    assertThatThrownBy(() -> RESTORER.restore("x", (List<Sibling>) null)).isInstanceOf(NullPointerException.class).hasMessage("siblings");
    assertThatThrownBy(() -> Restorer.create(null)).isInstanceOf(NullPointerException.class).hasMessage("options");
  }

  @Test
  void restore_binaryOrHugeLine_throwsInvalidInput() {
    Restorer small = Restorer.create(RestoreOptions.builder().maxLineLength(10).build());

    assertThatThrownBy(() -> RESTORER.restore("abc\0def", SEEDS)).isInstanceOf(InvalidInputException.class)
        .hasMessage("degraded text: binary data, not text");
    assertThatThrownBy(() -> small.restore("short\nthis line is too long", SEEDS)).isInstanceOf(InvalidInputException.class)
        .hasMessage("degraded text: line 2 is longer than 10 characters");
  }

  @Test
  void restore_emptyText_givesEmptyResult() {
    Restoration r = RESTORER.restore("", SEEDS);

    assertThat(r.text()).isEmpty();
    assertThat(r.lines()).isEmpty();
  }

  static List<String> restoredSeedLines() {
    try {
      return List.of(Files.readString(Path.of("src/test/resources/golden/seed-001-restored.txt"), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
