package org.jiefen.mediatorpool.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jiefen.mediatorpool.document.AgreementDocument.PartyLine;
import org.jiefen.mediatorpool.document.AgreementDocument.Signature;

/** Agreements to render: a wage dispute with a long, several-page list of terms. */
final class AgreementDocumentMother {

  static final String APPLICANT = "张三";
  static final String RESPONDENT = "深圳市某某物流有限公司";
  static final String MEDIATOR = "王调解";
  static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
  static final LocalDate SIGNED_ON = LocalDate.of(2026, 11, 24);

  private AgreementDocumentMother() {}

  static AgreementDocument wageDispute() {
    return wageDispute(longTerms());
  }

  static AgreementDocument wageDispute(String terms) {
    return new AgreementDocument(
        "（2026）龙华民调字第0042号",
        "6f1c2a9e-3b7d-4e21-9a55-0c8d2f4b7e10",
        "深圳市龙华区民治街道人民调解委员会",
        "民治街道矛盾纠纷多元化解中心",
        List.of(
            new PartyLine(PartyLine.APPLICANT, APPLICANT, RESPONDENT, "4403**********1236"),
            new PartyLine(PartyLine.RESPONDENT, RESPONDENT, null, null)),
        "申请人张三自2024年3月起在被申请人处担任货车司机，月工资人民币8,500元。"
            + "被申请人自2026年7月起未足额支付工资，截至2026年10月31日共拖欠工资人民币25,500元。"
            + "申请人于2026年11月10日离职，要求被申请人支付拖欠工资及经济补偿；"
            + "被申请人认可拖欠事实，但对经济补偿的数额有异议。",
        terms,
        DEADLINE,
        MEDIATOR,
        SIGNED_ON,
        List.of(
            new Signature(APPLICANT, Instant.parse("2026-11-24T02:15:30Z"), "IN_PERSON"),
            new Signature(RESPONDENT, Instant.parse("2026-11-24T03:40:05Z"), "MOBILE")));
  }

  /**
   * About six thousand characters of terms without a single space, with the cases line breaking
   * must handle: numbers and amounts, closing punctuation, brackets, and a URL longer than a line.
   */
  static String longTerms() {
    StringBuilder terms = new StringBuilder();
    for (int i = 1; i <= 48; i++) {
      terms
          .append(i)
          .append("．被申请人深圳市某某物流有限公司同意向申请人张三支付拖欠的工资及经济补偿金共计人民币")
          .append(String.format(Locale.ROOT, "%,d", 1000 + i * 37))
          .append(".00元（大写：人民币壹仟元整），款项分期支付，每期金额以双方确认的对账单为准；")
          .append("申请人收到款项后应当出具收据。任何一方不履行本项义务的，另一方可以依法向人民法院")
          .append("申请司法确认或者另行起诉！“双方确认”的内容以本协议为准。")
          .append('\n');
    }
    terms
        .append("付款凭证上传至https://jiefen.example.org/agreements/2026/0042/receipts/")
        .append("payment-confirmation-of-the-first-instalment-with-a-very-long-name.pdf")
        .append("（以上传时间为准）。\n");
    return terms.toString();
  }
}
