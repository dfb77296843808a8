package org.jiefen.mediatorpool.domain;

import java.text.Normalizer;
import java.util.List;

/**
 * Whether a mediator may not mediate a dispute (人民法院在线调解规则 Art. 13; 人民调解法 Art. 15): the mediator is
 * a party, a declared relative is a party, or the mediator declared an affiliation with the
 * respondent's organisation. Names compare after Unicode compatibility folding and without spaces,
 * so 某某（深圳）有限公司 and 某某(深圳)有限公司 are the same organisation. A namesake is excluded too: a needless
 * exclusion costs a reassignment, a missed one costs the mediation.
 */
public final class ConflictOfInterest {

  private ConflictOfInterest() {}

  /** The reason the mediator is excluded, or null when there is no conflict. */
  public static String of(Mediator m, List<Disclosure> disclosures, List<DisputeParty> parties) {
    for (DisputeParty p : parties) {
      if (same(m.name(), p.name())) {
        return "conflict of interest: the mediator is a party (" + p.name() + ")";
      }
    }
    for (Disclosure d : disclosures) {
      for (DisputeParty p : parties) {
        if (d.kind() == Disclosure.Kind.RELATIVE && same(d.subject(), p.name())) {
          return "conflict of interest: a declared relative is a party (" + p.name() + ")";
        }
        if (d.kind() == Disclosure.Kind.AFFILIATION
            && p.isRespondent()
            && (same(d.subject(), p.organization()) || same(d.subject(), p.name()))) {
          return "conflict of interest: declared an affiliation with the respondent "
              + d.subject()
              + " (在线调解规则 第十三条)";
        }
      }
    }
    return null;
  }

  static boolean same(String a, String b) {
    return a != null && b != null && !a.isBlank() && fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase();
  }
}
