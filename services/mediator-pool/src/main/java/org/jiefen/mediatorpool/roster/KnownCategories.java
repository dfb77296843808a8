package org.jiefen.mediatorpool.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jiefen.mediatorpool.config.RosterConfig;

/**
 * The category codes a specialty may name, and the Chinese names an office writes in its roster.
 * The eight codes and names are pinned by product-spec §5; intake owns the list (ADR 0008), so a
 * category it gains later is added here through {@code jiefen.roster.extra-categories} (ADR 0011).
 */
@ApplicationScoped
public class KnownCategories {

  /** The pinned codes in picker order. */
  static final List<String> PINNED =
      List.of(
          "LABOR",
          "PROPERTY_MGMT",
          "NEIGHBOR",
          "FAMILY",
          "TENANCY",
          "TRAFFIC",
          "CONSUMER",
          "CONTRACT");

  /** The product spec's names and the usual ways a roster spells them. */
  static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("劳动争议", "LABOR"),
          Map.entry("劳动纠纷", "LABOR"),
          Map.entry("物业纠纷", "PROPERTY_MGMT"),
          Map.entry("物业管理", "PROPERTY_MGMT"),
          Map.entry("邻里纠纷", "NEIGHBOR"),
          Map.entry("婚姻家庭", "FAMILY"),
          Map.entry("婚姻家庭纠纷", "FAMILY"),
          Map.entry("房屋租赁", "TENANCY"),
          Map.entry("租赁纠纷", "TENANCY"),
          Map.entry("交通事故", "TRAFFIC"),
          Map.entry("交通事故纠纷", "TRAFFIC"),
          Map.entry("消费纠纷", "CONSUMER"),
          Map.entry("合同/债务", "CONTRACT"),
          Map.entry("合同纠纷", "CONTRACT"),
          Map.entry("债务纠纷", "CONTRACT"));

  private final Set<String> codes;

  @Inject
  KnownCategories(RosterConfig config) {
    this(config.extraCategories().orElse(List.of()));
  }

  public KnownCategories(List<String> extraCodes) {
    Set<String> all = new LinkedHashSet<>(PINNED);
    extraCodes.stream().map(String::trim).filter(c -> !c.isEmpty()).forEach(all::add);
    this.codes = Set.copyOf(all);
  }

  public boolean known(String code) {
    return codes.contains(code);
  }

  /**
   * A roster cell's value as a code: the code itself in any letter case, or a Chinese name (劳动争议 →
   * LABOR); anything else upper-cased, for the caller to refuse as unknown.
   */
  public String codeOf(String written) {
    String trimmed = written.trim();
    String byName = NAMES.get(trimmed);
    return byName != null ? byName : trimmed.toUpperCase(Locale.ROOT);
  }
}
