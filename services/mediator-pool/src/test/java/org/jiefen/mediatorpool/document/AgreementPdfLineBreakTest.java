package org.jiefen.mediatorpool.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LineBreaker} with a fixed-width measure: a CJK character is 1 wide, ASCII 0.5. */
class AgreementPdfLineBreakTest {

  private static final LineBreaker BREAKER =
      new LineBreaker(
          text -> (float) text.codePoints().mapToDouble(cp -> cp < 0x80 ? 0.5 : 1).sum());

  private static float width(String line) {
    return (float) line.codePoints().mapToDouble(cp -> cp < 0x80 ? 0.5 : 1).sum();
  }

  @Test
  void chinese_breaks_between_any_two_characters() {
    assertEquals(List.of("一二三四五", "六七八九十", "甲乙"), BREAKER.lines("一二三四五六七八九十甲乙", 5, 5));
  }

  @Test
  void the_first_line_can_be_indented() {
    assertEquals(List.of("一二三", "四五六七八", "九"), BREAKER.lines("一二三四五六七八九", 3, 5));
  }

  @Test
  void closing_punctuation_takes_the_character_before_it_to_the_next_line() {
    assertEquals(List.of("一二三四", "五。六七"), BREAKER.lines("一二三四五。六七", 5, 5));
    assertEquals(List.of("一二三", "四”。六"), BREAKER.lines("一二三四”。六", 5, 5));
  }

  @Test
  void an_opening_bracket_never_ends_a_line() {
    assertEquals(List.of("一二三四", "（五）"), BREAKER.lines("一二三四（五）", 5, 5));
  }

  @Test
  void numbers_and_latin_words_stay_whole() {
    assertEquals(List.of("共计", "12,345.00元"), BREAKER.lines("共计12,345.00元", 6, 6));
    assertEquals(List.of("see the", "terms"), BREAKER.lines("see the terms", 4, 4));
  }

  @Test
  void a_word_longer_than_a_line_is_split_anywhere() {
    List<String> lines = BREAKER.lines("网址https://example.org/a/very/long/path", 5, 5);
    assertEquals("网址https://example.org/a/very/long/path", String.join("", lines));
    lines.forEach(line -> assertTrue(width(line) <= 5, line));
  }

  @Test
  void moving_characters_down_never_overflows_the_next_line() {
    // "abcdefghij" fills a line alone; the "三" before it cannot move down with a "。".
    List<String> lines = BREAKER.lines("一二三abcdefghij。", 5, 5);
    lines.forEach(line -> assertTrue(width(line) <= 5, line));
    assertEquals("一二三abcdefghij。", String.join("", lines));
  }

  @Test
  void no_line_is_wider_than_allowed_and_nothing_is_lost() {
    String text = AgreementDocumentMother.longTerms().replace("\n", "");
    List<String> lines = BREAKER.lines(text, 34, 36);
    assertEquals(text, String.join("", lines));
    assertTrue(width(lines.get(0)) <= 34);
    lines.forEach(line -> assertTrue(width(line) <= 36, line));
    lines.forEach(line -> assertTrue("，。、；：）”".indexOf(line.charAt(0)) < 0, line));
  }

  @Test
  void spaces_at_a_break_disappear() {
    assertEquals(List.of("ab cd", "ef"), BREAKER.lines("ab cd ef", 2.5f, 2.5f));
  }
}
