package org.jiefen.intake.domain;

import java.time.Instant;

/**
 * The parties of a labour dispute may apply for arbitration: the labour mediation clock ran out
 * without an agreement (劳动争议调解仲裁法 Art. 14). Staff tell the parties; a partner platform that handed
 * the case in hears it by webhook.
 *
 * @param arisenAt when sla-monitor flagged the clock
 * @param centerCode the center that held the case then, whose staff tell the parties
 * @param citation the clock policy's legal citation
 */
public record ArbitrationRight(Instant arisenAt, String centerCode, String citation) {

  /** The consequence of a clock policy that makes this right arise (sla-monitor's ClockAction). */
  public static final String CONSEQUENCE = "NOTIFY_ARBITRATION_RIGHT";

  /** What the parties are told, in the words of the statute. */
  public static final String NOTICE =
      "自劳动争议调解组织收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁。" + "（《中华人民共和国劳动争议调解仲裁法》第十四条）";

  public String notice() {
    return NOTICE;
  }
}
