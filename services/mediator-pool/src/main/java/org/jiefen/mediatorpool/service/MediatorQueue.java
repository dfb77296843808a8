package org.jiefen.mediatorpool.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.domain.MediationEntry;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.repository.AssignmentRepository;
import org.jiefen.mediatorpool.repository.MediationEntryRepository;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.platform.security.Caller;

/**
 * The caller's own queue: the open assignments of the roster entry carrying the caller's username
 * (the same match {@link AssignmentAccess} makes for the assignee), at whatever center they are — a
 * district expert mediates communities' disputes. Someone on no roster, such as center staff, has
 * an empty queue; their lists are the center's.
 */
@ApplicationScoped
public class MediatorQueue {

  /** An open assignment with the latest contact or session logged under it, if any. */
  public record Item(Assignment assignment, MediationEntry lastEntry) {}

  static final int LIMIT = 200;

  private final Caller caller;
  private final MediatorRepository mediators;
  private final AssignmentRepository assignments;
  private final MediationEntryRepository entries;

  MediatorQueue(
      Caller caller,
      MediatorRepository mediators,
      AssignmentRepository assignments,
      MediationEntryRepository entries) {
    this.caller = caller;
    this.mediators = mediators;
    this.assignments = assignments;
    this.entries = entries;
  }

  public List<Item> mine() {
    String username = caller.username();
    if (username == null) {
      return List.of();
    }
    List<String> codes =
        mediators.withUsernames(List.of(username)).stream().map(Mediator::code).toList();
    List<Assignment> open = assignments.openFor(codes, LIMIT);
    Map<Long, MediationEntry> latest = entries.latestOf(open.stream().map(Assignment::id).toList());
    return open.stream().map(a -> new Item(a, latest.get(a.id()))).toList();
  }
}
