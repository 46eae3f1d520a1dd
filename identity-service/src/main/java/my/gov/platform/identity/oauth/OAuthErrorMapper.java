package my.gov.platform.identity.oauth;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

public class OAuthErrorMapper {
    @ServerExceptionMapper
    public Response oauthError(OAuthError failure) {
        Response.ResponseBuilder response = Response.status(failure.status())
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(Map.of("error", failure.error(), "error_description", failure.getMessage()));
        if (failure.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"mygov\"");
        }
        return response.build();
    }
}
