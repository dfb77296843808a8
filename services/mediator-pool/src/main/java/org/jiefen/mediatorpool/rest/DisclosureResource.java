package org.jiefen.mediatorpool.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import org.jiefen.mediatorpool.domain.Disclosure;
import org.jiefen.mediatorpool.repository.DisclosureRepository;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * What a mediator has disclosed (在线调解规则 Art. 13): affiliations and relatives. Admins record the
 * whole list at once; the pool never assigns a dispute that touches one of them to that mediator.
 */
@Path("/api/v1/mediators/{code}/disclosures")
@RolesAllowed({"admin", "center-staff"})
public class DisclosureResource {

  public record DisclosureDto(
      @NotNull Disclosure.Kind kind, @NotBlank @Size(max = 200) String subject) {}

  private final DisclosureRepository disclosures;
  private final MediatorRepository mediators;
  private final Caller caller;

  DisclosureResource(
      DisclosureRepository disclosures, MediatorRepository mediators, Caller caller) {
    this.disclosures = disclosures;
    this.mediators = mediators;
    this.caller = caller;
  }

  @GET
  @Transactional
  public List<DisclosureDto> list(@PathParam("code") String code) {
    known(code);
    return disclosures.ofMediator(code).stream()
        .map(d -> new DisclosureDto(d.kind(), d.subject()))
        .toList();
  }

  @PUT
  @RolesAllowed("admin")
  @Transactional
  public List<DisclosureDto> replace(
      @PathParam("code") String code,
      @NotNull @Size(max = 100) List<@NotNull @Valid DisclosureDto> list) {
    known(code);
    disclosures.delete("mediatorCode", code);
    Instant now = Instant.now();
    list.forEach(
        d ->
            disclosures.persist(
                new Disclosure(code, d.kind(), d.subject(), caller.username(), now)));
    return list;
  }

  private void known(String code) {
    if (mediators
        .findByIdOptional(code)
        .filter(m -> caller.hasRole("admin") || caller.covers(m.centerCode()))
        .isEmpty()) {
      throw ProblemException.notFound("mediator " + code);
    }
  }
}
