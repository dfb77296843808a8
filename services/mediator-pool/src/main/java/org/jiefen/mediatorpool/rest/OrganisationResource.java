package org.jiefen.mediatorpool.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.jiefen.mediatorpool.rest.dto.OrganisationDto;
import org.jiefen.mediatorpool.service.OrganisationService;

/** Mediation organisations: reference data every signed-in user may read; admins load them. */
@Path("/api/v1/organisations")
@Authenticated
public class OrganisationResource {

  private final OrganisationService organisations;

  OrganisationResource(OrganisationService organisations) {
    this.organisations = organisations;
  }

  /**
   * @param centerCode only the organisations sitting at this center (not those below it)
   */
  @GET
  public List<OrganisationDto> list(@QueryParam("centerCode") String centerCode) {
    return organisations.list(centerCode).stream().map(OrganisationDto::of).toList();
  }

  @PUT
  @RolesAllowed("admin")
  public OrganisationService.Loaded upsert(
      @NotNull @NotEmpty @Size(max = 5000) List<@Valid @NotNull OrganisationDto> organisations) {
    return this.organisations.upsertAll(
        organisations.stream().map(OrganisationDto::toDomain).toList());
  }
}
