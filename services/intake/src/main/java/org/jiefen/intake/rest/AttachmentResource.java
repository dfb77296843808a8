package org.jiefen.intake.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jiefen.intake.rest.dto.AttachmentDto;
import org.jiefen.intake.service.AttachmentService;
import org.jiefen.platform.problem.ProblemException;

/**
 * Photos of the scene and documents, uploaded as multipart/form-data (part {@code file}, optional
 * {@code description}). Same scope as the case: whoever may see the dispute may attach and read.
 */
@Path("/api/v1/disputes/{id}/attachments")
@Authenticated
public class AttachmentResource {

  private final AttachmentService attachments;

  AttachmentResource(AttachmentService attachments) {
    this.attachments = attachments;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("id") String id,
      @RestForm("file") FileUpload file,
      @RestForm("description") @Size(max = 500) String description,
      UriInfo uri) {
    if (file == null) {
      throw ProblemException.invalidField("file", "is required (a multipart part named file)");
    }
    AttachmentService.Added added =
        attachments.add(id, file.uploadedFile(), file.fileName(), description);
    AttachmentDto body = AttachmentDto.of(added.attachment());
    if (!added.created()) {
      return Response.ok(body).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(body.id()).build())
        .entity(body)
        .build();
  }

  @GET
  public List<AttachmentDto> list(@PathParam("id") String id) {
    return attachments.list(id).stream().map(AttachmentDto::of).toList();
  }

  @GET
  @Path("{attachmentId}")
  public Response download(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    AttachmentService.Opened opened = attachments.open(id, attachmentId);
    var a = opened.attachment();
    String encoded = URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(opened.content(), a.mediaType())
        .header("Content-Length", a.size())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .header("ETag", "\"" + a.sha256() + "\"")
        .build();
  }
}
