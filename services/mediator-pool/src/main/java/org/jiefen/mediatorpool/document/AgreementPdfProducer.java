package org.jiefen.mediatorpool.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes {@link AgreementPdf} injectable. {@code @Singleton} (no client proxy): the renderer is a
 * final, stateless class. A missing font fails when the bean is first created, naming the package.
 */
@ApplicationScoped
public class AgreementPdfProducer {

  @Produces
  @Singleton
  AgreementPdf agreementPdf(
      @ConfigProperty(name = "jiefen.mediation.pdf.font", defaultValue = AgreementPdf.DEFAULT_FONT)
          Path font,
      @ConfigProperty(name = "jiefen.mediation.zone") ZoneId zone) {
    return new AgreementPdf(font, zone);
  }
}
