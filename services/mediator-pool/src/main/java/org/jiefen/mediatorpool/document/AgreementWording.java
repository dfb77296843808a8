package org.jiefen.mediatorpool.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The fixed wording of the agreement and how values are written in it. */
final class AgreementWording {

  static final String TITLE = "人民调解协议书";
  static final String FACTS_HEADING = "一、纠纷主要事实、争议事项";
  static final String DEADLINE_HEADING = "三、履行期限";
  static final String LEGAL_HEADING = "四、协议效力";

  /** 人民调解法 Art. 29 (when it takes effect) and Art. 31 (binding force, supervision). */
  static final String EFFECT =
      "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效" + "（《中华人民共和国人民调解法》第二十九条）。";

  static final String BINDING =
      "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行；"
          + "人民调解委员会对调解协议的履行情况进行监督，督促当事人履行约定的义务"
          + "（《中华人民共和国人民调解法》第三十一条）。";

  /** 人民调解法 Art. 33. */
  static final String JUDICIAL_CONFIRMATION = "当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。";

  static final String SIGNATURES_HEADING = "签名、盖章：";
  static final String UNSIGNED = "（签名）________________　日期：________";

  private static final Map<String, String> ROLES =
      Map.of(
          AgreementDocument.PartyLine.APPLICANT,
          "申请人",
          AgreementDocument.PartyLine.RESPONDENT,
          "被申请人");

  private static final Map<String, String> CHANNELS =
      Map.of(
          "IN_PERSON", "现场签名",
          "MOBILE", "手机电子签名",
          "VIDEO", "视频确认签名",
          "ELECTRONIC", "电子签名",
          "PHONE", "电话确认");

  private static final String NUMERALS = "零一二三四五六七八九十";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.ROOT);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss", Locale.ROOT);
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private AgreementWording() {}

  static String role(String role) {
    return ROLES.get(role);
  }

  /** A known channel in words; anything else as given. */
  static String channel(String channel) {
    return CHANNELS.getOrDefault(channel, channel);
  }

  static String termsHeading(int parties) {
    return "二、经调解，" + (parties == 2 ? "双方" : "各方") + "自愿达成如下协议：";
  }

  static String deadline(LocalDate deadline) {
    return "当事人应当于" + date(deadline) + "前按照本协议约定履行完毕。";
  }

  /** Art. 29: one copy for each party and one the committee keeps. */
  static String copies(int parties) {
    int copies = parties + 1;
    String count = copies <= 10 ? String.valueOf(NUMERALS.charAt(copies)) : String.valueOf(copies);
    return "本协议一式" + count + "份，当事人各执一份，人民调解委员会留存一份。";
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String signedAt(Instant at, ZoneId zone) {
    String when = DATE_TIME.withZone(zone).format(at);
    return when + (zone.equals(BEIJING) ? "（北京时间）" : "（" + zone.getId() + "）");
  }
}
