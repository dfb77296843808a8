package org.jiefen.mediatorpool.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.mediatorpool.repository.FollowUpRepository;
import org.jiefen.mediatorpool.rest.dto.AssignmentDto;
import org.jiefen.mediatorpool.rest.dto.QueueItemDto;
import org.jiefen.mediatorpool.service.AssignmentAccess;
import org.jiefen.mediatorpool.service.MediatorQueue;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * Work waiting for staff at their centers and below: disputes nobody in the pool could take
 * (UNASSIGNED, never a silent pick) and settled agreements whose performance check is due; and work
 * waiting for a mediator: their own queue.
 */
@Path("/api/v1/assignments")
@Authenticated
public class AssignmentQueryResource {

  private final AssignmentAccess access;
  private final AssignmentRepository assignments;
  private final FollowUpRepository followUps;
  private final MediatorQueue queue;
  private final Caller caller;
  private final ZoneId zone;

  AssignmentQueryResource(
      AssignmentAccess access,
      AssignmentRepository assignments,
      FollowUpRepository followUps,
      MediatorQueue queue,
      Caller caller,
      @ConfigProperty(name = "jiefen.mediation.zone") ZoneId zone) {
    this.access = access;
    this.assignments = assignments;
    this.followUps = followUps;
    this.queue = queue;
    this.caller = caller;
    this.zone = zone;
  }

  /** A dispute's current assignment with its trace, for its center's scope and its mediator. */
  @GET
  @Path("{disputeId}")
  public AssignmentDto get(@PathParam("disputeId") String disputeId) {
    return AssignmentDto.of(access.current(disputeId));
  }

  /**
   * The caller's own assignments that wait on them — offered, accepted, paused — matched by
   * username like every assignee check; empty for someone on no roster.
   */
  @GET
  @Path("mine")
  @Transactional
  public List<QueueItemDto> mine() {
    return queue.mine().stream().map(QueueItemDto::of).toList();
  }

  @GET
  @RolesAllowed({"center-staff", "admin"})
  @Transactional
  public List<AssignmentDto> unassigned(@QueryParam("status") String status) {
    if (!"UNASSIGNED".equals(status)) {
      throw ProblemException.invalidField("status", "only UNASSIGNED is listed here");
    }
    return assignments.unassignedIn(scope(), 200).stream().map(AssignmentDto::of).toList();
  }

  @GET
  @Path("follow-ups")
  @RolesAllowed({"center-staff", "admin"})
  @Transactional
  public List<Map<String, Object>> followUpsDue() {
    return followUps.dueIn(scope(), LocalDate.now(zone), 200).stream()
        .map(
            f ->
                Map.<String, Object>of(
                    "disputeId", f.disputeId(), "centerCode", f.centerCode(), "dueOn", f.dueOn()))
        .toList();
  }

  private String scope() {
    if (caller.orgUnit() == null) {
      throw ProblemException.notFound("your org unit");
    }
    return caller.orgUnit();
  }
}
