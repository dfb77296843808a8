package org.jiefen.mediatorpool.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything printed on a mediation agreement 调解协议书 (人民调解法 Art. 28–29). Plain values: the caller
 * maps its domain to this and keeps the rendered bytes and their hash.
 *
 * @param number the agreement's number 编号, e.g. （2026）龙华民调字第0001号
 * @param disputeId the dispute it settles
 * @param organisationName the mediation committee 人民调解委员会 whose seal makes it effective
 * @param centerName the center that handled the dispute; may be null
 * @param facts 纠纷主要事实、争议事项; newlines start new paragraphs
 * @param terms what the parties agreed; newlines start new paragraphs
 * @param signedOn the agreement's date; also the PDF's creation date, so the bytes are repeatable
 * @param signatures recorded signatures; a party without one gets an empty line to sign by hand
 */
public record AgreementDocument(
    String number,
    String disputeId,
    String organisationName,
    String centerName,
    List<PartyLine> parties,
    String facts,
    String terms,
    LocalDate performanceDeadline,
    String mediatorName,
    LocalDate signedOn,
    List<Signature> signatures) {

  public AgreementDocument {
    required(number, "number");
    required(disputeId, "disputeId");
    required(organisationName, "organisationName");
    required(facts, "facts");
    required(terms, "terms");
    required(mediatorName, "mediatorName");
    Objects.requireNonNull(performanceDeadline, "performanceDeadline is required");
    Objects.requireNonNull(signedOn, "signedOn is required");
    parties = List.copyOf(Objects.requireNonNull(parties, "parties are required"));
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("an agreement names its parties");
    }
    signatures = signatures == null ? List.of() : List.copyOf(signatures);
  }

  /**
   * A party as the agreement names it.
   *
   * @param role {@code APPLICANT} (申请人) or {@code RESPONDENT} (被申请人)
   * @param organisation the party's employer or the company it acts for; may be null
   * @param idNumberMasked the ID number as masked by intake (ADR 0004); may be null, never plain
   */
  public record PartyLine(String role, String name, String organisation, String idNumberMasked) {

    public static final String APPLICANT = "APPLICANT";
    public static final String RESPONDENT = "RESPONDENT";

    /** Fifteen or more digits in a row: an unmasked ID number. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{15,}");

    public PartyLine {
      if (!APPLICANT.equals(role) && !RESPONDENT.equals(role)) {
        throw new IllegalArgumentException("party role must be APPLICANT or RESPONDENT");
      }
      required(name, "party name");
      if (idNumberMasked != null && PLAIN_NUMBER.matcher(idNumberMasked).find()) {
        // The message never echoes the number (ADR 0004).
        throw new IllegalArgumentException(
            "idNumberMasked must be masked, e.g. 4403**********1236");
      }
    }
  }

  /**
   * A party's signature as recorded.
   *
   * @param partyName the signer as named in {@link PartyLine#name()} (or the mediator's name)
   * @param channel how it was given: IN_PERSON, MOBILE, VIDEO, …
   */
  public record Signature(String partyName, Instant signedAt, String channel) {

    public Signature {
      required(partyName, "signature partyName");
      Objects.requireNonNull(signedAt, "signature signedAt is required");
      required(channel, "signature channel");
    }
  }

  private static void required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }
}
