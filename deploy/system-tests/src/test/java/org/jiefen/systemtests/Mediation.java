package org.jiefen.systemtests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/** Bodies of the mediation API as a mediator's app sends them. */
final class Mediation {

  private Mediation() {}

  /** A settlement every listed party signed a minute ago, asking for judicial confirmation. */
  static String settlement(List<String> parties) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String signedAt = Instant.now().minusSeconds(60).toString();
    String signatures =
        parties.stream()
            .map(
                p ->
                    "{\"party\":\"%s\",\"signedAt\":\"%s\",\"channel\":\"IN_PERSON\"}"
                        .formatted(p, signedAt))
            .collect(Collectors.joining(","));
    return """
        {"result":"SETTLED","requestConfirmation":true,
         "agreement":{"facts":"被申请人拖欠申请人工资三个月，共计12000元。",
           "terms":"被申请人于2026年12月31日前一次性支付申请人工资12000元。",
           "effectiveOn":"%s","performanceDeadline":"%s","signatures":[%s]}}
        """
        .formatted(today, today.plusDays(30), signatures);
  }
}
