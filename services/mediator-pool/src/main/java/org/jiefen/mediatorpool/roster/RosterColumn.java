package org.jiefen.mediatorpool.roster;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an Excel roster (docs/mediator-roster-import.md). A header cell names a column by
 * its Chinese label or by the JSON field name; columns may come in any order, others are ignored.
 */
public enum RosterColumn {
  CODE("编号", "code", true),
  NAME("姓名", "name", true),
  USERNAME("账号", "username", false),
  KIND("类型", "kind", true),
  CENTER("所属中心", "centerCode", true),
  ORGANISATION("所属组织", "organisationCode", false),
  SPECIALTIES("专长", "specialties", false),
  LANGUAGES("语言", "languages", false),
  CAPACITY("最大案件数", "capacity", true),
  STATUS("状态", "active", false);

  private final String label;
  private final String field;
  private final boolean required;

  RosterColumn(String label, String field, boolean required) {
    this.label = label;
    this.field = field;
    this.required = required;
  }

  public String label() {
    return label;
  }

  public boolean required() {
    return required;
  }

  /** The column a header cell names; a trailing required-mark (*, ＊) is ignored. */
  public static Optional<RosterColumn> ofHeader(String header) {
    String h = header.trim().replaceAll("[*＊]+$", "").trim();
    for (RosterColumn c : values()) {
      if (c.label.equals(h)
          || c.field.toLowerCase(Locale.ROOT).equals(h.toLowerCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The column of a JSON field named in an error ("specialties[1]" → 专长). */
  public static RosterColumn ofField(String field) {
    String name = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
    for (RosterColumn c : values()) {
      if (c.field.equals(name)) {
        return c;
      }
    }
    return CODE;
  }
}
