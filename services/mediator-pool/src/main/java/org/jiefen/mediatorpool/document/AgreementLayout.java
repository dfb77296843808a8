package org.jiefen.mediatorpool.document;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jiefen.mediatorpool.document.AgreementDocument.PartyLine;
import org.jiefen.mediatorpool.document.AgreementDocument.Signature;
import org.jiefen.mediatorpool.document.PageComposer.Align;
import org.jiefen.mediatorpool.document.PageComposer.Block;

/** The sections of a 人民调解协议书, in order, as blocks for a {@link PageComposer}. */
final class AgreementLayout {

  static final float TITLE_SIZE = 22;
  static final float BODY_SIZE = 12;
  private static final float NUMBER_SIZE = 10.5f;
  private static final float GAP = BODY_SIZE * 0.6f;

  private final UnaryOperator<String> printable;
  private final ZoneId zone;

  /**
   * @param printable makes caller text settable in the font (see {@link CjkFont#printable})
   * @param zone the zone signature times are shown in
   */
  AgreementLayout(UnaryOperator<String> printable, ZoneId zone) {
    this.printable = printable;
    this.zone = zone;
  }

  /** Sets the whole agreement; the legal effect and the signatures share a page. */
  void write(AgreementDocument doc, PageComposer page) {
    head(doc).forEach(page::write);
    List<Block> closing = closing(doc);
    page.keepTogether(page.height(closing));
    closing.forEach(page::write);
    page.finish(printable.apply(doc.number()));
  }

  private List<Block> head(AgreementDocument doc) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(block(AgreementWording.TITLE, TITLE_SIZE, true, Align.CENTER, 0, 0));
    blocks.add(block("编号：" + doc.number(), NUMBER_SIZE, false, Align.RIGHT, 0, 0));
    List<String> about = new ArrayList<>();
    doc.parties().forEach(p -> about.add(partyLine(p)));
    about.add("调解组织：" + doc.organisationName());
    if (doc.centerName() != null && !doc.centerName().isBlank()) {
      about.add("受理单位：" + doc.centerName());
    }
    about.add("纠纷编号：" + doc.disputeId());
    blocks.add(block(String.join("\n", about), BODY_SIZE, false, Align.LEFT, 0, GAP));
    section(blocks, AgreementWording.FACTS_HEADING, doc.facts());
    section(blocks, AgreementWording.termsHeading(doc.parties().size()), doc.terms());
    section(
        blocks,
        AgreementWording.DEADLINE_HEADING,
        AgreementWording.deadline(doc.performanceDeadline()));
    return blocks;
  }

  private List<Block> closing(AgreementDocument doc) {
    List<Block> blocks = new ArrayList<>();
    section(
        blocks,
        AgreementWording.LEGAL_HEADING,
        String.join(
            "\n",
            AgreementWording.EFFECT,
            AgreementWording.BINDING,
            AgreementWording.JUDICIAL_CONFIRMATION,
            AgreementWording.copies(doc.parties().size())));
    blocks.add(block(AgreementWording.SIGNATURES_HEADING, BODY_SIZE, true, Align.LEFT, 0, GAP));
    blocks.add(block(String.join("\n", signatureLines(doc)), BODY_SIZE, false, Align.LEFT, 0, 0));
    blocks.add(
        block(AgreementWording.date(doc.signedOn()), BODY_SIZE, false, Align.RIGHT, 0, GAP * 2));
    return blocks;
  }

  private static String partyLine(PartyLine party) {
    StringBuilder line = new StringBuilder(AgreementWording.role(party.role()));
    line.append("：").append(party.name());
    if (party.organisation() != null && !party.organisation().isBlank()) {
      line.append("，单位：").append(party.organisation());
    }
    if (party.idNumberMasked() != null && !party.idNumberMasked().isBlank()) {
      line.append("，身份证件号码：").append(party.idNumberMasked());
    }
    return line.toString();
  }

  /** Each party with its signatures (or a line to sign on), the mediator, the committee. */
  private List<String> signatureLines(AgreementDocument doc) {
    List<String> lines = new ArrayList<>();
    List<Signature> unmatched = new ArrayList<>(doc.signatures());
    for (PartyLine party : doc.parties()) {
      signer(
          lines, AgreementWording.role(party.role()) + "：" + party.name(), party.name(), unmatched);
    }
    signer(lines, "人民调解员：" + doc.mediatorName(), doc.mediatorName(), unmatched);
    unmatched.forEach(s -> lines.add(s.partyName() + "　" + signed(s)));
    lines.add("人民调解委员会（印章）：" + doc.organisationName());
    return lines;
  }

  private void signer(List<String> lines, String who, String name, List<Signature> unmatched) {
    List<Signature> own = unmatched.stream().filter(s -> s.partyName().equals(name)).toList();
    unmatched.removeAll(own);
    if (own.isEmpty()) {
      lines.add(who + "　" + AgreementWording.UNSIGNED);
    }
    own.forEach(s -> lines.add(who + "　" + signed(s)));
  }

  private String signed(Signature signature) {
    return "已签名，"
        + AgreementWording.signedAt(signature.signedAt(), zone)
        + "，"
        + AgreementWording.channel(signature.channel());
  }

  private void section(List<Block> blocks, String heading, String text) {
    blocks.add(block(heading, BODY_SIZE, true, Align.LEFT, 0, GAP));
    blocks.add(block(text, BODY_SIZE, false, Align.JUSTIFY, 2, 0));
  }

  private Block block(
      String text, float size, boolean bold, Align align, float indentEm, float gapBefore) {
    return new Block(printable.apply(text), size, bold, align, indentEm, gapBefore);
  }
}
