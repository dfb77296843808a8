package org.jiefen.slamonitor.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jiefen.slamonitor.domain.SlaPolicy;
import org.jiefen.slamonitor.rest.dto.PolicyDto;

/** A stored policy as the API shows it (and as its history keeps it). */
public final class PolicyViews {

  private PolicyViews() {}

  public static PolicyDto of(SlaPolicy p, ObjectMapper mapper) {
    SlaPolicy.Lifecycle life = p.lifecycle();
    return new PolicyDto(
        p.clock(),
        p.name(),
        p.startEvent(),
        p.length(),
        p.unit(),
        p.warnAtPercent(),
        p.consequence(),
        p.citation(),
        p.extension(),
        json(p.condition(), mapper),
        p.stopEvents(),
        p.scope(),
        p.action(),
        life.pauseEvents(),
        json(life.pauseCondition(), mapper),
        life.resumeEvents(),
        life.extendEvents(),
        life.extendDays(),
        life.maxExtensions(),
        p.version(),
        p.updatedBy(),
        p.updatedAt());
  }

  private static JsonNode json(String value, ObjectMapper mapper) {
    try {
      return value == null ? null : mapper.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored condition is not JSON", e);
    }
  }
}
