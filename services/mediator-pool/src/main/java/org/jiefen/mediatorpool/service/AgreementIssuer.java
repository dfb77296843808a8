package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.mediatorpool.document.AgreementDocument;
import org.jiefen.mediatorpool.document.AgreementPdf;
import org.jiefen.mediatorpool.domain.Agreement;
import org.jiefen.mediatorpool.domain.AgreementSignature;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.IssuedAgreement;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.Organisation;
import org.jiefen.mediatorpool.domain.Signature;
import org.jiefen.mediatorpool.messaging.out.AgreementIssued;
import org.jiefen.mediatorpool.repository.AgreementSignatureRepository;
import org.jiefen.mediatorpool.repository.DisputePartyRepository;
import org.jiefen.mediatorpool.repository.IssuedAgreementRepository;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.mediatorpool.repository.OrganisationRepository;
import org.jiefen.platform.events.Actor;

/**
 * Issues the 调解协议书 of a settlement: records the parties' signatures, renders the PDF and keeps its
 * bytes and SHA-256 — in the transaction that records the outcome, so an agreement never exists
 * without its document or the other way round.
 */
@ApplicationScoped
public class AgreementIssuer {

  private final AgreementPdf pdf;
  private final AgreementSignatureRepository signatures;
  private final IssuedAgreementRepository documents;
  private final DisputePartyRepository parties;
  private final MediatorRepository mediators;
  private final OrganisationRepository organisations;
  private final ZoneId zone;

  AgreementIssuer(
      AgreementPdf pdf,
      AgreementSignatureRepository signatures,
      IssuedAgreementRepository documents,
      DisputePartyRepository parties,
      MediatorRepository mediators,
      OrganisationRepository organisations,
      @ConfigProperty(name = "jiefen.mediation.zone") ZoneId zone) {
    this.pdf = pdf;
    this.signatures = signatures;
    this.documents = documents;
    this.parties = parties;
    this.mediators = mediators;
    this.organisations = organisations;
    this.zone = zone;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public IssuedAgreement issue(Assignment settled, List<Signature> signed, Instant at) {
    IntStream.range(0, signed.size())
        .forEach(i -> signatures.persist(new AgreementSignature(settled.id(), i, signed.get(i))));
    byte[] bytes = pdf.render(document(settled, signed, at));
    IssuedAgreement issued = new IssuedAgreement(settled, bytes, AgreementPdf.sha256(bytes), at);
    documents.persist(issued);
    return issued;
  }

  /** The issued document as judicial-confirmation receives it (agreement.issued.v1). */
  @Transactional(Transactional.TxType.MANDATORY)
  public AgreementIssued announcement(Assignment a, IssuedAgreement doc, Actor actor, Instant at) {
    Organisation organisation = organisationOf(mediators.findById(a.mediatorCode()));
    return AgreementIssued.of(
        a,
        doc,
        new AgreementIssued.Organisation(
            organisation == null ? null : organisation.code(), organisationName(organisation)),
        parties.ofDispute(a.disputeId()).stream()
            .map(p -> new AgreementIssued.Party(p.role(), p.name()))
            .toList(),
        actor,
        at);
  }

  private Organisation organisationOf(Mediator mediator) {
    return mediator.organisationCode() == null
        ? null
        : organisations.findByIdOptional(mediator.organisationCode()).orElse(null);
  }

  private static String organisationName(Organisation organisation) {
    return organisation != null ? organisation.name() : "人民调解委员会";
  }

  private AgreementDocument document(Assignment a, List<Signature> signed, Instant at) {
    Agreement agreement = a.agreement();
    Mediator mediator = mediators.findById(a.mediatorCode());
    Organisation organisation = organisationOf(mediator);
    LocalDate signedOn = at.atZone(zone).toLocalDate();
    return new AgreementDocument(
        "（%d）调字第%06d号".formatted(signedOn.getYear(), a.id()),
        a.disputeId(),
        organisationName(organisation),
        a.centerCode(),
        parties.ofDispute(a.disputeId()).stream()
            .map(p -> new AgreementDocument.PartyLine(p.role(), p.name(), p.organization(), null))
            .toList(),
        agreement.facts(),
        agreement.terms(),
        agreement.performanceDeadline(),
        mediator.name(),
        signedOn,
        signed.stream()
            .map(s -> new AgreementDocument.Signature(s.party(), s.signedAt(), s.channel().name()))
            .toList());
  }
}
