package org.jiefen.intake.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiefen.intake.domain.Channel;
import org.jiefen.intake.domain.PartyRole;
import org.jiefen.intake.rest.dto.CreateDisputeRequest;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * The checks that need more than one field or the caller: everything bean validation cannot say.
 * All failures are collected so the client fixes the form in one round trip.
 */
final class IntakeRules {

  private IntakeRules() {}

  static void check(CreateDisputeRequest req, Caller caller, LocalDate today, KnownCodes known) {
    List<FieldError> errors = new ArrayList<>();
    if (!known.isActiveCategory(req.category())) {
      errors.add(new FieldError("category", "is not a category of the category list"));
    }
    if (req.occurredAt().isAfter(today)) {
      errors.add(new FieldError("occurredAt", "must not be in the future"));
    }
    if (req.parties().stream().noneMatch(p -> p.role() == PartyRole.APPLICANT)) {
      errors.add(new FieldError("parties", "at least one APPLICANT is required"));
    }
    String community = req.location().communityCode();
    if (!known.isCommunity(community)) {
      errors.add(new FieldError("location.communityCode", "is not a community of the org tree"));
    } else if (!caller.jurisdictionCovers(community)) {
      errors.add(new FieldError("location.communityCode", "is outside your org unit"));
    }
    checkChannel(req, caller, errors);
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
  }

  private static void checkChannel(
      CreateDisputeRequest req, Caller caller, List<FieldError> errors) {
    boolean partner = caller.hasRole("partner");
    if (req.channel() == Channel.PARTNER_TRANSFER) {
      if (!partner) {
        errors.add(new FieldError("channel", "PARTNER_TRANSFER is for partner platforms"));
      } else if (req.source() == null) {
        errors.add(new FieldError("source", "is required for PARTNER_TRANSFER"));
      } else if (!req.source().platform().name().equals(caller.partnerPlatform())) {
        errors.add(new FieldError("source.platform", "does not match your platform"));
      }
    } else if (partner) {
      errors.add(new FieldError("channel", "partner platforms use PARTNER_TRANSFER"));
    }
  }
}
