package my.gov.platform.commons.web;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.paging.PageRequest;

import java.util.List;

/** Endpoints that take text, numbers and pages from each part of a request, to try the edge's refusals on. */
@Path("/v1/edge-probes")
public class EdgeProbeResource {
    public record Amount(String currency, Long value, List<String> notes) {
    }

    public record Echo(String name, int limit, String after) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Amount create(Amount amount) {
        return amount;
    }

    @GET
    @Path("/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Echo read(@PathParam("name") String name, @Valid @BeanParam PageRequest page) {
        return new Echo(name, page.limit, String.valueOf(page.after()));
    }

    @POST
    @Path("/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String form(@FormParam("bank") String bank) {
        return bank;
    }

    @GET
    @Path("/page")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return "<!doctype html><html lang=\"en\"><title>Probe</title><p>A page</p></html>";
    }
}
