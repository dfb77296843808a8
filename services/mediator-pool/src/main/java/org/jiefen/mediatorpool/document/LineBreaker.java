package org.jiefen.mediatorpool.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks one paragraph into lines no wider than a width. Chinese has no spaces: a line may break
 * between any two CJK characters, while runs of Latin letters, digits and ASCII punctuation
 * (amounts, dates, numbers) stay whole unless longer than a line. The usual 禁则 apply: closing
 * punctuation never starts a line (the character before it moves down with it) and an opening
 * bracket never ends one.
 */
final class LineBreaker {

  /** Width of a piece of text in points. */
  @FunctionalInterface
  interface Measure {
    float width(String text);
  }

  private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—～%,.;:?!)]}";
  private static final String NO_LINE_END = "（《「『【〔〈“‘([{";
  private static final float EPSILON = 0.001f;

  private final Measure measure;

  LineBreaker(Measure measure) {
    this.measure = measure;
  }

  /**
   * The lines of {@code paragraph}: the first at most {@code firstWidth}, the rest {@code width}.
   */
  List<String> lines(String paragraph, float firstWidth, float width) {
    List<String> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    float lineWidth = 0;
    for (String unit : units(paragraph, Math.min(firstWidth, width))) {
      float max = lines.isEmpty() ? firstWidth : width;
      float unitWidth = measure.width(unit);
      if (line.isEmpty() && unit.equals(" ") && !lines.isEmpty()) {
        continue; // a wrapped line does not start with a space
      }
      if (lineWidth + unitWidth <= max + EPSILON) {
        line.add(unit);
        lineWidth += unitWidth;
        continue;
      }
      boolean visible = !unit.equals(" ");
      int keep = line.size();
      while (visible && keep > 1 && isNoLineStart(keep < line.size() ? line.get(keep) : unit)) {
        keep--;
      }
      while (keep > 1 && isNoLineEnd(line.get(keep - 1))) {
        keep--;
      }
      List<String> carried = new ArrayList<>(line.subList(keep, line.size()));
      if (visible) {
        carried.add(unit);
      }
      if (keep < line.size() && measure.width(String.join("", carried)) > width + EPSILON) {
        // Moving characters down would overflow the next line: break here after all.
        keep = line.size();
        carried = visible ? new ArrayList<>(List.of(unit)) : new ArrayList<>();
      }
      addLine(lines, line.subList(0, keep));
      line = carried;
      lineWidth = measure.width(String.join("", line));
    }
    addLine(lines, line);
    return lines;
  }

  private static void addLine(List<String> lines, List<String> units) {
    String text = String.join("", units).stripTrailing();
    if (!text.isEmpty()) {
      lines.add(text);
    }
  }

  /**
   * Splits into break units: a space, a run of other ASCII characters (split into single characters
   * when wider than {@code maxWidth}), or any other single character.
   */
  private List<String> units(String paragraph, float maxWidth) {
    List<String> units = new ArrayList<>();
    int i = 0;
    while (i < paragraph.length()) {
      int cp = paragraph.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (isWordChar(cp)) {
        while (end < paragraph.length() && isWordChar(paragraph.charAt(end))) {
          end++;
        }
      }
      String unit = paragraph.substring(i, end);
      if (unit.length() > 1 && measure.width(unit) > maxWidth) {
        unit.chars().mapToObj(c -> String.valueOf((char) c)).forEach(units::add);
      } else {
        units.add(unit);
      }
      i = end;
    }
    return units;
  }

  private static boolean isWordChar(int cp) {
    return cp > ' ' && cp < 0x7f;
  }

  private static boolean isNoLineStart(String unit) {
    return unit.codePointCount(0, unit.length()) == 1 && NO_LINE_START.contains(unit);
  }

  private static boolean isNoLineEnd(String unit) {
    return unit.codePointCount(0, unit.length()) == 1 && NO_LINE_END.contains(unit);
  }
}
