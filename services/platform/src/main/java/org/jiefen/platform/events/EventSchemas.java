package org.jiefen.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event schemas of services/contracts, loaded from the classpath. Producers validate before a
 * row enters the outbox, consumers before they act, so an event that breaks its contract never
 * travels and never changes state.
 */
public final class EventSchemas {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

  private EventSchemas() {}

  /** True when contracts publishes a schema for this event type. */
  public static boolean isKnown(String eventType) {
    return eventType != null
        && eventType.matches("[a-z]+(\\.[a-z]+)*\\.v[0-9]+")
        && EventSchemas.class.getClassLoader().getResource(path(eventType)) != null;
  }

  /** Violations of the event type's schema, empty when the payload conforms. */
  public static List<String> violations(String eventType, JsonNode payload) {
    JsonSchema schema = CACHE.computeIfAbsent(eventType, EventSchemas::load);
    return schema.validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static JsonSchema load(String eventType) {
    if (!isKnown(eventType)) {
      throw new IllegalArgumentException("no schema for event type " + eventType);
    }
    try (InputStream in =
        EventSchemas.class.getClassLoader().getResourceAsStream(path(eventType))) {
      return FACTORY.getSchema(in, CONFIG);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read schema of " + eventType, e);
    }
  }

  private static String path(String eventType) {
    return "schemas/" + eventType + ".json";
  }
}
