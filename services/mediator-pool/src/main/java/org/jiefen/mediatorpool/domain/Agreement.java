package org.jiefen.mediatorpool.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The mediation agreement 调解协议书 (人民调解法 Art. 29): the main facts of the dispute, the agreed terms,
 * the day it took effect, the performance deadline, and each party's signature.
 */
public record Agreement(
    String facts,
    String terms,
    LocalDate effectiveOn,
    LocalDate performanceDeadline,
    List<Signature> signatures) {

  public Agreement {
    signatures = signatures == null ? List.of() : List.copyOf(signatures);
  }
}
