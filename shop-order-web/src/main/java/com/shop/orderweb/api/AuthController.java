package com.shop.orderweb.api;

import com.shop.api.UserService;
import com.shop.api.exception.AuthenticationFailedException;
import com.shop.common.web.security.JwtTokenIssuer;
import com.shop.common.web.security.JwtTokenIssuer.IssuedToken;
import com.shop.common.web.security.LoginThrottle;
import com.shop.pojo.user.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "auth")
@RestController
@RequestMapping("/api/auth")
public class AuthController {

    private final UserService users;
    private final JwtTokenIssuer tokens;
    private final LoginThrottle throttle;

    public AuthController(UserService users, JwtTokenIssuer tokens, LoginThrottle throttle) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Operation(summary = "Log in and get a bearer token")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "logged in")
    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: username or password missing",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "401", description = "AUTHENTICATION_FAILED: unknown user name or wrong password",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "429", description = "TOO_MANY_LOGIN_ATTEMPTS: too many failed logins of this user "
            + "name or from this address lately; Retry-After says when to try again",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @PostMapping("/login")
    public LoginResponse login(@Valid @RequestBody LoginRequest credentials, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        throttle.check(credentials.username(), address);
        UserView user;
        try {
            user = users.authenticate(credentials.username(), credentials.password());
        } catch (AuthenticationFailedException refused) {
            throttle.failed(credentials.username(), address);
            throw refused;
        }
        throttle.succeeded(credentials.username());
        IssuedToken token = tokens.issue(user.getUserId(), user.getUserName());
        return new LoginResponse(token.value(), user.getUserId(), user.getUserName(), token.expiresAt());
    }
}
